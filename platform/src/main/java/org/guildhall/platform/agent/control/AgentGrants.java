package org.guildhall.platform.agent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.account.control.AccountDirectory;
import org.guildhall.platform.account.entity.UserAccount;
import org.guildhall.platform.agent.entity.AgentGrant;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Centre agents, granted by the tenant's own admin (the tenant consents; the centre cannot grant itself): an operator
 * of the centre gets one role in the tenant, never TENANT_ADMIN, for 1 to 720 hours, with a reason; the admin may
 * revoke it sooner. Each grant and revocation is in the tenant's audit chain, and so is every act of the agent.
 */
@ApplicationScoped
public class AgentGrants {

    static final int MOST_HOURS = 720;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    AccountDirectory accounts;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A grant with its operator's username. */
    public record Granted(AgentGrant grant, String username) {
    }

    public Granted grant(String username, String role, Integer hours, String reason) {
        List<InvalidInput.Field> errors = new ArrayList<>();
        UserAccount operator = username == null ? null : accounts.findEnabled(username.strip()).filter(u -> u.platformRoles()
                .contains(PlatformRole.OPERATOR)).orElse(null);
        if (operator == null) {
            errors.add(new InvalidInput.Field("username", "Name an operator of the shared service centre by their username"));
        }
        TenantRole granted = null;
        try {
            granted = role == null ? null : TenantRole.valueOf(role.strip());
        } catch (IllegalArgumentException e) {
            // answered below
        }
        if (granted == null || granted == TenantRole.TENANT_ADMIN) {
            errors.add(new InvalidInput.Field("role", "Choose one role to grant, such as AP_CLERK; an agent is never a tenant admin"));
        }
        if (hours == null || hours < 1 || hours > MOST_HOURS) {
            errors.add(new InvalidInput.Field("hours", "Grant it for 1 to " + MOST_HOURS + " hours"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            errors.add(new InvalidInput.Field("reason", "Say why the centre needs the role, in up to 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The grant has invalid fields.", errors);
        }
        Instant now = clock.instant();
        AgentGrant grant = new AgentGrant(session.current(), operator.id(), granted, why, caller.name(), now, now.plus(Duration.ofHours(hours)));
        em.persist(grant);
        em.flush();
        audit.record("AgentGrant", grant.id().toString(), "GRANT", null, grant.state(operator.username(), now));
        return new Granted(grant, operator.username());
    }

    public Granted revoke(long id) {
        AgentGrant grant = em.find(AgentGrant.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (grant == null || !grant.tenant().equals(session.current())) {
            throw new Absent("There is no agent grant " + id + ".");
        }
        Instant now = clock.instant();
        String username = username(grant);
        var before = grant.state(username, now);
        grant.revoke(caller.name(), now);
        em.flush();
        audit.record("AgentGrant", grant.id().toString(), "REVOKE", before, grant.state(username, now));
        return new Granted(grant, username);
    }

    /** The tenant's grants, newest first. */
    public List<Granted> all() {
        return em.createQuery("select g from AgentGrant g where g.tenant = :tenant order by g.id desc", AgentGrant.class)
                .setParameter("tenant", session.current()).getResultStream().map(g -> new Granted(g, username(g))).toList();
    }

    private String username(AgentGrant grant) {
        UserAccount account = em.find(UserAccount.class, grant.userId());
        return account == null ? "?" : account.username();
    }
}
