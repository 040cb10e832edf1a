package org.guildhall.platform.measure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.guildhall.platform.cluster.Lease;
import org.guildhall.platform.cluster.LeasedWork;

/**
 * Resumes a month's service measures whose instance was lost: runs the month again, which replaces what the lost job
 * kept, tenant by tenant. (Not the singleton itself: a session bean implementing an interface would lose its
 * no-interface view.)
 */
@ApplicationScoped
public class MeasuresTakeover implements LeasedWork {

    @Inject
    MeasuresJob job;

    @Override
    public String kind() {
        return MeasuresJob.NAME;
    }

    @Override
    public void resume(Lease lease) {
        job.resume(lease);
    }
}
