package org.guildhall.payroll.run.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.guildhall.payroll.run.entity.PayslipCalculation;
import org.guildhall.platform.cluster.Leases;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Writes a chunk's payslips, lines and exceptions in bulk, in the chunk's transaction, once the fence has checked that
 * this instance still holds the run's lease with the job's token: a job whose lease another instance has taken over
 * fails here, its chunk rolled back with nothing written, and the new holder calculates those employees instead.
 */
@Named("payslipWriter")
@Dependent
public class PayslipWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    TenantSession session;

    @Inject
    PayslipStore store;

    @Inject
    Leases leases;

    @Override
    public void writeItems(List<Object> items) {
        RunJob.Parameters parameters = RunJob.Parameters.of(job.getProperties());
        session.enter(parameters.tenant());
        leases.guard(parameters.work(), parameters.lease());
        store.write(parameters.run(), parameters.calculation(), items.stream().map(PayslipCalculation.Outcome.class::cast).toList());
    }
}
