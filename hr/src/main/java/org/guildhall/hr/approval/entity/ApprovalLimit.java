package org.guildhall.hr.approval.entity;

import jakarta.json.JsonObject;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;

/**
 * How much a line manager may approve, and who approves above it: one section of the tenant's {@code approval-limits}
 * policy, such as {@code expenseClaims}. A missing section or field takes the default.
 */
public record ApprovalLimit(Money lineManagerLimit, TenantRole aboveLimitApprover) {

    public static final Money DEFAULT_LIMIT = Money.parse("1000.00");
    public static final TenantRole DEFAULT_APPROVER = TenantRole.BUDGET_HOLDER;

    public ApprovalLimit {
        if (lineManagerLimit == null || aboveLimitApprover == null) {
            throw new IllegalArgumentException("an approval limit needs an amount and a role");
        }
    }

    /** Reads one section of the policy document, which may be null. */
    public static ApprovalLimit of(JsonObject section) {
        Money limit = section == null || !section.containsKey("lineManagerLimit") ? DEFAULT_LIMIT : Money.parse(section.getString("lineManagerLimit"));
        TenantRole role = TenantRole.valueOf(section == null ? DEFAULT_APPROVER.name() : section.getString("aboveLimitApprover", DEFAULT_APPROVER.name()));
        return new ApprovalLimit(limit, role);
    }

    public boolean exceededBy(Money amount) {
        return amount != null && amount.compareTo(lineManagerLimit) > 0;
    }

    /** Null when the line manager decides an item of this amount; otherwise the role that does. */
    public TenantRole approverFor(Money amount) {
        return exceededBy(amount) ? aboveLimitApprover : null;
    }
}
