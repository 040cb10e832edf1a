package org.guildhall.payroll.run.control;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.payroll.run.entity.PayException;
import org.guildhall.payroll.run.entity.Payslip;
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
        List<Payslip> payslips = new ArrayList<>(items.size());
        List<PayException> exceptions = new ArrayList<>();
        for (Object item : items) {
            PayslipCalculation.Outcome outcome = (PayslipCalculation.Outcome) item;
            if (outcome.payslip() != null) {
                payslips.add(outcome.payslip());
            }
            exceptions.addAll(outcome.exceptions());
        }
        session.enter(parameters.tenant());
        store.write(parameters.run(), parameters.calculation(), payslips, exceptions);
    }
}
