package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.payroll.run.entity.PayslipCalculation;
import org.guildhall.platform.cluster.Leases;
import org.guildhall.platform.tenancy.InTenant;

/**
 * A run's calculation start to finish on the caller's thread, in the caller's transaction: the batch job's steps one
 * after another with the same parts (the same preparation, {@link Payees}' reads a chunk at a time, the same
 * {@link PayslipCalculation}, {@link PayslipStore}'s writes and totals), so it keeps every rule the job keeps and comes
 * to the same figures. For a caller that must not hand its work to other threads: the demo centre, whose clock reads
 * the past instant it acts at on its own thread only, and which builds its year before the server serves anything.
 * Anything of size goes through the job ({@link RunLauncher}), whose chunks commit one by one and survive a restart.
 */
@ApplicationScoped
@Transactional
@InTenant
public class RunCalculation {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    PayrollRuns runs;

    @Inject
    Payees payees;

    @Inject
    PayPolicies policies;

    @Inject
    PayslipStore store;

    @Inject
    Leases leases;

    /**
     * Prepares the run as "calculate" does (a payroll admin only; 409 for a run being calculated or approved), works
     * out every employee it pays, and leaves it CALCULATED with its totals when the transaction commits.
     */
    public PayrollRun calculateHere(long runId) {
        PayrollRuns.Ticket ticket = runs.prepareCalculation(runId);
        try {
            PayrollRun run = em.find(PayrollRun.class, runId); // held since the preparation
            PayPolicy policy = policies.current();
            PayslipCalculation calculation = RunJob.calculation(run, em.find(PayrollSchedule.class, run.schedule()), policy);
            List<String> pending = payees.pending(run, 0, 1);
            for (int from = 0; from < pending.size(); from += RunJob.CHUNK) {
                List<String> chunk = pending.subList(from, Math.min(pending.size(), from + RunJob.CHUNK));
                store.write(runId, ticket.calculation(), payees.load(run, policy.unpaidLeaveType(), chunk).stream()
                        .map(calculation::calculate).toList());
            }
            run.calculated(store.totals(runId));
            return run;
        } finally {
            // the lease goes with this transaction, as it came: none outside it ever sees it, and the run's row lock
            // keeps a second calculation out meanwhile
            leases.release(RunJob.work(ticket.tenant(), ticket.run()), ticket.lease());
        }
    }
}
