package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guildhall.launcher.EmbeddedDatabase;
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
        PayslipRows payslips = new PayslipRows(database.url(), "restart");
        long run;
        try (Connection owner = payslips.owner()) {
            tenant.people(owner, EMPLOYEES);
            run = tenant.run(8);
        }
        tenant.calculate(run, SMALL_CHUNKS);
        int doneAtKill = killWhenPartlyDone(tenant, run);

        Map<String, String> writtenBeforeKill = payslips.versions(run);
        assertEquals("CALCULATING", payslips.status(run), "a killed server cannot have finished the run");
        assertTrue(writtenBeforeKill.size() >= doneAtKill && writtenBeforeKill.size() < EMPLOYEES,
                "payslips committed before the kill: " + writtenBeforeKill.size() + " (progress showed " + doneAtKill + ")");

        System.out.printf("PayrollRestartIT: killed at %d of %d employees done; %d payslips committed%n", doneAtKill, EMPLOYEES,
                writtenBeforeKill.size());
        server = start(port, "second");
        payslips.assertWentOnAsIfUninterrupted(tenant, run, EMPLOYEES, writtenBeforeKill);
        String work = "payroll-run/restart/" + run;
        List<String> resuming = Files.readAllLines(data.resolve("second.log")).stream()
                .filter(line -> line.contains(work + ": resuming") || line.contains("lease taken over: " + work)).toList();
        resuming.forEach(line -> System.out.println("PayrollRestartIT: " + line));
        assertTrue(resuming.stream().anyMatch(line -> line.contains(work + ": resuming")), "the second server resumed the run under its lease");
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
        return TestDatabase.startServer(TestDatabase.serverEnvironment(database, OPERATOR_PASSWORD), port, data, name);
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
