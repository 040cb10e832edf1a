package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A tenant with a small team for self-service tests: an HR admin; a line manager M1 with reports E1 and E2, and a
 * colleague E3 reporting to M1 as well; each employee with a user of their own (username {@code <number>-<tenant>},
 * role EMPLOYEE) linked to their record. Everyone works in England, started 1 April 2024, full time on 37 hours.
 */
public record Team(String tenant, Api hr, Api admin, Fixtures fixtures) {

    public static Team onboard(Fixtures fixtures, String prefix) {
        String tenant = fixtures.onboard(prefix);
        Api hr = fixtures.userIn(tenant, "hr-" + tenant, "HR_ADMIN");
        Team team = new Team(tenant, hr, fixtures.adminOf(tenant), fixtures);
        assertEquals(201, hr.post(team.path("org-units"), "{\"code\": \"OPS\", \"name\": \"Operations\", \"costCentre\": \"CC200\"}").status());
        team.hire("M1", "AB100001A", null, "Morgan", "Manager");
        team.hire("E1", "AB100002A", "M1", "Erin", "Employee");
        team.hire("E2", "AB100003A", "M1", "Eli", "Evans");
        team.hire("E3", "AB100004A", "M1", "Esme", "Ellis");
        return team;
    }

    /** Adds an employee and their linked user. */
    public void hire(String number, String ni, String manager, String given, String family) {
        Api.Reply employee = hr.post(path("employees"), """
                {"employeeNumber": "%s", "givenName": "%s", "familyName": "%s", "email": "%s",
                 "niNumber": "%s", "dateOfBirth": "1985-05-20", "startDate": "2024-04-01", "orgUnit": "OPS", "costCentre": "CC200",
                 %s "nation": "ENGLAND", "fte": 1, "weeklyHours": "37", "annualSalary": "34000.00"}
                """.formatted(number, given, family, email(number), ni, manager == null ? "" : "\"managerNumber\": \"" + manager + "\","));
        assertEquals(201, employee.status(), employee.toString());
        Api.Reply user = admin.post("api/v1/tenants/" + tenant + "/users", """
                {"username": "%s", "displayName": "%s %s", "password": "%s", "roles": ["EMPLOYEE"], "employeeNumber": "%s"}
                """.formatted(username(number), given, family, Fixtures.PASSWORD, number));
        assertEquals(201, user.status(), user.toString());
    }

    public String username(String number) {
        return number.toLowerCase(java.util.Locale.ROOT) + "-" + tenant;
    }

    public String email(String number) {
        return number.toLowerCase(java.util.Locale.ROOT) + "." + tenant + "@example.gov.uk";
    }

    /** The API as the user linked to employee {@code number}. */
    public Api as(String number) {
        return fixtures.anonymous().as(username(number), Fixtures.PASSWORD);
    }

    public String path(String rest) {
        return "api/v1/tenants/" + tenant + "/" + rest;
    }
}
