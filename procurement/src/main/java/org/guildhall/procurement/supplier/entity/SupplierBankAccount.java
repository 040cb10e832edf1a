package org.guildhall.procurement.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.guildhall.platform.domain.SecondPerson;
import org.guildhall.platform.payments.SealedAccount;
import org.guildhall.platform.tenancy.TenantScoped;

/**
 * Where a supplier is paid, the classic route for fraud: the numbers encrypted, with a keyed fingerprint to find the
 * same account on another supplier; how the change was verified (a call back to contact details already on file);
 * and a second person's confirmation before anything is paid to it. A change stays flagged for 90 days.
 */
@Entity
@Table(name = "supplier_bank_account")
public class SupplierBankAccount extends TenantScoped {

    /** How long after a change a supplier's payments are held for review. */
    public static final Duration FLAGGED_FOR = Duration.ofDays(90);

    /** How a change was checked with the supplier: a call back to a number or address already on file. */
    public record Verification(String method, String contact, String note) {
    }

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @Embedded
    private SealedAccount account;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "verification_method", nullable = false, length = 16)
    private String verificationMethod;

    @Column(name = "verification_contact", nullable = false, length = 254)
    private String verificationContact;

    @Column(name = "verification_note", nullable = false, length = 500)
    private String verificationNote;

    @Embedded
    private SecondPerson change;

    @Version
    private long version;

    protected SupplierBankAccount() {
    }

    public SupplierBankAccount(long supplierId) {
        this.supplierId = supplierId;
    }

    /** New details, sealed by the caller, and how they were verified; whatever was confirmed before no longer counts. */
    public void change(SealedAccount account, String fingerprint, Verification verification, String by, Instant at) {
        this.account = account;
        this.fingerprint = fingerprint;
        this.verificationMethod = verification.method();
        this.verificationContact = verification.contact();
        this.verificationNote = verification.note();
        this.change = SecondPerson.changed(by, at);
    }

    /** Confirms the change: 409 when already confirmed, 403 when asked by whoever made it. */
    public void confirm(String by, Instant at) {
        change.confirm(by, at, "bank details");
    }

    /** Whether the details changed within {@link #FLAGGED_FOR} before {@code now}. */
    public boolean flagged(Instant now) {
        return change.changedAt().plus(FLAGGED_FOR).isAfter(now);
    }

    public Long supplierId() { return supplierId; }
    public SealedAccount account() { return account; }
    public String fingerprint() { return fingerprint; }
    public Verification verification() { return new Verification(verificationMethod, verificationContact, verificationNote); }
    public SecondPerson change() { return change; }
    public long version() { return version; }
}
