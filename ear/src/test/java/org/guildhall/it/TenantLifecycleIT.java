package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
}
