package org.guildhall.procurement.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.crypto.DataKey;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.payments.SealedAccount;
import org.guildhall.platform.payments.UkBankAccount;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.procurement.supplier.entity.Supplier;
import org.guildhall.procurement.supplier.entity.SupplierBankAccount;

/**
 * Suppliers' bank accounts, under the controls that stop mandate fraud: stored encrypted and shown masked; changed
 * only with a record of the call back that verified it, to a phone number or email already on the supplier's record
 * (never one given with the change); confirmed by a second person before payment; no account on two suppliers (409
 * naming the first); every change audited, masked, and flagged for 90 days.
 */
@ApplicationScoped
public class SupplierBankDetails {

    public static final String CALL_BACK = "CALL_BACK";

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Suppliers suppliers;

    @Inject
    DataKey key;

    @Inject
    TenantSession session;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public SupplierBankAccount change(long supplierId, String sortCode, String accountNumber, String accountName,
                                      SupplierBankAccount.Verification verification) {
        Supplier supplier = suppliers.find(supplierId);
        List<InvalidInput.Field> errors = new ArrayList<>();
        UkBankAccount account = null;
        try {
            account = UkBankAccount.of(sortCode, accountNumber, accountName);
        } catch (InvalidInput e) {
            errors.addAll(e.fields());
        }
        String method = verification == null || verification.method() == null ? "" : verification.method().strip().toUpperCase(Locale.ROOT);
        String contact = verification == null || verification.contact() == null ? "" : verification.contact().strip();
        String note = verification == null || verification.note() == null ? "" : verification.note().strip();
        if (!method.equals(CALL_BACK)) {
            errors.add(new InvalidInput.Field("verification.method", "Verify a change by calling the supplier back: CALL_BACK"));
        }
        if (contact.isEmpty() || contact.length() > 254) {
            errors.add(new InvalidInput.Field("verification.contact", "Enter the phone number or email on the supplier's record you called back on"));
        }
        if (note.isEmpty() || note.length() > 500) {
            errors.add(new InvalidInput.Field("verification.note", "Say who confirmed the new details and when, in up to 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The bank details have invalid fields.", errors);
        }
        if (!onFile(supplier, contact)) {
            throw new RuleRefused("Call the supplier back on the phone number or email already on their record, never on "
                    + "details that came with the change: " + contact + " is not on supplier " + supplierId + "'s record.");
        }
        suppliers.hold("supplier bank accounts");
        String fingerprint = key.require().fingerprint(account.sortCode() + account.accountNumber(), session.current() + "|supplier bank account");
        Optional<SupplierBankAccount> same = em.createQuery("select b from SupplierBankAccount b where b.fingerprint = :fingerprint"
                        + " and b.supplierId <> :supplier order by b.supplierId", SupplierBankAccount.class)
                .setParameter("fingerprint", fingerprint).setParameter("supplier", supplierId).setMaxResults(1).getResultStream().findFirst();
        if (same.isPresent()) {
            Supplier first = suppliers.find(same.get().supplierId());
            throw new StateConflict("Supplier " + first.id() + " (" + first.name() + ") is already paid into this bank account.");
        }
        SupplierBankAccount existing = em.find(SupplierBankAccount.class, supplierId);
        JsonObject before = existing == null ? null : masked(existing);
        SupplierBankAccount bankAccount = existing == null ? new SupplierBankAccount(supplierId) : existing;
        bankAccount.change(SealedAccount.seal(account, key.require(), session.current() + "|supplier|" + supplierId + "|"), fingerprint,
                new SupplierBankAccount.Verification(method, contact, note), caller.name(), clock.instant());
        if (existing == null) {
            em.persist(bankAccount);
        }
        em.flush();
        audit.record("SupplierBankAccount", Long.toString(supplierId), existing == null ? "CREATE" : "UPDATE", before, masked(bankAccount));
        return bankAccount;
    }

    public SupplierBankAccount confirm(long supplierId) {
        SupplierBankAccount bankAccount = find(supplierId);
        JsonObject before = masked(bankAccount);
        bankAccount.confirm(caller.name(), clock.instant());
        em.flush();
        audit.record("SupplierBankAccount", Long.toString(supplierId), "CONFIRM", before, masked(bankAccount));
        return bankAccount;
    }

    public SupplierBankAccount find(long supplierId) {
        suppliers.find(supplierId);
        SupplierBankAccount bankAccount = em.find(SupplierBankAccount.class, supplierId);
        if (bankAccount == null) {
            throw new Absent("There are no bank details for supplier " + supplierId + ".");
        }
        return bankAccount;
    }

    /** The supplier's account in the clear, for a payment file only; never shown or audited. */
    public org.guildhall.platform.payments.UkBankAccount open(SupplierBankAccount bankAccount) {
        return bankAccount.account().open(key.require(), session.current() + "|supplier|" + bankAccount.supplierId() + "|");
    }

    /** What anyone is shown, and what the audit keeps: never the numbers. {@code flagged} while the change is under 90 days old. */
    public JsonObject masked(SupplierBankAccount account) {
        return account.account().masked().add("status", account.change().status().name())
                .add("verification", Json.createObjectBuilder().add("method", account.verification().method())
                        .add("contact", account.verification().contact()).add("note", account.verification().note()))
                .add("changedBy", account.change().changedBy()).add("changedAt", account.change().changedAt().toString())
                .add("confirmedBy", account.change().confirmedBy() == null ? "" : account.change().confirmedBy())
                .add("flaggedUntil", account.change().changedAt().plus(SupplierBankAccount.FLAGGED_FOR).atOffset(ZoneOffset.UTC).toLocalDate().toString())
                .add("flagged", account.flagged(clock.instant())).build();
    }

    /** Whether {@code contact} is the supplier's phone (digits compared) or email (case ignored) on file. */
    static boolean onFile(Supplier supplier, String contact) {
        String digits = contact.replaceAll("[^0-9]", "");
        if (supplier.phone() != null && !digits.isEmpty() && digits.equals(supplier.phone().replaceAll("[^0-9]", ""))) {
            return true;
        }
        return supplier.email().equalsIgnoreCase(contact);
    }
}
