package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What most integration tests start from: the operator, fresh tenants with an admin, users with roles in them. */
public final class Fixtures {

    public static final String OPERATOR = "operator";
    public static final String PASSWORD = "a-long-test-password";
    /**
     * When the deployed application's clock starts (GUILDHALL_CLOCK_START): a Monday in November of the 2026-27 tax
     * year, at 10:00 UTC, so that every date a test uses is fixed whatever day and hour it runs, and the run (minutes)
     * stays within that business day.
     */
    public static final java.time.Instant CLOCK_START = java.time.Instant.parse("2026-11-16T10:00:00Z");

    /** The application's business date for the whole run. */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(CLOCK_START, java.time.ZoneId.of("Europe/London"));
    }

    private final URL base;

    public Fixtures(URL base) {
        this.base = base;
    }

    public Api anonymous() {
        return Api.at(base);
    }

    public Api operator() {
        return anonymous().as(OPERATOR, TestDatabase.OPERATOR_PASSWORD);
    }

    /** Onboards a tenant with an admin (username admin-of-CODE) and answers its code. */
    public String onboard(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = operator().post("api/v1/tenants", """
                {"code": "%s", "name": "Agency %s", "admin": {"username": "admin-of-%s", "displayName": "Admin %s", "password": "%s"}}
                """.formatted(code, code, code, code, PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return code;
    }

    public Api adminOf(String tenant) {
        return anonymous().as("admin-of-" + tenant, PASSWORD);
    }

    public Api userIn(String tenant, String username, String... roles) {
        String list = String.join("\", \"", roles);
        Api.Reply created = adminOf(tenant).post("api/v1/tenants/" + tenant + "/users", """
                {"username": "%s", "displayName": "Someone", "password": "%s", "roles": ["%s"]}
                """.formatted(username, PASSWORD, list));
        assertEquals(201, created.status(), created.toString());
        return anonymous().as(username, PASSWORD);
    }

    /** A problem+json answer with this status, and nothing in it that leaks how the server is built. */
    /** Runs the calls at the same moment, on threads of their own; their answers in the order given. */
    @SafeVarargs
    public static <T> java.util.List<T> atOnce(java.util.concurrent.Callable<T>... calls) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls.length);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (java.util.concurrent.Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            java.util.List<T> answers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<T> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    public static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:guildhall:problem:"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        String lower = reply.body().toLowerCase(Locale.ROOT);
        for (String leak : List.of("exception", "at org.", "select ", "insert ", "psql", "eclipselink")) {
            assertFalse(lower.contains(leak), "answer leaks '" + leak + "': " + reply.body());
        }
    }
}
