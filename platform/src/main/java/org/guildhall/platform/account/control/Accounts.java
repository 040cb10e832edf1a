package org.guildhall.platform.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.guildhall.platform.account.entity.TenantMembership;
import org.guildhall.platform.account.entity.UserAccount;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.PasswordHasher;
import org.guildhall.platform.security.PlatformRole;
import org.guildhall.platform.security.TenantRole;

/**
 * Creating accounts and granting them roles in a tenant; every change is audited in that tenant. Reading who is
 * signed in is {@link AccountDirectory}'s, which needs no audit (and so no caller).
 */
@ApplicationScoped
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public UserAccount createOperator(String username, String displayName, String password) {
        requireStrong(password);
        UserAccount operator = new UserAccount(username, displayName, PasswordHasher.hash(password.toCharArray()), clock.instant());
        operator.grant(PlatformRole.OPERATOR);
        em.persist(operator);
        return operator;
    }

    /**
     * Creates a user with roles in the transaction's tenant. An operator may instead pass the username of an
     * existing account (and no password) to give that person roles here too; a tenant admin cannot reach accounts
     * beyond their tenant that way.
     */
    public TenantMembership createInTenant(String tenant, NewUser user, boolean mayReuseAccount) {
        return create(tenant, user, mayReuseAccount, null);
    }

    /**
     * A new user in the transaction's tenant whose password is already hashed: the demo centre's hundreds of people,
     * who share the demo password (hashing it for each would take minutes). Never for a password someone chose.
     */
    public TenantMembership createWithHashedPassword(String tenant, NewUser user, String passwordHash) {
        return create(tenant, new NewUser(user.username(), user.displayName(), null, user.roles(), user.employeeNumber()), false,
                java.util.Objects.requireNonNull(passwordHash));
    }

    private TenantMembership create(String tenant, NewUser user, boolean mayReuseAccount, String passwordHash) {
        Optional<UserAccount> existing = em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalise(user.username()))
                .getResultStream().findFirst();
        UserAccount account;
        if (existing.isPresent()) {
            if (!mayReuseAccount || user.password() != null || passwordHash != null) {
                // the same answer whether the name is used here or by another tenant, which must not be told apart
                throw new StateConflict("That username is not available. Choose another.");
            }
            account = existing.get();
            if (!account.platformRoles().isEmpty()) {
                // an operator works in a tenant only under a grant its admin gave, for a time, audited (AgentGrants)
                throw new StateConflict("An operator is not given roles in a tenant here: the tenant's admin grants them one for a "
                        + "time, at /api/v1/tenants/{tenant}/agent-grants.");
            }
        } else {
            if (passwordHash == null) {
                if (user.password() == null) {
                    throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("password", "is required for a new user")));
                }
                requireStrong(user.password());
            }
            account = newAccount(user, passwordHash);
            em.persist(account);
        }
        TenantMembership membership = em.createQuery(
                        "select m from TenantMembership m where m.user = :user and m.tenant = :tenant", TenantMembership.class)
                .setParameter("user", account).setParameter("tenant", tenant)
                .getResultStream().findFirst()
                .orElse(null);
        if (membership == null) {
            membership = new TenantMembership(account, tenant, user.employeeNumber());
            em.persist(membership);
        } else if (user.roles().stream().allMatch(membership.roles()::contains)) {
            throw new StateConflict("That user already holds these roles in this tenant.");
        }
        JsonObject before = existing.isPresent() ? state(account, membership) : null;
        membership.grant(user.roles());
        em.flush();
        audit.record("UserAccount", account.username(), existing.isPresent() ? "GRANT" : "CREATE", before, state(account, membership));
        return membership;
    }

    /** The tenant's users, with their roles here and whether they can sign in. */
    public List<TenantMembership> members(String tenant) {
        return em.createQuery("select distinct m from TenantMembership m join fetch m.user left join fetch m.roles "
                        + "where m.tenant = :tenant order by m.user.username", TenantMembership.class)
                .setParameter("tenant", tenant)
                .getResultList();
    }

    /**
     * Switches a user of the tenant off or on, audited. A tenant admin reaches only accounts that work in their tenant
     * alone (an account an operator also gave roles elsewhere is the operator's to switch off); nobody switches
     * themselves off, so a tenant cannot lose its last admin that way.
     */
    public TenantMembership enable(String tenant, String username, boolean enabled, UserAccount by) {
        TenantMembership membership = em.createQuery(
                        "select m from TenantMembership m where m.user.username = :username and m.tenant = :tenant",
                        TenantMembership.class)
                .setParameter("username", UserAccount.normalise(username)).setParameter("tenant", tenant)
                .getResultStream().findFirst()
                .orElseThrow(() -> new Absent("There is no user " + UserAccount.normalise(username) + " here."));
        UserAccount account = membership.user();
        if (account.id().equals(by.id())) {
            throw new StateConflict("You cannot switch off your own account. Ask another administrator.");
        }
        boolean elsewhere = em.createQuery("select count(m) from TenantMembership m where m.user = :user and m.tenant <> :tenant", Long.class)
                .setParameter("user", account).setParameter("tenant", tenant).getSingleResult() > 0;
        if ((elsewhere || account.isOperator()) && !by.isOperator()) {
            throw new NotPermitted("Only the service centre can switch this account off or on.");
        }
        if (account.enabled() == enabled) {
            return membership;
        }
        JsonObject before = Json.createObjectBuilder().add("username", account.username()).add("enabled", account.enabled()).build();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        em.flush();
        audit.record("UserAccount", account.username(), enabled ? "ENABLE" : "DISABLE", before,
                Json.createObjectBuilder().add("username", account.username()).add("enabled", enabled).build());
        return membership;
    }

    private UserAccount newAccount(NewUser user, String passwordHash) {
        try {
            return new UserAccount(user.username(), user.displayName(),
                    passwordHash != null ? passwordHash : PasswordHasher.hash(user.password().toCharArray()), clock.instant());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("username", invalid.getMessage())));
        }
    }

    private static JsonObject state(UserAccount account, TenantMembership membership) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        new TreeSet<>(membership.roles().stream().map(Enum::name).toList()).forEach(roles::add);
        var json = Json.createObjectBuilder()
                .add("username", account.username())
                .add("displayName", account.displayName())
                .add("roles", roles);
        if (membership.employeeNumber() != null) {
            json.add("employeeNumber", membership.employeeNumber());
        }
        return json.build();
    }

    static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("The request has invalid fields.",
                    List.of(new InvalidInput.Field("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters")));
        }
    }

    /** A user to create (or, for an operator, an existing one to grant roles to). */
    public record NewUser(String username, String displayName, String password, Set<TenantRole> roles, String employeeNumber) {
        public NewUser {
            roles = Set.copyOf(roles);
        }

        public static NewUser of(String username, String displayName, String password, Collection<TenantRole> roles) {
            return new NewUser(username, displayName, password, Set.copyOf(roles), null);
        }
    }
}
