package org.guildhall.hr.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guildhall.hr.people.entity.BankAccount;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.crypto.DataKey;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
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

    /** Sort code as digits, account number, and the name on the account, already checked. */
    public record Details(String sortCode, String accountNumber, String accountName) {
    }

    public BankAccount change(String employeeNumber, String sortCode, String accountNumber, String accountName) {
        people.find(employeeNumber);
        String sort = sortCode == null ? "" : sortCode.replaceAll("[\\s-]", "");
        String account = accountNumber == null ? "" : accountNumber.replaceAll("\\s", "");
        String name = accountName == null ? "" : accountName.strip();
        List<InvalidInput.Field> problems = new ArrayList<>();
        if (!sort.matches("[0-9]{6}")) {
            problems.add(new InvalidInput.Field("sortCode", "Enter a valid sort code like 309430"));
        }
        if (!account.matches("[0-9]{8}")) {
            problems.add(new InvalidInput.Field("accountNumber", "Enter a valid account number like 00733445; it must be 8 digits"));
        }
        if (name.isEmpty() || name.length() > 18) {
            problems.add(new InvalidInput.Field("accountName", "Enter the name on the account, up to 18 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("The bank details have invalid fields.", problems);
        }
        BankAccount existing = em.find(BankAccount.class, employeeNumber);
        JsonObject before = existing == null ? null : masked(existing);
        BankAccount bankAccount = existing == null ? new BankAccount(employeeNumber) : existing;
        String context = session.current() + "|" + employeeNumber + "|";
        bankAccount.change(key.require().encrypt(sort, context + "sortCode"), key.require().encrypt(account, context + "accountNumber"),
                name, account.substring(4), caller.name(), clock.instant());
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
        try {
            bankAccount.confirm(caller.name(), clock.instant());
        } catch (IllegalStateException already) {
            throw new StateConflict("These bank details are already confirmed.");
        } catch (SecurityException sameperson) {
            throw new NotPermitted("Bank details must be confirmed by someone other than the person who changed them.");
        }
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
    public Optional<Details> forPayment(String employeeNumber) {
        BankAccount bankAccount = employeeNumber == null ? null : em.find(BankAccount.class, employeeNumber);
        if (bankAccount == null || bankAccount.status() != BankAccount.Status.CONFIRMED) {
            return Optional.empty();
        }
        String context = session.current() + "|" + employeeNumber + "|";
        return Optional.of(new Details(key.require().decrypt(bankAccount.sortCode(), context + "sortCode"),
                key.require().decrypt(bankAccount.accountNumber(), context + "accountNumber"), bankAccount.accountName()));
    }

    /**
     * Confirmed details as read in bulk for a payment file (the caller selected only CONFIRMED rows, with its own
     * query): the sort code and account number decrypted, each bound to the tenant, the employee and the field.
     */
    public Details decrypt(String employeeNumber, String sortCode, String accountNumber, String accountName) {
        String context = session.current() + "|" + employeeNumber + "|";
        return new Details(key.require().decrypt(sortCode, context + "sortCode"), key.require().decrypt(accountNumber, context + "accountNumber"),
                accountName);
    }

    /** What anyone is shown, and what the audit trail keeps: never the numbers. */
    public static JsonObject masked(BankAccount account) {
        return Json.createObjectBuilder().add("sortCode", "**-**-**").add("accountNumber", "****" + account.lastDigits())
                .add("accountName", account.accountName()).add("status", account.status().name())
                .add("changedBy", account.changedBy())
                .add("confirmedBy", account.confirmedBy() == null ? "" : account.confirmedBy()).build();
    }
}
