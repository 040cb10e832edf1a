package org.guildhall.payroll.run.control;

import java.util.Properties;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.run.entity.PayDate;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.payroll.run.entity.PayslipCalculation;

/** The payroll run's Jakarta Batch job ({@code META-INF/batch-jobs/payroll-run.xml}) and its parameters. */
final class RunJob {

    static final String NAME = "payroll-run";
    static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());
    static final int CHUNK = 500;
    /** One partition per core, and at least two. */
    static final int PARTITIONS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private RunJob() {
    }

    /** The key of a run's lease: one per run, whichever calculation. */
    static String work(String tenant, long run) {
        return NAME + "/" + tenant + "/" + run;
    }

    /** The run a lease's key names. */
    static long run(String work) {
        return Long.parseLong(work.substring(work.lastIndexOf('/') + 1));
    }

    /**
     * How every employee of a run is worked out: the engine, the tenant's pay policy, and the run's own period and pay
     * date (not the schedule's, which an off-cycle run may pay apart from). The job's partitions and
     * {@link RunCalculation} both use it, so a run comes to the same figures whichever calculates it.
     */
    static PayslipCalculation calculation(PayrollRun run, PayrollSchedule schedule, PayPolicy policy) {
        PayDate date = new PayDate(new PayPeriod(schedule.frequency(), run.period()), run.payDate(), run.payDate(),
                run.periodStart(), run.periodEnd());
        return new PayslipCalculation(ENGINE, policy, run.taxYear(), date);
    }

    /**
     * What one execution works on: a calculation of a run in a tenant, under the run's lease with token {@code lease},
     * over so many partitions in chunks of so many.
     */
    record Parameters(String tenant, long run, int calculation, long lease, int partitions, int chunk) {

        String work() {
            return RunJob.work(tenant, run);
        }

        /** From the job's properties, which the job XML fills from its parameters. */
        static Parameters of(Properties job) {
            String partitions = job.getProperty("partitions");
            String chunk = job.getProperty("chunk");
            String lease = job.getProperty("lease");
            return new Parameters(job.getProperty("tenant"), Long.parseLong(job.getProperty("run")),
                    Integer.parseInt(job.getProperty("calculation")), lease == null || lease.isBlank() ? 0 : Long.parseLong(lease),
                    partitions == null || partitions.isBlank() ? PARTITIONS : Integer.parseInt(partitions),
                    chunk == null || chunk.isBlank() ? CHUNK : Integer.parseInt(chunk));
        }

        Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("tenant", tenant);
            properties.setProperty("run", Long.toString(run));
            properties.setProperty("calculation", Integer.toString(calculation));
            properties.setProperty("lease", Long.toString(lease));
            properties.setProperty("partitions", Integer.toString(partitions));
            properties.setProperty("chunk", Integer.toString(chunk));
            return properties;
        }
    }
}
