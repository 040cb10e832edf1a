package org.guildhall.finance.recharge.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.guildhall.platform.money.Money;

/**
 * The centre's price list, as data: a price a unit (to at most four decimals of a pound) for each metered count (as the measures job keeps them: employees
 * paid, payslips, expense claims, invoices processed, purchase orders, active users), a monthly minimum, the centre's
 * own tenant (whose ledger takes the income; none until an operator names it) and the accounts the two sides post to.
 */
public record PriceList(Map<String, BigDecimal> prices, Money monthlyMinimum, String centre, String tenantExpense, String centreIncome) {

    /** Reads a price-list document, or refuses it saying what is wrong (an {@link IllegalArgumentException}). */
    public static PriceList of(JsonObject document) {
        try {
            Map<String, BigDecimal> prices = new LinkedHashMap<>();
            document.getJsonObject("units").forEach((unit, price) -> {
                if (!unit.matches("[A-Z][A-Z0-9_]{1,47}")) {
                    throw new IllegalArgumentException("unit " + unit);
                }
                String text = ((JsonString) price).getString().strip();
                if (!text.matches("[0-9]{1,9}(\\.[0-9]{1,4})?")) {
                    throw new IllegalArgumentException("a negative price");
                }
                prices.put(unit, new BigDecimal(text));
            });
            Money minimum = Money.parse(document.getString("monthlyMinimum"));
            JsonValue centre = document.get("centre");
            JsonObject accounts = document.getJsonObject("accounts");
            if (minimum.amount().signum() < 0 || prices.isEmpty()) {
                throw new IllegalArgumentException("no prices, or a negative minimum");
            }
            return new PriceList(Map.copyOf(prices), minimum, centre == null || centre == JsonValue.NULL ? null : ((JsonString) centre).getString(),
                    accounts.getString("tenantExpense"), accounts.getString("centreIncome"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The price list needs units {COUNT: \"price\", ...} with prices of 0 or more, monthlyMinimum "
                    + "(\"250.00\"), centre (the centre's tenant code, or null) and accounts {tenantExpense, centreIncome} (account codes)", e);
        }
    }
}
