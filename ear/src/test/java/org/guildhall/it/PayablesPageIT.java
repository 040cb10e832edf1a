package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accounts payable page in Chromium with JavaScript off, for a fresh tenant with one invoice paid, one approved and
 * not paid and one in the exception queue: finance reaches it from the home page, its table says what the API's
 * prompt-payment measure says for the same period, its chart has a bar per share as wide as the share, the exception is
 * queued with its reason, and a day that is not one gives the error summary. AP clerks see the queue only; an employee
 * is refused; another tenant's finance user finds nothing there. The pages are checked with axe, wide and narrow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayablesPageIT {

    /** The shares of the measure, in the chart's order, as the API names them. */
    private static final List<String> SHARES = List.of("paidWithin5Days", "paidWithin30Days", "paidIn1To30", "paidIn31To60", "paidOver60",
            "dueButUnpaid");
    private static final String PERIOD = "from=2026-12-01&to=2026-12-10";

    @ArquillianResource
    URL base;

    private String page(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    @Test
    void financeSeesThePromptPaymentMeasureAsAChartBesideItsFiguresAndTheExceptionQueue() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        InvoicesIT.Payables p = InvoicesIT.Payables.of(fixtures, "appage");
        PurchasingIT.Buyers b = p.b();
        String t = b.tenant();
        Api approver = fixtures.userIn(t, "approver-" + t, "AP_APPROVER");
        fixtures.userIn(t, "emp-" + t, "EMPLOYEE");
        String other = fixtures.onboard("apother");
        fixtures.userIn(other, "finance-" + other, "FINANCE");

        // in the queue: 375.00 against the order's 350.00 is over tolerance (entered before the bank details change, its only reason)
        long dear = p.order(1);
        p.receive(dear, 1);
        JsonObject priced = p.entered(dear, "P-1", 1, "375.00", "450.00");
        assertEquals("EXCEPTION", priced.getString("status"), priced.toString());
        // paid: A-1, received 10 November, due and paid 10 December; approved and unpaid: A-2, due then too, after the run was proposed
        PaymentRunsIT.bankDetails(b, b.clerk(), p.clerk2());
        long first = p.order(2);
        p.receive(first, 2);
        PaymentRunsIT.approve(p, p.entered(first, "A-1", 2, "350.00", "840.00"));
        Api.Reply proposed = b.clerk().post(b.path("payment-runs"), "{\"payDate\": \"2026-12-10\"}");
        assertEquals(201, proposed.status(), proposed.toString());
        long second = p.order(1);
        p.receive(second, 1);
        PaymentRunsIT.approve(p, p.entered(second, "A-2", 1, "350.00", "420.00"));
        JsonObject run = approver.post(b.path("payment-runs/" + proposed.json().getJsonNumber("id") + "/approve"), null).json();
        assertEquals("APPROVED 840.00", run.getString("status") + " " + run.getString("total"), run.toString());

        JsonObject measure = b.finance().get(b.path("prompt-payment?" + PERIOD)).json();
        assertEquals(List.of("1", "100.0", "50.0"), List.of(String.valueOf(measure.getInt("invoices")), measure.getString("paidWithin30Days"),
                measure.getString("dueButUnpaid")), "the period has the invoices the test meant: " + measure);
        String payables = "/payables/" + t;

        ChromeDriver browser = Browser.start(false);
        try {
            Browser.signIn(browser, base, "finance-" + t);
            Browser.follow(browser, By.linkText("Accounts payable"));
            assertEquals("Accounts payable – Guildhall", browser.getTitle());
            assertEquals("2026-10-01", browser.findElement(By.id("from")).getAttribute("value"), "the financial quarter to date by default");
            assertEquals(Fixtures.today().toString(), browser.findElement(By.id("to")).getAttribute("value"));

            browser.get(page(payables + "?" + PERIOD));
            assertEquals(String.valueOf(measure.getInt("invoices")), browser.findElement(By.id("figure-invoices")).getText());
            assertEquals(measure.getString("averageDaysToPay"), browser.findElement(By.id("figure-averageDaysToPay")).getText());
            for (String share : SHARES) {
                assertEquals(measure.getString(share) + "%", browser.findElement(By.id("figure-" + share)).getText(), share);
            }
            assertEquals(measure.getString("lateInterestOwed"), browser.findElement(By.id("figure-lateInterestOwed")).getText()
                    .replace("£", "").replace(",", ""));

            WebElement chart = browser.findElement(By.id("chart"));
            assertEquals("img", chart.getDomAttribute("role"));
            assertTrue(browser.findElement(By.id("chart-title")).getDomProperty("textContent").contains("1 December 2026 to 10 December 2026"));
            List<WebElement> bars = chart.findElements(By.cssSelector("rect.guildhall-chart__bar"));
            List<WebElement> tracks = chart.findElements(By.cssSelector("rect.guildhall-chart__track"));
            assertEquals(SHARES, bars.stream().map(r -> r.getDomAttribute("data-measure")).toList(), "one bar per share, in order");
            for (int i = 0; i < SHARES.size(); i++) {
                BigDecimal drawn = new BigDecimal(bars.get(i).getDomAttribute("width")).movePointRight(2)
                        .divide(new BigDecimal(tracks.get(i).getDomAttribute("width")), 2, RoundingMode.HALF_UP);
                BigDecimal figure = new BigDecimal(measure.getString(SHARES.get(i)));
                assertTrue(drawn.subtract(figure).abs().compareTo(new BigDecimal("0.05")) <= 0,
                        SHARES.get(i) + ": a bar " + drawn + "% of its track for " + figure + "%");
            }

            String queue = browser.findElement(By.id("exceptions")).getText();
            for (String expected : List.of("Byte Ltd", "P-1", "10 November 2026", "£450.00", "PRICE_OVER_TOLERANCE",
                    "expected 350.00, found 375.00")) {
                assertTrue(queue.contains(expected), "'" + expected + "' in\n" + queue);
            }
            assertFalse(queue.contains("A-2"), "an approved invoice is not an exception");
            assertEquals("1 invoice is waiting", browser.findElement(By.id("waiting-total")).getText().replaceAll(":.*", ""));

            browser.get(page(payables + "?from=2026-04-01&to=2026-04-30"));
            assertTrue(browser.findElement(By.id("no-invoices")).getText().startsWith("No invoices were paid from 1 April 2026 to 30 April 2026"));
            assertFalse(browser.getPageSource().contains("id=\"chart\""), "no empty bars");

            browser.get(page(payables + "?" + PERIOD));
            browser.findElement(By.id("from")).clear();
            browser.findElement(By.id("from")).sendKeys("2026-02-30");
            Browser.follow(browser, By.id("show-measure"));
            assertTrue(browser.getTitle().startsWith("Error: "), browser.getTitle());
            String summary = browser.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(summary.contains("Enter the first day as a real date"), summary);
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getAttribute("href").endsWith("#from"));
            assertEquals("2026-02-30", browser.findElement(By.id("from")).getAttribute("value"), "what was typed is kept");
            assertTrue(browser.findElement(By.id("exceptions")).getText().contains("P-1"), "the queue is still shown");

            // AP clerks work the queue; the measure is finance's and audit's, as in the API
            Browser.signIn(browser, base, "clerk-" + t);
            browser.get(page(payables + "?" + PERIOD));
            assertTrue(browser.findElement(By.id("exceptions")).getText().contains("P-1"));
            assertFalse(browser.getPageSource().contains("id=\"measure\""), "no measure for an AP clerk");

            Browser.signIn(browser, base, "emp-" + t);
            assertTrue(browser.findElements(By.linkText("Accounts payable")).isEmpty(), "no way in is offered");
            browser.get(page(payables));
            assertEquals("Not allowed – Guildhall", browser.getTitle());

            // another tenant's finance: as if there were no such tenant, and nothing of this one's shown
            Browser.signIn(browser, base, "finance-" + other);
            String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpResponse<String> elsewhere = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page(payables + "?" + PERIOD)))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, elsewhere.statusCode());
            for (String secret : List.of(t, "Byte Ltd", "P-1", "£450.00")) {
                assertFalse(elsewhere.body().contains(secret), "the answer names " + secret);
            }
            browser.get(page(payables));
            assertEquals("Not found – Guildhall", browser.getTitle());
        } finally {
            browser.quit();
        }

        axe("finance-" + t, List.of(payables + "?" + PERIOD, payables + "?from=2026-04-01&to=2026-04-30", payables + "?from=2026-02-30&to=x"));
        axe("clerk-" + t, List.of(payables));
    }

    /** axe needs JavaScript, which the flow above runs without: the pages again in a browser with it, wide and at 320 pixels. */
    private void axe(String username, List<String> paths) {
        ChromeDriver browser = Browser.start(true);
        try {
            Browser.signIn(browser, base, username);
            for (String path : paths) {
                browser.get(page(path));
                Browser.assertAccessibleWideAndNarrow(browser, "the accounts payable page of " + username + ": " + path);
            }
        } finally {
            browser.quit();
        }
    }
}
