package org.guildhall.hr.approval.entity;

/** Why someone may not decide an item, in the order the rules are checked. Each feature words it for its users. */
public enum Refusal {
    /** The item is the caller's own. */
    OWN,
    /** The caller is not the manager, their delegate today, HR for someone with no manager, or the role above the limit. */
    NOT_APPROVER,
    /** The caller prepared or booked the item for someone else. */
    PREPARER
}
