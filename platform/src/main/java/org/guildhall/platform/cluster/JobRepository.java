package org.guildhall.platform.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The batch runtime's job repository (the JBatch tables of migration V2), told that an execution's instance was lost.
 * The dead instance can no longer say so itself, and left as it was the execution would read STARTED for ever.
 */
public final class JobRepository {

    /** The exit status of an execution whose instance stopped renewing its lease. */
    public static final String INSTANCE_LOST = "INSTANCE_LOST";

    private JobRepository() {
    }

    /** Marks the execution and its unfinished steps FAILED, INSTANCE_LOST; one that already ended is left as it is. */
    public static void lost(Connection connection, long execution) {
        try (PreparedStatement job = connection.prepareStatement("""
                update jbatchexecutioninstancedata set batchstatus = 'FAILED', exitstatus = ?, endtime = localtimestamp,
                  updatetime = localtimestamp
                where jobexecid = ? and batchstatus in ('STARTING', 'STARTED', 'STOPPING')""");
             PreparedStatement steps = connection.prepareStatement("""
                update jbatchstepexecutioninstancedata set batchstatus = 'FAILED', exitstatus = ?, endtime = localtimestamp
                where jobexecid = ? and batchstatus in ('STARTING', 'STARTED', 'STOPPING')""")) {
            for (PreparedStatement statement : new PreparedStatement[] {job, steps}) {
                statement.setString(1, INSTANCE_LOST);
                statement.setLong(2, execution);
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark job execution " + execution + " lost", e);
        }
    }
}
