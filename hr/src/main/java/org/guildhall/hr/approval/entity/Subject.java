package org.guildhall.hr.approval.entity;

import org.guildhall.platform.money.Money;

/**
 * What an approver is asked to decide, as the approval rules see it.
 *
 * @param requesterNumber the employee the item is for; they never decide it
 * @param managerNumber   their line manager, null when they have none (then HR decides)
 * @param preparedBy      the username that prepared or booked the item, who never decides it; null when the requester did
 * @param amount          the amount an amount limit applies to; null when none does
 */
public record Subject(String requesterNumber, String managerNumber, String preparedBy, Money amount) {

    public static Subject of(String requesterNumber, String managerNumber, String preparedBy) {
        return new Subject(requesterNumber, managerNumber, preparedBy, null);
    }
}
