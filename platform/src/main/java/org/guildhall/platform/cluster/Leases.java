package org.guildhall.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * This instance's leases, in the caller's transaction (or one of their own when the caller has none). The instance
 * holds them under a name unique to this process start, its configured name ({@code guildhall.instance}, for the logs)
 * and a random UUID: an instance restarted under the same name is a new holder and inherits nothing. A lease lasts
 * {@code guildhall.lease.seconds} (15 by default) unless renewed; the {@link LeaseWatcher} renews them every third of
 * that. The application's {@code Clock}, which a demo may set in the past, has no part in it.
 */
@ApplicationScoped
@Transactional
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class.getName());

    @Inject
    @ConfigProperty(name = "guildhall.instance")
    Optional<String> instance;

    @Inject
    @ConfigProperty(name = "guildhall.lease.seconds", defaultValue = "15")
    int seconds;

    @Inject
    TenantSession session;

    private LeaseHolder me;

    @PostConstruct
    void name() {
        if (seconds < 3) {
            throw new IllegalStateException("guildhall.lease.seconds must be at least 3 (it is " + seconds + ")");
        }
        me = new LeaseHolder(instance.filter(name -> !name.isBlank()).orElse("guildhall") + "/" + UUID.randomUUID(), Duration.ofSeconds(seconds));
        LOG.info(() -> "this instance holds leases as " + me.id() + " for " + seconds + " s at a time");
    }

    /** How often to renew and to look for expired leases: a third of a lease's life, at most five seconds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Duration renewalPeriod() {
        return Duration.ofSeconds(Math.min(5, seconds / 3));
    }

    /**
     * Claims the work for this instance (see {@link LeaseHolder#claim}); empty while it is under way anywhere. A lease
     * taken over from a lost instance has that instance's job execution marked failed.
     */
    public Optional<Lease> claim(String work, String kind, String tenant) {
        Optional<Lease> claimed = me.claim(session.connection(), work, kind, tenant);
        claimed.filter(lease -> lease.lost() != null).ifPresent(this::tookOver);
        return claimed;
    }

    /** Takes the lease of work known to be over, whoever holds it (see {@link LeaseHolder#seize}). */
    public Lease seize(String work, String kind, String tenant) {
        return me.seize(session.connection(), work, kind, tenant);
    }

    /**
     * The fence, inside the transaction about to write for the work: fails with {@link LeaseLost} (which rolls it
     * back) unless this instance still holds the lease with {@code token}, and keeps it from being taken over until
     * the transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void guard(String work, long token) {
        me.guard(session.connection(), work, token);
    }

    /** Whether this instance still holds the lease with {@code token}; if so, it keeps it to the transaction's end. */
    public boolean holds(String work, long token) {
        return me.holds(session.connection(), work, token);
    }

    /** Notes the job execution now working for the lease. */
    public void started(String work, long token, long execution) {
        me.started(session.connection(), work, token, execution);
    }

    /** Lets go of the lease when its work has ended, unless another instance has taken it over since. */
    public void release(String work, long token) {
        me.release(session.connection(), work, token);
    }

    public void release(Lease lease) {
        release(lease.work(), lease.token());
    }

    /** Extends every lease this instance holds. */
    public int renew() {
        return me.renew(session.connection());
    }

    /** Takes over the expired leases of the given kinds, their lost executions marked failed. */
    public List<Lease> takeOverExpired(Collection<String> kinds) {
        List<Lease> taken = me.takeOverExpired(session.connection(), kinds);
        taken.forEach(this::tookOver);
        return taken;
    }

    private void tookOver(Lease lease) {
        if (lease.lost() != null) {
            JobRepository.lost(session.connection(), lease.lost());
        }
        LOG.log(Level.INFO, "lease taken over: {0} (kind {1}, token {2}) by {3}; its holder had stopped renewing it{4}",
                new Object[] {lease.work(), lease.kind(), Long.toString(lease.token()), me.id(),
                        lease.lost() == null ? "" : ", and its job execution " + lease.lost() + " is marked FAILED (" + JobRepository.INSTANCE_LOST + ")"});
    }
}
