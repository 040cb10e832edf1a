package org.guildhall.hr.approval.entity;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.guildhall.platform.security.TenantRole;

/**
 * Someone who may be asked to decide, with what the rules need to know of them.
 *
 * @param employeeNumber their own employee number, null for staff without an employee record
 * @param username       who they sign in as
 * @param actsFor        the managers they decide for today: themselves and whoever named them as delegate for today
 * @param holds          which tenant roles they hold
 */
public record Approver(String employeeNumber, String username, Set<String> actsFor, Predicate<TenantRole> holds) {

    public Approver {
        actsFor = Set.copyOf(actsFor);
    }

    /**
     * Whether they decide this item, leaving aside that it may be their own: above the limit, or for an item that is
     * nobody's own, only the limit's role; for
     * someone with no manager, HR; otherwise the manager and the manager's delegate today.
     */
    public boolean mayDecide(Subject subject, ApprovalLimit limit) {
        if (limit != null && (subject.requesterNumber() == null || limit.exceededBy(subject.amount()))) {
            return holds.test(limit.aboveLimitApprover());
        }
        if (subject.managerNumber() == null) {
            return holds.test(TenantRole.HR_ADMIN);
        }
        return actsFor.contains(subject.managerNumber());
    }

    /** Why they may not decide the item, if they may not; {@code limit} is null where no amount limit applies. */
    public Optional<Refusal> refusal(Subject subject, ApprovalLimit limit) {
        if (subject.requesterNumber() != null && subject.requesterNumber().equals(employeeNumber)) {
            return Optional.of(Refusal.OWN);
        }
        if (!mayDecide(subject, limit)) {
            return Optional.of(Refusal.NOT_APPROVER);
        }
        if (subject.preparedBy().contains(username)) {
            return Optional.of(Refusal.PREPARER);
        }
        return Optional.empty();
    }
}
