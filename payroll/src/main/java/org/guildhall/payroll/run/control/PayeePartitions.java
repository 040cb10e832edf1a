package org.guildhall.payroll.run.control;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Splits a run's employees into as many partitions as the job asks for (by default one per core), each on its own thread. */
@Named("payeePartitions")
@Dependent
public class PayeePartitions implements PartitionMapper {

    @Inject
    JobContext job;

    @Override
    public PartitionPlan mapPartitions() {
        int count = RunJob.Parameters.of(job.getProperties()).partitions();
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(count));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
