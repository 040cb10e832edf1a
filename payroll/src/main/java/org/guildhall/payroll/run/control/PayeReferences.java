package org.guildhall.payroll.run.control;

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
import java.util.regex.Pattern;
import org.guildhall.payroll.run.entity.PayeReference;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.StateConflict;

/** The tenant's PAYE references: set by payroll, audited with before and after, changed only from the version seen. */
@ApplicationScoped
public class PayeReferences {

    static final Pattern OFFICE_NUMBER = Pattern.compile("[0-9]{3}");
    static final Pattern OFFICE_REFERENCE = Pattern.compile("[A-Z0-9]{1,10}");
    static final Pattern ACCOUNTS_OFFICE = Pattern.compile("[0-9]{3}P[A-Z][0-9]{7}[0-9X]");

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** What a caller asks for, with the version they saw (none for the first). */
    public record Request(String taxOfficeNumber, String taxOfficeReference, String accountsOfficeReference, Long version) {
    }

    public Optional<PayeReference> current() {
        return Optional.ofNullable(em.find(PayeReference.class, PayeReference.SCHEME));
    }

    public PayeReference find() {
        return current().orElseThrow(() -> new Absent("The PAYE references are not set yet."));
    }

    public PayeReference put(Request request) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        String number = clean(request.taxOfficeNumber());
        String reference = clean(request.taxOfficeReference());
        String accountsOffice = clean(request.accountsOfficeReference());
        if (!OFFICE_NUMBER.matcher(number).matches()) {
            errors.add(new InvalidInput.Field("taxOfficeNumber", "Enter the tax office number: the 3 digits before the / in the employer PAYE reference"));
        }
        if (!OFFICE_REFERENCE.matcher(reference).matches()) {
            errors.add(new InvalidInput.Field("taxOfficeReference", "Enter the tax office reference: up to 10 letters and digits after the /"));
        }
        if (!ACCOUNTS_OFFICE.matcher(accountsOffice).matches()) {
            errors.add(new InvalidInput.Field("accountsOfficeReference", "Enter the accounts office reference as HMRC gave it, such as 123PA00012345"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        PayeReference current = em.find(PayeReference.class, PayeReference.SCHEME, LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            current = new PayeReference(number, reference, accountsOffice);
            em.persist(current);
            em.flush();
            audit.record("PayeReference", PayeReference.SCHEME, "CREATE", null, current.state());
            return current;
        }
        if (request.version() == null || request.version() != current.version()) {
            throw new StateConflict("The PAYE references were changed by someone else (version " + current.version()
                    + "). Fetch them again and reapply your change.");
        }
        JsonObject before = current.state();
        current.replace(number, reference, accountsOffice);
        em.flush();
        audit.record("PayeReference", PayeReference.SCHEME, "UPDATE", before, current.state());
        return current;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
