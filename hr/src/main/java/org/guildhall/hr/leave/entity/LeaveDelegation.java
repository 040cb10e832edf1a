package org.guildhall.hr.leave.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A manager's naming of someone to decide for them from one date to another: their team's leave requests and, through
 * {@code hr.approval}, expense claims within the manager's limit. Kept under leave for its table and endpoints.
 */
@Entity
@Table(name = "leave_delegation")
public class LeaveDelegation extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "manager_number", nullable = false, length = 32)
    private String managerNumber;

    @Column(name = "delegate_number", nullable = false, length = 32)
    private String delegateNumber;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean withdrawn;

    @Version
    private long version;

    protected LeaveDelegation() {
    }

    public LeaveDelegation(String managerNumber, String delegateNumber, LocalDate from, LocalDate to, String createdBy, Instant createdAt) {
        this.managerNumber = managerNumber;
        this.delegateNumber = delegateNumber;
        this.fromDate = from;
        this.toDate = to;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void withdraw() {
        this.withdrawn = true;
    }

    public boolean coversDay(LocalDate day) {
        return !withdrawn && !day.isBefore(fromDate) && !day.isAfter(toDate);
    }

    public Long id() { return id; }
    public String managerNumber() { return managerNumber; }
    public String delegateNumber() { return delegateNumber; }
    public LocalDate from() { return fromDate; }
    public LocalDate to() { return toDate; }
    public boolean withdrawn() { return withdrawn; }
}
