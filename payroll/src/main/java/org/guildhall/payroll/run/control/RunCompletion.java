package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.cluster.Lease;
import org.guildhall.platform.cluster.Leases;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * The transactions on a run outside any request, each entered into the run's tenant itself: finishing and failing a
 * calculation, noting its job execution, and finding the runs to resume. Each holds the run's row before it touches
 * the run's lease, as preparing a calculation does, so that two of them never wait on each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunCompletion {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    PayslipStore store;

    @Inject
    Leases leases;

    /**
     * Marks the run calculated with its payslips' totals; false when this execution's calculation is no longer current.
     * Fails with {@code LeaseLost} when another instance has taken the run's lease over: that one finishes the run.
     */
    public boolean complete(String tenant, long id, int calculation, long lease) {
        PayrollRun run = current(tenant, id, calculation);
        if (run == null) {
            return false;
        }
        leases.guard(RunJob.work(tenant, id), lease);
        run.calculated(store.totals(id));
        return true;
    }

    public void fail(String tenant, long id, int calculation, String reason) {
        PayrollRun run = current(tenant, id, calculation);
        if (run != null) {
            run.failed(reason);
        }
    }

    /**
     * The job ended, failed if {@code failure} is given. Unless another instance has taken the run's lease over (and
     * carries on with the run, so this job neither fails the run nor lets go of that instance's lease), a failure fails
     * the run and the lease goes. False when the lease was lost.
     */
    public boolean ended(String tenant, long id, int calculation, long lease, String failure) {
        PayrollRun run = current(tenant, id, calculation);
        String work = RunJob.work(tenant, id);
        if (!leases.holds(work, lease)) {
            return false;
        }
        if (run != null && failure != null) {
            run.failed(failure);
        }
        leases.release(work, lease);
        return true;
    }

    /**
     * Every run of the tenant left CALCULATING whose lease no instance holds live (none at all, as after an upgrade or
     * a whole cluster's stop, or one expired), claimed for resuming here. A run another instance is calculating is
     * never taken.
     */
    public List<PayrollRuns.Ticket> orphans(String tenant) {
        session.enter(tenant);
        return em.createQuery("select r from PayrollRun r where r.status = :calculating", PayrollRun.class)
                .setParameter("calculating", PayrollRun.Status.CALCULATING).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .flatMap(run -> leases.claim(RunJob.work(tenant, run.id()), RunJob.NAME, tenant).stream()
                        .map(lease -> new PayrollRuns.Ticket(tenant, run.id(), run.calculation(), lease.token())))
                .toList();
    }

    /**
     * The calculation to resume under a lease this instance has taken over from a lost one: the run's current
     * calculation, if the run is still CALCULATING; otherwise null, and the lease is let go.
     */
    public PayrollRuns.Ticket resumable(Lease lease) {
        long id = RunJob.run(lease.work());
        session.enter(lease.tenant());
        PayrollRun run = em.find(PayrollRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && run.status() == PayrollRun.Status.CALCULATING && leases.holds(lease.work(), lease.token())) {
            return new PayrollRuns.Ticket(lease.tenant(), id, run.calculation(), lease.token());
        }
        leases.release(lease);
        return null;
    }

    /** Notes the job execution now calculating the run, on the run and on its lease. */
    public void startedAs(PayrollRuns.Ticket ticket, long execution) {
        PayrollRun run = current(ticket.tenant(), ticket.run(), ticket.calculation());
        if (run != null) {
            run.runBy(execution);
        }
        leases.started(RunJob.work(ticket.tenant(), ticket.run()), ticket.lease(), execution);
    }

    /** The job could not even start. */
    public void couldNotStart(PayrollRuns.Ticket ticket, String reason) {
        fail(ticket.tenant(), ticket.run(), ticket.calculation(), reason);
    }

    private PayrollRun current(String tenant, long id, int calculation) {
        session.enter(tenant);
        PayrollRun run = em.find(PayrollRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        return run != null && run.status() == PayrollRun.Status.CALCULATING && run.calculation() == calculation ? run : null;
    }
}
