package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's contract over HTTP, on the deployed application and its real database: sign-in, the 401/403/404
 * gate, problem details, onboarding, audit and both walls of tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

    private static final String OPERATOR = Fixtures.OPERATOR;
    private static final String PASSWORD = Fixtures.PASSWORD;

    @ArquillianResource
    URL base;


    private Fixtures fixtures() {
        return new Fixtures(base);
    }

    private Api anonymous() {
        return fixtures().anonymous();
    }

    private Api operator() {
        return fixtures().operator();
    }

    private String onboard(String prefix) {
        return fixtures().onboard(prefix);
    }

    private Api adminOf(String tenant) {
        return fixtures().adminOf(tenant);
    }

    private Api userIn(String tenant, String username, String... roles) {
        return fixtures().userIn(tenant, username, roles);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        Fixtures.assertProblem(reply, status);
    }

    @Test
    void healthIsUpWithTheDatabaseAndNeedsNoSignIn() {
        Api.Reply health = anonymous().get("api/v1/health");
        assertEquals(200, health.status(), health.toString());
        assertEquals("UP", health.json().getString("status"));
        assertEquals("UP", health.json().getString("database"));
        Api.Reply microProfile = anonymous().get("health");
        assertEquals(200, microProfile.status(), microProfile.toString());
    }

    @Test
    void openApiDescribesEveryModulesOperationsAndMetricsAreServed() {
        Api.Reply document = anonymous().get("openapi");
        assertEquals(200, document.status(), document.toString());
        assertTrue(document.body().contains("title: Guildhall API"), "the document is titled");
        for (String operation : ResourceCatalogue.operations()) {
            String path = operation.split(" ")[1];
            assertTrue(document.body().contains(path + ":"), "the OpenAPI document lacks " + path);
        }
        Api.Reply metrics = anonymous().get("metrics");
        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.body().contains("mp_scope=\"base\""), "JVM base metrics are published");
    }

    @Test
    void theOperatorSeesWhoTheyAre() {
        Api.Reply me = operator().get("api/v1/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(OPERATOR, me.json().getString("username"));
        assertEquals("OPERATOR", me.json().getJsonArray("platformRoles").getString(0));
    }

    @Test
    void aBadPasswordAnUnknownUserAndNoCredentialsAreAll401() {
        assertProblem(anonymous().as(OPERATOR, "not-the-password").get("api/v1/me"), 401);
        assertProblem(anonymous().as("nobody-" + UUID.randomUUID(), "whatever-password").get("api/v1/me"), 401);
        Api.Reply none = anonymous().get("api/v1/me");
        assertProblem(none, 401);
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void anEmployeeCallingAnOperatorEndpointIs403() {
        String tenant = onboard("emp403");
        Api employee = userIn(tenant, "emp403-" + tenant, "EMPLOYEE");
        assertProblem(employee.get("api/v1/tenants"), 403);
        assertProblem(employee.post("api/v1/tenants", "{\"code\": \"grab-" + tenant.substring(7) + "\", \"name\": \"Mine\"}"), 403);
        // ...and a tenant role they do not hold is 403 inside their own tenant
        assertProblem(employee.get("api/v1/tenants/" + tenant + "/audit"), 403);
        assertEquals(200, employee.get("api/v1/tenants/" + tenant).status());
    }

    @Test
    void onboardingCreatesTheTenantAndItsAdminWhoCanAddUsers() {
        String tenant = onboard("onb");
        Api.Reply listed = operator().get("api/v1/tenants");
        assertTrue(listed.body().contains("\"" + tenant + "\""), listed.toString());

        Api.Reply me = adminOf(tenant).get("api/v1/me");
        assertEquals(200, me.status(), me.toString());
        JsonObject grant = me.json().getJsonArray("grants").getJsonObject(0);
        assertEquals(tenant, grant.getString("tenant"));
        assertEquals("TENANT_ADMIN", grant.getJsonArray("roles").getString(0));

        Api finance = userIn(tenant, "fin-" + tenant, "FINANCE", "EMPLOYEE");
        JsonObject financeMe = finance.get("api/v1/me").json();
        assertEquals(List.of("EMPLOYEE", "FINANCE"), financeMe.getJsonArray("grants").getJsonObject(0).getJsonArray("roles")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        assertProblem(operator().post("api/v1/tenants", "{\"code\": \"" + tenant + "\", \"name\": \"Again\"}"), 409);
        Api.Reply taken = adminOf(tenant).post("api/v1/tenants/" + tenant + "/users",
                "{\"username\": \"fin-" + tenant + "\", \"displayName\": \"X\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"EMPLOYEE\"]}");
        assertProblem(taken, 409);
    }

    @Test
    void aFailedOnboardingLeavesNothingBehind() {
        String code = "half-" + UUID.randomUUID().toString().substring(0, 8);
        // the admin's password is too short: the whole onboarding is refused, the tenant too
        Api.Reply refused = operator().post("api/v1/tenants", """
                {"code": "%s", "name": "Half", "admin": {"username": "admin-of-%s", "displayName": "A", "password": "short"}}
                """.formatted(code, code));
        assertProblem(refused, 400);
        assertEquals("password", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertFalse(operator().get("api/v1/tenants").body().contains(code));
        assertProblem(operator().get("api/v1/tenants/" + code), 404);
    }

    @Test
    void malformedJsonIsA400Problem() {
        assertProblem(operator().post("api/v1/tenants", "{\"code\": "), 400);
        assertProblem(operator().post("api/v1/tenants", "[1, 2"), 400);
        assertProblem(operator().post("api/v1/tenants", "\"just a string\""), 400);
    }

    @Test
    void validationNamesEveryBadField() {
        Api.Reply reply = operator().post("api/v1/tenants", "{\"code\": \"Not A Code\", \"template\": \"nonsense\"}");
        assertProblem(reply, 400);
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("code", "name")), fields.toString());

        Api.Reply template = operator().post("api/v1/tenants", "{\"code\": \"tpl-" + UUID.randomUUID().toString().substring(0, 6)
                + "\", \"name\": \"T\", \"template\": \"nonsense\"}");
        assertProblem(template, 400);
        assertEquals("template", template.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void protocolErrorsAreProblemsToo() {
        assertProblem(operator().get("api/v1/no-such-thing"), 404);
        assertProblem(operator().send("DELETE", "api/v1/me", null, null), 405);
        assertProblem(operator().send("POST", "api/v1/tenants", "code=x", "application/x-www-form-urlencoded"), 415);
    }

    @Test
    void answersCarrySecurityHeaders() {
        Api.Reply reply = operator().get("api/v1/me");
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("DENY", reply.header("X-Frame-Options"));
        assertEquals("no-store", reply.header("Cache-Control"));
        assertNotNull(reply.header("Content-Security-Policy"));
    }

    @Test
    void aUserOfTenantAGets404ForEveryTenantBUrl() {
        String a = onboard("iso-a");
        String b = onboard("iso-b");
        Api userOfA = userIn(a, "probe-" + a, "TENANT_ADMIN", "AUDITOR", "FINANCE", "HR_ADMIN", "PAYROLL_ADMIN",
                "AP_CLERK", "PROCUREMENT", "BUDGET_HOLDER", "EMPLOYEE");

        List<String[]> probes = tenantOperations();
        assertTrue(probes.size() >= 4, "the catalogue finds the tenant operations: " + probes.size());
        for (String[] probe : probes) {
            for (String victim : List.of(b, "demo")) {
                String path = probe[1].replace("{tenant}", victim).replaceAll("\\{[^}]+}", "1");
                // the body is of the type the operation takes, so nothing but the tenant check can refuse it; a GET has
                // none (the HTTP layer answers a GET with a body 400 and closes the connection, before any application code)
                boolean read = "GET".equals(probe[0]) || "DELETE".equals(probe[0]);
                Api.Reply reply = userOfA.send(probe[0], path, read ? null : "{}", read ? null : probe.length > 2 ? probe[2] : "application/json");
                assertEquals(404, reply.status(), probe[0] + " " + path + " -> " + reply);
                assertFalse(reply.body().contains(victim), "the answer names the other tenant: " + reply.body());
            }
        }
        // the same addresses do answer their own tenant's users, so the 404s above are isolation, not absence
        assertEquals(200, adminOf(b).get("api/v1/tenants/" + b).status());
        assertEquals(200, adminOf(b).get("api/v1/tenants/" + b + "/audit").status());
        // an operator holds no role in a tenant's data either
        assertProblem(operator().get("api/v1/tenants/" + b + "/audit"), 404);
    }

    /** Every [method, path] under /tenants/{tenant} that any module publishes. */
    private static List<String[]> tenantOperations() {
        List<String[]> operations = new ArrayList<>();
        for (String operation : ResourceCatalogue.operations()) {
            String[] parts = operation.split(" ");
            if (parts[1].startsWith("/api/v1/tenants/{tenant}")) {
                operations.add(parts);
            }
        }
        return operations;
    }

    @Test
    void changesAreAuditedAndATamperedRowIsDetected() throws SQLException {
        String tenant = onboard("aud");
        userIn(tenant, "clerk-" + tenant, "AP_CLERK");

        Api.Reply events = adminOf(tenant).get("api/v1/tenants/" + tenant + "/audit?size=10");
        assertEquals(200, events.status(), events.toString());
        assertEquals(3, events.json().getInt("total"), events.toString());
        JsonObject newest = events.json().getJsonArray("items").getJsonObject(0);
        assertEquals("UserAccount", newest.getString("entity"));
        assertEquals("clerk-" + tenant, newest.getString("entityId"));
        assertEquals("admin-of-" + tenant, newest.getString("actor"));
        assertTrue(newest.getString("after").contains("AP_CLERK"));
        // the deployment's clock starts at the instant the tests pin (GUILDHALL_CLOCK_START), whatever today is
        assertTrue(newest.getString("occurredAt").startsWith(Fixtures.today().toString()), newest.toString());
        assertEquals("operator", events.json().getJsonArray("items").getJsonObject(2).getString("actor"));
        Api.Reply filtered = adminOf(tenant).get("api/v1/tenants/" + tenant + "/audit?entity=Tenant");
        assertEquals(1, filtered.json().getInt("total"), filtered.toString());

        Api.Reply intact = adminOf(tenant).get("api/v1/tenants/" + tenant + "/audit/verification");
        assertTrue(intact.json().getBoolean("valid"), intact.toString());
        assertEquals(3, intact.json().getInt("checkedEvents"));

        // the application's role may only append
        try (Connection app = TestDatabase.asApplication()) {
            app.setAutoCommit(false);
            scope(app, tenant);
            SQLException refused = assertThrows(SQLException.class, () -> {
                try (Statement sql = app.createStatement()) {
                    sql.executeUpdate("update audit_event set actor = 'someone-else' where seq = 2");
                }
            });
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
            app.rollback();
        }
        // someone with the owner's rights edits a row in place: the chain shows it from that row on
        try (Connection owner = TestDatabase.asOwner()) {
            owner.setAutoCommit(false);
            scope(owner, tenant);
            try (Statement sql = owner.createStatement()) {
                assertEquals(1, sql.executeUpdate("update audit_event set after_state = replace(after_state, 'AP_CLERK', 'FINANCE') where seq = 3"));
            }
            owner.commit();
        }
        Api.Reply broken = adminOf(tenant).get("api/v1/tenants/" + tenant + "/audit/verification");
        assertFalse(broken.json().getBoolean("valid"), broken.toString());
        assertEquals(3, broken.json().getInt("firstInvalidSeq"));
    }

    @Test
    void rowLevelSecurityHidesOtherTenantsRowsWhenTheOrmIsBypassed() throws SQLException {
        String a = onboard("rls-a");
        String b = onboard("rls-b");
        try (Connection app = TestDatabase.asApplication()) {
            app.setAutoCommit(false);
            scope(app, a);
            assertEquals(0, count(app, "select count(*) from audit_event where tenant_id = '" + b + "'"));
            assertEquals(0, count(app, "select count(*) from audit_event where tenant_id <> '" + a + "'"));
            assertTrue(count(app, "select count(*) from audit_event") >= 2);
            SQLException forged = assertThrows(SQLException.class, () -> {
                try (Statement sql = app.createStatement()) {
                    sql.executeUpdate("insert into audit_chain_head (tenant_id, seq, hash) values ('" + b + "-x', 0, 'x')");
                }
            });
            assertEquals("42501", forged.getSQLState(), forged.getMessage());
            app.rollback();

            // no tenant set: nothing at all, not everything
            assertEquals(0, count(app, "select count(*) from audit_event"));
            app.rollback();
        }
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityAndTheAppRoleIsNotExempt() throws SQLException {
        try (Connection app = TestDatabase.asApplication()) {
            List<String> unprotected = new ArrayList<>();
            try (Statement sql = app.createStatement(); ResultSet row = sql.executeQuery("""
                    select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid
                    join pg_namespace n on n.oid = c.relnamespace
                    where a.attname = 'tenant_id' and c.relkind in ('r', 'p') and n.nspname = 'public'
                      and not (c.relrowsecurity and c.relforcerowsecurity
                               and exists (select 1 from pg_policy p where p.polrelid = c.oid))
                    """)) {
                while (row.next()) {
                    unprotected.add(row.getString(1));
                }
            }
            assertEquals(List.of(), unprotected);
            assertTrue(count(app, "select count(*) from pg_class where relname = 'audit_event' and relrowsecurity") == 1);
            assertEquals(0, count(app, "select count(*) from pg_roles where rolname = current_user and (rolsuper or rolbypassrls)"));
            assertEquals(0, count(app, "select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user"));
        }
    }

    @Test
    void anOperatorCanGiveAnExistingAccountRolesInASecondTenant() {
        String first = onboard("multi-a");
        String second = onboard("multi-b");
        String shared = "shared-" + first;
        userIn(first, shared, "FINANCE");
        Api.Reply granted = operator().post("api/v1/tenants/" + second + "/users",
                "{\"username\": \"" + shared + "\", \"displayName\": \"Shared\", \"roles\": [\"AUDITOR\"]}");
        assertEquals(201, granted.status(), granted.toString());
        JsonObject me = anonymous().as(shared, PASSWORD).get("api/v1/me").json();
        assertEquals(2, me.getJsonArray("grants").size(), me.toString());
        // a tenant admin cannot pull someone else's account into their tenant
        Api.Reply pulled = adminOf(second).post("api/v1/tenants/" + second + "/users",
                "{\"username\": \"admin-of-" + first + "\", \"displayName\": \"X\", \"roles\": [\"EMPLOYEE\"]}");
        assertNotEquals(201, pulled.status(), pulled.toString());
    }

    private static void scope(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('guildhall.tenant', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
