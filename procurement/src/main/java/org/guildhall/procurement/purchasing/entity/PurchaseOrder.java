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
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * An order to a supplier, raised when its requisition is approved and numbered per tenant and year without gaps
 * ({@code PO-2026-000123}); its value is committed against the budget until invoiced, cancelled or closed.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends TenantScoped {

    public enum Status { OPEN, PARTLY_RECEIVED, RECEIVED, CLOSED, CANCELLED }

    /** The source under which its commitments are recorded. */
    public static final String COMMITMENT_SOURCE = "PURCHASE_ORDER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(name = "requisition_id", nullable = false)
    private Long requisitionId;

    @Column(name = "supplier_id", nullable = false)
    private Long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Version
    private long version;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(String number, long requisitionId, long supplierId, int fiscalYear, Money total, String raisedBy, Instant raisedAt) {
        this.number = number;
        this.requisitionId = requisitionId;
        this.supplierId = supplierId;
        this.status = Status.OPEN;
        this.fiscalYear = fiscalYear;
        this.total = total.amount();
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    /** After a receipt: RECEIVED once every line has come in full, PARTLY_RECEIVED until then. */
    public void received(boolean inFull) {
        status = inFull ? Status.RECEIVED : Status.PARTLY_RECEIVED;
    }

    /** Cancels what is still to come (the order was never wholly received) or closes the order (no more expected). */
    public void end(boolean cancel) {
        if (status == Status.CLOSED || status == Status.CANCELLED) {
            throw new StateConflict("Order " + number + " is already " + status + ".");
        }
        if (cancel && status == Status.RECEIVED) {
            throw new StateConflict("Everything on order " + number + " has been received: close it rather than cancel it.");
        }
        status = cancel ? Status.CANCELLED : Status.CLOSED;
    }

    public JsonObject state() {
        return Json.createObjectBuilder().add("id", id).add("number", number).add("requisition", requisitionId).add("supplier", supplierId)
                .add("status", status.name()).add("fiscalYear", fiscalYear).add("total", Money.of(total).toString()).build();
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Long requisitionId() { return requisitionId; }
    public Long supplierId() { return supplierId; }
    public Status status() { return status; }
    public int fiscalYear() { return fiscalYear; }
    public Money total() { return Money.of(total); }
    public String raisedBy() { return raisedBy; }
    public Instant raisedAt() { return raisedAt; }
    public long version() { return version; }
}
