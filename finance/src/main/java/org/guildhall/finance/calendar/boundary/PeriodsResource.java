package org.guildhall.finance.calendar.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.finance.calendar.entity.FiscalPeriod;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/** The periods of a fiscal year; closing and (audited) reopening them. */
@Path("tenants/{tenant}/periods")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.FINANCE, TenantRole.AUDITOR, TenantRole.BUDGET_HOLDER})
public class PeriodsResource {

    @Inject
    FiscalCalendar calendar;

    @Inject
    Clock clock;

    @GET
    public List<PeriodView> periods(@QueryParam("fiscalYear") Integer fiscalYear) {
        int year = fiscalYear == null ? FiscalYear.current(clock) : fiscalYear;
        return calendar.periods(year).stream().map(PeriodView::of).toList();
    }

    @POST
    @Path("{fiscalYear}/{number}/close")
    @Allowed(tenant = TenantRole.FINANCE)
    public PeriodView close(@PathParam("fiscalYear") int fiscalYear, @PathParam("number") int number) {
        return PeriodView.of(calendar.close(fiscalYear, number));
    }

    @POST
    @Path("{fiscalYear}/{number}/reopen")
    @Allowed(tenant = TenantRole.FINANCE)
    public PeriodView reopen(@PathParam("fiscalYear") int fiscalYear, @PathParam("number") int number) {
        return PeriodView.of(calendar.reopen(fiscalYear, number));
    }

    public record PeriodView(int fiscalYear, int number, String start, String end, String status) {
        static PeriodView of(FiscalPeriod period) {
            return new PeriodView(period.fiscalYear(), period.number(), period.start().toString(), period.end().toString(),
                    period.status().name());
        }
    }
}
