package org.guildhall.finance.recharge.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guildhall.finance.recharge.control.PriceList;
import org.guildhall.finance.recharge.control.Recharges;
import org.guildhall.finance.recharge.control.Statement;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * What the recharges page shows, read in one transaction entered in no tenant, as the API's {@code GET recharges}
 * reads it: every tenant with usage kept for the month, its counts, its statement at today's price list, and its
 * approval once made (whose total is what was posted, which the page shows when it differs).
 */
@RequestScoped
@Transactional
public class RechargePageModels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    Recharges recharges;

    @Inject
    Tenants tenants;

    public Map<String, Object> month(YearMonth month) {
        PriceList prices = recharges.priceList();
        Map<String, Recharges.Approved> approved = recharges.approved(month);
        List<String> units = new java.util.TreeMap<>(prices.prices()).keySet().stream().toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        Money all = Money.ZERO;
        Map<String, Map<String, Long>> used = recharges.usage(month);
        for (Tenant tenant : tenants.all()) {
            Map<String, Long> usage = used.get(tenant.code());
            if (usage == null) {
                continue;
            }
            Statement statement = Statement.of(prices, usage);
            Map<String, Object> row = new HashMap<>();
            row.put("code", tenant.code());
            row.put("name", tenant.name());
            row.put("counts", statement.lines().stream().map(l -> Map.of("unit", l.unit(), "quantity", l.quantity())).toList());
            row.put("total", pounds(statement.total()));
            row.put("approval", approval(approved.get(tenant.code()), statement.total(), tenant.code().equals(prices.centre())));
            rows.add(row);
            all = all.plus(statement.total());
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("monthText", MONTH.format(month));
        scope.put("units", units.stream().map(u -> Map.of("unit", u, "text", words(u))).toList());
        scope.put("statements", rows);
        scope.put("hasStatements", !rows.isEmpty());
        scope.put("summary", (rows.size() == 1 ? "1 tenant" : rows.size() + " tenants") + ", " + pounds(all) + " in all");
        scope.put("minimum", pounds(prices.monthlyMinimum()));
        return scope;
    }

    /** The approval in words: not yet, posted (and at what, when the price list has changed since), or failed and why. */
    private static String approval(Recharges.Approved approved, Money total, boolean centre) {
        if (centre) {
            return "The centre's own: not recharged";
        }
        if (approved == null) {
            return "Not approved";
        }
        if ("POSTED".equals(approved.status())) {
            return "Posted" + (approved.total().equals(total) ? "" : " at " + pounds(approved.total()));
        }
        return "Failed: " + approved.failure();
    }

    /** EMPLOYEES_PAID as "Employees paid". */
    static String words(String unit) {
        String lower = unit.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String pounds(Money amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount.amount());
    }
}
