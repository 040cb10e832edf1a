package org.guildhall.hr.expenses.entity;

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
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A claim for expenses by one employee: a draft until they submit it, then decided by their line manager (or a budget
 * holder above the manager's limit); approved claims are posted to the ledger and wait for payroll to reimburse them.
 */
@Entity
@Table(name = "expense_claim")
public class ExpenseClaim extends TenantScoped {

    public enum Status { DRAFT, SUBMITTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_number", nullable = false, length = 32)
    private String employeeNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    @Column(name = "journal_id")
    private Long journalId;

    @Version
    private long version;

    protected ExpenseClaim() {
    }

    public ExpenseClaim(String employeeNumber, String createdBy, Instant createdAt) {
        this.employeeNumber = employeeNumber;
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.total = BigDecimal.ZERO;
    }

    /** The total of its lines, set when they are made and again if mileage is repriced at submission. */
    public void total(Money total) {
        this.total = total.amount();
    }

    public void submit(Instant at) {
        status = Status.SUBMITTED;
        submittedAt = at;
    }

    public void decide(boolean approve, String by, Instant at, String reason, Long journalId) {
        this.status = approve ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = reason;
        this.journalId = journalId;
    }

    public Long id() { return id; }
    public String employeeNumber() { return employeeNumber; }
    public Status status() { return status; }
    public Money total() { return Money.of(total); }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String reason() { return reason; }
    public Long journalId() { return journalId; }
    public long version() { return version; }
}
