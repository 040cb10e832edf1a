package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real headless Chromium, as a civil servant would use them, with and without JavaScript. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInPageIT {

    private static final String DEMO_PASSWORD = "demo-password-not-for-real-use";

    @ArquillianResource
    URL base;


    private String page(String path) {
        // localhost, whatever address Arquillian reports: browsers treat http://localhost as a secure context, so the
        // Secure session cookie is kept there (and rightly dropped on plain HTTP anywhere else)
        return "http://localhost:" + base.getPort() + path;
    }

    private static void signIn(WebDriver browser, String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        Browser.follow(browser, By.id("sign-in"));
        // the click starts a form submission; wait for the answer page rather than racing the navigation
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !"Sign in – Guildhall".equals(d.getTitle()));
    }

    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void signingInThroughThePageShowsTheHomePage() throws IOException {
        ChromeDriver browser = Browser.start(true);
        try {
            browser.get(page("/"));
            assertTrue(browser.getCurrentUrl().endsWith("/login"), browser.getCurrentUrl());
            assertEquals("Sign in – Guildhall", browser.getTitle());
            assertTrue(browser.findElement(By.tagName("body")).getAttribute("class").contains("govuk-frontend-supported"),
                    "GOV.UK Frontend's script ran");
            signIn(browser, "demo.admin", DEMO_PASSWORD);

            assertEquals("Home – Guildhall", browser.getTitle());
            assertEquals("Dee Admin", browser.findElement(By.id("welcome")).getText());
            String tenants = browser.findElement(By.id("tenants")).getText();
            assertTrue(tenants.contains("Demo Department"), tenants);
            assertTrue(tenants.contains("AUDITOR, TENANT_ADMIN"), tenants);
            screenshot(browser, "home");

            Cookie session = browser.manage().getCookieNamed("GUILDHALL_SESSION");
            assertNotNull(session);
            assertTrue(session.isHttpOnly());
            assertTrue(session.isSecure());
            assertEquals("Lax", session.getSameSite());
            // the stylesheet is served from the WAR, not a CDN
            assertEquals("rgba(11, 12, 12, 1)", browser.findElement(By.tagName("h1")).getCssValue("color"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aWrongPasswordIsShownTheGovUkWay() throws IOException {
        ChromeDriver browser = Browser.start(true);
        try {
            browser.get(page("/login"));
            signIn(browser, "demo.admin", "not-the-password");
            assertEquals("Error: Sign in – Guildhall", browser.getTitle());
            String summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("There is a problem"), summary);
            assertTrue(summary.contains("Enter a correct username and password"), summary);
            assertTrue(browser.findElement(By.id("username-error")).getText().contains("Enter a correct username and password"));
            assertEquals("demo.admin", browser.findElement(By.id("username")).getAttribute("value"));
            assertEquals("", browser.findElement(By.id("password")).getAttribute("value"));
            screenshot(browser, "sign-in-error");
        } finally {
            browser.quit();
        }
    }

    @Test
    void signInAndOutWorkWithJavaScriptSwitchedOff() {
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page("/login"));
            assertFalse(browser.findElement(By.tagName("body")).getAttribute("class").contains("js-enabled"));
            signIn(browser, "demo.employee", DEMO_PASSWORD);
            assertEquals("Emma Employee", browser.findElement(By.id("welcome")).getText());

            Browser.follow(browser, By.id("sign-out"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains("You have signed out"));
            assertTrue(browser.getCurrentUrl().contains("/login"), browser.getCurrentUrl());
            browser.get(page("/"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("signedOut"));
            assertTrue(browser.getCurrentUrl().endsWith("/login"), "signed out means signed out: " + browser.getCurrentUrl());
            assertEquals("Sign in – Guildhall", browser.getTitle());
        } finally {
            browser.quit();
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Api.Reply forged = Api.at(base).send("POST", "login", "username=demo.admin&password=" + DEMO_PASSWORD,
                "application/x-www-form-urlencoded");
        assertEquals(400, forged.status(), forged.toString());
        assertFalse(forged.header("Set-Cookie") != null && forged.body().contains("Dee Admin"));
    }

    @Test
    void aFinanceUserPostsAJournalThroughThePagesWithoutJavaScript() throws IOException {
        LocalDate today = Fixtures.today();
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page("/login"));
            signIn(browser, "demo.finance", DEMO_PASSWORD);
            Browser.follow(browser, By.linkText("Finance"));
            assertEquals("Journals – Guildhall", browser.getTitle());
            Browser.follow(browser, By.id("new-journal"));

            browser.findElement(By.id("date-day")).sendKeys(Integer.toString(today.getDayOfMonth()));
            browser.findElement(By.id("date-month")).sendKeys(Integer.toString(today.getMonthValue()));
            browser.findElement(By.id("date-year")).sendKeys(Integer.toString(today.getYear()));
            browser.findElement(By.id("description")).sendKeys("Stationery for the Leeds office");
            // an account nothing in the demo centre's year posts to, so its row in the trial balance is this journal's alone
            new Select(browser.findElement(By.id("lines-0-account"))).selectByValue("55900");
            new Select(browser.findElement(By.id("lines-0-costCentre"))).selectByValue("CC100");
            browser.findElement(By.id("lines-0-debit")).sendKeys("84.50");
            new Select(browser.findElement(By.id("lines-1-account"))).selectByValue("14000");
            browser.findElement(By.id("lines-1-credit")).sendKeys("84.05");
            Browser.follow(browser, By.id("post-journal"));

            assertEquals("Error: Post a journal – Guildhall", browser.getTitle());
            String summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("Debits (84.50) must equal credits (84.05)"), summary);
            String target = browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href");
            assertTrue(target.endsWith("#lines-0-account"), target);
            assertEquals("84.50", browser.findElement(By.id("lines-0-debit")).getAttribute("value"), "what was typed is kept");
            screenshot(browser, "journal-error");

            browser.findElement(By.id("lines-1-credit")).clear();
            browser.findElement(By.id("lines-1-credit")).sendKeys("84.50");
            Browser.follow(browser, By.id("post-journal"));
            assertTrue(browser.findElement(By.className("govuk-panel__title")).getText().contains("Journal posted"));
            assertEquals("Stationery for the Leeds office", browser.findElement(By.id("journal-description")).getText());

            Browser.follow(browser, By.linkText("Trial balance"));
            String trialBalance = browser.findElement(By.id("trial-balance")).getText();
            assertTrue(trialBalance.contains("55900 Other goods and services 0.00 84.50 0.00 84.50"), trialBalance);
            screenshot(browser, "trial-balance");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anEmployeeIsNotAllowedIntoTheFinancePages() {
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page("/login"));
            signIn(browser, "demo.employee", DEMO_PASSWORD);
            assertTrue(browser.findElements(By.linkText("Finance")).isEmpty(), "no way in is offered");
            browser.get(page("/finance/demo/journals"));
            assertEquals("Not allowed – Guildhall", browser.getTitle());
            browser.get(page("/finance/no-such-tenant/journals"));
            assertEquals("Not found – Guildhall", browser.getTitle());
        } finally {
            browser.quit();
        }
    }

    @Test
    void anHrAdminUploadsAWorkbookSeesEveryProblemThenLoadsTheCorrectedOne() throws Exception {
        Path bad = Files.createTempFile("onboarding-bad", ".xlsx");
        Path good = Files.createTempFile("onboarding-good", ".xlsx");
        Files.write(bad, PeopleIT.onboardingWorkbook(true, null));
        Files.write(good, PeopleIT.onboardingWorkbook(false, null));
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page("/login"));
            signIn(browser, "demo.hr", DEMO_PASSWORD);
            Browser.follow(browser, By.linkText("People"));
            Browser.follow(browser, By.id("onboarding-link"));

            browser.findElement(By.id("file")).sendKeys(bad.toString());
            Browser.follow(browser, By.id("check"));
            assertEquals("50 problems found. Nothing was loaded.", browser.findElement(By.id("problem-count")).getText());
            List<WebElement> rows = browser.findElements(By.cssSelector("#problems tbody tr"));
            assertEquals(50, rows.size());
            assertTrue(rows.get(0).getText().startsWith("Employees 2 niNumber"), rows.get(0).getText());
            assertTrue(rows.get(9).getText().contains("weeklyHours") && rows.get(9).getText().contains("not a formula"), rows.get(9).getText());
            screenshot(browser, "onboarding-problems");

            browser.findElement(By.id("file")).sendKeys(good.toString());
            Browser.follow(browser, By.id("load"));
            assertTrue(browser.findElement(By.id("loaded")).getText().contains("Employees: 50 added or changed"),
                    browser.findElement(By.id("loaded")).getText());

            Browser.follow(browser, By.linkText("Employees"));
            browser.findElement(By.id("q")).sendKeys("E0007");
            Browser.follow(browser, By.id("search"));
            Browser.follow(browser, By.linkText("E0007"));
            assertEquals("E0049", browser.findElement(By.id("managerNumber")).getText());
            Browser.follow(browser, By.linkText("Organisation"));
            assertTrue(browser.findElement(By.id("org-tree")).getText().contains("Team A"), "units loaded from the workbook");
        } finally {
            browser.quit();
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }
}
