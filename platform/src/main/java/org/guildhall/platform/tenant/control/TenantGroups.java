package org.guildhall.platform.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.entity.Tenant;
import org.guildhall.platform.tenant.entity.TenantGroup;

/**
 * Tenant groups, kept by operators: made, and tenants put in or taken out of them. A group's making is audited in its
 * own chain; a tenant joining or leaving one, in the tenant's.
 */
@ApplicationScoped
public class TenantGroups {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<TenantMoved> moved;

    @Inject
    Clock clock;

    /** Must run in a transaction of its own: it is scoped to the new group. */
    public TenantGroup create(String code, String name) {
        if (find(code).isPresent()) {
            throw new StateConflict("A tenant group with the code " + code + " already exists.");
        }
        TenantGroup group = new TenantGroup(code, name, clock.instant());
        em.persist(group);
        em.flush();
        session.enterGroup(code);
        audit.record("TenantGroup", code, "CREATE", null, Json.createObjectBuilder().add("code", code).add("name", group.name()).build());
        return group;
    }

    public Optional<TenantGroup> find(String code) {
        return Optional.ofNullable(code).filter(c -> TenantGroup.CODE.matcher(c).matches()).map(c -> em.find(TenantGroup.class, c));
    }

    public TenantGroup require(String code) {
        return find(code).orElseThrow(() -> new Absent("There is no tenant group " + code + "."));
    }

    public List<TenantGroup> all() {
        return em.createQuery("select g from TenantGroup g order by g.code", TenantGroup.class).getResultList();
    }

    /** The codes of the group's tenants. */
    public List<String> members(String code) {
        return em.createQuery("select t.code from Tenant t where t.group = :group order by t.code", String.class).setParameter("group", code)
                .getResultList();
    }

    /**
     * Puts {@code tenant} in {@code group} (from any other), or, with a null group, takes it out of the one it is in.
     * Must run in a transaction of its own: it is scoped to the tenant, whose chain records the move.
     */
    public Tenant move(String tenantCode, String group) {
        if (group != null) {
            require(group);
        }
        Tenant tenant = tenants.hold(tenantCode);
        if (group == null && tenant.group() == null) {
            return tenant;
        }
        session.enter(tenant.code());
        String from = tenant.group();
        JsonObject before = Json.createObjectBuilder().add("group", from == null ? "" : from).build();
        tenant.joins(group);
        em.flush();
        moved.fire(new TenantMoved(tenant.code(), from, group));
        audit.record("Tenant", tenant.code(), group == null ? "LEAVE_GROUP" : "JOIN_GROUP", before,
                Json.createObjectBuilder().add("group", group == null ? "" : group).build());
        return tenant;
    }
}
