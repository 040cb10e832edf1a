package org.guildhall.procurement.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.entity.Tenant;
import org.guildhall.procurement.supplier.entity.Supplier;

/**
 * A tenant group's framework suppliers: operators add them to the group's catalogue (checked as any supplier is;
 * audited in the group's chain); every member sees the catalogue; a member adopts one to buy from it, which makes its
 * own supplier from the record, once (adopting again answers that supplier), with the tenant's duplicate checks.
 */
@ApplicationScoped
public class FrameworkSuppliers {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Suppliers suppliers;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A catalogue entry: the framework agreement it is under and the supplier's details as the operator gave them. */
    public record Entry(long id, String group, String framework, JsonObject details) {

        public Suppliers.Request request() {
            return new Suppliers.Request(text("name"), text("companyNumber"), text("vatNumber"), details.get("address"), text("email"),
                    text("phone"), details.containsKey("paymentTermsDays") && !details.isNull("paymentTermsDays") ? details.getInt("paymentTermsDays")
                    : null, details.containsKey("sme") && !details.isNull("sme") ? details.getBoolean("sme") : null);
        }

        private String text(String key) {
            return details.containsKey(key) && details.get(key).getValueType() == JsonValue.ValueType.STRING ? details.getString(key) : null;
        }
    }

    /** Adds a supplier to the group's catalogue; must run in a transaction of its own, scoped to the group. */
    public Entry add(String group, String framework, Suppliers.Request supplier) {
        String agreement = framework == null ? "" : framework.strip();
        List<InvalidInput.Field> errors = new ArrayList<>();
        if (agreement.isEmpty() || agreement.length() > 100) {
            errors.add(new InvalidInput.Field("framework", "Name the framework agreement, such as \"RM6100 Technology Services 3\""));
        }
        try {
            Suppliers.check(supplier);
        } catch (InvalidInput refused) {
            refused.fields().forEach(f -> errors.add(new InvalidInput.Field("supplier." + f.name(), f.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The framework supplier has invalid fields.", errors);
        }
        JsonObjectBuilder details = Json.createObjectBuilder().add("name", supplier.name());
        add(details, "companyNumber", supplier.companyNumber());
        add(details, "vatNumber", supplier.vatNumber());
        add(details, "email", supplier.email());
        add(details, "phone", supplier.phone());
        details.add("address", supplier.address() == null ? JsonValue.NULL : supplier.address());
        if (supplier.paymentTermsDays() != null) {
            details.add("paymentTermsDays", supplier.paymentTermsDays());
        }
        if (supplier.sme() != null) {
            details.add("sme", supplier.sme());
        }
        JsonObject kept = details.build();
        session.enterGroup(group);
        try (PreparedStatement insert = session.connection().prepareStatement("""
                insert into framework_supplier (group_code, framework, details, created_by, created_at) values (?, ?, ?, ?, ?) returning id""")) {
            insert.setString(1, group);
            insert.setString(2, agreement);
            insert.setString(3, kept.toString());
            insert.setString(4, caller.name());
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                Entry entry = new Entry(row.getLong(1), group, agreement, kept);
                audit.record("FrameworkSupplier", Long.toString(entry.id()), "ADD", null, Json.createObjectBuilder(kept).add("framework", agreement).build());
                return entry;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not add the framework supplier", e);
        }
    }

    private static void add(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    /** The group's catalogue, oldest first. */
    public List<Entry> of(String group) {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement(
                "select id, framework, details from framework_supplier where group_code = ? order by id")) {
            query.setString(1, group);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    entries.add(new Entry(row.getLong(1), group, row.getString(2), Json.createReader(new StringReader(row.getString(3))).readObject()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the framework suppliers", e);
        }
        return entries;
    }

    /** The current tenant's group's catalogue; empty when it is in no group. */
    public List<Entry> forTenant() {
        return group().map(this::of).orElse(List.of());
    }

    /** The tenant's supplier adopted from {@code entry}, if it has adopted it. */
    public Optional<Supplier> adopted(long entry) {
        return em.createQuery("select s from Supplier s where s.frameworkSupplierId = :entry", Supplier.class).setParameter("entry", entry)
                .getResultStream().findFirst();
    }

    /** A supplier adopted: the tenant's own, and whether this call made it. */
    public record Adoption(Supplier supplier, boolean made) {
    }

    /** Adopts the group's framework supplier {@code id}: the tenant's supplier made from it, or the one made before. */
    public Adoption adopt(long id) {
        Entry entry = forTenant().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new Absent("Your organisation's group has no framework supplier " + id + "."));
        Optional<Supplier> before = adopted(id);
        if (before.isPresent()) {
            return new Adoption(before.get(), false);
        }
        Supplier made = suppliers.create(entry.request());
        made.adoptedFrom(id);
        em.flush();
        audit.record("Supplier", made.id().toString(), "ADOPT", null, Json.createObjectBuilder().add("frameworkSupplier", id)
                .add("group", entry.group()).add("framework", entry.framework()).build());
        return new Adoption(made, true);
    }

    private Optional<String> group() {
        return Optional.ofNullable(em.find(Tenant.class, session.current())).map(Tenant::group);
    }
}
