package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guildhall.launcher.EmbeddedDatabase;
import org.guildhall.launcher.Launcher;
import org.guildhall.launcher.OnboardingBenchmark;
import org.guildhall.launcher.PayrollTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The restart test, with a real kill: Payara Micro as a process of its own (not the suite's shared deployment)
 * on a PostgreSQL of its own, SIGKILLed in the middle of a payroll run's calculation, then started again. The run must
 * go on at start-up from what its committed chunks wrote (those payslip rows untouched), end with exactly one payslip
 * per employee, and come to the same figures, employee by employee and in total, as a calculation of the same inputs
 * that nobody interrupts.
 */
class PayrollRestartIT {

    private static final int EMPLOYEES = 3_000;
    /** Two partitions of ten-employee chunks (the smallest allowed): some 300 checkpoints, so the kill lands between many. */
    private static final String SMALL_CHUNKS = "?partitions=2&chunk=10";
    private static final String OPERATOR_PASSWORD = "restart-operator-password";

    private EmbeddedDatabase database;
    private Process server;
    private Path data;

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (database != null) {
            database.close();
        }
        TestDatabase.deleteRecursively(data);
    }

    @Test
    void aCalculationKilledMidwayGoesOnAtStartUpAndPaysEveryoneOnceWithTheFiguresOfAnUninterruptedOne() throws Exception {
        data = Path.of(System.getProperty("guildhall.it.data") + "-restart");
        TestDatabase.deleteRecursively(data);
        Files.createDirectories(data);
        database = EmbeddedDatabase.start(data.resolve("postgres"));
        int port = freePort();
        String base = "http://localhost:" + port;
        server = start(port, "first");

        PayrollTenant tenant = PayrollTenant.create(base, OPERATOR_PASSWORD, "restart", "Restart test");
        long run;
        try (Connection owner = owner()) {
            tenant.people(owner, EMPLOYEES);
            run = tenant.run(8);
        }
        tenant.calculate(run, SMALL_CHUNKS);
        int doneAtKill = killWhenPartlyDone(tenant, run);

        Map<String, String> writtenBeforeKill = payslipVersions(run);
        assertEquals("CALCULATING", status(run), "a killed server cannot have finished the run");
        assertTrue(writtenBeforeKill.size() >= doneAtKill && writtenBeforeKill.size() < EMPLOYEES,
                "payslips committed before the kill: " + writtenBeforeKill.size() + " (progress showed " + doneAtKill + ")");

        System.out.printf("PayrollRestartIT: killed at %d of %d employees done; %d payslips committed%n", doneAtKill, EMPLOYEES,
                writtenBeforeKill.size());
        server = start(port, "second");
        JsonObject resumed = json(tenant.calculated(run, Duration.ofMinutes(3)));
        assertEquals(Json.createObjectBuilder().add("done", EMPLOYEES).add("total", EMPLOYEES).build(), resumed.getJsonObject("progress"));
        assertEquals(0, resumed.getJsonArray("exceptions").size(), resumed.toString());
        String work = "payroll-run/restart/" + run;
        List<String> resuming = Files.readAllLines(data.resolve("second.log")).stream()
                .filter(line -> line.contains(work + ": resuming") || line.contains("lease taken over: " + work)).toList();
        resuming.forEach(line -> System.out.println("PayrollRestartIT: " + line));
        assertTrue(resuming.stream().anyMatch(line -> line.contains(work + ": resuming")), "the second server resumed the run under its lease");
        Map<String, String> versions = payslipVersions(run);
        assertEquals(EMPLOYEES, versions.size(), "one payslip per employee");
        assertEquals(EMPLOYEES, count("select count(*) from payslip where tenant_id = ? and run_id = " + run), "and no more");
        writtenBeforeKill.forEach((employee, version) ->
                assertEquals(version, versions.get(employee), employee + "'s payslip was written again instead of kept"));
        Map<String, String> figures = figures(run);

        tenant.calculate(run, "");
        JsonObject uninterrupted = json(tenant.calculated(run, Duration.ofMinutes(3)));
        assertFalse(payslipVersions(run).get(writtenBeforeKill.keySet().iterator().next()).equals(
                writtenBeforeKill.values().iterator().next()), "the second calculation wrote its own payslips");
        assertEquals(uninterrupted.getJsonObject("totals"), resumed.getJsonObject("totals"));
        assertEquals(figures(run), figures);
    }

    /** Kills the server (SIGKILL) once the run's progress shows some employees done and most not; answers the progress. */
    private int killWhenPartlyDone(PayrollTenant tenant, long run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject state = json(tenant.state(run));
            int done = state.getJsonObject("progress").getInt("done");
            assertTrue(done < EMPLOYEES / 2, "the run got to " + done + " of " + EMPLOYEES + " before it could be killed mid-way");
            if (done >= 100) {
                server.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no chance to tidy up
                assertTrue(server.waitFor(30, TimeUnit.SECONDS) && server.exitValue() == 137, "the server is dead of SIGKILL");
                return done;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the run's progress never passed 100 employees");
    }

    private Process start(int port, String name) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(Map.of(
                "GUILDHALL_DB_URL", database.url(),
                "GUILDHALL_DB_USER", EmbeddedDatabase.APP,
                "GUILDHALL_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD,
                "GUILDHALL_DB_OWNER_USER", EmbeddedDatabase.OWNER,
                "GUILDHALL_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD,
                "GUILDHALL_DATA_KEY", TestDatabase.DATA_KEY,
                "GUILDHALL_OPERATOR_PASSWORD", OPERATOR_PASSWORD,
                "GUILDHALL_DEMO", "false",
                "GUILDHALL_CLOCK_START", Fixtures.CLOCK_START.toString()));
        List<String> command = Launcher.payaraMicro(Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("guildhall.war")),
                Integer.toString(port), "-Xmx512m -XX:+UseSerialGC", data.resolve(name + "-batch.asadmin"), env);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        Process started = builder.start();
        try {
            OnboardingBenchmark.waitForHealth("http://localhost:" + port);
        } catch (IllegalStateException notUp) {
            throw new IllegalStateException(notUp.getMessage() + "; its log: " + Files.readString(data.resolve(name + ".log")), notUp);
        }
        return started;
    }

    /** Each payslip's row version (PostgreSQL's xmin: the transaction that wrote it), by employee. */
    private Map<String, String> payslipVersions(long run) throws SQLException {
        return rows("select employee_number, xmin::text from payslip where tenant_id = ? and run_id = " + run);
    }

    /** Each employee's payslip figures, as text. */
    private Map<String, String> figures(long run) throws SQLException {
        return rows("""
                select employee_number, concat_ws(' ', gross, taxable_pay, tax, employee_ni, employer_ni, student_loan, postgraduate_loan,
                  pension_employee, pension_employer, expenses, deductions, net, cost_centre,
                  (select string_agg(concat_ws(' ', kind, description, amount), '; ' order by line_no) from payslip_line l
                   where l.tenant_id = p.tenant_id and l.run_id = p.run_id and l.employee_number = p.employee_number))
                from payslip p where tenant_id = ? and run_id = """ + run);
    }

    private Map<String, String> rows(String query) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection owner = owner(); PreparedStatement statement = owner.prepareStatement(query)) {
            statement.setString(1, "restart");
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    assertTrue(rows.put(row.getString(1), row.getString(2)) == null, "two payslips for " + row.getString(1));
                }
            }
        }
        return rows;
    }

    private long count(String query) throws SQLException {
        try (Connection owner = owner(); PreparedStatement statement = owner.prepareStatement(query)) {
            statement.setString(1, "restart");
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private String status(long run) throws SQLException {
        try (Connection owner = owner(); PreparedStatement statement = owner.prepareStatement(
                "select status from payroll_run where tenant_id = ? and id = " + run)) {
            statement.setString(1, "restart");
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** The schema owner, entered into the test's tenant (row-level security is forced on the owner too). */
    private Connection owner() throws SQLException {
        Connection owner = DriverManager.getConnection(database.url(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
        PayrollTenant.enter(owner, "restart");
        return owner;
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
