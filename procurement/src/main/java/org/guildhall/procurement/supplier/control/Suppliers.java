package org.guildhall.procurement.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.web.PageRequest;
import org.guildhall.procurement.supplier.entity.Supplier;
import org.guildhall.procurement.supplier.entity.VatNumber;

/**
 * The tenant's suppliers: checked in full (every wrong field in one 400), never two with the same Companies House or
 * VAT number (409 naming the first), audited.
 */
@ApplicationScoped
public class Suppliers {

    static final int MAX_ADDRESS_LINES = 4;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** What a caller sends; {@code address} is a text (lines split at new lines or commas) or {@code {lines, postcode}}. */
    public record Request(String name, String companyNumber, String vatNumber, JsonValue address, String email, String phone,
                          Integer paymentTermsDays, Boolean sme) {
    }

    public Supplier create(Request request) {
        Supplier.Details details = check(request);
        hold("suppliers");
        Optional<Supplier> same = details.companyNumber() == null ? Optional.empty()
                : first("select s from Supplier s where s.companyNumber = :value", details.companyNumber());
        if (same.isPresent()) {
            throw new StateConflict("Supplier " + same.get().id() + " (" + same.get().name() + ") already has company number "
                    + details.companyNumber() + ".");
        }
        same = details.vatNumber() == null ? Optional.empty() : first("select s from Supplier s where s.vatNumber = :value", details.vatNumber());
        if (same.isPresent()) {
            throw new StateConflict("Supplier " + same.get().id() + " (" + same.get().name() + ") already has VAT number "
                    + details.vatNumber() + ".");
        }
        Supplier supplier = new Supplier(nextId(), details, caller.name(), clock.instant());
        em.persist(supplier);
        em.flush();
        audit.record("Supplier", supplier.id().toString(), "CREATE", null, supplier.state());
        return supplier;
    }

    public Supplier find(long id) {
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            throw new Absent("There is no supplier " + id + ".");
        }
        return supplier;
    }

    public PageRequest.Page<Supplier> list(PageRequest paging) {
        List<Supplier> page = em.createQuery("select s from Supplier s order by s.name, s.id", Supplier.class)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(s) from Supplier s", Long.class).getSingleResult();
        return paging.page(page, total);
    }

    /**
     * A transaction-scoped lock on one of the tenant's supplier registers, so that two requests adding the same
     * supplier (or the same bank account) one after the other find each other rather than both getting in.
     */
    void hold(String register) {
        try (PreparedStatement lock = session.connection().prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, session.current() + "|" + register);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not hold the " + register, e);
        }
    }

    private Optional<Supplier> first(String query, String value) {
        return em.createQuery(query + " order by s.id", Supplier.class).setParameter("value", value).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private long nextId() {
        try (PreparedStatement next = session.connection().prepareStatement("select nextval('supplier_id_seq')");
             ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not number the supplier", e);
        }
    }

    /** A supplier's details checked in full: every wrong field in one 400. */
    public static Supplier.Details check(Request request) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 160) {
            errors.add(new InvalidInput.Field("name", "Enter the supplier's name, up to 160 characters"));
        }
        String company = request.companyNumber() == null || request.companyNumber().isBlank() ? null
                : request.companyNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (company != null && !company.matches("[A-Z0-9]{2}[0-9]{6}")) {
            errors.add(new InvalidInput.Field("companyNumber", "Enter the Companies House number: 8 characters, such as 01234567 or SC123456"));
        }
        String vat = null;
        if (request.vatNumber() != null && !request.vatNumber().isBlank()) {
            vat = VatNumber.normalise(request.vatNumber()).orElse(null);
            if (vat == null) {
                errors.add(new InvalidInput.Field("vatNumber", "Enter a UK VAT number as HMRC issued it: GB and 9 or 12 digits, such as GB999999973"));
            }
        }
        List<String> lines = new ArrayList<>();
        String postcode = null;
        JsonValue address = request.address();
        if (address instanceof JsonString text) {
            for (String line : text.getString().split("[\\n,]")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        } else if (address instanceof JsonObject object && object.get("lines") instanceof jakarta.json.JsonArray array) {
            for (JsonValue line : array) {
                lines.add(line instanceof JsonString s ? s.getString().strip() : "");
            }
            JsonValue code = object.get("postcode");
            postcode = code instanceof JsonString s && !s.getString().isBlank() ? s.getString().strip().toUpperCase(Locale.ROOT) : null;
            if (code != null && code != JsonValue.NULL && !(code instanceof JsonString)) {
                postcode = "?";
            }
        }
        if (lines.isEmpty() || lines.size() > MAX_ADDRESS_LINES || lines.stream().anyMatch(l -> l.isEmpty() || l.length() > 80)) {
            errors.add(new InvalidInput.Field("address", "Enter the address as 1 to 4 lines of up to 80 characters: a text, or {lines, postcode}"));
        }
        if (postcode != null && !postcode.matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
            errors.add(new InvalidInput.Field("address.postcode", "Enter a UK postcode such as SW1A 2AA"));
        }
        String email = request.email() == null ? "" : request.email().strip();
        if (!email.matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            errors.add(new InvalidInput.Field("email", "Enter the email address remittance advice goes to, such as accounts@supplier.co.uk"));
        }
        String phone = request.phone() == null || request.phone().isBlank() ? null : request.phone().strip();
        if (phone != null && (!phone.matches("\\+?[0-9 ()-]{7,20}") || phone.length() > 20)) {
            errors.add(new InvalidInput.Field("phone", "Enter a phone number of up to 20 digits and spaces, such as 020 7946 0000"));
        }
        int terms = request.paymentTermsDays() == null ? 30 : request.paymentTermsDays();
        if (terms < 0 || terms > 120) {
            errors.add(new InvalidInput.Field("paymentTermsDays", "Payment terms are 0 to 120 days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The supplier has invalid fields.", errors);
        }
        return new Supplier.Details(name, company, vat, lines, postcode, email, phone, terms, Boolean.TRUE.equals(request.sme()));
    }
}
