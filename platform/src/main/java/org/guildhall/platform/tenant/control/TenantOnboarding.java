package org.guildhall.platform.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.guildhall.platform.account.control.Accounts;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.entity.Tenant;

/** Onboards a public body: the tenant, its standard template, and optionally its first tenant admin. */
@ApplicationScoped
public class TenantOnboarding {

    public static final String DEFAULT_TEMPLATE = "central-government";
    static final Set<String> TEMPLATES = Set.of(DEFAULT_TEMPLATE);

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TenantOnboarded> onboarded;

    @Inject
    Clock clock;

    /** Must run in a transaction of its own: the transaction is scoped to the new tenant. */
    public Tenant onboard(String code, String name, String group, String template, Accounts.NewUser admin) {
        String chosen = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
        if (!TEMPLATES.contains(chosen)) {
            throw new InvalidInput("The request has invalid fields.",
                    List.of(new InvalidInput.Field("template", "must be one of " + TEMPLATES)));
        }
        if (group != null && !group.isBlank() && em.find(org.guildhall.platform.tenant.entity.TenantGroup.class, group.strip()) == null) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("group",
                    "There is no tenant group " + group.strip() + ": an operator makes it first, at /api/v1/tenant-groups")));
        }
        if (em.find(Tenant.class, code) != null) {
            throw new StateConflict("A tenant with the code " + code + " already exists.");
        }
        session.enter(code);
        Tenant tenant = new Tenant(code, name, group, chosen, clock.instant());
        em.persist(tenant);
        em.flush();
        JsonObjectBuilder after = Json.createObjectBuilder().add("code", code).add("name", tenant.name()).add("template", chosen);
        if (tenant.group() != null) {
            after.add("group", tenant.group());
        }
        audit.record("Tenant", code, "CREATE", null, after.build());
        onboarded.fire(new TenantOnboarded(code, chosen, tenant.group()));
        if (admin != null) {
            accounts.createInTenant(code, admin, false);
        }
        return tenant;
    }
}
