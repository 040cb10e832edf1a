package org.guildhall.payroll.run.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: adds up the payslips into the run's totals and marks it calculated. */
@Named("payrollRunTotals")
@Dependent
public class PayrollRunTotals extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    RunCompletion completion;

    @Override
    public String process() {
        RunJob.Parameters parameters = RunJob.Parameters.of(job.getProperties());
        return completion.complete(parameters.tenant(), parameters.run(), parameters.calculation(), parameters.lease()) ? "CALCULATED" : "STALE";
    }
}
