package org.guildhall.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.guildhall.platform.account.control.AccountDirectory;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.CurrentTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * The demo's unit of work: a new transaction scoped to one tenant, in a request context of its own, as one of the
 * tenant's people if named, at the instant it happened. A bean of its own, so that its interceptors apply.
 */
@ApplicationScoped
public class DemoTransactions {

    @Inject
    TenantSession session;

    @Inject
    CurrentTenant current;

    @Inject
    Caller caller;

    @Inject
    AccountDirectory accounts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @ActivateRequestContext
    public <T> T in(String tenant, Supplier<T> work) {
        session.enter(tenant);
        return work.get();
    }

    /** Runs {@code work} in a transaction of its own that it scopes itself (onboarding a tenant, making a group). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @ActivateRequestContext
    public <T> T unscoped(Supplier<T> work) {
        return work.get();
    }

    /**
     * Runs {@code work} as {@code username} in {@code tenant}, as if they had asked for it: the services check what
     * they may do just as for a request. {@link DemoTenant#act} sets the time it happened around it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @ActivateRequestContext
    public <T> T as(String tenant, String username, Supplier<T> work) {
        session.enter(tenant);
        current.admitForOwnWork(tenant);
        caller.actAs(accounts.findEnabled(username).orElseThrow(() -> new IllegalStateException("no demo user " + username)));
        return work.get();
    }
}
