package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-service pages in headless Chromium with JavaScript off: an employee books leave and their manager approves
 * it; an employee claims mileage and a train fare with receipts and their manager approves the claim.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfServicePagesIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private String page(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    static void signIn(WebDriver browser, String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !"Sign in – Guildhall".equals(d.getTitle()));
    }

    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anEmployeeBooksLeaveAndTheirManagerApprovesIt() throws IOException {
        Team team = Team.onboard(new Fixtures(base), "pages");
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page("/login"));
            signIn(browser, team.username("E1"));
            browser.findElement(By.linkText("Leave")).click();
            assertEquals("Your leave – Guildhall", browser.getTitle());
            assertTrue(browser.findElement(By.id("balances")).getText().contains("36 days"));
            browser.findElement(By.id("book")).click();

            // nothing chosen: every problem in the summary, each linked to its field
            browser.findElement(By.id("continue")).click();
            assertEquals("Error: Book leave – Guildhall", browser.getTitle());
            String summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("Select the type of leave") && summary.contains("Enter the first day of leave"), summary);
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#leaveType"));

            // a rule's refusal comes back on the form too, with what was typed kept
            browser.findElement(By.id("leaveType")).click();
            type(browser, "start", "12", "12", "2026");
            type(browser, "end", "13", "12", "2026");
            browser.findElement(By.id("continue")).click();
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("There are no working days"),
                    browser.findElement(By.className("govuk-error-summary")).getText());
            assertEquals("12", browser.findElement(By.id("start-day")).getAttribute("value"));
            screenshot(browser, "leave-book-error");

            // Monday 7 to the morning of Friday 11 December 2026: four and a half days
            clear(browser, "start");
            clear(browser, "end");
            type(browser, "start", "7", "12", "2026");
            type(browser, "end", "11", "12", "2026");
            browser.findElement(By.id("endHalf-morning")).click();
            browser.findElement(By.id("note")).sendKeys("Family visit");
            browser.findElement(By.id("continue")).click();
            assertEquals("Check your answers – Guildhall", browser.getTitle());
            assertTrue(browser.findElement(By.id("answer-days")).getText().startsWith("4.5 days"),
                    browser.findElement(By.id("answer-days")).getText());
            assertEquals("31.5 days", browser.findElement(By.id("answer-remaining")).getText());
            screenshot(browser, "leave-check");
            browser.findElement(By.id("confirm")).click();
            screenshot(browser, "leave-after-confirm");
            assertEquals("Leave requested", browser.findElement(By.className("govuk-panel__title")).getText());
            assertEquals("Waiting for approval", browser.findElement(By.id("status")).getText());
            String requestPage = browser.getCurrentUrl().replace("?booked", "");
            String id = requestPage.substring(requestPage.lastIndexOf('/') + 1);
            browser.findElement(By.id("sign-out")).click();

            browser.get(page("/login"));
            signIn(browser, team.username("M1"));
            browser.get(page("/leave/" + team.tenant() + "/approvals"));
            assertTrue(browser.findElement(By.id("request-" + id)).getText().contains("Erin Employee: Annual leave"));
            // rejecting without a reason is refused, next to the reason box
            browser.findElement(By.id("reject-" + id)).click();
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Say why you are rejecting it"));
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#reason-" + id));
            screenshot(browser, "leave-approvals");
            browser.findElement(By.id("approve-" + id)).click();
            assertEquals("Leave approved. We have told them.", browser.findElement(By.id("done")).getText());
            assertEquals("There is no leave waiting for your decision.", browser.findElement(By.id("nothing")).getText());
            browser.get(page("/leave/" + team.tenant() + "/calendar?month=2026-12"));
            assertTrue(browser.findElement(By.id("calendar-list")).getText().contains("Erin Employee: annual, Mon 7 Dec to Fri 11 Dec (approved)"),
                    browser.findElement(By.id("calendar-list")).getText());
            screenshot(browser, "leave-calendar");
            browser.findElement(By.id("sign-out")).click();

            browser.get(page("/login"));
            signIn(browser, team.username("E1"));
            browser.get(page("/leave/" + team.tenant() + "/notifications"));
            assertTrue(browser.findElement(By.id("notifications")).getText().contains("was approved"));
            browser.get(requestPage);
            assertEquals("Approved", browser.findElement(By.id("status")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    void anEmployeeClaimsMileageWithAReceiptAndTheirManagerApprovesIt() throws IOException {
        Team team = Team.onboard(new Fixtures(base), "claims");
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(2);
        Path receipt = Files.createTempFile("receipt", ".png");
        Files.write(receipt, ExpensesIT.PNG);
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page("/login"));
            signIn(browser, team.username("E1"));
            browser.findElement(By.linkText("Expenses")).click();
            browser.findElement(By.id("new-claim")).click();
            assertEquals("Claim expenses – Guildhall", browser.getTitle());
            typeDate(browser, "lines-0-date", day);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lines-0-category"))).selectByValue("MILEAGE");
            browser.findElement(By.id("lines-0-description")).sendKeys("Drive to the Wakefield site");
            browser.findElement(By.id("lines-0-miles")).sendKeys("42");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lines-0-vehicle"))).selectByValue("CAR");
            browser.findElement(By.id("add-line")).click();
            assertEquals("42", browser.findElement(By.id("lines-0-miles")).getAttribute("value"), "the first line is kept");
            typeDate(browser, "lines-1-date", day);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lines-1-category"))).selectByValue("RAIL");
            browser.findElement(By.id("lines-1-amount")).sendKeys("24.50");
            browser.findElement(By.id("save-claim")).click();
            // the second line has no description: shown in the summary, linked to the field
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Line 2: Describe what the expense was for"));
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#lines-1-description"));
            browser.findElement(By.id("lines-1-description")).sendKeys("Train to Leeds");
            browser.findElement(By.id("lines-1-vat")).sendKeys("4.08");
            browser.findElement(By.id("save-claim")).click();

            assertEquals("£18.90", browser.findElement(By.id("amount-1")).getText(), "42 miles at 45p");
            assertEquals("£43.40", browser.findElement(By.id("total")).getText());
            browser.findElement(By.id("submit-claim")).click();
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Attach a receipt for line 2"));
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#file-2"));
            browser.findElement(By.id("file-1")).sendKeys(receipt.toString());
            browser.findElement(By.id("upload-1")).click();
            assertEquals("Receipt added", browser.findElement(By.id("uploaded")).getText());
            browser.findElement(By.id("file-2")).sendKeys(receipt.toString());
            browser.findElement(By.id("upload-2")).click();
            screenshot(browser, "expenses-claim");
            browser.findElement(By.id("submit-claim")).click();
            assertEquals("Claim submitted", browser.findElement(By.className("govuk-panel__title")).getText());
            String claimPage = browser.getCurrentUrl().replace("?submitted", "");
            String id = claimPage.substring(claimPage.lastIndexOf('/') + 1);
            browser.findElement(By.id("sign-out")).click();

            browser.get(page("/login"));
            signIn(browser, team.username("M1"));
            browser.get(page("/expenses/" + team.tenant() + "/approvals"));
            browser.findElement(By.id("open-" + id)).click();
            assertEquals(2, browser.findElements(By.cssSelector("#line-1 a, #line-2 a")).size(), "the receipts are there to check");
            browser.findElement(By.id("approve")).click();
            assertTrue(browser.findElement(By.id("done")).getText().startsWith("Claim approved"));
            browser.findElement(By.id("sign-out")).click();

            browser.get(page("/login"));
            signIn(browser, team.username("E1"));
            browser.get(page("/expenses/" + team.tenant()));
            assertTrue(browser.findElement(By.id("claims")).getText().contains("Approved, to be repaid"));
        } finally {
            browser.quit();
        }
    }

    private static void typeDate(WebDriver browser, String prefix, java.time.LocalDate day) {
        type(browser, prefix, Integer.toString(day.getDayOfMonth()), Integer.toString(day.getMonthValue()), Integer.toString(day.getYear()));
    }

    private static void type(WebDriver browser, String prefix, String day, String month, String year) {
        browser.findElement(By.id(prefix + "-day")).sendKeys(day);
        browser.findElement(By.id(prefix + "-month")).sendKeys(month);
        browser.findElement(By.id(prefix + "-year")).sendKeys(year);
    }

    private static void clear(WebDriver browser, String prefix) {
        for (String part : new String[] {"day", "month", "year"}) {
            browser.findElement(By.id(prefix + "-" + part)).clear();
        }
    }
}
