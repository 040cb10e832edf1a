package org.guildhall.hr.approval.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How an item was decided: by whom, when, and the reason given (a rejection must give one). Every item the approvals
 * concept decides (leave requests, expense claims, and later payroll runs, requisitions and invoices) keeps one, in the
 * same three columns.
 */
@Embeddable
public class Decision {

    @Column(name = "decided_by", length = 64)
    private String by;

    @Column(name = "decided_at")
    private Instant at;

    @Column(name = "reason", length = 500)
    private String reason;

    protected Decision() {
    }

    private Decision(String by, Instant at, String reason) {
        this.by = by;
        this.at = at;
        this.reason = reason;
    }

    public static Decision approval(String by, Instant at, String reason) {
        return new Decision(by, at, reason);
    }

    /** A withdrawal by the requester (or their manager), which needs no reason. */
    public static Decision cancellation(String by, Instant at) {
        return new Decision(by, at, null);
    }

    /** A rejection; refused without a reason, which the person it is for needs to know. */
    public static Decision rejection(String by, Instant at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        return new Decision(by, at, reason);
    }

    public String by() { return by; }
    public Instant at() { return at; }
    public String reason() { return reason; }
}
