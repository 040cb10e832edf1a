package org.guildhall.hr.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.guildhall.hr.people.entity.BankAccount;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.crypto.DataKey;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.payments.SealedAccount;
import org.guildhall.platform.payments.UkBankAccount;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Employees' bank accounts: stored encrypted, shown masked, every change audited (masked) and held back from payment
 * until a second person confirms it.
 */
@ApplicationScoped
public class BankDetails {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

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

    public BankAccount change(String employeeNumber, String sortCode, String accountNumber, String accountName) {
        people.find(employeeNumber);
        UkBankAccount checked = UkBankAccount.of(sortCode, accountNumber, accountName);
        BankAccount existing = em.find(BankAccount.class, employeeNumber);
        JsonObject before = existing == null ? null : masked(existing);
        BankAccount bankAccount = existing == null ? new BankAccount(employeeNumber) : existing;
        bankAccount.change(SealedAccount.seal(checked, key.require(), context(employeeNumber)), caller.name(), clock.instant());
        if (existing == null) {
            em.persist(bankAccount);
        }
        em.flush();
        audit.record("BankAccount", employeeNumber, existing == null ? "CREATE" : "UPDATE", before, masked(bankAccount));
        return bankAccount;
    }

    public BankAccount confirm(String employeeNumber) {
        BankAccount bankAccount = find(employeeNumber);
        JsonObject before = masked(bankAccount);
        bankAccount.confirm(caller.name(), clock.instant());
        em.flush();
        audit.record("BankAccount", employeeNumber, "CONFIRM", before, masked(bankAccount));
        return bankAccount;
    }

    public BankAccount find(String employeeNumber) {
        BankAccount bankAccount = employeeNumber == null ? null : em.find(BankAccount.class, employeeNumber);
        if (bankAccount == null) {
            throw new Absent("There are no bank details for employee " + employeeNumber + ".");
        }
        return bankAccount;
    }

    /** The account payroll may pay into: only confirmed details, decrypted for the payment file. */
    public Optional<UkBankAccount> forPayment(String employeeNumber) {
        BankAccount bankAccount = employeeNumber == null ? null : em.find(BankAccount.class, employeeNumber);
        if (bankAccount == null || !bankAccount.confirmed()) {
            return Optional.empty();
        }
        return Optional.of(bankAccount.account().open(key.require(), context(employeeNumber)));
    }

    /**
     * Confirmed details as read in bulk for a payment file (the caller selected only CONFIRMED rows, with its own
     * query): the sort code and account number decrypted, each bound to the tenant, the employee and the field.
     */
    public UkBankAccount decrypt(String employeeNumber, String sortCode, String accountNumber, String accountName) {
        String context = context(employeeNumber);
        return new UkBankAccount(key.require().decrypt(sortCode, context + "sortCode"), key.require().decrypt(accountNumber, context + "accountNumber"),
                accountName);
    }

    /** What an employee's numbers are sealed to: the tenant and the employee. */
    private String context(String employeeNumber) {
        return session.current() + "|" + employeeNumber + "|";
    }

    /** What anyone is shown, and what the audit trail keeps: never the numbers. */
    public static JsonObject masked(BankAccount account) {
        return account.account().masked().add("status", account.change().status().name())
                .add("changedBy", account.change().changedBy())
                .add("confirmedBy", account.change().confirmedBy() == null ? "" : account.change().confirmedBy()).build();
    }
}
