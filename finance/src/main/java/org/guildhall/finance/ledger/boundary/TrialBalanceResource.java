package org.guildhall.finance.ledger.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.guildhall.finance.calendar.entity.FiscalYear;
import org.guildhall.finance.ledger.control.Balances;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.Allowed;
import org.guildhall.platform.spreadsheet.Workbooks;
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
        checked(fiscalYear, period);
        return TrialBalance.of(fiscalYear, period, balances.reported(fiscalYear, period));
    }

    /** The same trial balance as a spreadsheet, for finance teams to work on. */
    @GET
    @Produces(Workbooks.MEDIA_TYPE)
    public Response xlsx(@QueryParam("fiscalYear") Integer fiscalYear, @QueryParam("period") Integer period) {
        checked(fiscalYear, period);
        StreamingOutput workbook = workbook(fiscalYear, period, balances.reported(fiscalYear, period));
        return Response.ok(workbook, Workbooks.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"trial-balance-" + fiscalYear + "-" + period + ".xlsx\"")
                .build();
    }

    /** The trial balance as an .xlsx: a row per account and a totals row (also what the finance pages download). */
    public static StreamingOutput workbook(int fiscalYear, int period, List<Balances.Row> rows) {
        Sums totals = Sums.of(rows);
        return Workbooks.sheet("Trial balance " + fiscalYear + "-" + period,
                List.of("Account", "Name", "Type", "Opening", "Debit", "Credit", "Closing"), sheet -> {
                    for (Balances.Row row : rows) {
                        sheet.row();
                        sheet.text(row.account());
                        sheet.text(row.name());
                        sheet.text(row.type().name());
                        sheet.amount(row.opening());
                        sheet.amount(row.debit());
                        sheet.amount(row.credit());
                        sheet.amount(row.closing());
                    }
                    sheet.row();
                    sheet.text("Total");
                    sheet.text("");
                    sheet.text("");
                    sheet.amount(totals.opening());
                    sheet.amount(totals.debit());
                    sheet.amount(totals.credit());
                    sheet.amount(totals.closing());
                });
    }

    private static void checked(Integer fiscalYear, Integer period) {
        if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2199) {
            throw Inputs.invalid("fiscalYear", "Enter the fiscal year, named by the year it starts, such as 2026");
        }
        if (period == null || period < 1 || period > FiscalYear.PERIODS) {
            throw Inputs.invalid("period", "Enter a period from 1 (April) to 12 (March)");
        }
    }

    /** Opening and closing balances are signed, debit positive; a balanced ledger totals 0.00 in both. */
    public record TrialBalance(int fiscalYear, int period, List<Line> lines, Totals totals) {
        static TrialBalance of(int fiscalYear, int period, List<Balances.Row> rows) {
            Sums sums = Sums.of(rows);
            return new TrialBalance(fiscalYear, period, rows.stream().map(Line::of).toList(), new Totals(sums.opening().toString(),
                    sums.debit().toString(), sums.credit().toString(), sums.closing().toString()));
        }
    }

    /** Column totals of a trial balance. */
    record Sums(Money opening, Money debit, Money credit, Money closing) {
        static Sums of(List<Balances.Row> rows) {
            Sums sums = new Sums(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
            for (Balances.Row row : rows) {
                sums = new Sums(sums.opening.plus(row.opening()), sums.debit.plus(row.debit()), sums.credit.plus(row.credit()),
                        sums.closing.plus(row.closing()));
            }
            return sums;
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
