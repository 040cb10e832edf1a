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
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the measures job: by itself on the first of each month, early in the morning, for the month just ended; or
 * when an operator asks, for any month. Never inside a transaction: the job repository is another data source.
 */
@Singleton
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class MeasuresJob {

    public static final String NAME = "service-measures";
    private static final Logger LOG = Logger.getLogger(MeasuresJob.class.getName());

    @Inject
    Clock clock;

    public long start(YearMonth month) {
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        return BatchRuntime.getJobOperator().start(NAME, parameters);
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
            start(ended);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not start the service measures of " + ended, e);
        }
    }
}
