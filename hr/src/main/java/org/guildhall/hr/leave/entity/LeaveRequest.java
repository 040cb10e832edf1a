package org.guildhall.hr.leave.entity;

import jakarta.persistence.Column;
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
import org.guildhall.hr.leave.entity.WorkingTime.Half;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A request for leave by (or, booked by HR, for) one employee: pending until their line manager or the manager's
 * delegate decides it; the requester may cancel it. Its working time is counted once, when it is made.
 */
@Entity
@Table(name = "leave_request")
public class LeaveRequest extends TenantScoped {

    public enum Status { PENDING, APPROVED, REJECTED, CANCELLED }

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

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

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

    /** Records a decision or a cancellation; the caller has checked the request was in a state that allows it. */
    public void settle(Status outcome, String by, Instant at, String reason) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = reason;
    }

    public Span span() {
        return new Span(start, startHalf, end, endHalf);
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
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String reason() { return reason; }
    public long version() { return version; }
}
