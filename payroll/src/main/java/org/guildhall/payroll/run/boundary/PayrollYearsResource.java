package org.guildhall.payroll.run.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.guildhall.payroll.run.control.YearEnds;
import org.guildhall.payroll.run.entity.PayrollYearEnd;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;

/**
 * A tax year's payroll year end: {@code POST .../close} (payroll admins) once the last run of each schedule is
 * approved moves the profiles' codes to the next year by HMRC's P9X uplift, once; GET says whether and how it closed.
 */
@Path("tenants/{tenant}/payroll-years/{taxYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.PAYROLL_ADMIN, TenantRole.PAYROLL_APPROVER, TenantRole.AUDITOR})
@Transactional
@InTenant
public class PayrollYearsResource {

    @Inject
    YearEnds yearEnds;

    @GET
    public YearEndView one(@PathParam("taxYear") String taxYear) {
        return YearEndView.of(yearEnds.find(taxYear).orElseThrow(() -> new Absent("The payroll for " + taxYear + " is not closed.")));
    }

    @POST
    @Path("close")
    @Allowed(tenant = TenantRole.PAYROLL_ADMIN)
    public YearEndView close(@PathParam("taxYear") String taxYear) {
        return YearEndView.of(yearEnds.close(taxYear));
    }

    /** {@code uplift} holds the units added to L, M and N codes. */
    public record YearEndView(String taxYear, Map<String, Integer> uplift, int codesUplifted, int codesKept, String closedBy, String closedAt) {
        static YearEndView of(PayrollYearEnd closed) {
            return new YearEndView(closed.taxYear(), new TreeMap<>(Map.of("L", closed.upliftL(), "M", closed.upliftM(), "N", closed.upliftN())),
                    closed.codesUplifted(), closed.codesKept(), closed.closedBy(), closed.closedAt().toString());
        }
    }
}
