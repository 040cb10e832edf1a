package org.guildhall.payroll.run.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the job ends: a failed job fails its run (with the reason), and either way the run's lease goes; but a job
 * whose instance lost the lease to another does neither, for that instance is calculating the run now.
 */
@Named("payrollRunListener")
@Dependent
public class PayrollRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(PayrollRunListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    RunCompletion completion;

    @Override
    public void afterJob() {
        RunJob.Parameters parameters;
        try {
            parameters = RunJob.Parameters.of(job.getProperties());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "payroll run job execution " + job.getExecutionId() + " has unreadable parameters", e);
            return;
        }
        String failure = null;
        if (job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED) {
            LOG.log(Level.WARNING, "payroll run {0} in {1}: the calculation ended {2} (execution {3})",
                    new Object[] {parameters.run(), parameters.tenant(), job.getBatchStatus(), job.getExecutionId()});
            failure = "The calculation stopped (" + job.getBatchStatus() + ", job execution " + job.getExecutionId()
                    + "); the server log says why. Calculate again to resume it.";
        }
        if (!completion.ended(parameters.tenant(), parameters.run(), parameters.calculation(), parameters.lease(), failure)) {
            LOG.log(Level.INFO, "{0}: job execution {1} ended {2} without its lease, which another instance or a new calculation has taken; that one carries on",
                    new Object[] {parameters.work(), Long.toString(job.getExecutionId()), job.getBatchStatus()});
        }
    }
}
