package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.platform.cluster.Lease;
import org.guildhall.platform.cluster.LeasedWork;

/**
 * Resumes a run's calculation whose instance was lost, when this instance takes over the run's lease: a new job
 * execution of the same calculation, with the new lease token, which reads only the employees nothing was written
 * for. A new execution rather than {@code JobOperator.restart}: the lost execution's status in the job repository is
 * whatever the dead instance last wrote, and restart refuses or misreads such an execution, while the reader never
 * trusted a checkpoint anyway. The lost execution is marked FAILED (INSTANCE_LOST) when the lease is taken over.
 */
@ApplicationScoped
public class RunTakeover implements LeasedWork {

    private static final Logger LOG = Logger.getLogger(RunTakeover.class.getName());

    @Inject
    RunCompletion completion;

    @Inject
    RunLauncher launcher;

    @Override
    public String kind() {
        return RunJob.NAME;
    }

    @Override
    public void resume(Lease lease) {
        PayrollRuns.Ticket ticket = completion.resumable(lease);
        if (ticket == null) {
            LOG.log(Level.INFO, "{0}: nothing to resume, the run is no longer being calculated; lease released", lease.work());
            return;
        }
        LOG.log(Level.INFO, "{0}: resuming calculation {1} of payroll run {2} in {3} where its committed chunks got to (lease token {4})",
                new Object[] {lease.work(), ticket.calculation(), Long.toString(ticket.run()), ticket.tenant(), Long.toString(ticket.lease())});
        launcher.launch(ticket, null, null);
    }
}
