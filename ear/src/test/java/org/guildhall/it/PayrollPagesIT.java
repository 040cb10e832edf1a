package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The payroll run pages in Chromium with JavaScript off: a payroll admin starts a run and calculates it, follows its
 * progress by looking again, sees its totals and exceptions; an approver approves it. Every page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayrollPagesIT {

    @ArquillianResource
    URL base;

    private String page(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    private void signIn(ChromeDriver browser, String username) {
        Browser.signIn(browser, base, username);
    }

    @Test
    void aPayrollAdminCalculatesARunAndAnApproverApprovesItWithoutJavaScript() {
        Fixtures fixtures = new Fixtures(base);
        Team team = Team.onboard(fixtures, "paypage");
        String t = team.tenant();
        fixtures.userIn(t, "pa-" + t, "PAYROLL_ADMIN");
        Api admin = fixtures.anonymous().as("pa-" + t, Fixtures.PASSWORD);
        fixtures.userIn(t, "pp-" + t, "PAYROLL_APPROVER");
        assertEquals(200, team.hr().send("PUT", team.path("employees/E1/bank-account"),
                "{\"sortCode\": \"30-94-30\", \"accountNumber\": \"00733445\", \"accountName\": \"E ONE\"}", "application/json").status());
        assertEquals(200, admin.post(team.path("employees/E1/bank-account/confirm"), null).status());
        assertEquals(200, admin.send("PUT", team.path("employees/E1/payroll-profile"),
                "{\"taxCode\": \"1257L\", \"niCategory\": \"A\"}", "application/json").status());

        String run;
        ChromeDriver browser = Browser.start(false);
        try {
            signIn(browser, "pa-" + t);
            browser.get(page("/payroll/" + t + "/runs"));
            browser.findElement(By.id("period")).sendKeys("8");
            Browser.follow(browser, By.id("start-run"));
            assertTrue(browser.findElement(By.id("run-status")).getText().contains("Not calculated"));
            Browser.follow(browser, By.id("calculate"));
            new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500)).until(d -> {
                if (d.findElements(By.id("check-progress")).isEmpty()) {
                    return true;
                }
                Browser.follow((ChromeDriver) d, By.id("check-progress"));
                return false;
            });
            assertTrue(browser.findElement(By.id("run-status")).getText().contains("Calculated"), browser.getPageSource());
            String exceptions = browser.findElement(By.id("exceptions")).getText();
            for (String number : List.of("M1", "E2", "E3")) {
                assertTrue(exceptions.contains(number), exceptions);
            }
            String totals = browser.findElement(By.id("totals")).getText();
            assertTrue(totals.matches("(?s)Employees paid\\s+1\\s.*"), totals);
            run = browser.getCurrentUrl();
            axe(fixtures, "pa-" + t, List.of(run), "a calculated run with exceptions");

            signIn(browser, "pp-" + t);
            browser.get(run);
            Browser.follow(browser, By.id("approve"));
            assertTrue(browser.findElement(By.id("run-status")).getText().contains("Approved"));
            assertTrue(browser.findElement(By.id("approved-by")).getText().contains("pp-" + t));
        } finally {
            browser.quit();
        }
        long draft = admin.post(team.path("payroll-runs"), "{\"taxYear\": \"2026-27\", \"period\": 9}").json().getJsonNumber("id").longValue();
        axe(fixtures, "pp-" + t, List.of(run, page("/payroll/" + t + "/runs"), page("/payroll/" + t + "/runs/" + draft)),
                "an approved run, the runs, a run not calculated");
    }

    /** axe needs JavaScript, which the flow above runs without: the same pages again in a browser with it. */
    private void axe(Fixtures fixtures, String username, List<String> urls, String what) {
        ChromeDriver browser = Browser.start(true);
        try {
            signIn(browser, username);
            for (String url : urls) {
                browser.get(url);
                Browser.assertAccessible(browser, what + ": " + url);
            }
        } finally {
            browser.quit();
        }
    }
}
