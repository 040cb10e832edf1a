package org.guildhall.payroll.run.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.platform.cluster.Leases;

/**
 * Starts a prepared calculation's batch job, outside any transaction (the job repository is another data source,
 * which cannot join the application's transaction), after the preparation has committed. The job carries the token
 * of the run's lease the preparation claimed; a job that cannot start lets go of it.
 */
@ApplicationScoped
public class RunLauncher {

    private static final Logger LOG = Logger.getLogger(RunLauncher.class.getName());

    @Inject
    Leases leases;

    @Inject
    RunCompletion bookkeeping;

    /** Starts the job; partitions and chunk size are the defaults unless given (the benchmark varies them). */
    public long launch(PayrollRuns.Ticket ticket, Integer partitions, Integer chunk) {
        RunJob.Parameters defaults = new RunJob.Parameters(ticket.tenant(), ticket.run(), ticket.calculation(), ticket.lease(),
                partitions == null ? RunJob.PARTITIONS : partitions, chunk == null ? RunJob.CHUNK : chunk);
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution;
        try {
            execution = operator.start(RunJob.NAME, defaults.properties());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not start the calculation of payroll run " + ticket.run() + " in " + ticket.tenant(), e);
            leases.release(defaults.work(), ticket.lease());
            bookkeeping.couldNotStart(ticket, "The calculation could not start: " + e.getMessage());
            throw e;
        }
        LOG.log(Level.INFO, "{0}: calculation {1} started as job execution {2} (lease token {3})",
                new Object[] {defaults.work(), ticket.calculation(), Long.toString(execution), Long.toString(ticket.lease())});
        bookkeeping.startedAs(ticket, execution);
        return execution;
    }
}
