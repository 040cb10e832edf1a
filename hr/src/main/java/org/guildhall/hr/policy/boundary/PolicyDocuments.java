package org.guildhall.hr.policy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.guildhall.hr.policy.PolicyCheck;
import org.guildhall.platform.web.Inputs;

/**
 * Checks an edited policy document before it is stored, a tenant's or a group's alike: a leave policy leave could not
 * be counted by, or a document a module's {@link PolicyCheck} refuses, is a 400 on {@code document}.
 */
@ApplicationScoped
public class PolicyDocuments {

    @Inject
    @Any
    Instance<PolicyCheck> checks;

    public void check(String name, JsonObject document) {
        if ("leave-policy".equals(name)) {
            readable(document);
        }
        for (PolicyCheck check : checks) {
            if (check.policy().equals(name)) {
                try {
                    check.check(document);
                } catch (IllegalArgumentException e) {
                    throw Inputs.invalid("document", e.getMessage());
                }
            }
        }
    }

    /** A leave policy that leave could not be counted by would break every booking: refused before it is stored. */
    private static void readable(JsonObject document) {
        try {
            org.guildhall.hr.leave.entity.LeavePolicy policy = org.guildhall.hr.leave.entity.LeavePolicy.of(document);
            if (policy.types().isEmpty() || policy.standardWeeklyHours().signum() <= 0) {
                throw new IllegalArgumentException("no leave types or no standard week");
            }
        } catch (RuntimeException e) {
            throw Inputs.invalid("document", "The leave policy needs leaveYear {basis FIXED or ANNIVERSARY, startMonth, startDay}, "
                    + "standardWeeklyHours, types [{code, name, hasBalance, ...}] and bankHolidays.additionalDays [{date YYYY-MM-DD, "
                    + "name, nations?}]; something in this one is missing or of the wrong kind");
        }
    }
}
