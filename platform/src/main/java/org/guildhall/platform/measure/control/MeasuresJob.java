package org.guildhall.platform.measure.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guildhall.platform.cluster.Lease;
import org.guildhall.platform.cluster.Leases;
import org.guildhall.platform.domain.StateConflict;

/**
 * Starts the measures job: by itself on the first of each month, early in the morning, for the month just ended; or
 * when an operator asks, for any month. Never inside a transaction: the job repository is another data source.
 *
 * <p>A month's job runs under a lease on the month ({@link #work}), so that in a cluster, where the timer fires on
 * every instance, one instance starts it and the others find it taken and leave it; and so that when that instance is
 * lost, another resumes it ({@link MeasuresTakeover}) by running the month again, which replaces whatever was kept.
 * The lease goes when the job ends, so an instance whose clock is later than the job is long could start the month
 * again: harmless, for the same reason.
 */
@Singleton
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class MeasuresJob {

    public static final String NAME = "service-measures";
    private static final Logger LOG = Logger.getLogger(MeasuresJob.class.getName());

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    /** The key of a month's lease. */
    static String work(YearMonth month) {
        return NAME + "/" + month;
    }

    /** Starts the month's job; 409 while it is running, here or on another instance. */
    public long start(YearMonth month) {
        Lease lease = leases.claim(work(month), NAME, null)
                .orElseThrow(() -> new StateConflict("The service measures of " + month + " are being worked out now: wait for them to finish."));
        return launch(month, lease);
    }

    /** Runs the month again under a lease taken over from a lost instance. */
    public void resume(Lease lease) {
        YearMonth month = YearMonth.parse(lease.work().substring(lease.work().lastIndexOf('/') + 1));
        LOG.log(Level.INFO, "{0}: resuming the service measures of {1} (lease token {2})", new Object[] {lease.work(), month, Long.toString(lease.token())});
        launch(month, lease);
    }

    private long launch(YearMonth month, Lease lease) {
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("lease", Long.toString(lease.token()));
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(NAME, parameters);
        } catch (RuntimeException e) {
            leases.release(lease);
            throw e;
        }
        leases.started(lease.work(), lease.token(), execution);
        return execution;
    }

    /** The execution numbered {@code id}, or null when there is none. */
    public JobExecution execution(long id) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.getJobExecution(id);
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            return null;
        }
    }

    @Schedule(dayOfMonth = "1", hour = "3", minute = "17", persistent = false, info = "the service measures of the month just ended")
    void monthly() {
        YearMonth ended = YearMonth.from(clock.instant().atZone(ZoneId.of("Europe/London"))).minusMonths(1);
        try {
            Optional<Lease> lease = leases.claim(work(ended), NAME, null);
            if (lease.isEmpty()) {
                LOG.log(Level.INFO, "the service measures of {0} are being worked out by another instance", ended);
                return;
            }
            launch(ended, lease.get());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not start the service measures of " + ended, e);
        }
    }
}
