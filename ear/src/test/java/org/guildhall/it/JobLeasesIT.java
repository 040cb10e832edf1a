package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.guildhall.launcher.EmbeddedDatabase;
import org.guildhall.platform.cluster.JobRepository;
import org.guildhall.platform.cluster.Lease;
import org.guildhall.platform.cluster.LeaseHolder;
import org.guildhall.platform.cluster.LeaseLost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of the job leases that let a cluster's instances share long jobs, against a real PostgreSQL of its own
 * migrated to the current schema (no application server: the statements are the whole of the rules). Two holders
 * stand for two instances; a lease made to last a millisecond stands for one whose instance stopped renewing it. Each
 * test leases work of its own.
 */
class JobLeasesIT {

    private static final String KIND = "test-job";
    private static final Duration LIVE = Duration.ofMinutes(5);
    private static final Duration MOMENT = Duration.ofMillis(1);

    private static EmbeddedDatabase database;
    private static Path data;

    private Connection connection;
    private final String work = "test-job/" + UUID.randomUUID();
    private final LeaseHolder a = new LeaseHolder("a/" + UUID.randomUUID(), LIVE);
    private final LeaseHolder b = new LeaseHolder("b/" + UUID.randomUUID(), LIVE);

    @BeforeAll
    static void migrate() throws Exception {
        data = Path.of(System.getProperty("guildhall.it.data") + "-leases");
        TestDatabase.deleteRecursively(data);
        database = EmbeddedDatabase.start(data);
        Flyway.configure(JobLeasesIT.class.getClassLoader()).dataSource(database.url(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD)
                .locations("classpath:db/migration").placeholders(Map.of("appRole", EmbeddedDatabase.APP)).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
        TestDatabase.deleteRecursively(data);
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = application();
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void theFirstClaimGetsTheLeaseAndAnyLaterOneIsRefusedWhileItIsLive() {
        Lease lease = a.claim(connection, work, KIND, "acme").orElseThrow();
        assertEquals(work, lease.work());
        assertEquals(null, lease.lost(), "a new lease was taken from nobody");
        assertTrue(a.holds(connection, work, lease.token()));

        assertTrue(b.claim(connection, work, KIND, "acme").isEmpty(), "another instance: the work is under way");
        assertTrue(a.claim(connection, work, KIND, "acme").isEmpty(), "the holder itself: the work is under way");
        assertFalse(b.holds(connection, work, lease.token()));
    }

    @Test
    void anExpiredLeaseIsTakenOverWithAHigherTokenAndTheLostExecution() throws Exception {
        Lease first = expiring(a).claim(connection, work, KIND, "acme").orElseThrow();
        a.started(connection, work, first.token(), 41);
        expire();

        Lease taken = b.claim(connection, work, KIND, "acme").orElseThrow();
        assertTrue(taken.token() > first.token(), taken + " after " + first);
        assertEquals(41L, taken.lost(), "the execution of the instance it was taken from");
        assertTrue(b.holds(connection, work, taken.token()));
        assertFalse(a.holds(connection, work, first.token()), "the old holder holds it no more");
    }

    @Test
    void theWatcherTakesOverOnlyExpiredLeasesOfItsKinds() throws Exception {
        String live = "test-job/" + UUID.randomUUID();
        String otherKind = "other-job/" + UUID.randomUUID();
        Lease first = expiring(a).claim(connection, work, KIND, null).orElseThrow();
        a.claim(connection, live, KIND, null).orElseThrow();
        expiring(a).claim(connection, otherKind, "other-job", null).orElseThrow();
        expire();

        List<Lease> taken = b.takeOverExpired(connection, Set.of(KIND));
        List<String> works = taken.stream().map(Lease::work).toList();
        assertTrue(works.contains(work) && !works.contains(live) && !works.contains(otherKind), "only the expired one of its kind: " + works);
        Lease lease = taken.stream().filter(l -> l.work().equals(work)).findFirst().orElseThrow();
        assertTrue(lease.token() > first.token());
        assertTrue(b.holds(connection, work, lease.token()));
        assertTrue(b.takeOverExpired(connection, Set.of(KIND)).stream().noneMatch(l -> l.work().equals(work)), "taken over once, and live again");
    }

    @Test
    void theFenceRefusesAHolderWhoseLeaseWasTakenOver() throws Exception {
        Lease first = expiring(a).claim(connection, work, KIND, null).orElseThrow();
        a.guard(connection, work, first.token());
        expire();
        Lease taken = b.takeOverExpired(connection, Set.of(KIND)).stream().filter(l -> l.work().equals(work)).findFirst().orElseThrow();

        assertThrows(LeaseLost.class, () -> a.guard(connection, work, first.token()));
        assertThrows(LeaseLost.class, () -> b.guard(connection, work, first.token()), "the stale token, even for the new holder");
        b.guard(connection, work, taken.token());
    }

    @Test
    void aTakeoverWaitsForAWritingTransactionThatPassedTheFenceAndRenewingDoesNot() throws Exception {
        Lease first = expiring(a).claim(connection, work, KIND, null).orElseThrow();
        expire();
        try (Connection chunk = application(); Connection other = application()) {
            chunk.setAutoCommit(false);
            a.guard(chunk, work, first.token()); // a chunk checked its lease and is writing
            try (Statement sql = other.createStatement()) {
                sql.execute("set lock_timeout = '5s'");
            }
            assertTrue(b.takeOverExpired(other, Set.of(KIND)).stream().noneMatch(l -> l.work().equals(work)),
                    "not taken over while the chunk has yet to commit");
            assertTrue(b.claim(other, "test-job/" + UUID.randomUUID(), KIND, null).isPresent(), "other work is not held up");
            assertEquals(1, expiring(a).renew(other), "renewing does not wait for the chunk");
            chunk.commit();
        }
        expire();
        assertTrue(b.takeOverExpired(connection, Set.of(KIND)).stream().anyMatch(l -> l.work().equals(work)), "once it committed");
        assertThrows(LeaseLost.class, () -> a.guard(connection, work, first.token()), "and the chunk after it is refused");
    }

    @Test
    void renewingKeepsTheHoldersLeasesLive() throws Exception {
        Lease lease = expiring(a).claim(connection, work, KIND, null).orElseThrow();
        expire();
        assertEquals(1, a.renew(connection), "the holder's one lease");
        assertEquals(0, b.renew(connection), "another holder renews nothing of it");

        assertTrue(b.claim(connection, work, KIND, null).isEmpty(), "live again");
        assertTrue(b.takeOverExpired(connection, Set.of(KIND)).stream().noneMatch(l -> l.work().equals(work)));
        assertTrue(a.holds(connection, work, lease.token()), "with the same token");
    }

    @Test
    void onlyTheHolderWithItsTokenReleasesTheLease() throws Exception {
        Lease first = expiring(a).claim(connection, work, KIND, null).orElseThrow();
        expire();
        Lease taken = b.claim(connection, work, KIND, null).orElseThrow();

        assertFalse(a.release(connection, work, first.token()), "the old holder cannot release the new one's lease");
        assertFalse(a.release(connection, work, taken.token()), "nor with the new token");
        assertFalse(b.release(connection, work, first.token()), "nor the new holder with the old token");
        assertTrue(b.holds(connection, work, taken.token()));
        assertTrue(b.release(connection, work, taken.token()));
        Lease again = a.claim(connection, work, KIND, null).orElseThrow();
        assertTrue(again.token() > taken.token(), "tokens only grow, even after a release");
    }

    @Test
    void seizingTakesEvenALiveLeaseAndFencesItsHolder() {
        Lease live = a.claim(connection, work, KIND, null).orElseThrow();
        Lease seized = b.seize(connection, work, KIND, null);
        assertTrue(seized.token() > live.token());
        assertThrows(LeaseLost.class, () -> a.guard(connection, work, live.token()));
        assertFalse(a.release(connection, work, live.token()));
        assertTrue(b.holds(connection, work, seized.token()));
    }

    @Test
    void aLostExecutionIsMarkedFailedInTheJobRepositoryAndAFinishedOneIsLeftAlone() throws Exception {
        try (Connection owner = DriverManager.getConnection(database.url(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD)) {
            long running = execution(owner, "STARTED");
            long finished = execution(owner, "COMPLETED");
            JobRepository.lost(connection, running);
            JobRepository.lost(connection, finished);
            assertEquals("FAILED " + JobRepository.INSTANCE_LOST, status(owner, "jbatchexecutioninstancedata", running));
            assertEquals("FAILED " + JobRepository.INSTANCE_LOST, status(owner, "jbatchstepexecutioninstancedata", running));
            assertEquals("COMPLETED COMPLETED", status(owner, "jbatchexecutioninstancedata", finished));
            assertEquals("COMPLETED COMPLETED", status(owner, "jbatchstepexecutioninstancedata", finished));
        }
    }

    /** A holder with the same name whose leases last a millisecond: its instance stopped renewing them. */
    private static LeaseHolder expiring(LeaseHolder holder) {
        return new LeaseHolder(holder.id(), MOMENT);
    }

    /** Long enough for a millisecond's lease to be in the past by the database's clock. */
    private static void expire() throws InterruptedException {
        Thread.sleep(20);
    }

    private static Connection application() throws SQLException {
        return DriverManager.getConnection(database.url(), EmbeddedDatabase.APP, EmbeddedDatabase.APP_PASSWORD);
    }

    /** A job execution with one step, both in {@code status}. */
    private static long execution(Connection owner, String status) throws SQLException {
        try (Statement sql = owner.createStatement();
             ResultSet instance = sql.executeQuery("insert into jbatchjobinstancedata (name) values ('test-job') returning jobinstanceid")) {
            instance.next();
            long id;
            try (PreparedStatement job = owner.prepareStatement(
                    "insert into jbatchexecutioninstancedata (jobinstanceid, batchstatus, exitstatus) values (?, ?, ?) returning jobexecid")) {
                job.setLong(1, instance.getLong(1));
                job.setString(2, status);
                job.setString(3, status);
                try (ResultSet row = job.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement step = owner.prepareStatement(
                    "insert into jbatchstepexecutioninstancedata (jobexecid, stepname, batchstatus, exitstatus) values (?, 'only', ?, ?)")) {
                step.setLong(1, id);
                step.setString(2, status);
                step.setString(3, status);
                step.executeUpdate();
            }
            return id;
        }
    }

    private static String status(Connection owner, String table, long execution) throws SQLException {
        try (PreparedStatement query = owner.prepareStatement("select batchstatus || ' ' || exitstatus from " + table + " where jobexecid = ?")) {
            query.setLong(1, execution);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
