package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.guildhall.launcher.Cluster;
import org.guildhall.launcher.EmbeddedDatabase;
import org.guildhall.launcher.PayrollTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster's tests, with real processes standing in for machines: three Payara Micro instances clustered by Payara's
 * Hazelcast on loopback behind HAProxy, on a PostgreSQL of their own, as {@code scripts/run-cluster 3} runs them. Each
 * test SIGKILLs the instance that matters to it (whichever that turns out to be), and the others carry on: three, so that
 * either test finds two alive whichever runs first.
 */
class ClusterIT {

    private static final String OPERATOR_PASSWORD = "cluster-operator-password";
    private static final int EMPLOYEES = 3_000;
    /** Ten-employee chunks in two partitions: some 300 checkpoints, so the kill lands between many. */
    private static final String SMALL_CHUNKS = "?partitions=2&chunk=10";
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Path data;
    private static EmbeddedDatabase database;
    private static Cluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        data = Path.of(System.getProperty("guildhall.it.data") + "-cluster");
        TestDatabase.deleteRecursively(data);
        Files.createDirectories(data);
        database = EmbeddedDatabase.start(data.resolve("postgres"));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(TestDatabase.serverEnvironment(database, OPERATOR_PASSWORD));
        cluster = Cluster.start(Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("guildhall.war")),
                freePort(), 3, "-Xmx512m -XX:+UseSerialGC", env, data.resolve("cluster"));
        try {
            cluster.awaitHealthy();
        } catch (IllegalStateException notUp) {
            throw new IllegalStateException(notUp.getMessage() + "; logs in " + data.resolve("cluster"), notUp);
        }
    }

    @AfterAll
    static void stopCluster() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSignedInPageUserWhoseInstanceIsKilledCarriesOnAtAnotherWithTheSameCsrfToken() throws Exception {
        PageUser user = new PageUser();
        HttpResponse<String> form = user.get("/login");
        assertEquals(200, form.statusCode());
        HttpResponse<String> signIn = user.post("/login", Map.of("csrf", csrf(form.body()), "username", "operator",
                "password", OPERATOR_PASSWORD));
        assertEquals(302, signIn.statusCode(), signIn.body());
        String servedSignIn = servedBy(signIn);

        HttpResponse<String> before = user.get("/");
        assertEquals(200, before.statusCode());
        String token = csrf(before.body());
        Cluster.kill(cluster.member(servedSignIn));

        for (int load = 0; load < 3; load++) { // round robin: more than one survivor gets a turn
            HttpResponse<String> page = user.get("/");
            assertEquals(200, page.statusCode(), "a page load after the kill: " + page.headers().map());
            assertNotEquals(servedSignIn, servedBy(page));
            assertTrue(page.body().contains("Platform operator") && page.body().contains("Sign out"), "still signed in");
            assertEquals(token, csrf(page.body()), "the session's CSRF token survived");
        }
        // a form posted with the token from before the kill is accepted: signing out, which is CSRF-checked
        HttpResponse<String> signOut = user.post("/logout", Map.of("csrf", token));
        assertEquals(302, signOut.statusCode(), signOut.body());
        assertTrue(signOut.headers().firstValue("Location").orElse("").contains("/login?signedOut"), signOut.headers().map().toString());
        HttpResponse<String> after = user.get("/");
        assertEquals(302, after.statusCode(), "signed out means signed out, on every instance");
    }

    @Test
    void aPayrollCalculationWhoseInstanceIsKilledIsFinishedByAnotherOnceWithTheFiguresOfAnUninterruptedOne() throws Exception {
        PayrollTenant tenant = PayrollTenant.create(cluster.url(), OPERATOR_PASSWORD, "cluster", "Cluster test");
        PayslipRows payslips = new PayslipRows(database.url(), "cluster");
        long run;
        try (Connection owner = payslips.owner()) {
            tenant.people(owner, EMPLOYEES);
            run = tenant.run(8);
        }
        tenant.calculate(run, SMALL_CHUNKS);
        String work = "payroll-run/cluster/" + run;
        int doneAtKill = waitUntilPartlyDone(tenant, run);
        String holder = holder(work);
        Cluster.Member running = cluster.members().stream().filter(m -> holder.startsWith(m.name() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("no instance holds the run's lease: " + holder));
        long killed = System.nanoTime();
        Cluster.kill(running);
        Map<String, String> writtenBeforeKill = payslips.versions(run);
        assertEquals("CALCULATING", payslips.status(run), "a killed instance cannot have finished the run");

        String taker = awaitTakeover(work, holder);
        double takeover = (System.nanoTime() - killed) / 1e9;
        int doneAfter = waitForProgressBeyond(tenant, run, writtenBeforeKill.size());
        double continued = (System.nanoTime() - killed) / 1e9;
        System.out.printf("ClusterIT: killed %s at %d of %d employees (%d payslips committed); %s took the lease after %.1f s"
                + " and the run went on (%d done) %.1f s after the kill%n", running.name(), doneAtKill, EMPLOYEES, writtenBeforeKill.size(),
                taker, takeover, doneAfter, continued);
        assertFalse(taker.startsWith(running.name() + "/"), "the lease went to another instance: " + taker);
        assertTrue(continued <= TAKEOVER_BOUND.toSeconds(), "another instance went on within 30 s of the kill, not " + continued + " s");

        payslips.assertWentOnAsIfUninterrupted(tenant, run, EMPLOYEES, writtenBeforeKill);
    }

    /** Waits for the run's progress to show some employees done and most not; answers the progress. */
    private static int waitUntilPartlyDone(PayrollTenant tenant, long run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            int done = json(tenant.state(run)).getJsonObject("progress").getInt("done");
            assertTrue(done < EMPLOYEES / 2, "the run got to " + done + " of " + EMPLOYEES + " before it could be killed mid-way");
            if (done >= 100) {
                return done;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the run's progress never passed 100 employees");
    }

    /** Waits for the run's progress to pass {@code done}: someone is calculating it again. */
    private static int waitForProgressBeyond(PayrollTenant tenant, long run, int done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject state = json(tenant.state(run));
            int now = state.getJsonObject("progress").getInt("done");
            if (now > done || !"CALCULATING".equals(state.getString("status"))) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nobody went on with the run within two minutes of the kill");
    }

    /** Waits for the lease on {@code work} to pass from {@code holder} to someone else; answers the new holder. */
    private static String awaitTakeover(String work, String holder) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String now = holder(work);
            if (now != null && !now.equals(holder)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nobody took over the lease of " + work + " from " + holder);
    }

    /** Who holds the lease on {@code work}, or null when nobody does. */
    private static String holder(String work) throws SQLException {
        try (Connection owner = java.sql.DriverManager.getConnection(database.url(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
             PreparedStatement query = owner.prepareStatement("select holder from job_lease where work = ?")) {
            query.setString(1, work);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static String servedBy(HttpResponse<?> response) {
        return response.headers().firstValue(Cluster.SERVED_BY).orElseThrow(() -> new AssertionError("no " + Cluster.SERVED_BY
                + " header: " + response.headers().map()));
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertTrue(token.find(), "the page has a CSRF token");
        return token.group(1);
    }

    /**
     * A browser's part in the conversation, by hand: it keeps the cookies it is given and sends them back. (The session
     * cookie is Secure, which Java's own cookie handler will not send over plain HTTP to the test's localhost.)
     */
    private static final class PageUser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cluster.url() + path)).timeout(Duration.ofSeconds(30));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> set = response.headers().allValues("Set-Cookie");
            for (String cookie : set) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            return response;
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
