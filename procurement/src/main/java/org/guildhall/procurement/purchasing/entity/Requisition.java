package org.guildhall.procurement.purchasing.entity;

import jakarta.json.JsonObject;
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
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/** What someone asks to buy: DRAFT until they submit it, then approved (raising an order) or rejected with a reason. */
@Entity
@Table(name = "requisition")
public class Requisition extends TenantScoped {

    public enum Status { DRAFT, SUBMITTED, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String requester;

    @Column(name = "requester_number", length = 32)
    private String requesterNumber;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "over_budget_reason", length = 500)
    private String overBudgetReason;

    @Column(name = "needed_by")
    private LocalDate neededBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Version
    private long version;

    protected Requisition() {
    }

    public Requisition(String requester, String requesterNumber, Long supplierId, int fiscalYear, Money total, String overBudgetReason,
                       LocalDate neededBy, Instant createdAt) {
        this.requester = requester;
        this.requesterNumber = requesterNumber;
        this.supplierId = supplierId;
        this.status = Status.DRAFT;
        this.fiscalYear = fiscalYear;
        this.total = total.amount();
        this.overBudgetReason = overBudgetReason;
        this.neededBy = neededBy;
        this.createdAt = createdAt;
    }

    public void submit() {
        ensure(Status.DRAFT, "submitted");
        status = Status.SUBMITTED;
    }

    public void decide(boolean approve, String by, Instant at, String reason) {
        ensure(Status.SUBMITTED, approve ? "approved" : "rejected");
        status = approve ? Status.APPROVED : Status.REJECTED;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
    }

    private void ensure(Status expected, String doing) {
        if (status != expected) {
            throw new StateConflict("This requisition is " + status + ": only a " + expected + " one can be " + doing + ".");
        }
    }

    public JsonObject state() {
        var json = Json.createObjectBuilder().add("id", id).add("requester", requester).add("status", status.name())
                .add("fiscalYear", fiscalYear).add("total", Money.of(total).toString());
        if (supplierId != null) {
            json.add("supplier", supplierId);
        }
        if (overBudgetReason != null) {
            json.add("overBudgetReason", overBudgetReason);
        }
        if (neededBy != null) {
            json.add("neededBy", neededBy.toString());
        }
        if (decidedBy != null) {
            json.add("decidedBy", decidedBy);
        }
        if (decisionReason != null) {
            json.add("decisionReason", decisionReason);
        }
        return json.build();
    }

    public Long id() { return id; }
    public String requester() { return requester; }
    public String requesterNumber() { return requesterNumber; }
    public Long supplierId() { return supplierId; }
    public Status status() { return status; }
    public int fiscalYear() { return fiscalYear; }
    public Money total() { return Money.of(total); }
    public String overBudgetReason() { return overBudgetReason; }
    public long version() { return version; }
}
