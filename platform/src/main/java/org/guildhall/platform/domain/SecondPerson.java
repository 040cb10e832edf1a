package org.guildhall.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A change that counts only once someone other than whoever made it confirms it (bank details an employee or a
 * supplier is paid into): who changed it and when, and who confirmed it. Maps the columns {@code status},
 * {@code changed_by}, {@code changed_at}, {@code confirmed_by} and {@code confirmed_at} of the entity embedding it.
 */
@Embeddable
public class SecondPerson {

    public enum Status { AWAITING_CONFIRMATION, CONFIRMED }

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private Status status;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "confirmed_by", length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected SecondPerson() {
    }

    /** A change by {@code by} at {@code at}, awaiting confirmation: whatever was confirmed before no longer counts. */
    public static SecondPerson changed(String by, Instant at) {
        SecondPerson change = new SecondPerson();
        change.status = Status.AWAITING_CONFIRMATION;
        change.changedBy = by;
        change.changedAt = at;
        return change;
    }

    /** Confirms the change: 409 when it is already confirmed, 403 when asked by whoever made it. */
    public void confirm(String by, Instant at, String what) {
        if (status == Status.CONFIRMED) {
            throw new StateConflict("These " + what + " are already confirmed.");
        }
        if (by.equals(changedBy)) {
            throw new NotPermitted(capitalised(what) + " must be confirmed by someone other than the person who changed them.");
        }
        status = Status.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public Status status() { return status; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public String confirmedBy() { return confirmedBy; }
    public Instant confirmedAt() { return confirmedAt; }
}
