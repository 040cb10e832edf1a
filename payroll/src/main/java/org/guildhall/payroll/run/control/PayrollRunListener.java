package org.guildhall.payroll.run.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** When the job ends: a failed job fails its run (with the reason); either way the run is no longer active here. */
@Named("payrollRunListener")
@Dependent
public class PayrollRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PayrollRunListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    RunCompletion completion;

    @Inject
    ActiveRuns active;

    @Override
    public void afterJob() {
        RunJob.Parameters parameters;
        try {
            parameters = RunJob.Parameters.of(job.getProperties());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "payroll run job execution " + job.getExecutionId() + " has unreadable parameters", e);
            return;
        }
        try {
            if (job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED) {
                LOG.log(Level.WARNING, "payroll run {0} in {1}: the calculation ended {2} (execution {3})",
                        new Object[] {parameters.run(), parameters.tenant(), job.getBatchStatus(), job.getExecutionId()});
                completion.fail(parameters.tenant(), parameters.run(), parameters.calculation(),
                        "The calculation stopped (" + job.getBatchStatus() + ", job execution " + job.getExecutionId()
                                + "); the server log says why. Calculate again to resume it.");
            }
        } finally {
            active.release(parameters.tenant(), parameters.run());
        }
    }
}
