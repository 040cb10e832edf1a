package org.guildhall.platform.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.platform.account.entity.TenantMembership;
import org.guildhall.platform.account.entity.UserAccount;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.security.SignInThrottle;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Puts a sign-in lock on the record. A lock on an account is audited in every tenant the account works in, in a
 * transaction of its own for each (an audit chain is one tenant's); a lock on a username no account has, or on a client
 * address, belongs to no tenant and goes to the server log.
 */
@ApplicationScoped
public class SignInLocks {

    private static final Logger LOG = Logger.getLogger(SignInLocks.class.getName());

    @Inject
    AccountDirectory accounts;

    @Inject
    TenantSession session;

    @Inject
    AuditTrail audit;

    @Inject
    SignInLocks self;

    public void locked(@Observes SignInThrottle.Lock lock) {
        JsonObject state = Json.createObjectBuilder().add("lockedUntil", lock.until().toString()).add("failures", lock.failures())
                .add("address", lock.address()).build();
        LOG.warning(() -> "sign-in locked for " + (lock.onAccount() ? "a username" : "an address") + ": " + state);
        try {
            List<TenantMembership> memberships = lock.onAccount()
                    ? accounts.findAny(lock.key()).map(account -> accounts.memberships(account.id())).orElse(List.of())
                    : List.of();
            for (TenantMembership membership : memberships) {
                self.record(membership.tenant(), membership.user(), state);
            }
        } catch (RuntimeException e) {
            // the lock holds whether or not its record could be written; the sign-in answer must not become a 500
            LOG.log(Level.SEVERE, "could not audit a sign-in lock", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String tenant, UserAccount account, JsonObject lock) {
        session.enter(tenant);
        audit.record("UserAccount", account.username(), "SIGN_IN_LOCK", null, lock);
    }
}
