package org.guildhall.payroll.run.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * The transactions on a run outside any request, each entered into the run's tenant itself: finishing and failing a
 * calculation, noting its job execution, and finding the runs a stopped server left calculating.
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
    ActiveRuns active;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Marks the run calculated with its payslips' totals; false when this execution's calculation is no longer current. */
    public boolean complete(String tenant, long id, int calculation) {
        PayrollRun run = current(tenant, id, calculation);
        if (run == null) {
            return false;
        }
        run.calculated(store.totals(id));
        return true;
    }

    public void fail(String tenant, long id, int calculation, String reason) {
        PayrollRun run = current(tenant, id, calculation);
        if (run != null) {
            run.failed(reason);
        }
    }

    /** Every run of the tenant left CALCULATING and not being calculated here, claimed for resuming. */
    public List<PayrollRuns.Ticket> orphans(String tenant) {
        session.enter(tenant);
        return em.createQuery("select r from PayrollRun r where r.status = :calculating", PayrollRun.class)
                .setParameter("calculating", PayrollRun.Status.CALCULATING).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().filter(run -> !active.isRunning(tenant, run.id())).map(run -> {
                    active.claimWhileCommitted(tenant, run.id(), transaction);
                    return new PayrollRuns.Ticket(tenant, run.id(), run.calculation());
                }).toList();
    }

    /** Notes the job execution now calculating the run. */
    public void startedAs(PayrollRuns.Ticket ticket, long execution) {
        PayrollRun run = current(ticket.tenant(), ticket.run(), ticket.calculation());
        if (run != null) {
            run.runBy(execution);
        }
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
