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
import org.guildhall.hr.policy.entity.TenantPolicy;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenant.control.TenantOnboarded;

/** The tenant's policies: seeded from the template at onboarding, read by features, replaced by HR admins. */
@ApplicationScoped
public class Policies {

    /** The policies every template provides. */
    public static final List<String> STANDARD = List.of("leave-policy", "approval-limits", "expense-policy", "pay-policy",
            "purchasing-policy");

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    AuditTrail audit;

    void onboard(@Observes TenantOnboarded tenant) {
        for (String name : STANDARD) {
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

    public List<TenantPolicy> all() {
        return em.createQuery("select p from TenantPolicy p order by p.name", TenantPolicy.class).getResultList();
    }

    public TenantPolicy find(String name) {
        TenantPolicy policy = name == null ? null : em.find(TenantPolicy.class, name);
        if (policy == null) {
            throw new Absent("There is no policy called " + name + ".");
        }
        return policy;
    }

    /** The document, parsed. */
    public JsonObject document(String name) {
        try (JsonReader reader = Json.createReader(new StringReader(find(name).document()))) {
            return reader.readObject();
        }
    }

    /** Replaces a policy edited from version {@code version}: 409 when someone changed it since. */
    public TenantPolicy replace(String name, long version, JsonObject document) {
        TenantPolicy policy = find(name);
        if (policy.version() != version) {
            throw new StateConflict("The policy " + name + " was changed by someone else (version " + policy.version()
                    + "). Fetch it again and reapply your change.");
        }
        JsonObject before = document(name);
        if (policy.replace(document.toString())) {
            em.flush();
            audit.record("Policy", name, "UPDATE", before, document);
        }
        return policy;
    }
}
