package org.guildhall.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guildhall.platform.account.control.AccountDirectory;
import org.guildhall.platform.account.entity.TenantMembership;
import org.guildhall.platform.account.entity.UserAccount;

/** The signed-in person of this request, with their grants, loaded once per request. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    AccountDirectory accounts;

    private UserAccount account;
    private List<TenantMembership> memberships;
    private java.util.Map<String, Set<TenantRole>> agentRoles;

    @Inject
    java.time.Clock clock;

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = principal();
            if (principal == null) {
                return Optional.empty();
            }
            account = accounts.findEnabled(principal.getName()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /**
     * For work the application does itself on a person's behalf, with no request (the demo centre acting as its
     * people on first start), in a request context of its own: this context's caller is {@code person}. Refused once
     * the context has a caller.
     */
    public void actAs(UserAccount person) {
        if (account != null || principal() != null) {
            throw new IllegalStateException("this context already has a caller");
        }
        account = java.util.Objects.requireNonNull(person);
    }

    /**
     * The account the authentication mechanism has just checked (enabled, right password) for this request, so the
     * request does not read it again.
     */
    void signedIn(UserAccount checked) {
        if (account == null) {
            account = checked;
        }
    }

    /** Null when nobody is signed in, and in work no person started (start-up, timers), where asking is not allowed. */
    private Principal principal() {
        try {
            return security.getCallerPrincipal();
        } catch (IllegalStateException notInACallersContext) {
            return null;
        }
    }

    public UserAccount require() {
        return account().orElseThrow(org.guildhall.platform.problem.Problem.Unauthenticated::new);
    }

    /** The username, or "system" for work that no person started (start-up seeding). */
    public String name() {
        return account().map(UserAccount::username).orElse("system");
    }

    public List<TenantMembership> memberships() {
        if (memberships == null) {
            memberships = account().map(a -> accounts.memberships(a.id())).orElse(List.of());
        }
        return memberships;
    }

    /** The roles held in {@code tenant}: a member's, and an operator's by any centre agent grant in force now. */
    public Set<TenantRole> rolesIn(String tenant) {
        Set<TenantRole> roles = EnumSet.noneOf(TenantRole.class);
        memberships().stream().filter(m -> m.tenant().equals(tenant)).findFirst().map(TenantMembership::roles).ifPresent(roles::addAll);
        roles.addAll(agentRoles().getOrDefault(tenant, Set.of()));
        return roles;
    }

    /** The tenants an operator holds roles in by centre agent grants in force now, with those roles. */
    public java.util.Map<String, Set<TenantRole>> agentRoles() {
        if (agentRoles == null) {
            agentRoles = platformRoles().contains(PlatformRole.OPERATOR)
                    ? accounts.agentRoles(account().orElseThrow().id(), clock.instant()) : java.util.Map.of();
        }
        return agentRoles;
    }

    public Set<PlatformRole> platformRoles() {
        return account().map(UserAccount::platformRoles).orElse(EnumSet.noneOf(PlatformRole.class));
    }
}
