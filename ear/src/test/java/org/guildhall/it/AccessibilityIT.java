package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Every page, as the people who use it see it (with data in it, and with its errors showing), checked with axe-core in
 * headless Chromium for WCAG 2.2 A and AA. A new page is one more line in a list here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    @ArquillianResource
    URL base;


    private String page(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    private void signIn(ChromeDriver browser, String username) {
        Browser.signIn(browser, base, username);
    }

    /** Each page on a desktop and at 320 CSS pixels wide, WCAG's reflow width (where targets crowd together). */
    private void check(ChromeDriver browser, List<String> paths) {
        for (String path : paths) {
            browser.get(page(path));
            Browser.assertAccessibleWideAndNarrow(browser, path);
        }
    }

    /** Submits the page's form with the button {@code id}, then checks the page that answers (an error state, usually). */
    private void submitAndCheck(ChromeDriver browser, String path, String button) {
        browser.get(page(path));
        Browser.follow(browser, By.id(button));
        Browser.assertAccessible(browser, path + " after " + button);
    }

    @Test
    void everyPageMeetsWcag22AA() {
        Team team = Team.onboard(new Fixtures(base), "a11y");
        String t = team.tenant();
        String yesterday = Fixtures.today().minusDays(1).toString();
        long leave = team.as("E1").post(team.path("leave-requests"), LeaveIT.leave("ANNUAL", "2026-12-07", "2026-12-09")).json()
                .getJsonNumber("id").longValue();
        long claim = team.as("E1").post(team.path("expense-claims"), """
                {"lines": [{"date": "%1$s", "category": "HOTEL", "amount": "180.00", "vat": "30.00", "description": "Manchester"},
                           {"date": "%1$s", "category": "MILEAGE", "miles": "12", "vehicle": "CAR", "description": "To the station"}]}"""
                .formatted(yesterday)).json().getJsonNumber("id").longValue();
        long small = team.as("E1").post(team.path("expense-claims"), """
                {"lines": [{"date": "%s", "category": "TAXI", "amount": "8.00", "description": "Taxi"}]}""".formatted(yesterday)).json()
                .getJsonNumber("id").longValue();
        assertEquals(200, team.as("E1").post(team.path("expense-claims/" + small + "/submit"), null).status());

        ChromeDriver browser = Browser.start(true);
        try {
            browser.get(page("/login"));
            Browser.assertAccessible(browser, "sign in");
            submitAndCheck(browser, "/login", "sign-in");

            signIn(browser, team.username("E1"));
            check(browser, List.of("/", "/leave/" + t, "/leave/" + t + "/book", "/leave/" + t + "/requests/" + leave,
                    "/leave/" + t + "/calendar?month=2026-12", "/leave/" + t + "/notifications", "/leave/" + t + "/approvals",
                    "/expenses/" + t, "/expenses/" + t + "/new", "/expenses/" + t + "/claims/" + claim, "/expenses/" + t + "/approvals",
                    "/finance/" + t + "/journals", "/expenses/" + t + "/claims/999999"));
            submitAndCheck(browser, "/leave/" + t + "/book", "continue");
            submitAndCheck(browser, "/expenses/" + t + "/new", "save-claim");
            submitAndCheck(browser, "/expenses/" + t + "/new", "add-line");
            submitAndCheck(browser, "/expenses/" + t + "/claims/" + claim, "submit-claim");
            // check your answers
            browser.get(page("/leave/" + t + "/book"));
            browser.findElement(By.id("leaveType")).click();
            for (String[] box : new String[][] {{"start-day", "14"}, {"start-month", "12"}, {"start-year", "2026"},
                    {"end-day", "15"}, {"end-month", "12"}, {"end-year", "2026"}}) {
                browser.findElement(By.id(box[0])).sendKeys(box[1]);
            }
            Browser.follow(browser, By.id("continue"));
            Browser.assertAccessible(browser, "check your answers");

            signIn(browser, team.username("M1"));
            check(browser, List.of("/leave/" + t + "/approvals", "/expenses/" + t + "/approvals", "/expenses/" + t + "/claims/" + small,
                    "/leave/" + t + "/calendar?month=2026-12"));
            submitAndCheck(browser, "/leave/" + t + "/approvals", "reject-" + leave);
            submitAndCheck(browser, "/expenses/" + t + "/claims/" + small, "reject");

            signIn(browser, "hr-" + t);
            check(browser, List.of("/hr/" + t + "/employees", "/hr/" + t + "/employees/E1", "/hr/" + t + "/employees/E1/edit",
                    "/hr/" + t + "/org-units", "/hr/" + t + "/onboarding"));

            signIn(browser, "admin-of-" + t);
            check(browser, List.of("/"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void theCheckFindsABrokenPage() {
        ChromeDriver browser = Browser.start(true);
        try {
            browser.get(page("/login"));
            browser.executeScript("const i = document.createElement('input'); i.type = 'text'; i.id = 'unlabelled';"
                    + " document.querySelector('main').appendChild(i);"
                    + " const img = document.createElement('img'); img.src = '/assets/rebrand/images/favicon.ico';"
                    + " document.querySelector('main').appendChild(img);");
            AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> Browser.assertAccessible(browser, "a sign-in page with a field without a label"));
            org.junit.jupiter.api.Assertions.assertTrue(failure.getMessage().contains("label") && failure.getMessage().contains("image-alt"),
                    failure.getMessage());
        } finally {
            browser.quit();
        }
    }

    @Test
    void theFinancePagesMeetWcag22AA() {
        Fixtures fixtures = new Fixtures(base);
        String t = fixtures.onboard("a11y-fin");
        fixtures.userIn(t, "fin-" + t, "FINANCE");
        ChromeDriver browser = Browser.start(true);
        try {
            signIn(browser, "fin-" + t);
            check(browser, List.of("/finance/" + t + "/journals", "/finance/" + t + "/journals/new", "/finance/" + t + "/trial-balance",
                    "/finance/" + t + "/periods", "/finance/" + t + "/budget-vs-actual"));
            submitAndCheck(browser, "/finance/" + t + "/journals/new", "post-journal");
        } finally {
            browser.quit();
        }
    }
}
