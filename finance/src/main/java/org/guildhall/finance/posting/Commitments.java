package org.guildhall.finance.posting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Budgets as other modules see them: what is left to spend on a cost centre and account in a fiscal year (budget less
 * actuals less commitments), and commitments made and released by whoever raises them (purchase orders). Runs in the
 * caller's transaction and tenant.
 */
@ApplicationScoped
public class Commitments {

    @Inject
    TenantSession session;

    @Inject
    Clock clock;

    /** A cost centre and account of a fiscal year, and an amount on it. */
    public record Line(int fiscalYear, String costCentre, String account, Money amount) {
    }

    /** Where a budget stands: {@code available} is budget less actual less committed, and may be below zero. */
    public record Funds(Money budget, Money actual, Money committed) {
        public Money available() {
            return budget.minus(actual).minus(committed);
        }
    }

    /** A cost centre and account. */
    public record Key(String costCentre, String account) {
    }

    /**
     * The budget, actuals and commitments of each cost centre and account given (two arrays, side by side) in a
     * fiscal year, each read by its key, in one statement. Bound: tenant and year three times, then the cost centres
     * and the accounts. Public for the purchasing benchmark, which times it.
     */
    public static final String FUNDS = """
            select k.cost_centre, k.account_code,
                   coalesce((select amount from budget_line
                             where tenant_id = ? and fiscal_year = ? and cost_centre = k.cost_centre and account_code = k.account_code), 0),
                   coalesce((select sum(debit - credit) from cost_centre_balance
                             where tenant_id = ? and fiscal_year = ? and cost_centre = k.cost_centre and account_code = k.account_code), 0),
                   coalesce((select amount from commitment_balance
                             where tenant_id = ? and fiscal_year = ? and cost_centre = k.cost_centre and account_code = k.account_code), 0)
            from unnest(?::varchar[], ?::varchar[]) as k(cost_centre, account_code)""";

    /** The funds of each of {@code keys} for the whole of a fiscal year: one statement, three reads by key for each. */
    public Map<Key, Funds> funds(int fiscalYear, Collection<Key> keys) {
        String tenant = session.current();
        Connection connection = session.connection();
        Map<Key, Funds> funds = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(FUNDS)) {
            for (int i = 0; i < 3; i++) {
                query.setString(1 + 2 * i, tenant);
                query.setInt(2 + 2 * i, fiscalYear);
            }
            query.setArray(7, connection.createArrayOf("varchar", keys.stream().map(Key::costCentre).toArray()));
            query.setArray(8, connection.createArrayOf("varchar", keys.stream().map(Key::account).toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    funds.put(new Key(row.getString(1), row.getString(2)),
                            new Funds(money(row.getBigDecimal(3)), money(row.getBigDecimal(4)), money(row.getBigDecimal(5))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the budget", e);
        }
        return funds;
    }

    /** Commits {@code lines} for ({@code source}, {@code reference}): each amount more than zero. */
    public void commit(String source, String reference, List<Line> lines) {
        for (Line line : lines) {
            if (!line.amount().isPositive()) {
                throw new IllegalArgumentException("a commitment is more than nothing");
            }
        }
        move(source, reference, lines);
    }

    /**
     * Releases what is still committed for ({@code source}, {@code reference}) on each of {@code lines}, up to its
     * amount (an invoice of part of an order); answers the total released.
     */
    public Money release(String source, String reference, List<Line> lines) {
        Map<Slot, Money> open = open(source, reference);
        List<Line> releases = new ArrayList<>();
        Money total = Money.ZERO;
        for (Line line : lines) {
            Slot key = new Slot(line.fiscalYear(), line.costCentre(), line.account());
            Money left = open.getOrDefault(key, Money.ZERO);
            Money released = line.amount().compareTo(left) > 0 ? left : line.amount();
            if (released.isPositive()) {
                releases.add(new Line(line.fiscalYear(), line.costCentre(), line.account(), released.negate()));
                open.put(key, left.minus(released));
                total = total.plus(released);
            }
        }
        move(source, reference, releases);
        return total;
    }

    /** Releases everything still committed for ({@code source}, {@code reference}) (an order cancelled or closed). */
    public Money releaseAll(String source, String reference) {
        List<Line> all = new ArrayList<>();
        open(source, reference).forEach((slot, amount) -> all.add(new Line(slot.fiscalYear(), slot.costCentre(), slot.account(), amount)));
        return release(source, reference, all);
    }

    /** A fiscal year's cost centre and account. */
    private record Slot(int fiscalYear, String costCentre, String account) {
    }

    /** What is still committed for ({@code source}, {@code reference}), by year, cost centre and account. */
    private Map<Slot, Money> open(String source, String reference) {
        Map<Slot, Money> open = new LinkedHashMap<>();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select fiscal_year, cost_centre, account_code, sum(amount) from commitment
                where tenant_id = ? and source = ? and source_reference = ?
                group by fiscal_year, cost_centre, account_code having sum(amount) > 0 order by 1, 2, 3""")) {
            query.setString(1, session.current());
            query.setString(2, source);
            query.setString(3, reference);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    open.put(new Slot(row.getInt(1), row.getString(2), row.getString(3)), money(row.getBigDecimal(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the commitments", e);
        }
        return open;
    }

    private void move(String source, String reference, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String tenant = session.current();
        Connection connection = session.connection();
        try (PreparedStatement movement = connection.prepareStatement("""
                insert into commitment (tenant_id, source, source_reference, fiscal_year, cost_centre, account_code, amount, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement balance = connection.prepareStatement("""
                insert into commitment_balance as b (tenant_id, fiscal_year, cost_centre, account_code, amount) values (?, ?, ?, ?, ?)
                on conflict (tenant_id, fiscal_year, cost_centre, account_code) do update set amount = b.amount + excluded.amount""")) {
            Timestamp now = Timestamp.from(clock.instant());
            for (Line line : lines) {
                movement.setString(1, tenant);
                movement.setString(2, source);
                movement.setString(3, reference);
                movement.setInt(4, line.fiscalYear());
                movement.setString(5, line.costCentre());
                movement.setString(6, line.account());
                movement.setBigDecimal(7, line.amount().amount());
                movement.setTimestamp(8, now);
                movement.addBatch();
                balance.setString(1, tenant);
                balance.setInt(2, line.fiscalYear());
                balance.setString(3, line.costCentre());
                balance.setString(4, line.account());
                balance.setBigDecimal(5, line.amount().amount());
                balance.addBatch();
            }
            movement.executeBatch();
            balance.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the commitments", e);
        }
    }

    private static Money money(BigDecimal amount) {
        return Money.of(amount.setScale(2));
    }
}
