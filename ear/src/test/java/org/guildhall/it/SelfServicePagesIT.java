package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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


    private String page(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    static void signIn(WebDriver browser, String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        Browser.follow(browser, By.id("sign-in"));
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
            Browser.follow(browser, By.linkText("Leave"));
            assertEquals("Your leave – Guildhall", browser.getTitle());
            assertTrue(browser.findElement(By.id("balances")).getText().contains("36 days"));
            Browser.follow(browser, By.id("book"));

            // nothing chosen: every problem in the summary, each linked to its field
            Browser.follow(browser, By.id("continue"));
            assertEquals("Error: Book leave – Guildhall", browser.getTitle());
            String summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("Select the type of leave") && summary.contains("Enter the first day of leave"), summary);
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#leaveType"));

            // a rule's refusal comes back on the form too, with what was typed kept
            browser.findElement(By.id("leaveType")).click();
            type(browser, "start", "12", "12", "2026");
            type(browser, "end", "13", "12", "2026");
            Browser.follow(browser, By.id("continue"));
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
            Browser.follow(browser, By.id("continue"));
            assertEquals("Check your answers – Guildhall", browser.getTitle());
            assertTrue(browser.findElement(By.id("answer-days")).getText().startsWith("4.5 days"),
                    browser.findElement(By.id("answer-days")).getText());
            assertEquals("31.5 days", browser.findElement(By.id("answer-remaining")).getText());
            screenshot(browser, "leave-check");
            Browser.follow(browser, By.id("confirm"));
            screenshot(browser, "leave-after-confirm");
            assertEquals("Leave requested", browser.findElement(By.className("govuk-panel__title")).getText());
            assertEquals("Waiting for approval", browser.findElement(By.id("status")).getText());
            String requestPage = browser.getCurrentUrl().replace("?booked", "");
            String id = requestPage.substring(requestPage.lastIndexOf('/') + 1);
            Browser.follow(browser, By.id("sign-out"));

            browser.get(page("/login"));
            signIn(browser, team.username("M1"));
            browser.get(page("/leave/" + team.tenant() + "/approvals"));
            assertTrue(browser.findElement(By.id("request-" + id)).getText().contains("Erin Employee: Annual leave"));
            // rejecting without a reason is refused, next to the reason box
            Browser.follow(browser, By.id("reject-" + id));
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Say why you are rejecting it"));
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#reason-" + id));
            screenshot(browser, "leave-approvals");
            Browser.follow(browser, By.id("approve-" + id));
            assertEquals("Leave approved. We have told them.", browser.findElement(By.id("done")).getText());
            assertEquals("There is no leave waiting for your decision.", browser.findElement(By.id("nothing")).getText());
            browser.get(page("/leave/" + team.tenant() + "/calendar?month=2026-12"));
            assertTrue(browser.findElement(By.id("calendar-list")).getText().contains("Erin Employee: annual, Mon 7 Dec to Fri 11 Dec (approved)"),
                    browser.findElement(By.id("calendar-list")).getText());
            screenshot(browser, "leave-calendar");
            Browser.follow(browser, By.id("sign-out"));

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
        java.time.LocalDate day = Fixtures.today().minusDays(2);
        Path receipt = Files.createTempFile("receipt", ".png");
        Files.write(receipt, ExpensesIT.PNG);
        ChromeDriver browser = Browser.start(false);
        try {
            browser.get(page("/login"));
            signIn(browser, team.username("E1"));
            Browser.follow(browser, By.linkText("Expenses"));
            Browser.follow(browser, By.id("new-claim"));
            assertEquals("Claim expenses – Guildhall", browser.getTitle());
            typeDate(browser, "lines-0-date", day);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lines-0-category"))).selectByValue("MILEAGE");
            browser.findElement(By.id("lines-0-description")).sendKeys("Drive to the Wakefield site");
            browser.findElement(By.id("lines-0-miles")).sendKeys("42");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lines-0-vehicle"))).selectByValue("CAR");
            Browser.follow(browser, By.id("add-line"));
            assertEquals("42", browser.findElement(By.id("lines-0-miles")).getAttribute("value"), "the first line is kept");
            typeDate(browser, "lines-1-date", day);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lines-1-category"))).selectByValue("RAIL");
            browser.findElement(By.id("lines-1-amount")).sendKeys("24.50");
            Browser.follow(browser, By.id("save-claim"));
            // the second line has no description: shown in the summary, linked to the field
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Line 2: Describe what the expense was for"));
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#lines-1-description"));
            browser.findElement(By.id("lines-1-description")).sendKeys("Train to Leeds");
            browser.findElement(By.id("lines-1-vat")).sendKeys("4.08");
            Browser.follow(browser, By.id("save-claim"));

            assertEquals("£18.90", browser.findElement(By.id("amount-1")).getText(), "42 miles at 45p");
            assertEquals("£43.40", browser.findElement(By.id("total")).getText());
            Browser.follow(browser, By.id("submit-claim"));
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Attach a receipt for line 2"));
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#file-2"));
            browser.findElement(By.id("file-1")).sendKeys(receipt.toString());
            Browser.follow(browser, By.id("upload-1"));
            assertEquals("Receipt added", browser.findElement(By.id("uploaded")).getText());
            browser.findElement(By.id("file-2")).sendKeys(receipt.toString());
            Browser.follow(browser, By.id("upload-2"));
            screenshot(browser, "expenses-claim");
            Browser.follow(browser, By.id("submit-claim"));
            assertEquals("Claim submitted", browser.findElement(By.className("govuk-panel__title")).getText());
            String claimPage = browser.getCurrentUrl().replace("?submitted", "");
            String id = claimPage.substring(claimPage.lastIndexOf('/') + 1);
            Browser.follow(browser, By.id("sign-out"));

            browser.get(page("/login"));
            signIn(browser, team.username("M1"));
            browser.get(page("/expenses/" + team.tenant() + "/approvals"));
            Browser.follow(browser, By.id("open-" + id));
            assertEquals(2, browser.findElements(By.cssSelector("#line-1 a, #line-2 a")).size(), "the receipts are there to check");
            Browser.follow(browser, By.id("approve"));
            assertTrue(browser.findElement(By.id("done")).getText().startsWith("Claim approved"));
            Browser.follow(browser, By.id("sign-out"));

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
