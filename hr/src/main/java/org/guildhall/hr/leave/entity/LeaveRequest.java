package org.guildhall.hr.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.guildhall.hr.approval.entity.Decision;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.hr.leave.entity.WorkingTime.Half;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A request for leave by (or, booked by HR, for) one employee: pending until their line manager or the manager's
 * delegate decides it; the requester may cancel it. The request refuses
 * transitions its status does not allow: PENDING to APPROVED, REJECTED or CANCELLED; APPROVED to CANCELLED. Its working time is counted once, when it is made.
 */
@Entity
@Table(name = "leave_request")
public class LeaveRequest extends TenantScoped {

    public enum Status { PENDING, APPROVED, REJECTED, CANCELLED }

    /** How leave dates are written to people. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_number", nullable = false, length = 32)
    private String employeeNumber;

    @Column(name = "leave_type", nullable = false, length = 16)
    private String leaveType;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_half", nullable = false, length = 9)
    private Half startHalf;

    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_half", nullable = false, length = 9)
    private Half endHalf;

    @Column(name = "first_slot", nullable = false)
    private int firstSlot;

    @Column(name = "last_slot", nullable = false)
    private int lastSlot;

    @Column(name = "leave_year", nullable = false)
    private int leaveYear;

    @Column(name = "working_days", nullable = false, precision = 6, scale = 1)
    private BigDecimal workingDays;

    @Column(name = "working_hours", nullable = false, precision = 7, scale = 2)
    private BigDecimal workingHours;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "on_behalf", nullable = false)
    private boolean onBehalf;

    @Embedded
    private Decision decision;

    @Version
    private long version;

    protected LeaveRequest() {
    }

    public LeaveRequest(String employeeNumber, String leaveType, Span span, int leaveYear, WorkingTime.Taken taken, String note,
                        String requestedBy, Instant requestedAt, boolean onBehalf) {
        this.employeeNumber = employeeNumber;
        this.leaveType = leaveType;
        this.start = span.start();
        this.startHalf = span.startHalf();
        this.end = span.end();
        this.endHalf = span.endHalf();
        this.firstSlot = span.firstSlot();
        this.lastSlot = span.lastSlot();
        this.leaveYear = leaveYear;
        this.workingDays = taken.days();
        this.workingHours = taken.hours();
        this.note = note;
        this.status = Status.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.onBehalf = onBehalf;
    }

    /** Refuses unless the request still waits for a decision. */
    public void ensurePending() {
        if (status != Status.PENDING) {
            throw alreadySettled();
        }
    }

    /** Refuses unless the request is pending or approved, the states a cancellation leaves. */
    public void ensureCancellable() {
        if (status != Status.PENDING && status != Status.APPROVED) {
            throw alreadySettled();
        }
    }

    /** PENDING to APPROVED. */
    public void approve(String by, Instant at, String reason) {
        ensurePending();
        settle(Status.APPROVED, Decision.approval(by, at, reason));
    }

    /** PENDING to REJECTED; a rejection always says why. */
    public void reject(String by, Instant at, String reason) {
        ensurePending();
        settle(Status.REJECTED, Decision.rejection(by, at, reason));
    }

    /** PENDING or APPROVED to CANCELLED; who may cancel when is the caller's rule. */
    public void cancel(String by, Instant at) {
        ensureCancellable();
        settle(Status.CANCELLED, Decision.cancellation(by, at));
    }

    private void settle(Status outcome, Decision decision) {
        this.status = outcome;
        this.decision = decision;
    }

    private StateConflict alreadySettled() {
        return new StateConflict("This request was already " + status.name().toLowerCase(Locale.UK)
                + (decidedBy() == null ? "" : " by " + decidedBy()) + ".");
    }

    public Span span() {
        return new Span(start, startHalf, end, endHalf);
    }

    /** The request's use of its leave type's balance: taken once approved and started, booked until then. */
    public AnnualLeave.Use use() {
        return new AnnualLeave.Use(leaveYear, status == Status.APPROVED, start, workingDays, workingHours);
    }

    /** The dates and days, as a person reads them: "on 1 June 2026 (1 day)", "from 1 June 2026 (afternoon) to ...". */
    public String describe() {
        String from = DAY.format(start) + (startHalf == Half.AFTERNOON ? " (afternoon)" : "");
        String to = DAY.format(end) + (endHalf == Half.MORNING ? " (morning)" : "");
        return (start.equals(end) && from.equals(DAY.format(start)) && to.equals(DAY.format(end)) ? "on " + from : "from " + from + " to " + to)
                + " (" + workingDays.stripTrailingZeros().toPlainString() + (workingDays.compareTo(BigDecimal.ONE) == 0 ? " day)" : " days)");
    }

    public Long id() { return id; }
    public String employeeNumber() { return employeeNumber; }
    public String leaveType() { return leaveType; }
    public LocalDate start() { return start; }
    public LocalDate end() { return end; }
    public int leaveYear() { return leaveYear; }
    public BigDecimal workingDays() { return workingDays; }
    public BigDecimal workingHours() { return workingHours; }
    public String note() { return note; }
    public Status status() { return status; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public boolean onBehalf() { return onBehalf; }
    public String decidedBy() { return decision == null ? null : decision.by(); }
    public Instant decidedAt() { return decision == null ? null : decision.at(); }
    public String reason() { return decision == null ? null : decision.reason(); }
    public long version() { return version; }
}
