package org.guildhall.payroll.run.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.guildhall.payroll.run.entity.PayslipCalculation;
import org.guildhall.platform.tenancy.TenantSession;

/** Writes a chunk's payslips, lines and exceptions in bulk, in the chunk's transaction. */
@Named("payslipWriter")
@Dependent
public class PayslipWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    TenantSession session;

    @Inject
    PayslipStore store;

    @Override
    public void writeItems(List<Object> items) {
        RunJob.Parameters parameters = RunJob.Parameters.of(job.getProperties());
        session.enter(parameters.tenant());
        store.write(parameters.run(), parameters.calculation(), items.stream().map(PayslipCalculation.Outcome.class::cast).toList());
    }
}
