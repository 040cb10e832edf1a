package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The purchasing pages in Chromium with JavaScript off: an employee raises a requisition of two lines (the second added
 * with "Add another line"), is told it is over budget and asked for a reason, and submits it; the approval queue shows it
 * to the cost centre's budget holder only, who approves it; the order is received in part (too much is refused at the
 * line), its PDF downloads, and procurement cancels the rest. Every page, with its errors showing, is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurchasingPagesIT {

    @ArquillianResource
    URL base;

    private String page(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    private static void type(ChromeDriver browser, String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private static void choose(ChromeDriver browser, String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** Fills line {@code i} of the requisition form, for IT (55200) in cost centre CC210. */
    private static void line(ChromeDriver browser, int i, String description, String quantity, String unitPrice) {
        type(browser, "lines-" + i + "-description", description);
        type(browser, "lines-" + i + "-quantity", quantity);
        type(browser, "lines-" + i + "-unitPrice", unitPrice);
        choose(browser, "lines-" + i + "-account", "55200");
        choose(browser, "lines-" + i + "-costCentre", "CC210");
    }

    @Test
    void aRequisitionOverBudgetGoesToTheBudgetHolderAndItsOrderIsReceivedInPartThenCancelled() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        PurchasingIT.Buyers b = PurchasingIT.Buyers.of(fixtures, "buypage");
        String t = b.tenant();
        fixtures.userIn(t, "emp-" + t, "EMPLOYEE");
        String purchasing = "/purchasing/" + t;
        List<String> checked = new ArrayList<>();

        ChromeDriver browser = Browser.start(false);
        try {
            Browser.signIn(browser, base, "emp-" + t);
            browser.get(page(purchasing + "/new"));
            choose(browser, "supplier", String.valueOf(b.supplier()));
            line(browser, 0, "Laptop", "2", "350.00");
            Browser.follow(browser, By.id("add-line"));
            assertEquals("Laptop", browser.findElement(By.id("lines-0-description")).getAttribute("value"), "line 1 is kept");
            assertEquals("55200", new Select(browser.findElement(By.id("lines-0-account"))).getFirstSelectedOption().getAttribute("value"));
            line(browser, 1, "Docking station", "two", "400");
            Browser.follow(browser, By.id("save-requisition"));
            String summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("Line 2: Enter the quantity as a number"), summary);
            assertTrue(browser.getTitle().startsWith("Error: "), browser.getTitle());

            // 700.00 + 400.00 net against the 1,000.00 budgeted: over by 100.00, so a reason is asked for
            type(browser, "lines-1-quantity", "1");
            Browser.follow(browser, By.id("save-requisition"));
            summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("over budget (-£100.00 after it)"), summary);
            String budget = browser.findElement(By.id("budget")).getText();
            assertTrue(budget.contains("CC210 55200 £1,000.00 -£100.00 Over budget"), budget);
            type(browser, "overBudgetReason", "Two new starters in January");
            Browser.follow(browser, By.id("save-requisition"));
            assertTrue(browser.findElement(By.id("saved")).isDisplayed());
            assertEquals("Not submitted", browser.findElement(By.id("status")).getText());
            assertEquals("£1,320.00", browser.findElement(By.id("total")).getText());
            assertTrue(browser.findElement(By.id("over-budget")).isDisplayed());
            String requisition = browser.getCurrentUrl().replaceAll("\\?.*", "");
            checked.add(requisition);
            Browser.follow(browser, By.id("submit-requisition"));
            assertEquals("Requisition submitted", browser.findElement(By.className("govuk-panel__title")).getText());

            // the other budget holder may approve 1,320.00 by limit, but not over CC210's budget: it is not in their queue
            Browser.signIn(browser, base, "holder2-" + t);
            browser.get(page(purchasing + "/approvals"));
            assertTrue(browser.findElement(By.id("nothing")).isDisplayed());
            browser.get(requisition);
            assertTrue(browser.findElements(By.id("approve")).isEmpty(), "no decision offered to someone who may not decide");

            Browser.signIn(browser, base, "holder-" + t);
            browser.get(page(purchasing + "/approvals"));
            checked.add(browser.getCurrentUrl());
            String queue = browser.findElement(By.id("approvals")).getText();
            assertTrue(queue.contains("emp-" + t) && queue.contains("Over budget") && queue.contains("£1,320.00"), queue);
            Browser.follow(browser, By.cssSelector("#approvals a"));
            Browser.follow(browser, By.id("approve"));
            String banner = browser.findElement(By.id("approved")).getText();
            assertTrue(banner.matches(".*Purchase order PO-20\\d\\d-000001 is raised.*"), banner);
            assertEquals("holder-" + t, browser.findElement(By.id("decided-by")).getText());
            Browser.follow(browser, By.id("order-link"));
            String order = browser.getCurrentUrl();
            checked.add(order);
            assertEquals("Open", browser.findElement(By.id("status")).getText());
            assertTrue(browser.findElements(By.id("cancel")).isEmpty(), "only procurement ends an order");

            // the requester receives: 3 laptops of 2 is beyond the 5% tolerance, 1 is a part receipt
            Browser.signIn(browser, base, "emp-" + t);
            browser.get(order);
            Browser.follow(browser, By.id("receive"));
            checked.add(browser.getCurrentUrl());
            assertEquals(Fixtures.today().getDayOfMonth() + "", browser.findElement(By.id("date-day")).getAttribute("value"));
            type(browser, "received-1", "3");
            Browser.follow(browser, By.id("record-receipt"));
            summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("Line 1 (Laptop): 3 received of 2 ordered is more than the purchasing policy's 5% tolerance"), summary);
            assertEquals("3", browser.findElement(By.id("received-1")).getAttribute("value"), "what was typed is kept");
            type(browser, "received-1", "1");
            Browser.follow(browser, By.id("record-receipt"));
            assertTrue(browser.findElement(By.id("done")).getText().startsWith("Goods received recorded"));
            assertEquals("Partly received", browser.findElement(By.id("status")).getText());
            assertEquals("1", browser.findElement(By.id("received-1")).getText());
            assertEquals("0", browser.findElement(By.id("received-2")).getText());

            String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(order + "/pdf")).header("Cookie", cookies)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
            axe("emp-" + t, List.of(purchasing, purchasing + "/new", checked.get(0), checked.get(3)), List.of(purchasing + "/new", checked.get(3)),
                    "an employee's pages");

            Browser.signIn(browser, base, "buyer-" + t);
            browser.get(order);
            Browser.follow(browser, By.id("cancel"));
            assertEquals("Cancelled", browser.findElement(By.id("status")).getText());
            assertTrue(browser.findElements(By.id("receive")).isEmpty(), "nothing more is received on a cancelled order");
            browser.get(page(purchasing + "/orders"));
            checked.add(browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("orders")).getText().contains("Byte Ltd"));
        } finally {
            browser.quit();
        }
        // 1 laptop received (350.00 actual, accrued); the rest of the order released by cancelling it
        assertEquals("0.00 650.00", b.commitments());
        axe("holder-" + t, List.of(checked.get(1), checked.get(2)), List.of(), "a budget holder's pages");
        axe("buyer-" + t, List.of(checked.get(4), checked.get(2)), List.of(), "procurement's pages");
    }

    /**
     * axe needs JavaScript, which the flow above runs without: the pages again in a browser with it, on a desktop and at
     * 320 CSS pixels wide; each of {@code submitted} also once with its form sent empty, so its errors show.
     */
    private void axe(String username, List<String> urls, List<String> submitted, String what) {
        ChromeDriver browser = Browser.start(true);
        try {
            Browser.signIn(browser, base, username);
            for (String url : urls) {
                browser.get(url.startsWith("http") ? url : page(url));
                Browser.assertAccessibleWideAndNarrow(browser, what + ": " + url);
            }
            for (String url : submitted) {
                browser.get(url.startsWith("http") ? url : page(url));
                Browser.follow(browser, By.cssSelector("main form button.govuk-button:not(.govuk-button--secondary)"));
                assertTrue(!browser.findElements(By.className("govuk-error-summary")).isEmpty(), url + " sent empty shows its errors");
                Browser.assertAccessible(browser, what + ": " + url + " with its errors");
            }
        } finally {
            browser.quit();
        }
    }
}
