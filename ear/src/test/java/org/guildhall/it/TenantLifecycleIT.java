package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A tenant's lifecycle over HTTP and in Chromium: an operator suspends it with a reason; its members are refused in
 * it, told the reason, on the API and at sign-in; nothing is lost, and reinstating it lets them back in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantLifecycleIT {

    @ArquillianResource
    URL base;

    @Test
    void aSuspendedTenantsMembersAreRefusedWithTheReasonAndNothingIsLost() {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        Team team = Team.onboard(fixtures, "susp");
        String employees = team.path("employees");
        int people = team.hr().get(employees).json().getInt("total");
        String suspension = "api/v1/tenants/" + team.tenant() + "/suspension";

        assertProblem(team.admin().send("PUT", suspension, "{\"reason\": \"Mine\"}", "application/json"), 403);
        assertProblem(operator.send("PUT", suspension, "{\"reason\": \"  \"}", "application/json"), 400);
        assertProblem(operator.send("PUT", "api/v1/tenants/no-such-tenant/suspension", "{\"reason\": \"x\"}", "application/json"), 404);
        Api.Reply suspended = operator.send("PUT", suspension, "{\"reason\": \"The service agreement has lapsed\"}", "application/json");
        assertEquals(200, suspended.status(), suspended.toString());
        assertEquals("SUSPENDED", suspended.json().getString("status"));
        assertProblem(operator.send("PUT", suspension, "{\"reason\": \"Again\"}", "application/json"), 409);

        Api.Reply refused = team.hr().get(employees);
        assertProblem(refused, 403);
        assertTrue(refused.json().getString("detail").contains("suspended by the shared service centre: The service agreement has lapsed"),
                refused.toString());
        assertEquals(200, team.hr().get("api/v1/me").status(), "the account itself is untouched");

        ChromeDriver browser = Browser.start(false);
        try {
            browser.get("http://localhost:" + base.getPort() + "/login");
            browser.findElement(By.id("username")).sendKeys(team.username("E1"));
            browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            Browser.follow(browser, By.id("sign-in"));
            String summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("suspended") && summary.contains("Nothing has been lost"), summary);
            browser.get("http://localhost:" + base.getPort() + "/");
            assertTrue(browser.getCurrentUrl().endsWith("/login"), "signed straight out again: " + browser.getCurrentUrl());
        } finally {
            browser.quit();
        }

        Api.Reply reinstated = operator.send("DELETE", suspension, null, null);
        assertEquals("ACTIVE", reinstated.json().getString("status"), reinstated.toString());
        assertEquals(people, team.hr().get(employees).json().getInt("total"), "every employee is still there");
        assertEquals(List.of("REINSTATE", "SUSPEND"), team.admin().get(team.path("audit?entity=Tenant")).json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream().map(e -> e.getString("action")).toList().subList(0, 2));
    }

    @Test
    void offboardingWaitsForTheFullExportWhoseRowCountsMatchAndWhoseAuditChainVerifies() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        Team team = Team.onboard(fixtures, "offb");
        int people = team.hr().get(team.path("employees")).json().getInt("total");
        String tenantPath = "api/v1/tenants/" + team.tenant();
        assertProblem(operator.send("PUT", tenantPath + "/offboarding", null, null), 409);
        assertProblem(team.admin().post(tenantPath + "/exports", null), 403);

        // suspended first, so nothing changes after the export; an export made before the suspension would not do
        assertEquals(200, operator.send("PUT", tenantPath + "/suspension", "{\"reason\": \"Leaving the shared service\"}", "application/json")
                .status());
        assertProblem(operator.send("PUT", tenantPath + "/offboarding", null, null), 409);
        Api.Reply started = operator.post(tenantPath + "/exports", null);
        assertEquals(202, started.status(), started.toString());
        String export = tenantPath + "/exports/" + started.json().getJsonNumber("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> !"RUNNING".equals(operator.get(export).json().getString("status")));
        jakarta.json.JsonObject ready = operator.get(export).json();
        assertEquals("READY", ready.getString("status"), ready.toString());
        assertTrue(ready.getBoolean("auditChainValid"), ready.toString());
        assertEquals(ready.getJsonObject("progress").getInt("of"), ready.getJsonObject("progress").getInt("tables"));

        Api.Download file = operator.download(export + "/file");
        assertEquals(200, file.status(), file.toString());
        java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(file.body()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        jakarta.json.JsonObject counts = jakarta.json.Json.createReader(new java.io.StringReader(entries.get("manifest.json"))).readObject()
                .getJsonObject("rows");
        for (String name : counts.keySet()) {
            assertEquals(counts.getJsonNumber(name).longValue(), records(entries.get(name)), name + ": the manifest's count is the file's");
        }
        assertEquals(people, counts.getInt("tables/employee.csv"), "every employee is in the export");
        assertTrue(counts.getInt("tables/tenant_policy.csv") >= 5 && counts.getInt("users-and-roles.csv") >= 6, counts.toString());
        assertTrue(entries.get("tenant.csv").contains(team.tenant()));
        jakarta.json.JsonObject chain = jakarta.json.Json.createReader(new java.io.StringReader(entries.get("audit-chain-verification.json")))
                .readObject();
        assertTrue(chain.getBoolean("valid"), chain.toString());
        assertEquals(counts.getInt("tables/audit_event.csv"), chain.getInt("checkedEvents"), "the chain verified is the chain exported");
        // every row of every table is this tenant's
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("tables/")) {
                List<List<String>> rows = csv(entry.getValue());
                int column = rows.get(0).contains("tenant_id") ? rows.get(0).indexOf("tenant_id") : rows.get(0).indexOf("tenant_code");
                assertTrue(column >= 0, entry.getKey() + " " + rows.get(0));
                assertFalse(rows.subList(1, rows.size()).stream().anyMatch(r -> !r.get(column).equals(team.tenant())), entry.getKey());
            }
        }
        assertTrue(operator.get(export).json().containsKey("downloadedAt"));

        Api.Reply offboarded = operator.send("PUT", tenantPath + "/offboarding", null, null);
        assertEquals("OFFBOARDED", offboarded.json().getString("status"), offboarded.toString());
        Api.Reply refused = team.hr().get(team.path("employees"));
        assertProblem(refused, 403);
        assertTrue(refused.json().getString("detail").contains("has left Guildhall"), refused.toString());
        assertProblem(operator.send("DELETE", tenantPath + "/suspension", null, null), 409);
    }

    /** A CSV file's records, each its fields (quotes undone). */
    private static List<List<String>> csv(String text) {
        List<List<String>> records = new java.util.ArrayList<>();
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new java.util.ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return records;
    }

    /** The records of a CSV file with a header line, counting line breaks outside quotes. */
    private static long records(String csv) {
        long lines = 0;
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                lines++;
            }
        }
        return Math.max(0, lines - 1);
    }
}
