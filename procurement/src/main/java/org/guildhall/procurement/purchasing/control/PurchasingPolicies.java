package org.guildhall.procurement.purchasing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.guildhall.hr.policy.PolicyCheck;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.money.Money;

/**
 * The tenant's {@code purchasing-policy}: how much more than ordered a receipt may record
 * ({@code receiptTolerancePercent}, a string; 5 in the template, and for a tenant onboarded before the policy existed),
 * and how far an invoice line's value may be from the order's price and still match ({@code invoicePriceTolerance:
 * {percent, amount}}, the stricter winning; 2% and 25.00 by default). An edited policy is checked before it is kept.
 */
@ApplicationScoped
public class PurchasingPolicies implements PolicyCheck {

    static final String NAME = "purchasing-policy";
    static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("5");

    @Inject
    Policies policies;

    /** The over-receipt tolerance, in percent of the quantity ordered. */
    public BigDecimal receiptTolerancePercent() {
        try {
            return tolerance(policies.document(NAME));
        } catch (Absent e) {
            return DEFAULT_TOLERANCE;
        }
    }

    /** The price tolerance of the three-way match: a percentage of a line's value at the order's price, and an amount. */
    public record PriceTolerance(BigDecimal percent, Money amount) {

        public static final PriceTolerance DEFAULT = new PriceTolerance(new BigDecimal("2"), Money.parse("25.00"));

        /** The stricter of the two for a line worth {@code orderValue} at the order's price. */
        public Money of(Money orderValue) {
            Money byPercent = Money.of(orderValue.amount().abs().multiply(percent).movePointLeft(2).setScale(2, java.math.RoundingMode.DOWN));
            return byPercent.compareTo(amount) < 0 ? byPercent : amount;
        }
    }

    public PriceTolerance invoicePriceTolerance() {
        try {
            return priceTolerance(policies.document(NAME));
        } catch (Absent e) {
            return PriceTolerance.DEFAULT;
        }
    }

    @Override
    public String policy() {
        return NAME;
    }

    @Override
    public void check(JsonObject document) {
        tolerance(document);
        priceTolerance(document);
    }

    private static PriceTolerance priceTolerance(JsonObject document) {
        JsonValue value = document.get("invoicePriceTolerance");
        if (value == null) {
            return PriceTolerance.DEFAULT;
        }
        try {
            JsonObject tolerance = value.asJsonObject();
            BigDecimal percent = new BigDecimal(tolerance.getString("percent"));
            Money amount = Money.parse(tolerance.getString("amount"));
            if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0 || amount.amount().signum() < 0) {
                throw new NumberFormatException();
            }
            return new PriceTolerance(percent, amount);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The purchasing policy's invoicePriceTolerance is {\"percent\": \"0\" to \"100\", "
                    + "\"amount\": a sum such as \"25.00\"}");
        }
    }

    private static BigDecimal tolerance(JsonObject document) {
        JsonValue value = document.get("receiptTolerancePercent");
        if (value == null) {
            return DEFAULT_TOLERANCE;
        }
        try {
            BigDecimal percent = new BigDecimal(((JsonString) value).getString());
            if (percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0) {
                throw new NumberFormatException();
            }
            return percent;
        } catch (ClassCastException | NumberFormatException e) {
            throw new IllegalArgumentException("The purchasing policy's receiptTolerancePercent is a string from \"0\" to \"100\"");
        }
    }
}
