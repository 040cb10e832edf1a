package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guildhall.launcher.EmbeddedDatabase;
import org.guildhall.launcher.ReplicatedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reports on a streaming replica, with real servers: a PostgreSQL primary and hot standby of Debian's PostgreSQL
 * ({@link ReplicatedDatabase}) and Payara Micro as a process of its own with {@code GUILDHALL_DB_REPLICA_URL} set. A
 * journal posted on the primary shows in the trial balance read on the replica within the lag bound, and the answer says
 * where it came from and how old it is; with the replica stopped, the reports still answer, from the primary, and say so.
 */
class ReplicaIT {

    /** The application's bound on the replica's lag (GUILDHALL_DB_REPLICA_MAX_LAG). */
    private static final Duration MAX_LAG = Duration.ofSeconds(5);
    private static final String TRIAL_BALANCE = "/trial-balance?fiscalYear=2026&period=8";

    private ReplicatedDatabase database;
    private Process server;
    private Path data;

    @AfterEach
    void stop() throws IOException, InterruptedException {
        try {
            if (server != null && server.isAlive()) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            if (database != null) {
                database.close();
            }
            TestDatabase.deleteRecursively(data);
        }
    }

    @Test
    void aJournalShowsInTheReplicasTrialBalanceWithinTheBoundAndWithTheReplicaDownTheReportsAnswerFromThePrimary() throws Exception {
        data = Path.of(System.getProperty("guildhall.it.data") + "-replica");
        TestDatabase.deleteRecursively(data);
        Files.createDirectories(data);
        database = ReplicatedDatabase.start(data.resolve("postgres"));
        int port = freePort();
        server = start(port);
        Fixtures fixtures = new Fixtures(new URL("http://localhost:" + port + "/"));

        String tenant = fixtures.onboard("replica");
        String other = fixtures.onboard("other");
        Api finance = fixtures.userIn(tenant, "finance-" + tenant, "FINANCE");
        String path = "api/v1/tenants/" + tenant;
        post(fixtures.userIn(other, "finance-" + other, "FINANCE"), "api/v1/tenants/" + other, "99.99");

        Api.Reply before = fromReplica(finance, path + TRIAL_BALANCE);
        assertTrue(before.json().getJsonArray("lines").isEmpty(), "nothing posted, and nothing of the other tenant's: " + before.body());

        Instant posted = Instant.now();
        post(finance, path, "1234.56");
        long postedAt = System.nanoTime();
        Api.Reply shown = awaitOnReplica(finance, path, "1234.56", postedAt);
        long took = Duration.ofNanos(System.nanoTime() - postedAt).toMillis();
        Instant asOf = Instant.parse(shown.header("Data-As-Of"));
        assertFalse(asOf.isBefore(posted.minusSeconds(1)), "the data is complete to " + asOf + ", after the journal posted at " + posted);
        assertFalse(asOf.isAfter(Instant.now().plusSeconds(1)), "and not to a time yet to come: " + asOf);
        System.out.printf("ReplicaIT: the journal showed in the replica's trial balance %d ms after it was posted%n", took);

        for (String report : List.of(path + "/budget-vs-actual?fiscalYear=2026&period=8", path + "/prompt-payment?from=2026-04-01&to=2026-11-16")) {
            Instant.parse(fromReplica(finance, report).header("Data-As-Of"));
        }
        fromReplica(fixtures.adminOf(tenant), path + "/service-measures?month=2026-10");
        Api.Download workbook = finance.download(path + TRIAL_BALANCE, "Accept",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, workbook.status());
        assertEquals("replica", workbook.header("Data-Source"), "the trial balance as a workbook");
        replicaKeepsTenantsApart(tenant, other);

        database.stopReplica();
        Api.Reply fallenBack = finance.get(path + TRIAL_BALANCE);
        assertEquals(200, fallenBack.status(), "with the replica down the report still answers: " + fallenBack);
        assertEquals("primary", fallenBack.header("Data-Source"));
        assertEquals("1234.56", line(fallenBack.json(), "55100", "debit"));
        Instant primaryAsOf = Instant.parse(fallenBack.header("Data-As-Of"));
        assertTrue(Duration.between(primaryAsOf, Instant.now()).abs().compareTo(Duration.ofSeconds(2)) < 0, "read now: " + primaryAsOf);

        post(finance, path, "0.44");
        Api.Reply atOnce = finance.get(path + TRIAL_BALANCE);
        assertEquals("primary", atOnce.header("Data-Source"));
        assertEquals("1235.00", line(atOnce.json(), "55100", "debit"), "what was just posted shows at once: the primary answered");
        Thread.sleep(1_100); // past the second in which a failed replica is not asked again: the next report tries it, and fails
        assertEquals("primary", finance.get(path + TRIAL_BALANCE).header("Data-Source"));

        String log = Files.readString(data.resolve("payara.log"));
        assertEquals(1, count(log, "The replica cannot be read"), "the fall-back is logged once, not per report");
    }

