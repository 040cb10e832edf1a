package org.guildhall.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * On every instance, every few seconds ({@link Leases#renewalPeriod()}, five by default): renews this instance's
 * leases, then takes over the expired leases of every kind some {@link LeasedWork} resumes and hands each to it. With
 * the default 15-second lease, work whose instance dies is resumed elsewhere within 20 seconds. Starts after the
 * schema is migrated; a failed look is logged and the next one tries again.
 */
@Startup
@Singleton
@DependsOn("Startup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LeaseWatcher {

    private static final Logger LOG = Logger.getLogger(LeaseWatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Leases leases;

    @Inject
    @Any
    Instance<LeasedWork> works;

    private ScheduledFuture<?> watching;

    @PostConstruct
    void start() {
        long period = leases.renewalPeriod().toMillis();
        watching = executor.scheduleWithFixedDelay(this::watch, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        watching.cancel(false);
    }

    void watch() {
        try {
            leases.renew();
            Map<String, LeasedWork> byKind = works.stream().collect(Collectors.toMap(LeasedWork::kind, Function.identity()));
            if (byKind.isEmpty()) {
                return;
            }
            List<Lease> taken = leases.takeOverExpired(byKind.keySet());
            for (Lease lease : taken) {
                resume(byKind.get(lease.kind()), lease);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not renew or take over leases; trying again shortly", e);
        }
    }

    private void resume(LeasedWork work, Lease lease) {
        try {
            work.resume(lease);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not resume " + lease.work() + "; its lease is released", e);
            leases.release(lease);
        }
    }
}
