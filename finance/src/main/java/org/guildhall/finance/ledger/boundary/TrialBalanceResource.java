package org.guildhall.finance.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.finance.ledger.control.Balances;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.web.Inputs;

/** The trial balance of a period, read from the stored balances. */
@Path("tenants/{tenant}/trial-balance")
@RequestScoped
@Transactional
@InTenant
@Allowed(tenant = {TenantRole.FINANCE, TenantRole.AUDITOR, TenantRole.BUDGET_HOLDER})
public class TrialBalanceResource {

    @Inject
    Balances balances;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public TrialBalance json(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("period") Integer period) {
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2199) {
            throw Inputs.invalid("fiscalYear", "Enter the fiscal year, named by the year it starts, such as 2026");
        }
        if (period == null || period < 1 || period > FiscalYear.PERIODS) {
            throw Inputs.invalid("period", "Enter a period from 1 (April) to 12 (March)");
        }
        return TrialBalance.of(fiscalYear, period, balances.upTo(fiscalYear, period));
    }

    /** Opening and closing balances are signed, debit positive; a balanced ledger totals 0.00 in both. */
    public record TrialBalance(int fiscalYear, int period, List<Line> lines, Totals totals) {
        static TrialBalance of(int fiscalYear, int period, List<Balances.Row> rows) {
            Money opening = Money.ZERO;
            Money debit = Money.ZERO;
            Money credit = Money.ZERO;
            Money closing = Money.ZERO;
            for (Balances.Row row : rows) {
                opening = opening.plus(row.opening());
                debit = debit.plus(row.debit());
                credit = credit.plus(row.credit());
                closing = closing.plus(row.closing());
            }
            return new TrialBalance(fiscalYear, period, rows.stream().map(Line::of).toList(),
                    new Totals(opening.toString(), debit.toString(), credit.toString(), closing.toString()));
        }
    }

    public record Line(String account, String name, String type, String opening, String debit, String credit, String closing) {
        static Line of(Balances.Row row) {
            return new Line(row.account(), row.name(), row.type().name(), row.opening().toString(), row.debit().toString(),
                    row.credit().toString(), row.closing().toString());
        }
    }

    public record Totals(String opening, String debit, String credit, String closing) {
    }
}
