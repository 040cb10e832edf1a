package org.guildhall.finance.budget.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.finance.budget.control.Budgets;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** Budget against actual for the year to date, by cost centre and account. */
@Path("tenants/{tenant}/budget-vs-actual")
@RequestScoped
@Transactional
@InTenant
@Produces(MediaType.APPLICATION_JSON)
@Allowed(tenant = {TenantRole.FINANCE, TenantRole.BUDGET_HOLDER, TenantRole.AUDITOR})
public class BudgetReportResource {

    @Inject
    Budgets budgets;

    @GET
    public List<ComparisonView> report(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("period") Integer period,
                                       @QueryParam("costCentre") String costCentre) {
        if (fiscalYear == null) {
            throw Inputs.invalid("fiscalYear", "Enter the fiscal year, such as 2026");
        }
        if (period == null || period < 1 || period > 12) {
            throw Inputs.invalid("period", "Enter a period from 1 (April) to 12 (March)");
        }
        return budgets.against(BudgetsResource.checkedYear(fiscalYear), period, costCentre == null || costCentre.isBlank() ? null : costCentre.strip())
                .stream().map(ComparisonView::of).toList();
    }

    /** Commitments are what open purchase orders have committed and not yet released; remaining = budget - actual - commitments. */
    public record ComparisonView(String costCentre, String account, String name, String budget, String actual, String commitments,
                                 String remaining) {
        static ComparisonView of(Budgets.Comparison c) {
            return new ComparisonView(c.costCentre(), c.account(), c.name(), c.budget().toString(), c.actual().toString(),
                    c.commitments().toString(), c.remaining().toString());
        }
    }
}
