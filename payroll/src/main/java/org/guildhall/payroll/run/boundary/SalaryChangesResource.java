package org.guildhall.payroll.run.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.guildhall.payroll.run.control.SalaryChanges;
import org.guildhall.payroll.run.entity.SalaryChange;
import org.guildhall.platform.money.Amount;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.time.IsoDate;
import org.guildhall.platform.web.Inputs;

/** An employee's salary changes from a date: {@code {effectiveFrom, annualSalary, fte?}}; HR and payroll admins. */
@Path("tenants/{tenant}/employees/{number}/salary-changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.HR_ADMIN, TenantRole.PAYROLL_ADMIN})
@Transactional
@InTenant
public class SalaryChangesResource {

    @Inject
    SalaryChanges changes;

    @GET
    public List<ChangeView> all(@PathParam("number") String number) {
        return changes.of(number).stream().map(ChangeView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("number") String number, @Valid @NotNull ChangeRequest change) {
        return Response.status(Response.Status.CREATED).entity(ChangeView.of(changes.record(number,
                Inputs.dateOrNull(change.effectiveFrom()), Inputs.moneyOrNull(change.annualSalary()), change.fte()))).build();
    }

    public record ChangeRequest(@IsoDate String effectiveFrom, @Amount String annualSalary, BigDecimal fte) {
    }

    public record ChangeView(String employeeNumber, String effectiveFrom, String salaryBefore, String fteBefore, String annualSalary,
                             String fte, String recordedBy) {

        static ChangeView of(SalaryChange c) {
            return new ChangeView(c.employeeNumber(), c.effectiveFrom().toString(), c.salaryBefore().toPlainString(),
                    c.fteBefore().stripTrailingZeros().toPlainString(), c.annualSalary().toPlainString(),
                    c.fte().stripTrailingZeros().toPlainString(), c.recordedBy());
        }
    }
}
