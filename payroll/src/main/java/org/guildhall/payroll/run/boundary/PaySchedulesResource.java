package org.guildhall.payroll.run.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.payroll.run.control.PaySchedules;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;

/** A tenant's pay schedules: {@code {code, frequency, payDay, firstPayDate?}}. */
@Path("tenants/{tenant}/pay-schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.PAYROLL_ADMIN, TenantRole.PAYROLL_APPROVER, TenantRole.AUDITOR})
@Transactional
@InTenant
public class PaySchedulesResource {

    @Inject
    PaySchedules schedules;

    @GET
    public List<ScheduleView> all() {
        return schedules.all().stream().map(ScheduleView::of).toList();
    }

    @GET
    @Path("{code}")
    public ScheduleView one(@PathParam("code") String code) {
        return ScheduleView.of(schedules.find(code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public ScheduleView put(@PathParam("code") String code, @Valid @NotNull ScheduleRequest schedule) {
        return ScheduleView.of(schedules.put(code, schedule.frequency(), schedule.payDay(), Inputs.dateOrNull(schedule.firstPayDate())));
    }

    /** {@code payDay}: LAST_WORKING_DAY or a day of the month for MONTHLY; a weekday for the others, from {@code firstPayDate}. */
    public record ScheduleRequest(@Size(max = 16) String frequency, @Size(max = 16) String payDay, @IsoDate String firstPayDate) {
    }

    public record ScheduleView(String code, String frequency, String payDay, String firstPayDate, long version) {

        static ScheduleView of(PayrollSchedule schedule) {
            return new ScheduleView(schedule.code(), schedule.frequency().name(), schedule.payDay(),
                    schedule.firstPayDate() == null ? null : schedule.firstPayDate().toString(), schedule.version());
        }
    }
}
