package org.guildhall.payroll.run.control;

import java.util.Properties;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;

/** The payroll run's Jakarta Batch job ({@code META-INF/batch-jobs/payroll-run.xml}) and its parameters. */
final class RunJob {

    static final String NAME = "payroll-run";
    static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());
    static final int CHUNK = 500;
    /** One partition per core, and at least two. */
    static final int PARTITIONS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private RunJob() {
    }

    /** What one execution works on: a calculation of a run in a tenant, over so many partitions in chunks of so many. */
    record Parameters(String tenant, long run, int calculation, int partitions, int chunk) {

        /** From the job's properties, which the job XML fills from its parameters. */
        static Parameters of(Properties job) {
            String partitions = job.getProperty("partitions");
            String chunk = job.getProperty("chunk");
            return new Parameters(job.getProperty("tenant"), Long.parseLong(job.getProperty("run")),
                    Integer.parseInt(job.getProperty("calculation")),
                    partitions == null || partitions.isBlank() ? PARTITIONS : Integer.parseInt(partitions),
                    chunk == null || chunk.isBlank() ? CHUNK : Integer.parseInt(chunk));
        }

        Properties properties() {
            Properties properties = new Properties();
            properties.setProperty("tenant", tenant);
            properties.setProperty("run", Long.toString(run));
            properties.setProperty("calculation", Integer.toString(calculation));
            properties.setProperty("partitions", Integer.toString(partitions));
            properties.setProperty("chunk", Integer.toString(chunk));
            return properties;
        }
    }
}
