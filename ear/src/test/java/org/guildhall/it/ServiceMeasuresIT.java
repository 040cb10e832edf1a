package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service measures over HTTP: the job works out every tenant's measures of a month (never a page request); an operator
 * sees each tenant's with its position among its group and among all; a tenant's admin sees its own beside the others
 * as an anonymous distribution, never another tenant's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceMeasuresIT {

    @ArquillianResource
    URL base;

    private static JsonObject measure(List<JsonObject> measures, String name) {
        return measures.stream().filter(m -> m.getString("measure").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name
                + " in " + measures));
    }

    @Test
    void theJobKeepsEachTenantsMeasuresWhichOperatorsCompareAndAdminsSeeAgainstAnonymousPeers() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        String month = Fixtures.today().toString().substring(0, 7);
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Team team = Team.onboard(fixtures, "meas" + i);
            teams.add(team);
            // every tenant decides one leave request; the first decides two
            for (String employee : i == 0 ? List.of("E1", "E2") : List.of("E1")) {
                Api.Reply asked = team.as(employee).post(team.path("leave-requests"), LeaveIT.leave("ANNUAL", "2027-02-01", "2027-02-02"));
                assertEquals(201, asked.status(), asked.toString());
                assertEquals(200, team.as("M1").post(team.path("leave-requests/" + asked.json().getJsonNumber("id") + "/approve"), null).status());
            }
        }
        String group = "meas-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, operator.post("api/v1/tenant-groups", "{\"code\": \"" + group + "\", \"name\": \"Measured\"}").status());
        for (Team team : teams.subList(0, 2)) {
            assertEquals(200, operator.send("PUT", "api/v1/tenant-groups/" + group + "/members/" + team.tenant(), null, null).status());
        }
        Team first = teams.get(0);
        // the first tenant's HR checks a workbook with problems, then loads one without: the check is counted, per 1,000 rows
        Api.Reply checked = first.hr().sendBytes("POST", first.path("imports/onboarding?dryRun=true"), PeopleIT.onboardingWorkbook(true, null),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, checked.status(), checked.toString());
        int rowsChecked = checked.json().getJsonObject("rows").values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum();
        int problems = checked.json().getJsonArray("errors").size();
        assertTrue(problems > 0 && rowsChecked > 0, checked.toString());
        Api.Reply loaded = first.hr().sendBytes("POST", first.path("imports/onboarding"), PeopleIT.onboardingWorkbook(false, null),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, loaded.status(), loaded.toString());
        int rowsLoaded = loaded.json().getJsonObject("rows").values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum();

        assertProblem(operator.post("api/v1/service-measures/runs", "{\"month\": \"2026-13\"}"), 400);
        Api.Reply started = operator.post("api/v1/service-measures/runs", "{\"month\": \"" + month + "\"}");
        assertEquals(202, started.status(), started.toString());
        String run = "api/v1/service-measures/runs/" + started.json().getJsonNumber("execution");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(operator.get(run).json().getString("status")));
        JsonObject finished = operator.get(run).json();
        assertEquals("COMPLETED", finished.getString("status"), finished.toString());
        assertProblem(operator.get("api/v1/service-measures/runs/999999999"), 404);

        // the operator: every tenant, each measure with its position in its group and among all
        assertProblem(operator.get("api/v1/service-measures?month=last"), 400);
        JsonObject centre = operator.get("api/v1/service-measures?month=" + month).json();
        JsonObject mine = centre.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("tenant").equals(first.tenant())).findFirst().orElseThrow();
        assertEquals(group, mine.getString("group"));
        List<JsonObject> measures = mine.getJsonArray("measures").getValuesAs(JsonObject.class);
        JsonObject leave = measure(measures, "LEAVE_DECISION");
        assertEquals(List.of("WORKING_HOURS", "2", "2"), List.of(leave.getString("unit"), String.valueOf(leave.getInt("count")),
                String.valueOf(leave.getJsonObject("distribution").getInt("count"))), leave.toString());
        assertEquals(2, leave.getJsonObject("position").getJsonObject("group").getInt("of"), leave.toString());
        assertTrue(leave.getJsonObject("position").getJsonObject("all").getInt("of") >= 4, leave.toString());
        // six people changed something in the first tenant this month: its admin, HR, and the manager and employees acting
        JsonObject onboarding = measure(measures, "ONBOARDING_ERRORS");
        assertEquals(rowsChecked + rowsLoaded, onboarding.getInt("count"), onboarding.toString());
        assertEquals(new java.math.BigDecimal(problems * 1000).divide(new java.math.BigDecimal(rowsChecked + rowsLoaded), 2,
                java.math.RoundingMode.HALF_UP), new java.math.BigDecimal(onboarding.getString("value")), onboarding.toString());
        assertEquals("PER_THOUSAND", onboarding.getString("unit"));
        JsonObject users = measure(measures, "ACTIVE_USERS");
        assertTrue(users.getInt("count") >= 4, users.toString());
        for (String name : List.of("EXPENSE_DECISION", "PAYROLL_RUNS_ON_TIME", "PAYSLIPS", "INVOICE_CYCLE", "PAID_WITHIN_5_DAYS",
                "PAID_WITHIN_30_DAYS", "EXCEPTION_AGE")) {
            measure(measures, name);
        }

        // a tenant's admin: its own figures, the others as a distribution with no names
        Api.Reply own = first.admin().get(first.path("service-measures?month=" + month));
        assertEquals(200, own.status(), own.toString());
        JsonObject ownLeave = measure(own.json().getJsonArray("measures").getValuesAs(JsonObject.class), "LEAVE_DECISION");
        assertEquals(2, ownLeave.getInt("count"));
        assertTrue(ownLeave.getJsonObject("others").getInt("tenants") >= 5, ownLeave.toString());
        assertTrue(ownLeave.getJsonObject("others").containsKey("p50"), ownLeave.toString());
        for (Team other : teams.subList(1, 6)) {
            assertFalse(own.body().contains(other.tenant()), "the admin's view names another tenant: " + own.body());
        }
        assertProblem(first.admin().get("api/v1/service-measures?month=" + month), 403);
        assertProblem(first.hr().get(first.path("service-measures?month=" + month)), 403);
        assertEquals(0, first.admin().get(first.path("service-measures?month=2001-01")).json().getJsonArray("measures").size());
    }
}
