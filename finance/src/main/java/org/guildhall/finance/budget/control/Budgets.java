package org.guildhall.finance.budget.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.finance.chart.control.ChartOfAccounts;
import org.guildhall.finance.chart.entity.AccountType;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.database.ReportDatabase;
import org.guildhall.platform.domain.CellError;
import org.guildhall.platform.domain.InvalidFile;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;

/** Setting a year's budget lines (all or nothing) and comparing them with what the ledger shows. */
@ApplicationScoped
public class Budgets {

    private static final String UPSERT = "insert into budget_line (tenant_id, fiscal_year, cost_centre, account_code, amount) "
            + "values (?, ?, ?, ?, ?) on conflict (tenant_id, fiscal_year, cost_centre, account_code) "
            + "do update set amount = excluded.amount, version = budget_line.version + 1 where budget_line.amount <> excluded.amount";

    @Inject
    TenantSession session;

    @Inject
    ReportDatabase reports;

    @Inject
    ChartOfAccounts chart;

    @Inject
    AuditTrail audit;

    /** One budget: an annual amount for a cost centre and account. {@code row} is where it came from, for errors. */
    public record Line(int row, String costCentre, String account, Money amount) {
    }

    /**
     * Sets the year's budget for each line given (lines not given keep their amounts). Every line is checked first;
     * one bad line refuses them all, naming each bad cell of {@code sheet} together with the cells that could not
     * even be read ({@code unreadable}).
     */
    public int set(int fiscalYear, List<Line> lines, String sheet, List<CellError> unreadable) {
        List<CellError> errors = new ArrayList<>(unreadable);
        Map<String, Boolean> postable = chart.postability(lines.stream().map(Line::account).filter(a -> a != null).toList());
        Set<String> costCentres = chart.existingCostCentres(lines.stream().map(Line::costCentre).filter(c -> c != null).toList());
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            if (line.costCentre() == null || !costCentres.contains(line.costCentre())) {
                errors.add(new CellError(sheet, line.row(), "CostCentre", line.costCentre() == null ? "Enter a cost centre"
                        : "There is no cost centre " + line.costCentre()));
            }
            Boolean canPost = line.account() == null ? null : postable.get(line.account());
            if (canPost == null || !canPost) {
                errors.add(new CellError(sheet, line.row(), "Account", line.account() == null ? "Enter an account"
                        : canPost == null ? "There is no account " + line.account() : "Account " + line.account() + " is a heading"));
            }
            if (line.amount() == null && unreadable.stream().noneMatch(e -> e.row() == line.row() && e.column().equals("Amount"))) {
                errors.add(new CellError(sheet, line.row(), "Amount", "Enter the year's budget in pounds and pence"));
            }
            if (!seen.add(line.costCentre() + "|" + line.account())) {
                errors.add(new CellError(sheet, line.row(), "Account", "This cost centre and account are budgeted twice"));
            }
        }
        if (!errors.isEmpty()) {
            List<String> columns = List.of("CostCentre", "Account", "Amount");
            errors.sort(java.util.Comparator.comparingInt(CellError::row).thenComparing(e -> columns.indexOf(e.column())));
            throw new InvalidFile(errors.size() + " problem(s) in the budget; nothing was loaded.", errors);
        }
        int changed = 0;
        try (PreparedStatement upsert = session.connection().prepareStatement(UPSERT)) {
            for (Line line : lines) {
                upsert.setString(1, session.current());
                upsert.setInt(2, fiscalYear);
                upsert.setString(3, line.costCentre());
                upsert.setString(4, line.account());
                upsert.setBigDecimal(5, line.amount().amount());
                changed += upsert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the budget", e);
        }
        Money total = lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
        audit.record("Budget", Integer.toString(fiscalYear), "SET", null, Json.createObjectBuilder()
                .add("lines", lines.size()).add("changed", changed).add("total", total.toString()).build());
        return changed;
    }

    /** One row of budget against actual; amounts are positive for spending on expense lines and earning on income. */
    public record Comparison(String costCentre, String account, String name, Money budget, Money actual, Money commitments) {
        public Money remaining() {
            return budget.minus(actual).minus(commitments);
        }
    }

    /**
     * Budget against actual for the year to the end of {@code period}, for one cost centre or all: a report, read where
     * {@link ReportDatabase} chooses (perhaps a replica a second or two behind the primary).
     */
    public List<Comparison> against(int fiscalYear, int period, String costCentre) {
        String only = costCentre == null ? "" : " and cost_centre = ?";
        String sql = "with b as (select cost_centre, account_code, amount from budget_line where tenant_id = ? and fiscal_year = ?" + only + "), "
                + "a as (select cost_centre, account_code, sum(debit - credit) as net from cost_centre_balance "
                + "where tenant_id = ? and fiscal_year = ? and period <= ?" + only + " group by cost_centre, account_code), "
                + "c as (select cost_centre, account_code, amount from commitment_balance where tenant_id = ? and fiscal_year = ? and amount <> 0"
                + only + "), "
                + "ba as (select coalesce(b.cost_centre, a.cost_centre) as cost_centre, coalesce(b.account_code, a.account_code) as account_code, "
                + "b.amount as budget, a.net from b full join a on a.cost_centre = b.cost_centre and a.account_code = b.account_code) "
                + "select coalesce(ba.cost_centre, c.cost_centre), acc.code, acc.name, acc.type, coalesce(ba.budget, 0), coalesce(ba.net, 0), "
                + "coalesce(c.amount, 0) "
                + "from ba full join c on c.cost_centre = ba.cost_centre and c.account_code = ba.account_code "
                + "join ledger_account acc on acc.tenant_id = ? and acc.code = coalesce(ba.account_code, c.account_code) "
                + "where acc.type in ('INCOME', 'EXPENSE') order by 1, 2";
        String tenant = session.current();
        Connection connection = reports.connection();
        List<Comparison> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 1;
            query.setString(i++, tenant);
            query.setInt(i++, fiscalYear);
            if (costCentre != null) {
                query.setString(i++, costCentre);
            }
            query.setString(i++, tenant);
            query.setInt(i++, fiscalYear);
            query.setInt(i++, period);
            if (costCentre != null) {
                query.setString(i++, costCentre);
            }
            query.setString(i++, tenant);
            query.setInt(i++, fiscalYear);
            if (costCentre != null) {
                query.setString(i++, costCentre);
            }
            query.setString(i, tenant);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    BigDecimal net = row.getBigDecimal(6);
                    Money actual = Money.of(AccountType.valueOf(row.getString(4)) == AccountType.INCOME ? net.negate() : net);
                    rows.add(new Comparison(row.getString(1), row.getString(2), row.getString(3), Money.of(row.getBigDecimal(5)),
                            actual, Money.of(row.getBigDecimal(7))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not compare budget with actual", e);
        }
        return rows;
    }
}
