package org.guildhall.platform.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.guildhall.platform.security.TenantRole;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.guildhall.platform.account.entity.TenantMembership;
import org.guildhall.platform.account.entity.UserAccount;
import org.guildhall.platform.security.PlatformRole;

/**
 * Read-only account lookups for signing in and for the caller's grants. Kept apart from {@link Accounts}, whose
 * writes are audited: the audit names the caller, and the caller is read from here.
 */
@ApplicationScoped
public class AccountDirectory {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    public Optional<UserAccount> findEnabled(String username) {
        return em.createQuery("select distinct u from UserAccount u left join fetch u.platformRoles where u.username = :username "
                        + "and u.enabled = true", UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream()
                .findFirst();
    }

    /** The account with this username, enabled or not. */
    public Optional<UserAccount> findAny(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream()
                .findFirst();
    }

    public List<TenantMembership> memberships(long userId) {
        // the roles in the same statement: one query a request instead of one for each membership
        return em.createQuery("select distinct m from TenantMembership m left join fetch m.roles where m.user.id = :user order by m.tenant",
                        TenantMembership.class)
                .setParameter("user", userId)
                .getResultList();
    }

    /** The roles the user holds now by centre agent grants, by tenant: grants neither revoked nor expired. */
    public Map<String, Set<TenantRole>> agentRoles(long userId, java.time.Instant now) {
        Map<String, Set<TenantRole>> roles = new java.util.HashMap<>();
        em.createQuery("select g from AgentGrant g where g.userId = :user and g.expiresAt > :now and g.revokedAt is null",
                        org.guildhall.platform.agent.entity.AgentGrant.class)
                .setParameter("user", userId).setParameter("now", now).getResultList()
                .forEach(g -> roles.computeIfAbsent(g.tenant(), t -> java.util.EnumSet.noneOf(TenantRole.class)).add(g.role()));
        return roles;
    }

    public boolean anyOperatorExists() {
        return !em.createQuery("select u.id from UserAccount u join u.platformRoles r where r = :role", Long.class)
                .setParameter("role", PlatformRole.OPERATOR)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
