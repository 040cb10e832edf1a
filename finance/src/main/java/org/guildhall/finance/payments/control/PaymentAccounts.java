package org.guildhall.finance.payments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guildhall.finance.payments.entity.PaymentAccount;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.payments.Bacs18;

/** The tenant's accounts payments leave from: set and changed by finance, audited with before and after. */
@ApplicationScoped
public class PaymentAccounts {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** What a caller asks for: the account, its name as BACS shows it, the service user number, and the version they saw. */
    public record Request(String sortCode, String accountNumber, String accountName, String serviceUserNumber, Long version) {
    }

    public Optional<PaymentAccount> of(PaymentAccount.Purpose purpose) {
        return Optional.ofNullable(em.find(PaymentAccount.class, purpose));
    }

    public PaymentAccount find(String purpose) {
        return of(purpose(purpose)).orElseThrow(() -> new Absent("There is no " + purpose + " payment account set."));
    }

    public PaymentAccount put(String purposeText, Request request) {
        PaymentAccount.Purpose purpose = purpose(purposeText);
        Bacs18.Originator originator = originator(request);
        PaymentAccount account = em.find(PaymentAccount.class, purpose, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            account = new PaymentAccount(purpose, originator);
            em.persist(account);
            em.flush();
            audit.record("PaymentAccount", purpose.name(), "CREATE", null, account.state());
            return account;
        }
        if (request.version() == null || request.version() != account.version()) {
            throw new StateConflict("The " + purpose + " payment account was changed by someone else (version " + account.version()
                    + "). Fetch it again and reapply your change.");
        }
        JsonObject before = account.state();
        account.replace(originator);
        em.flush();
        audit.record("PaymentAccount", purpose.name(), "UPDATE", before, account.state());
        return account;
    }

    private static PaymentAccount.Purpose purpose(String text) {
        try {
            return PaymentAccount.Purpose.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Absent("There is no payment account purpose " + text + ": PAYROLL or SUPPLIERS.");
        }
    }

    private static Bacs18.Originator originator(Request request) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        String sortCode = digits(request.sortCode());
        String account = digits(request.accountNumber());
        if (!Bacs18.SORT_CODE.matcher(sortCode).matches()) {
            errors.add(new InvalidInput.Field("sortCode", "Enter a sort code of 6 digits, such as 30-94-30"));
        }
        if (!Bacs18.ACCOUNT.matcher(account).matches()) {
            errors.add(new InvalidInput.Field("accountNumber", "Enter an account number of 8 digits"));
        }
        String name = request.accountName() == null ? "" : request.accountName().strip();
        if (name.isEmpty() || name.length() > 18 || !name.equals(name.toUpperCase(Locale.ROOT)) || !name.matches("[A-Z0-9 .&/-]+")) {
            errors.add(new InvalidInput.Field("accountName", "Enter the account's name as BACS shows it: up to 18 capital letters, "
                    + "digits, spaces and . & / -"));
        }
        if (request.serviceUserNumber() == null || !Bacs18.SERVICE_USER.matcher(request.serviceUserNumber()).matches()) {
            errors.add(new InvalidInput.Field("serviceUserNumber", "Enter the BACS service user number: 6 digits"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        return new Bacs18.Originator(sortCode, account, name, request.serviceUserNumber());
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }
}
