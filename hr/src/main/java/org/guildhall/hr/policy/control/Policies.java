package org.guildhall.hr.policy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import org.guildhall.hr.policy.entity.GroupPolicy;
import org.guildhall.hr.policy.entity.TenantPolicy;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.control.TenantOnboarded;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * The tenant's policies: seeded from the template at onboarding, read by features, replaced by HR admins. A tenant in
 * a group uses the group's document of a name unless it has its own: it gets no copy of what its group holds when it
 * joins at onboarding, it may make its own by replacing the group's, and drop its own to use the group's again.
 */
@ApplicationScoped
public class Policies {

    /** The policies every template provides. */
    public static final List<String> STANDARD = List.of("leave-policy", "approval-limits", "expense-policy", "pay-policy",
            "purchasing-policy");

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    AuditTrail audit;

    /** The document a tenant uses: its own ({@code group} null), or its group's ({@code group} names it). */
    public record Policy(String name, String document, long version, String group) {

        public JsonObject json() {
            return parse(document);
        }
    }

    void onboard(@Observes TenantOnboarded tenant) {
        for (String name : STANDARD) {
            if (tenant.group() != null && em.find(GroupPolicy.class, new GroupPolicy.Key(tenant.group(), name)) != null) {
                continue; // the group's applies until the tenant makes its own
            }
            String resource = "hr/" + tenant.template() + "/" + name + ".json";
            try (InputStream in = Policies.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("template resource " + resource + " is missing");
                }
                JsonObject document;
                try (JsonReader reader = Json.createReader(in)) {
                    document = reader.readObject();
                }
                em.persist(new TenantPolicy(name, document.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        em.flush();
    }

    /**
     * A tenant leaving a group keeps, as its own, each of the group's documents it was using that its new group (if
     * any) does not hold: no tenant is ever left without a policy it had.
     */
    void moved(@Observes org.guildhall.platform.tenant.control.TenantMoved move) {
        if (move.from() == null) {
            return;
        }
        for (GroupPolicy used : ofGroup(move.from())) {
            boolean own = em.find(TenantPolicy.class, used.name()) != null;
            boolean next = move.to() != null && em.find(GroupPolicy.class, new GroupPolicy.Key(move.to(), used.name())) != null;
            if (!own && !next) {
                em.persist(new TenantPolicy(used.name(), used.document()));
                em.flush();
                audit.record("Policy", used.name(), "KEEP", null, Json.createObjectBuilder(parse(used.document())).add("from", move.from()).build());
            }
        }
    }

    /** The tenant's row held, so that a change of its own policies and a move between groups never interleave. */
    private void holdTenant() {
        em.find(Tenant.class, session.current(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    private String group() {
        Tenant tenant = em.find(Tenant.class, session.current());
        return tenant == null ? null : tenant.group();
    }

    /** The names of the policies the tenant uses, its own and its group's. */
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(em.createQuery("select p.name from TenantPolicy p", String.class).getResultList());
        String group = group();
        if (group != null) {
            names.addAll(em.createQuery("select p.name from GroupPolicy p where p.group = :group", String.class).setParameter("group", group)
                    .getResultList());
        }
        return List.copyOf(names);
    }

    /** The document of {@code name} the tenant uses: its own, else its group's; 404 when it has neither. */
    public Policy find(String name) {
        TenantPolicy own = name == null ? null : em.find(TenantPolicy.class, name);
        if (own != null) {
            return new Policy(own.name(), own.document(), own.version(), null);
        }
        String group = name == null ? null : group();
        GroupPolicy shared = group == null ? null : em.find(GroupPolicy.class, new GroupPolicy.Key(group, name));
        if (shared == null) {
            throw new Absent("There is no policy called " + name + ".");
        }
        return new Policy(shared.name(), shared.document(), shared.version(), group);
    }

    /** The document, parsed. */
    public JsonObject document(String name) {
        return find(name).json();
    }

    private static JsonObject parse(String document) {
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            return reader.readObject();
        }
    }

    /**
     * Replaces a policy edited from version {@code version}: 409 when someone changed it since. Replacing the group's
     * document (the version read was the group's) makes the tenant's own.
     */
    public Policy replace(String name, long version, JsonObject document) {
        holdTenant();
        Policy current = find(name);
        if (current.version() != version) {
            throw new StateConflict("The policy " + name + " was changed by someone else (version " + current.version()
                    + "). Fetch it again and reapply your change.");
        }
        if (current.group() != null) {
            em.persist(new TenantPolicy(name, document.toString()));
            em.flush();
            audit.record("Policy", name, "OVERRIDE", Json.createObjectBuilder(current.json()).add("group", current.group()).build(), document);
            return find(name);
        }
        TenantPolicy policy = em.find(TenantPolicy.class, name);
        if (policy.replace(document.toString())) {
            em.flush();
            audit.record("Policy", name, "UPDATE", current.json(), document);
        }
        return new Policy(name, policy.document(), policy.version(), null);
    }

    /** Drops the tenant's own {@code name} so that its group's applies: 409 when it is not in a group holding one. */
    public Policy inherit(String name) {
        holdTenant();
        Policy current = find(name);
        if (current.group() != null) {
            return current;
        }
        String group = group();
        if (group == null || em.find(GroupPolicy.class, new GroupPolicy.Key(group, name)) == null) {
            throw new StateConflict("The tenant keeps its own " + name + ": " + (group == null ? "it is in no tenant group"
                    : "its group " + group + " holds none") + ", and every tenant needs one.");
        }
        em.remove(em.find(TenantPolicy.class, name));
        em.flush();
        Policy inherited = find(name);
        audit.record("Policy", name, "INHERIT", current.json(), Json.createObjectBuilder(inherited.json()).add("group", group).build());
        return inherited;
    }

    /** The documents a group holds, by name. */
    public List<GroupPolicy> ofGroup(String group) {
        return em.createQuery("select p from GroupPolicy p where p.group = :group order by p.name", GroupPolicy.class).setParameter("group", group)
                .getResultList();
    }

    public GroupPolicy ofGroup(String group, String name) {
        GroupPolicy policy = em.find(GroupPolicy.class, new GroupPolicy.Key(group, name));
        if (policy == null) {
            throw new Absent("The group " + group + " holds no policy called " + name + ".");
        }
        return policy;
    }

    /**
     * Sets the group's document of {@code name} for every member without its own: a new one (with no {@code version}),
     * or a replacement of the version read (409 when someone changed it since). Audited in the group's own chain; must
     * run in a transaction of its own, scoped to the group.
     */
    public GroupPolicy setForGroup(String group, String name, Long version, JsonObject document) {
        GroupPolicy policy = em.find(GroupPolicy.class, new GroupPolicy.Key(group, name));
        session.enterGroup(group);
        if (policy == null) {
            if (version != null) {
                throw new StateConflict("The group " + group + " holds no " + name + " yet: send it without a version to make it.");
            }
            policy = new GroupPolicy(group, name, document.toString());
            em.persist(policy);
            em.flush();
            audit.record("GroupPolicy", name, "CREATE", null, document);
            return policy;
        }
        if (version == null || policy.version() != version) {
            throw new StateConflict("The group's " + name + " was changed by someone else (version " + policy.version()
                    + "). Fetch it again and reapply your change.");
        }
        JsonObject before = parse(policy.document());
        if (policy.replace(document.toString())) {
            em.flush();
            audit.record("GroupPolicy", name, "UPDATE", before, document);
        }
        return policy;
    }
}
