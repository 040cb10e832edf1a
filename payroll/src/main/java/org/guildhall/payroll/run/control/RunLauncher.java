package org.guildhall.payroll.run.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a prepared calculation's batch job, outside any transaction (the job repository is another data source,
 * which cannot join the application's transaction), after the preparation has committed.
 */
@ApplicationScoped
public class RunLauncher {

    private static final Logger LOG = Logger.getLogger(RunLauncher.class.getName());

    @Inject
    ActiveRuns active;

    @Inject
    RunCompletion bookkeeping;

    /** Starts the job; partitions and chunk size are the defaults unless given (the benchmark varies them). */
    public long launch(PayrollRuns.Ticket ticket, Integer partitions, Integer chunk) {
        RunJob.Parameters defaults = new RunJob.Parameters(ticket.tenant(), ticket.run(), ticket.calculation(),
                partitions == null ? RunJob.PARTITIONS : partitions, chunk == null ? RunJob.CHUNK : chunk);
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution;
        try {
            execution = operator.start(RunJob.NAME, defaults.properties());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not start the calculation of payroll run " + ticket.run() + " in " + ticket.tenant(), e);
            active.release(ticket.tenant(), ticket.run());
            bookkeeping.couldNotStart(ticket, "The calculation could not start: " + e.getMessage());
            throw e;
        }
        bookkeeping.startedAs(ticket, execution);
        return execution;
    }
}
