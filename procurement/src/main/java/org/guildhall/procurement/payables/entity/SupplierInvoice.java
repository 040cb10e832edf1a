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
import java.util.List;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * A supplier's invoice as received: APPROVED for payment when it matches its order and receipts (posted to the ledger
 * then), or an EXCEPTION with its reasons until someone accepts the variance, goods arrive, or it is rejected; ON_HOLD
 * from either while someone looks into it; PAID by a payment run.
 */
@Entity
@Table(name = "supplier_invoice")
public class SupplierInvoice extends TenantScoped {

    public enum Status { RECEIVED, MATCHED, EXCEPTION, APPROVED, ON_HOLD, PAID, REJECTED }

    /** An invoice, or a credit note reducing one: its amounts are as printed (positive); a payment run subtracts them. */
    public enum Kind { INVOICE, CREDIT_NOTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supplier_id", nullable = false)
    private Long supplierId;

    @Column(name = "invoice_number", nullable = false, length = 40)
    private String invoiceNumber;

    @Column(name = "number_key", nullable = false, length = 40)
    private String numberKey;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "order_id")
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind = Kind.INVOICE;

    @Column(name = "credits_id")
    private Long creditsId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal net;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal vat;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(name = "reasons")
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from", length = 16)
    private Status heldFrom;

    @Column(length = 500)
    private String decision;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "journal_id")
    private Long journalId;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Version
    private long version;

    protected SupplierInvoice() {
    }

    public SupplierInvoice(long supplierId, String invoiceNumber, String numberKey, LocalDate invoiceDate, LocalDate receivedOn, LocalDate dueOn,
                           Long orderId, Money net, Money vat, String enteredBy, Instant enteredAt) {
        this.supplierId = supplierId;
        this.invoiceNumber = invoiceNumber;
        this.numberKey = numberKey;
        this.invoiceDate = invoiceDate;
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.orderId = orderId;
        this.status = Status.RECEIVED;
        this.net = net.amount();
        this.vat = vat.amount();
        this.total = net.plus(vat).amount();
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** A credit note reducing {@code credited}, due as soon as it is received: a run nets it against what is paid next. */
    public static SupplierInvoice creditNote(SupplierInvoice credited, String number, LocalDate date, LocalDate receivedOn, Money net, Money vat,
                                             String enteredBy, Instant enteredAt) {
        SupplierInvoice note = new SupplierInvoice(credited.supplierId, number, key(number), date, receivedOn, receivedOn, credited.orderId, net, vat,
                enteredBy, enteredAt);
        note.kind = Kind.CREDIT_NOTE;
        note.creditsId = credited.id;
        return note;
    }

    /** Whether a credit note may be raised against it: only what has been posted (approved, held after approval, or paid). */
    public boolean posted() {
        return journalId != null && kind == Kind.INVOICE && status != Status.REJECTED;
    }

    /** A new invoice written in bulk (by JDBC, not persisted), given the id drawn for it from the invoices' sequence. */
    public SupplierInvoice numbered(long drawn) {
        if (id != null) {
            throw new IllegalStateException("invoice " + id + " already has an id");
        }
        id = drawn;
        return this;
    }

    /** The invoice number as a key for duplicates: letters and digits only, upper case ("inv-001 " is "INV001"). */
    public static String key(String invoiceNumber) {
        return invoiceNumber.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** After matching: the reasons it did not match, or none. */
    public void matched(List<MatchReason> found) {
        reasons = found.isEmpty() ? null : MatchReason.text(found);
        status = found.isEmpty() ? Status.MATCHED : Status.EXCEPTION;
    }

    /** Approved for payment, its journal posted: by matching (no one), or by someone accepting the variance. */
    public void approve(long journal, String by, String why) {
        if (status != Status.MATCHED && status != Status.EXCEPTION) {
            throw new StateConflict("Invoice " + id + " is " + status + ": only a matched or queued invoice is approved.");
        }
        journalId = journal;
        status = Status.APPROVED;
        decidedBy = by;
        decision = why;
    }

    public void reject(String by, String why) {
        if (status != Status.EXCEPTION && !(status == Status.ON_HOLD && heldFrom == Status.EXCEPTION)) {
            throw new StateConflict("Invoice " + id + " is " + status + (journalId != null ? " and posted" : "")
                    + ": only an invoice in the queue (held or not) is rejected.");
        }
        status = Status.REJECTED;
        heldFrom = null;
        decidedBy = by;
        decision = why;
    }

    public void hold(String by, String why) {
        if (status != Status.EXCEPTION && status != Status.APPROVED) {
            throw new StateConflict("Invoice " + id + " is " + status + ": only a queued or approved invoice is held.");
        }
        heldFrom = status;
        status = Status.ON_HOLD;
        decidedBy = by;
        decision = why;
    }

    /** Off hold, back to what it was; an exception is matched again by the caller. */
    public Status release() {
        if (status != Status.ON_HOLD) {
            throw new StateConflict("Invoice " + id + " is " + status + ": only an invoice on hold is released.");
        }
        status = heldFrom;
        heldFrom = null;
        return status;
    }

    public JsonObject state() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("supplier", supplierId).add("invoiceNumber", invoiceNumber)
                .add("invoiceDate", invoiceDate.toString()).add("receivedDate", receivedOn.toString()).add("dueDate", dueOn.toString())
                .add("status", status.name()).add("type", kind.name()).add("net", Money.of(net).toString()).add("vat", Money.of(vat).toString())
                .add("total", Money.of(total).toString());
        if (orderId != null) {
            json.add("purchaseOrder", orderId);
        }
        if (creditsId != null) {
            json.add("credits", creditsId);
        }
        if (journalId != null) {
            json.add("journalId", journalId);
        }
        if (decision != null) {
            json.add("decision", decision).add("decidedBy", decidedBy);
        }
        return json.build();
    }

    public Long id() { return id; }
    public Long supplierId() { return supplierId; }
    public String invoiceNumber() { return invoiceNumber; }
    public String numberKey() { return numberKey; }
    public LocalDate invoiceDate() { return invoiceDate; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate dueOn() { return dueOn; }
    public Long orderId() { return orderId; }
    public Status status() { return status; }
    public Kind kind() { return kind; }
    public Long creditsId() { return creditsId; }
    public Money net() { return Money.of(net); }
    public Money vat() { return Money.of(vat); }
    public Money total() { return Money.of(total); }
    public List<MatchReason> reasons() { return MatchReason.of(reasons); }
    public Long journalId() { return journalId; }
    public String enteredBy() { return enteredBy; }
    public Instant enteredAt() { return enteredAt; }
    public String decidedBy() { return decidedBy; }
    public String decision() { return decision; }
    public long version() { return version; }
}
