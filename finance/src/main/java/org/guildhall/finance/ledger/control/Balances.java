package org.guildhall.finance.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guildhall.finance.chart.entity.AccountType;
import org.guildhall.finance.ledger.entity.JournalLine;
import org.guildhall.platform.database.ReportDatabase;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * The stored debit and credit movements of each account in each period, kept in the posting's own transaction.
 * Each posting adds to them with one atomic upsert per account, so concurrent postings to one account never lose an
 * update; accounts are always taken in code order, so two postings cannot deadlock on each other's rows.
 */
@ApplicationScoped
public class Balances {

    /** Period 0 of a fiscal year holds the balances carried forward into it. */
    public static final int OPENING = 0;

    private static final String ADD = "insert into account_balance (tenant_id, fiscal_year, period, account_code, debit, credit) "
            + "values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, fiscal_year, period, account_code) "
            + "do update set debit = account_balance.debit + excluded.debit, credit = account_balance.credit + excluded.credit";

    private static final String ADD_BY_COST_CENTRE = "insert into cost_centre_balance (tenant_id, fiscal_year, period, cost_centre, "
            + "account_code, debit, credit) values (?, ?, ?, ?, ?, ?, ?) "
            + "on conflict (tenant_id, fiscal_year, cost_centre, account_code, period) "
            + "do update set debit = cost_centre_balance.debit + excluded.debit, credit = cost_centre_balance.credit + excluded.credit";

    @Inject
    TenantSession session;

    @Inject
    ReportDatabase reports;

    public void add(int fiscalYear, int period, List<JournalLine> lines) {
        Map<String, Money[]> byAccount = new TreeMap<>();
        for (JournalLine line : lines) {
            Money[] sums = byAccount.computeIfAbsent(line.account(), a -> new Money[] {Money.ZERO, Money.ZERO});
            sums[0] = sums[0].plus(line.debit());
            sums[1] = sums[1].plus(line.credit());
        }
        Map<String, BigDecimal[]> amounts = new TreeMap<>();
        byAccount.forEach((account, sums) -> amounts.put(account, new BigDecimal[] {sums[0].amount(), sums[1].amount()}));
        write(fiscalYear, period, amounts);
        addByCostCentre(fiscalYear, period, lines);
    }

    /** The same movements per cost centre and account, for budget against actual; lines without a cost centre skip it. */
    private void addByCostCentre(int fiscalYear, int period, List<JournalLine> lines) {
        Map<String, BigDecimal[]> byKey = new TreeMap<>();
        for (JournalLine line : lines) {
            if (line.costCentre() != null) {
                BigDecimal[] sums = byKey.computeIfAbsent(line.costCentre() + "|" + line.account(),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(line.debit().amount());
                sums[1] = sums[1].add(line.credit().amount());
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        try (PreparedStatement add = session.connection().prepareStatement(ADD_BY_COST_CENTRE)) {
            for (Map.Entry<String, BigDecimal[]> entry : byKey.entrySet()) {
                String[] key = entry.getKey().split("\\|", 2);
                add.setString(1, session.current());
                add.setInt(2, fiscalYear);
                add.setInt(3, period);
                add.setString(4, key[0]);
                add.setString(5, key[1]);
                add.setBigDecimal(6, entry.getValue()[0]);
                add.setBigDecimal(7, entry.getValue()[1]);
                add.addBatch();
            }
            add.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the cost-centre balances", e);
        }
    }

    /** Adds debit and credit amounts per account code (iterated in code order) to one period. */
    void write(int fiscalYear, int period, Map<String, BigDecimal[]> amounts) {
        String tenant = session.current();
        try (PreparedStatement add = session.connection().prepareStatement(ADD)) {
            for (Map.Entry<String, BigDecimal[]> entry : amounts.entrySet()) {
                add.setString(1, tenant);
                add.setInt(2, fiscalYear);
                add.setInt(3, period);
                add.setString(4, entry.getKey());
                add.setBigDecimal(5, entry.getValue()[0]);
                add.setBigDecimal(6, entry.getValue()[1]);
                add.addBatch();
            }
            add.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the account balances", e);
        }
    }

    /** One account's line of a trial balance; amounts signed debit-positive for opening and closing. */
    public record Row(String account, String name, AccountType type, Money opening, Money debit, Money credit) {
        public Money closing() {
            return opening.plus(debit).minus(credit);
        }
    }

    /**
     * Every account with a balance or a movement by the end of {@code period}: the opening balance (carried forward
     * plus the year's earlier periods) and the period's debits and credits. Reads stored balances only.
     */
    public List<Row> upTo(int fiscalYear, int period) {
        return upTo(session.connection(), session.current(), fiscalYear, period);
    }

    /**
     * {@link #upTo(int, int)} for a report (the trial balance), read where {@link ReportDatabase} chooses: perhaps a
     * replica a second or two behind the primary, so never for a figure that is written back, as the year end's are.
     */
    public List<Row> reported(int fiscalYear, int period) {
        return upTo(reports.connection(), session.current(), fiscalYear, period);
    }

    /** {@link #upTo(int, int)} on a connection already scoped to {@code tenant} (also what the ledger benchmark times). */
    public static List<Row> upTo(Connection connection, String tenant, int fiscalYear, int period) {
        // totals per account first (at most 13 stored rows each), then one primary-key lookup per account for its name
        String sql = "select a.code, a.name, a.type, t.opening, t.debit, t.credit from ("
                + "select account_code, coalesce(sum(debit - credit) filter (where period < ?), 0) as opening, "
                + "coalesce(sum(debit) filter (where period = ?), 0) as debit, "
                + "coalesce(sum(credit) filter (where period = ?), 0) as credit "
                + "from account_balance where tenant_id = ? and fiscal_year = ? and period <= ? group by account_code) t "
                + "join ledger_account a on a.tenant_id = ? and a.code = t.account_code order by a.code";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, period);
            query.setInt(2, period);
            query.setInt(3, period);
            query.setString(4, tenant);
            query.setInt(5, fiscalYear);
            query.setInt(6, period);
            query.setString(7, tenant);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Row line = new Row(row.getString(1), row.getString(2), AccountType.valueOf(row.getString(3)),
                            Money.of(row.getBigDecimal(4)), Money.of(row.getBigDecimal(5)), Money.of(row.getBigDecimal(6)));
                    if (!line.opening().isZero() || !line.debit().isZero() || !line.credit().isZero()) {
                        rows.add(line);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account balances", e);
        }
        return rows;
    }
}
