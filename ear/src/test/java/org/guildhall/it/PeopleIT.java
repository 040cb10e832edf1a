package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organisation units and employees over HTTP: the checks against the tenant, versions, audit and isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private record Hr(String tenant, Api api) {
        String path(String rest) {
            return "api/v1/tenants/" + tenant + "/" + rest;
        }
    }

    private Hr hr(String prefix) {
        Fixtures fixtures = new Fixtures(base);
        String tenant = fixtures.onboard(prefix);
        Hr hr = new Hr(tenant, fixtures.userIn(tenant, "hr-" + tenant, "HR_ADMIN"));
        assertEquals(201, hr.api().post(hr.path("org-units"), "{\"code\": \"OPS\", \"name\": \"Operations\", \"costCentre\": \"CC200\"}").status());
        return hr;
    }

    static String employee(String number, String ni, String manager) {
        return """
                {"employeeNumber": "%s", "givenName": "Ada", "familyName": "Lovelace", "email": "ada@example.gov.uk",
                 "niNumber": "%s", "dateOfBirth": "1990-12-10", "startDate": "2024-04-01", "orgUnit": "OPS", "costCentre": "CC200",
                 %s "nation": "WALES", "fte": 0.6, "weeklyHours": "22.2", "grade": "HEO", "annualSalary": "31500.00"}
                """.formatted(number, ni, manager == null ? "" : "\"managerNumber\": \"" + manager + "\",");
    }

    static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    @Test
    void anEmployeeIsAddedReadAndChangedWithItsVersion() {
        Hr hr = hr("ppl");
        Api.Reply created = hr.api().post(hr.path("employees"), employee("E001", "ab 12 34 56 c", null));
        assertEquals(201, created.status(), created.toString());
        assertEquals("AB123456C", created.json().getString("niNumber"));
        assertEquals("0.6", created.json().getString("fte"));
        long version = created.json().getJsonNumber("version").longValue();

        Api.Reply changed = hr.api().send("PATCH", hr.path("employees/E001"),
                "{\"version\": " + version + ", \"familyName\": \"King\", \"fte\": \"1\"}", "application/json");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("King", changed.json().getString("familyName"));
        assertEquals("Ada", changed.json().getString("givenName"), "fields not named are kept");

        Api.Reply stale = hr.api().send("PATCH", hr.path("employees/E001"), "{\"version\": " + version + ", \"grade\": \"SEO\"}",
                "application/json");
        assertProblem(stale, 409);
        assertEquals("HEO", hr.api().get(hr.path("employees/E001")).json().getString("grade"));

        Api.Reply audit = new Fixtures(base).adminOf(hr.tenant()).get(hr.path("audit?entity=Employee&entityId=E001"));
        JsonObject update = audit.json().getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATE", update.getString("action"));
        assertTrue(update.getString("before").contains("Lovelace") && update.getString("after").contains("King"), update.toString());
        assertEquals(1, hr.api().get(hr.path("employees?q=kin")).json().getInt("total"));
    }

    @Test
    void badRecordsAreRefusedNamingEveryField() {
        Hr hr = hr("bad");
        Api.Reply malformed = hr.api().post(hr.path("employees"), """
                {"employeeNumber": "E9", "givenName": "", "familyName": "X", "email": "not-an-email", "niNumber": "QQ123456C",
                 "dateOfBirth": "2015-01-01", "startDate": "2024-04-01", "endDate": "2024-03-01", "orgUnit": "OPS",
                 "costCentre": "CC200", "nation": "MARS", "fte": 1.5, "weeklyHours": 37, "annualSalary": "1.234"}
                """);
        assertProblem(malformed, 400);
        assertEquals(List.of("nation", "annualSalary"), fields(malformed), "unreadable values first, before any rule");

        Api.Reply invalid = hr.api().post(hr.path("employees"), """
                {"employeeNumber": "E9", "givenName": "", "familyName": "X", "email": "not-an-email", "niNumber": "QQ123456C",
                 "dateOfBirth": "2015-01-01", "startDate": "2024-04-01", "endDate": "2024-03-01", "orgUnit": "OPS",
                 "costCentre": "CC200", "nation": "WALES", "fte": 1.5, "weeklyHours": 37, "annualSalary": "20000.00"}
                """);
        assertProblem(invalid, 400);
        assertEquals(List.of("givenName", "email", "niNumber", "dateOfBirth", "endDate", "fte"), fields(invalid));

        Api.Reply unknown = hr.api().post(hr.path("employees"), employee("E9", "AB123456C", "E404")
                .replace("\"OPS\"", "\"NOPE\"").replace("\"CC200\"", "\"CC999\""));
        assertProblem(unknown, 422);
        assertEquals(List.of("orgUnit", "costCentre", "managerNumber"), fields(unknown));
        assertEquals(0, hr.api().get(hr.path("employees")).json().getInt("total"), "nothing was stored");
    }

    @Test
    void reportingLinesCannotLoopAndNumbersAndNiNumbersAreUnique() {
        Hr hr = hr("loop");
        assertEquals(201, hr.api().post(hr.path("employees"), employee("E1", "AB000001A", null)).status());
        assertEquals(201, hr.api().post(hr.path("employees"), employee("E2", "AB000002A", "E1")).status());
        assertEquals(201, hr.api().post(hr.path("employees"), employee("E3", "AB000003A", "E2")).status());
        long version = hr.api().get(hr.path("employees/E1")).json().getJsonNumber("version").longValue();
        Api.Reply loop = hr.api().send("PATCH", hr.path("employees/E1"), "{\"version\": " + version + ", \"managerNumber\": \"E3\"}",
                "application/json");
        assertProblem(loop, 422);
        assertEquals(List.of("managerNumber"), fields(loop));

        assertProblem(hr.api().post(hr.path("employees"), employee("E1", "AB000009A", null)), 409);
        Api.Reply sameNi = hr.api().post(hr.path("employees"), employee("E4", "ab000001a", null));
        assertProblem(sameNi, 422);
        assertEquals(List.of("niNumber"), fields(sameNi));
    }

    @Test
    void anotherTenantsHrSeesNoneOfThisTenantsPeople() {
        Hr a = hr("hr-a");
        Hr b = hr("hr-b");
        assertEquals(201, a.api().post(a.path("employees"), employee("E1", "AB000001A", null)).status());
        assertProblem(b.api().get(a.path("employees/E1")), 404);
        assertProblem(b.api().get(b.path("employees/E1")), 404);
        assertEquals(0, b.api().get(b.path("employees")).json().getInt("total"));
        assertEquals(201, b.api().post(b.path("employees"), employee("E1", "AB000001A", null)).status(),
                "numbers and NI numbers are unique per tenant, not across tenants");
        Api employee = new Fixtures(base).userIn(a.tenant(), "emp-" + a.tenant(), "EMPLOYEE");
        assertProblem(employee.get(a.path("employees/E1")), 403);
    }
}
