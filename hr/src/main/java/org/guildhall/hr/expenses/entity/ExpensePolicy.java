package org.guildhall.hr.expenses.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guildhall.platform.money.Money;

/**
 * A tenant's expense policy document ({@code expense-policy}), read: the categories a line may be claimed under, the
 * ledger account purpose each posts to, their limits (a higher one in London where given) and the amount above which
 * a receipt is required.
 */
public record ExpensePolicy(Money receiptRequiredAbove, List<Category> categories) {

    public record Category(String code, String name, String ledgerPurpose, Money limit, Money londonLimit, boolean mileage) {

        /** The limit that applies to a line, or null when the category has none. */
        public Money limitFor(boolean london) {
            return london && londonLimit != null ? londonLimit : limit;
        }
    }

    public static ExpensePolicy of(JsonObject document) {
        List<Category> categories = new ArrayList<>();
        for (JsonValue value : document.getJsonArray("categories")) {
            JsonObject c = value.asJsonObject();
            categories.add(new Category(c.getString("code"), c.getString("name", c.getString("code")), c.getString("ledgerPurpose"),
                    money(c, "limit"), money(c, "londonLimit"), c.getBoolean("mileage", false)));
        }
        Money receipt = money(document, "receiptRequiredAbove");
        return new ExpensePolicy(receipt == null ? Money.parse("0.00") : receipt, List.copyOf(categories));
    }

    private static Money money(JsonObject object, String field) {
        return object.containsKey(field) && !object.isNull(field) ? Money.parse(object.getString(field)) : null;
    }

    public Optional<Category> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Why a line breaks the policy (shown to claimant and approver, not a refusal), or null when it does not. */
    public String breach(Category category, Money amount, boolean london) {
        Money limit = category.limitFor(london);
        if (limit == null || amount.compareTo(limit) <= 0) {
            return null;
        }
        return "Above the policy limit of £" + limit + (category.londonLimit() != null ? (london ? " in London" : " outside London") : "")
                + " for " + category.name().toLowerCase(java.util.Locale.UK) + " by £" + amount.minus(limit);
    }

    public boolean needsReceipt(Category category, Money amount) {
        return !category.mileage() && amount.compareTo(receiptRequiredAbove) > 0;
    }
}
