package org.guildhall.finance.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.guildhall.finance.calendar.control.FiscalCalendar;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.finance.ledger.control.YearEnd;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** Opening a fiscal year, and year end. */
@Path("tenants/{tenant}/fiscal-years")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = TenantRole.FINANCE)
public class FiscalYearsResource {

    @Inject
    FiscalCalendar calendar;

    @Inject
    YearEnd yearEnd;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Valid @NotNull OpenRequest request, @Context UriInfo uri) {
        int year;
        try {
            year = FiscalYear.checked(request.fiscalYear());
        } catch (IllegalArgumentException e) {
            throw Inputs.invalid("fiscalYear", "Enter a fiscal year from 2000 to 2199");
        }
        calendar.openYear(year);
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(year)).build())
                .entity(Map.of("fiscalYear", year, "status", "OPEN")).build();
    }

    @POST
    @Path("{fiscalYear}/close")
    public YearEndView close(@PathParam("fiscalYear") int fiscalYear) {
        YearEnd.Result result = yearEnd.close(fiscalYear);
        return new YearEndView(result.fiscalYear(), "CLOSED", result.accountsCarriedForward(), result.netExpenditure().toString());
    }

    /** Net expenditure is debit-positive: a surplus is negative, and was credited to the general fund. */
    public record YearEndView(int fiscalYear, String status, int accountsCarriedForward, String netExpenditure) {
    }

    public record OpenRequest(@NotNull Integer fiscalYear) {
    }
}