    /**
     * A report's answer from the replica. The replica is idle and current here, yet in the moment after the primary
     * writes WAL of its own (a checkpoint, a snapshot of running transactions) and before the replica replays it, a report
     * finds it behind and reads the primary; so ask again for up to two seconds.
     */
    private static Api.Reply fromReplica(Api api, String report) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (true) {
            Api.Reply reply = api.get(report);
            assertEquals(200, reply.status(), reply.toString());
            if ("replica".equals(reply.header("Data-Source")) || System.nanoTime() > deadline) {
                assertEquals("replica", reply.header("Data-Source"), report + " with the replica current");
                return reply;
            }
            Thread.sleep(100);
        }
    }

    /** Polls the trial balance until the replica shows {@code amount} debited to 55100; fails if that takes longer than the bound. */
    private static Api.Reply awaitOnReplica(Api finance, String path, String amount, long postedAt) throws InterruptedException {
        while (true) {
            Api.Reply reply = finance.get(path + TRIAL_BALANCE);
            assertEquals(200, reply.status(), reply.toString());
            if ("replica".equals(reply.header("Data-Source")) && amount.equals(line(reply.json(), "55100", "debit"))) {
                return reply;
            }
            assertTrue(System.nanoTime() - postedAt < MAX_LAG.toNanos(), "the journal did not show in the replica's trial balance within "
                    + MAX_LAG + "; last answer from " + reply.header("Data-Source") + ": " + reply.body());
            Thread.sleep(20);
        }
    }

    /**
     * On the replica, as the application's role: row-level security shows a transaction scoped to a tenant that tenant's
     * balances only, and one scoped to none nothing, as on the primary.
     */
    private void replicaKeepsTenantsApart(String tenant, String other) throws SQLException {
        try (Connection replica = DriverManager.getConnection(database.replicaUrl(), EmbeddedDatabase.APP, EmbeddedDatabase.APP_PASSWORD)) {
            assertEquals(0, tenantsSeen(replica), "no tenant entered, no rows");
            replica.setAutoCommit(false);
            try (PreparedStatement scope = replica.prepareStatement("select set_config('guildhall.tenant', ?, true)")) {
                scope.setString(1, tenant);
                scope.execute();
            }
            assertEquals(1, tenantsSeen(replica), "only " + tenant + "'s balances, not " + other + "'s");
            replica.rollback();
        }
    }

    private static int tenantsSeen(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("select count(distinct tenant_id) from account_balance")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void post(Api finance, String path, String amount) {
        Api.Reply posted = finance.post(path + "/journals", "{\"date\": \"" + Fixtures.today() + "\", \"description\": \"Replica test\", "
                + "\"lines\": [{\"account\": \"55100\", \"debit\": \"" + amount + "\"}, {\"account\": \"14000\", \"credit\": \"" + amount + "\"}]}");
        assertEquals(201, posted.status(), posted.toString());
    }

    private static String line(JsonObject trialBalance, String account, String column) {
        return trialBalance.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("account").equals(account)).map(l -> l.getString(column)).findFirst().orElse(null);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private Process start(int port) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(database.environment());
        env.putAll(Map.of(
                "GUILDHALL_DB_REPLICA_MAX_LAG", Long.toString(MAX_LAG.toSeconds()),
                "GUILDHALL_DATA_KEY", TestDatabase.DATA_KEY,
                "GUILDHALL_OPERATOR_PASSWORD", TestDatabase.OPERATOR_PASSWORD,
                "GUILDHALL_DEMO", "false",
                "GUILDHALL_CLOCK_START", Fixtures.CLOCK_START.toString()));
        return TestDatabase.startServer(env, port, data, "payara");
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
