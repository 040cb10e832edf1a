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

/**
 * The tenant's {@code purchasing-policy}: how much more than ordered a receipt may record
 * ({@code receiptTolerancePercent}, a string; 5 in the template, and for a tenant onboarded before the policy existed).
 * An edited policy is checked before it is kept.
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

    @Override
    public String policy() {
        return NAME;
    }

    @Override
    public void check(JsonObject document) {
        tolerance(document);
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
