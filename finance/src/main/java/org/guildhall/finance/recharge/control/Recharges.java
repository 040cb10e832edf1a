package org.guildhall.finance.recharge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * Metering and recharge. A tenant's usage of a month is its metered counts as the measures job kept them (never worked
 * out here); the price list makes a statement of them; approving a month posts each tenant's total, a cost in its
 * ledger and income in the centre's, each through its own tenant's ledger in its own transaction. When the centre's
 * side fails, the tenant's is reversed, so neither stands, and the tenant's recharge is FAILED with the reason.
 */
@ApplicationScoped
public class Recharges {

    public static final String PRICE_LIST = "price-list";

    @Inject
    TenantSession session;

    @Inject
    Tenants tenants;

    @Inject
    RechargePostings postings;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A tenant's recharge of a month as approved. */
    public record Approved(String tenant, Money total, String status, Long tenantJournal, Long centreJournal, String failure, int attempts) {
    }

    /** The price list's document and version (0 when it is still the standard one). */
    public record Kept(JsonObject document, long version) {
    }

    @Transactional
    public Kept priceListDocument() {
        try (PreparedStatement query = session.connection().prepareStatement("select document, version from centre_setting where name = ?")) {
            query.setString(1, PRICE_LIST);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return new Kept(parse(row.getString(1)), row.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the price list", e);
        }
        try (InputStream in = Recharges.class.getClassLoader().getResourceAsStream("finance/price-list.json"); JsonReader reader = Json.createReader(in)) {
            return new Kept(reader.readObject(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PriceList priceList() {
        return PriceList.of(priceListDocument().document());
    }

    /** Replaces the price list edited from {@code version} (409 when someone changed it since); refused when unreadable. */
    @Transactional
    public Kept setPriceList(long version, JsonObject document) {
        PriceList.of(document);
        Kept current = priceListDocument();
        if (current.version() != version) {
            throw new StateConflict("The price list was changed by someone else (version " + current.version() + "). Fetch it again.");
        }
        try (PreparedStatement write = session.connection().prepareStatement(version == 0
                ? "insert into centre_setting (document, name, version) values (?, ?, 1) on conflict do nothing"
                : "update centre_setting set document = ?, version = version + 1 where name = ? and version = ?")) {
            write.setString(1, document.toString());
            write.setString(2, PRICE_LIST);
            if (version != 0) {
                write.setLong(3, version);
            }
            if (write.executeUpdate() != 1) {
                throw new StateConflict("The price list was changed by someone else just now. Fetch it again.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the price list", e);
        }
        return new Kept(document, version + 1);
    }

    /** The tenant's metered counts of the month as the measures job kept them; empty when it has not run for the month. */
    public Optional<Map<String, Long>> usage(String tenant, YearMonth month) {
        return Optional.ofNullable(usage(month, tenant).get(tenant));
    }

    /** Every tenant's metered counts of the month, by tenant, in one statement; a tenant with none kept is not a key. */
    public Map<String, Map<String, Long>> usage(YearMonth month) {
        return usage(month, null);
    }

    private Map<String, Map<String, Long>> usage(YearMonth month, String only) {
        Map<String, Map<String, Long>> usage = new LinkedHashMap<>();
        try (PreparedStatement query = session.connection().prepareStatement("select tenant_code, measure, count from service_measure "
                + "where month = ? and unit = 'COUNT' and (cast(? as varchar) is null or tenant_code = ?) order by tenant_code, measure")) {
            query.setDate(1, Date.valueOf(month.atDay(1)));
            query.setString(2, only);
            query.setString(3, only);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    usage.computeIfAbsent(row.getString(1), t -> new LinkedHashMap<>()).put(row.getString(2), row.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the usage", e);
        }
        return usage;
    }

    /** The tenant's statement of the month; 409 before the measures job has kept its usage. */
    public Statement statement(String tenant, YearMonth month) {
        Map<String, Long> usage = usage(tenant, month).orElseThrow(() -> new StateConflict("The usage of " + month + " has not been "
                + "worked out yet: the measures job does it on the first of the next month, or when an operator starts it."));
        return Statement.of(priceList(), usage);
    }

    /** Each tenant's approved recharge of the month. */
    public Map<String, Approved> approved(YearMonth month) {
        Map<String, Approved> approved = new LinkedHashMap<>();
        try (PreparedStatement query = session.connection().prepareStatement(
                "select tenant_code, total, status, tenant_journal, centre_journal, failure, attempts from recharge where month = ? "
                        + "order by tenant_code")) {
            query.setDate(1, Date.valueOf(month.atDay(1)));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long tenantJournal = row.getLong(4);
                    Long tj = row.wasNull() ? null : tenantJournal;
                    long centreJournal = row.getLong(5);
                    Long cj = row.wasNull() ? null : centreJournal;
                    approved.put(row.getString(1), new Approved(row.getString(1), Money.of(row.getBigDecimal(2)), row.getString(3), tj, cj,
                            row.getString(6), row.getInt(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the recharges", e);
        }
        return approved;
    }

    /**
     * Approves the month's recharges: every active tenant but the centre (of {@code group}, when not null) with usage
     * kept and a total above nothing, not yet posted (so approving again retries only what failed). Not in a
     * transaction: each side is its own.
     */
    public List<Approved> approve(YearMonth month, String group) {
        if (month.isAfter(YearMonth.from(clock.instant().atZone(java.time.ZoneId.of("Europe/London"))))) {
            throw new RuleRefused("A month's recharges are approved once it has begun: " + month + " has not.");
        }
        PriceList prices = inTransaction(this::priceList);
        Tenant centre = Optional.ofNullable(prices.centre()).flatMap(c -> inTransaction(() -> tenants.find(c)))
                .orElseThrow(() -> new RuleRefused("The price list names no centre tenant to take the income: an operator sets its \"centre\"."));
        Map<String, Approved> done = inTransaction(() -> approved(month));
        Map<String, Map<String, Long>> used = inTransaction(() -> usage(month));
        List<Approved> outcomes = new ArrayList<>();
        for (Tenant tenant : inTransaction(() -> tenants.all())) {
            Approved before = done.get(tenant.code());
            if (tenant.code().equals(centre.code()) || tenant.status() != Tenant.Status.ACTIVE || before != null && "POSTED".equals(before.status())
                    || group != null && !group.equals(tenant.group())) {
                continue;
            }
            Map<String, Long> usage = used.get(tenant.code());
            if (usage == null) {
                continue;
            }
            Statement statement = Statement.of(prices, usage);
            if (!statement.total().isPositive()) {
                continue;
            }
            outcomes.add(post(month, tenant.code(), before == null ? 1 : before.attempts() + 1, centre, prices, statement.total()));
        }
        return outcomes;
    }

    private Approved post(YearMonth month, String tenant, int attempt, Tenant centre, PriceList prices, Money total) {
        Long cost = null;
        Long income = null;
        String why = null;
        try {
            cost = postings.cost(tenant, month, attempt, total, prices.tenantExpense(), centre.name());
            income = postings.income(centre.code(), tenant, month, attempt, total, prices.centreIncome());
        } catch (RuntimeException e) {
            String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (cost == null) {
                why = "the tenant's ledger refused the cost: " + cause;
            } else {
                try {
                    postings.undo(tenant, cost, month.atEndOfMonth());
                    why = "the centre's ledger refused the income, so the tenant's cost was reversed: " + cause;
                } catch (RuntimeException undo) {
                    why = "the centre's ledger refused the income (" + cause + ") and the tenant's cost, journal " + cost
                            + ", could not be reversed: reverse it by hand (" + undo.getMessage() + ")";
                }
            }
        }
        // recorded outside the postings: a failure to record never undoes what both ledgers hold
        return why == null ? record(new Approved(tenant, total, "POSTED", cost, income, null, attempt), month)
                : record(new Approved(tenant, total, "FAILED", null, null, why.length() > 500 ? why.substring(0, 500) : why, attempt), month);
    }

    private Approved record(Approved approved, YearMonth month) {
        return inTransaction(() -> {
            try (PreparedStatement upsert = session.connection().prepareStatement("""
                    insert into recharge (tenant_code, month, total, status, tenant_journal, centre_journal, failure, approved_by, approved_at,
                      attempts)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_code, month) do update set total = excluded.total, status = excluded.status, attempts = excluded.attempts,
                      tenant_journal = excluded.tenant_journal, centre_journal = excluded.centre_journal, failure = excluded.failure,
                      approved_by = excluded.approved_by, approved_at = excluded.approved_at""")) {
                upsert.setString(1, approved.tenant());
                upsert.setDate(2, Date.valueOf(month.atDay(1)));
                upsert.setBigDecimal(3, approved.total().amount());
                upsert.setString(4, approved.status());
                upsert.setObject(5, approved.tenantJournal());
                upsert.setObject(6, approved.centreJournal());
                upsert.setString(7, approved.failure());
                upsert.setString(8, caller.name());
                upsert.setTimestamp(9, Timestamp.from(clock.instant()));
                upsert.setInt(10, approved.attempts());
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not record the recharge", e);
            }
            return approved;
        });
    }

    @Inject
    Transactions transactions;

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.required(work);
    }

    private static JsonObject parse(String document) {
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            return reader.readObject();
        }
    }
}
