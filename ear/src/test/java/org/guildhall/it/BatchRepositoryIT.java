package org.guildhall.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Jakarta Batch keeps its job repository in the application's PostgreSQL (not Payara's default H2 file in a
 * temporary directory), written as the application role, so that a failed payroll run can be restarted after the
 * server itself restarts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchRepositoryIT {

    @ArquillianResource
    URL base;


    @Test
    void aJobsExecutionIsRecordedInPostgreSql() throws SQLException {
        Api api = Api.at(base);
        Api.Reply started = api.post("api/v1/it/batch-probe", null);
        assertEquals(200, started.status(), started.toString());
        long execution = started.json().getJsonNumber("executionId").longValue();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "COMPLETED".equals(api.get("api/v1/it/batch-probe/" + execution).json().getString("batchStatus")));
        try (Connection app = TestDatabase.asApplication();
             PreparedStatement query = app.prepareStatement("""
                     select e.batchstatus, i.name, s.stepname, s.exitstatus
                     from jbatchexecutioninstancedata e
                     join jbatchjobinstancedata i on i.jobinstanceid = e.jobinstanceid
                     join jbatchstepexecutioninstancedata s on s.jobexecid = e.jobexecid
                     where e.jobexecid = ?""")) {
            query.setLong(1, execution);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "execution " + execution + " is not in PostgreSQL's job repository");
                assertEquals("COMPLETED", row.getString(1));
                assertEquals("probe-job", row.getString(2));
                assertEquals("probe", row.getString(3));
                assertEquals("PROBED", row.getString(4), "the step's exit status, as the batchlet returned it");
                assertFalse(row.next(), "one step, one row");
            }
        }
    }
}
