package org.guildhall.platform.tenant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * Suspending and reinstating tenants (operators). A suspended tenant's members are refused everywhere in it, with the
 * reason (the {@code TenantGate}), and nothing of theirs is touched; reinstating lets them back in. Each change is in
 * the tenant's audit chain. Must run in a transaction of its own: it is scoped to the tenant.
 */
@ApplicationScoped
public class TenantLifecycle {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    Tenants tenants;

    @Inject
    org.guildhall.platform.tenant.export.TenantExports exports;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Tenant suspend(String code, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("reason",
                    "Say why the tenant is suspended, in up to 500 characters: its members are told")));
        }
        return change(code, Tenant.Status.SUSPENDED, why, "SUSPEND");
    }

    /**
     * Offboards a suspended tenant whose full export, made since the suspension, someone has downloaded (409 until then):
     * its members are refused for good,
     * and its rows stay until the centre removes them under its retention rules.
     */
    public Tenant offboard(String code) {
        Tenant tenant = tenants.hold(code);
        if (tenant.status() != Tenant.Status.SUSPENDED || !exports.downloadedSince(session.connection(), tenant.code(), tenant.statusChangedAt())) {
            throw new org.guildhall.platform.domain.StateConflict("Tenant " + tenant.code() + " is offboarded only once it is suspended (so nothing "
                    + "changes) and a full export made since then has been downloaded: PUT .../suspension, POST /api/v1/tenants/" + tenant.code()
                    + "/exports, then download the file.");
        }
        return change(code, Tenant.Status.OFFBOARDED, "Offboarded", "OFFBOARD");
    }

    public Tenant reinstate(String code) {
        return change(code, Tenant.Status.ACTIVE, null, "REINSTATE");
    }

    private Tenant change(String code, Tenant.Status to, String reason, String action) {
        Tenant tenant = tenants.hold(code);
        session.enter(tenant.code());
        JsonObject before = state(tenant);
        tenant.becomes(to, reason, clock.instant());
        em.flush();
        audit.record("Tenant", tenant.code(), action, before, state(tenant));
        return tenant;
    }

    private static JsonObject state(Tenant tenant) {
        return Json.createObjectBuilder().add("status", tenant.status().name())
                .add("reason", tenant.statusReason() == null ? "" : tenant.statusReason()).build();
    }
}
