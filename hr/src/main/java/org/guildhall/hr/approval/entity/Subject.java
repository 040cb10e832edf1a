package org.guildhall.hr.approval.entity;

import java.util.Set;
import org.guildhall.platform.money.Money;

/**
 * What an approver is asked to decide, as the approval rules see it.
 *
 * @param requesterNumber the employee the item is for, who never decides it; null for an item that is nobody's own
 * @param managerNumber   their line manager, null when they have none (then HR decides)
 * @param preparedBy      the usernames that prepared, booked or put something into the item, who never decide it; empty when
 *                        only the requester did
 * @param amount          the amount an amount limit applies to; null when none does
 */
public record Subject(String requesterNumber, String managerNumber, Set<String> preparedBy, Money amount) {

    public Subject {
        preparedBy = preparedBy == null ? Set.of() : Set.copyOf(preparedBy);
    }

    /** An item prepared by at most one person, {@code preparedBy} (null when the requester made it themselves). */
    public Subject(String requesterNumber, String managerNumber, String preparedBy, Money amount) {
        this(requesterNumber, managerNumber, preparedBy == null ? Set.<String>of() : Set.of(preparedBy), amount);
    }

    /**
     * An item that is nobody's own, such as a payroll run: only the holder of the limit's role decides it, whatever its
     * amount, and never anyone who prepared it.
     */
    public static Subject unowned(Set<String> preparedBy, Money amount) {
        return new Subject(null, null, preparedBy, amount);
    }

    public static Subject of(String requesterNumber, String managerNumber, String preparedBy) {
        return new Subject(requesterNumber, managerNumber, preparedBy, null);
    }
}
