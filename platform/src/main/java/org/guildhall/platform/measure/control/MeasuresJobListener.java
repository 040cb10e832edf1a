package org.guildhall.platform.measure.control;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import org.guildhall.platform.cluster.Leases;

/** When the measures job ends, however it ends: its month's lease goes, unless another instance has taken it over. */
@Named("serviceMeasuresListener")
@Dependent
public class MeasuresJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    Leases leases;

    @Override
    public void afterJob() {
        String lease = job.getProperties().getProperty("lease");
        if (lease != null && !lease.isBlank()) {
            leases.release(MeasuresJob.work(YearMonth.parse(job.getProperties().getProperty("month"))), Long.parseLong(lease));
        }
    }
}
