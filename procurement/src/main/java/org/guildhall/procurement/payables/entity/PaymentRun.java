package org.guildhall.procurement.payables.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

/** The approved invoices due by a pay date, PROPOSED by an AP clerk, then APPROVED (paid) by an AP approver. */
@Entity
@Table(name = "payment_run")
public class PaymentRun extends TenantScoped {

    public enum Status { PROPOSED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pay_date", nullable = false)
    private LocalDate payDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int invoices;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "prepared_by", nullable = false, length = 64)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "journal_id")
    private Long journalId;

    @Version
    private long version;

    protected PaymentRun() {
    }

    public PaymentRun(LocalDate payDate, String preparedBy, Instant preparedAt) {
        this.payDate = payDate;
        this.status = Status.PROPOSED;
        this.total = BigDecimal.ZERO.setScale(2);
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    /** What the run takes: so many invoices, for so much. */
    public void takes(int count, Money sum) {
        invoices = count;
        total = sum.amount();
    }

    /** Approved; its journal, or none when the supplier's credit notes cancel its invoices exactly. */
    public void approve(String by, Instant at, Long journal) {
        if (status != Status.PROPOSED) {
            throw new StateConflict("Payment run " + id + " is " + status + ": only a proposed run is approved.");
        }
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = at;
        journalId = journal;
    }

    public JsonObject state() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("payDate", payDate.toString()).add("status", status.name())
                .add("invoices", invoices).add("total", Money.of(total).toString()).add("preparedBy", preparedBy);
        if (approvedBy != null) {
            json.add("approvedBy", approvedBy);
            if (journalId != null) {
                json.add("journalId", journalId);
            }
        }
        return json.build();
    }

    public Long id() { return id; }
    public LocalDate payDate() { return payDate; }
    public Status status() { return status; }
    public int invoices() { return invoices; }
    public Money total() { return Money.of(total); }
    public String preparedBy() { return preparedBy; }
    public long version() { return version; }
}
