package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.guildhall.hr.policy.PolicyCheck;
import org.guildhall.payroll.run.entity.PayPolicy;

/** An edited pay policy must be one payroll can read; otherwise every run would stop on it. */
@ApplicationScoped
public class PayPolicyCheck implements PolicyCheck {

    @Override
    public String policy() {
        return PayPolicies.NAME;
    }

    @Override
    public void check(JsonObject document) {
        PayPolicy policy = PayPolicy.of(document);
        if (policy.elements().isEmpty() || policy.workingDaysInYear() < 200 || policy.workingDaysInYear() > 366
                || policy.variancePercent().signum() < 0 || !policy.grossCeiling().isPositive()) {
            throw new IllegalArgumentException("The pay policy needs payElements, a periodGrossCeiling above 0, a "
                    + "varianceThresholdPercent of 0 or more and unpaidLeave.workingDaysInYear from 200 to 366");
        }
    }
}
