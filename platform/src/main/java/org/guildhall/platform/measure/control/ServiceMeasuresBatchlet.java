package org.guildhall.platform.measure.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.logging.Logger;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * The measures job's one step: every active tenant in turn, each in its own transaction, which keeps the tenant's
 * measures only while this instance still holds the month's lease.
 */
@Named("serviceMeasuresBatchlet")
@Dependent
public class ServiceMeasuresBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ServiceMeasuresBatchlet.class.getName());

    @Inject
    @BatchProperty
    String month;

    @Inject
    @BatchProperty
    String lease;

    @Inject
    Tenants tenants;

    @Inject
    ServiceMeasures measures;

    @Override
    public String process() {
        YearMonth of = YearMonth.parse(month);
        long started = System.nanoTime();
        int done = 0;
        int kept = 0;
        for (Tenant tenant : tenants.all()) {
            if (tenant.status() == Tenant.Status.ACTIVE) {
                kept += measures.compute(tenant.code(), of, MeasuresJob.work(of), Long.parseLong(lease));
                done++;
            }
        }
        int counted = done;
        LOG.info(() -> "service measures of " + month + ": " + counted + " tenants in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return "MEASURED " + done + " TENANTS, " + kept + " MEASURES";
    }
}
