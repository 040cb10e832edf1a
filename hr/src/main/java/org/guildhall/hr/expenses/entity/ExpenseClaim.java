package org.guildhall.hr.expenses.entity;

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
import java.util.Locale;
import org.guildhall.hr.approval.entity.Decision;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A claim for expenses by one employee: a draft until they submit it, then decided by their line manager (or a budget
 * holder above the manager's limit); approved claims are posted to the ledger and wait for payroll to reimburse them.
 * The claim refuses transitions its status does not allow ({@link StateConflict}): DRAFT to SUBMITTED; SUBMITTED to
 * APPROVED or REJECTED; APPROVED to PAID when a payroll run repays it.
 */
@Entity
@Table(name = "expense_claim")
public class ExpenseClaim extends TenantScoped {

    /** PAID: repaid by an approved payroll run, which sets it in bulk (payroll's approval), from APPROVED only. */
    public enum Status { DRAFT, SUBMITTED, APPROVED, REJECTED, PAID }

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

    @Embedded
    private Decision decision;

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

    /** DRAFT to SUBMITTED. */
    public void submit(Instant at) {
        ensureDraft();
        status = Status.SUBMITTED;
        submittedAt = at;
    }

    /** Refuses unless the claim is still a draft, the only state it is submitted from. */
    public void ensureDraft() {
        if (status != Status.DRAFT) {
            throw new StateConflict("This claim was already " + status.name().toLowerCase(Locale.UK) + ".");
        }
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    /** Refuses a receipt once the claim has been submitted: what was submitted is what gets decided. */
    public void ensureTakesReceipts() {
        if (status != Status.DRAFT) {
            throw new StateConflict("Receipts can be added only before the claim is submitted.");
        }
    }

    /** Refuses unless the claim has been submitted and waits for a decision. */
    public void ensureSubmitted() {
        if (status != Status.SUBMITTED) {
            throw new StateConflict(status == Status.DRAFT ? "This claim has not been submitted yet."
                    : "This claim was already " + status.name().toLowerCase(Locale.UK) + " by " + decidedBy() + ".");
        }
    }

    /** SUBMITTED to APPROVED, with the journal the approval posted. */
    public void approve(String by, Instant at, String reason, Long journalId) {
        ensureSubmitted();
        if (journalId == null) {
            throw new IllegalArgumentException("an approved claim has its journal");
        }
        settle(Status.APPROVED, Decision.approval(by, at, reason), journalId);
    }

    /** SUBMITTED to REJECTED; a rejection always says why. */
    public void reject(String by, Instant at, String reason) {
        ensureSubmitted();
        settle(Status.REJECTED, Decision.rejection(by, at, reason), null);
    }

    private void settle(Status outcome, Decision decision, Long journalId) {
        this.status = outcome;
        this.decision = decision;
        this.journalId = journalId;
    }

    public Long id() { return id; }
    public String employeeNumber() { return employeeNumber; }
    public Status status() { return status; }
    public Money total() { return Money.of(total); }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decision == null ? null : decision.by(); }
    public Instant decidedAt() { return decision == null ? null : decision.at(); }
    public String reason() { return decision == null ? null : decision.reason(); }
    public Long journalId() { return journalId; }
    public long version() { return version; }
}
