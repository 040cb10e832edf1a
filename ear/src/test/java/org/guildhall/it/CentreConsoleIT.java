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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The centre's console in Chromium with JavaScript off, as the operator, after the measures job has run for this month
 * with three fresh tenants in it (two in a group, one suspended since): the console lists them with their group and
 * status; the measures page has a box plot per measure whose five numbers are those worked out here from the API's
 * figures for the same month (the database holds other tests' tenants too) and whose drawing places them on its axis;
 * a tenant's trend shows the month's figure and no figure for the months before; the recharges page lists the tenants
 * with the API's totals; a month that is not one gives the error summary. A tenant's admin is refused (403). Every page
 * is checked with axe, wide and narrow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CentreConsoleIT {

    /** Where the drawn and the worked-out positions may differ: the drawing rounds to a tenth of a unit. */
    private static final BigDecimal DRAWN = new BigDecimal("0.15");

    @ArquillianResource
    URL base;

    private String page(String path) {
        return "http://localhost:" + base.getPort() + path;
    }

    /** The figure a tenant is compared by, as the API gives it: the median of a time, else the value; null for none. */
    private static BigDecimal headline(JsonObject measure) {
        if (measure.containsKey("distribution")) {
            return new BigDecimal(measure.getJsonObject("distribution").getString("p50"));
        }
        return measure.containsKey("value") ? new BigDecimal(measure.getString("value")) : null;
    }

    /** PostgreSQL's percentile_cont of sorted figures: at position (n - 1) * fraction, between the figures either side. */
    private static BigDecimal percentileCont(List<BigDecimal> sorted, String fraction) {
        BigDecimal position = BigDecimal.valueOf(sorted.size() - 1L).multiply(new BigDecimal(fraction));
        int below = position.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal low = sorted.get(below);
        BigDecimal high = below + 1 < sorted.size() ? sorted.get(below + 1) : low;
        return low.add(high.subtract(low).multiply(position.subtract(BigDecimal.valueOf(below)))).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal number(WebElement element) {
        return new BigDecimal(element.getDomProperty("textContent").strip());
    }

    private static BigDecimal at(WebElement element, String attribute) {
        return new BigDecimal(element.getDomAttribute(attribute));
    }

    @Test
    void operatorsSeeEveryTenantTheMeasuresAsBoxPlotsAndTrendsAndTheMeteringTable() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        String month = Fixtures.today().toString().substring(0, 7);
        String before = Fixtures.today().minusMonths(1).toString().substring(0, 7);
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Team team = Team.onboard(fixtures, "cons" + i);
            teams.add(team);
            for (String employee : i == 0 ? List.of("E1", "E2") : List.of("E1")) {
                Api.Reply asked = team.as(employee).post(team.path("leave-requests"), LeaveIT.leave("ANNUAL", "2027-03-01", "2027-03-02"));
                assertEquals(201, asked.status(), asked.toString());
                assertEquals(200, team.as("M1").post(team.path("leave-requests/" + asked.json().getJsonNumber("id") + "/approve"), null).status());
            }
        }
        String group = "cons-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, operator.post("api/v1/tenant-groups", "{\"code\": \"" + group + "\", \"name\": \"Department of Consoles\"}").status());
        for (Team team : teams.subList(0, 2)) {
            assertEquals(200, operator.send("PUT", "api/v1/tenant-groups/" + group + "/members/" + team.tenant(), null, null).status());
        }
        Api.Reply started = operator.post("api/v1/service-measures/runs", "{\"month\": \"" + month + "\"}");
        assertEquals(202, started.status(), started.toString());
        String run = "api/v1/service-measures/runs/" + started.json().getJsonNumber("execution");
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(operator.get(run).json().getString("status")));
        assertEquals("COMPLETED", operator.get(run).json().getString("status"));
        Team first = teams.get(0);
        String suspended = teams.get(2).tenant();
        Api.Reply suspension = operator.send("PUT", "api/v1/tenants/" + suspended + "/suspension", "{\"reason\": \"Recharges unpaid since May\"}",
                "application/json");
        assertEquals(200, suspension.status(), suspension.toString());

        // what the pages must agree with: every tenant's figures of the month, and every tenant's statement, from the API
        Map<String, List<BigDecimal>> figures = new TreeMap<>();
        BigDecimal firstLeave = null;
        for (JsonObject tenant : operator.get("api/v1/service-measures?month=" + month).json().getJsonArray("tenants").getValuesAs(JsonObject.class)) {
            for (JsonObject measure : tenant.getJsonArray("measures").getValuesAs(JsonObject.class)) {
                List<BigDecimal> those = figures.computeIfAbsent(measure.getString("measure"), m -> new ArrayList<>());
                BigDecimal figure = headline(measure);
                if (figure != null) {
                    those.add(figure);
                }
                if (tenant.getString("tenant").equals(first.tenant()) && measure.getString("measure").equals("LEAVE_DECISION")) {
                    firstLeave = figure;
                }
            }
        }
        assertTrue(firstLeave != null, "the first tenant's leave decisions were measured");
        Map<String, String> totals = operator.get("api/v1/recharges?month=" + month).json().getJsonArray("statements").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(s -> s.getString("tenant"), s -> s.getString("total")));

        ChromeDriver browser = Browser.start(false);
        try {
            Browser.signIn(browser, base, Fixtures.OPERATOR, TestDatabase.OPERATOR_PASSWORD);
            Browser.follow(browser, By.id("centre-link"));
            assertEquals("Shared service centre – Guildhall", browser.getTitle());
            for (Team team : teams) {
                String row = browser.findElement(By.id("tenant-" + team.tenant())).getText();
                assertTrue(row.contains("Agency " + team.tenant()), row);
                boolean grouped = !team.tenant().equals(suspended);
                assertEquals(grouped, row.contains("Department of Consoles (" + group + ")"), row);
                assertTrue(row.contains(team.tenant().equals(suspended) ? "Suspended" : "Active"), row);
            }
            assertTrue(browser.findElement(By.id("tenant-" + suspended)).getText().contains("Recharges unpaid since May"));

            // the measures across tenants: a month at a time, the month just ended by default
            Browser.follow(browser, By.id("measures-link"));
            assertEquals(before, browser.findElement(By.id("month")).getDomProperty("value"));
            browser.findElement(By.id("month")).clear();
            browser.findElement(By.id("month")).sendKeys(month);
            Browser.follow(browser, By.id("show-month"));
            assertEquals(figures.size(), browser.findElements(By.cssSelector("section[id^='measure-']")).size(), "a section per measure kept");
            assertTrue(figures.get("LEAVE_DECISION").size() >= 3, "this test's tenants at least: " + figures.get("LEAVE_DECISION"));
            for (Map.Entry<String, List<BigDecimal>> measure : figures.entrySet()) {
                String m = measure.getKey();
                List<BigDecimal> sorted = measure.getValue().stream().sorted().toList();
                if (sorted.isEmpty()) {
                    assertFalse(browser.findElements(By.id("no-figure-" + m)).isEmpty(), m + ": no tenant has a figure, and the page says so");
                    continue;
                }
                List<BigDecimal> expected = List.of(sorted.get(0), percentileCont(sorted, "0.25"), percentileCont(sorted, "0.5"),
                        percentileCont(sorted, "0.75"), sorted.get(sorted.size() - 1));
                List<String> names = List.of("min", "lowerQuartile", "median", "upperQuartile", "max");
                for (int i = 0; i < names.size(); i++) {
                    BigDecimal shown = number(browser.findElement(By.id(m + "-" + names.get(i))));
                    assertEquals(0, shown.compareTo(expected.get(i)), m + " " + names.get(i) + ": " + shown + " for " + expected.get(i) + " of " + sorted);
                }
                assertEquals(sorted.size(), number(browser.findElement(By.id(m + "-count"))).intValueExact(), m);

                // the drawing: each number where it lies on the axis between its first and last ticks
                WebElement chart = browser.findElement(By.id("box-" + m));
                assertEquals("img", chart.getDomAttribute("role"));
                assertTrue(browser.findElement(By.id("box-" + m + "-desc")).getDomProperty("textContent").contains(expected.get(2).toPlainString()));
                WebElement axis = chart.findElement(By.cssSelector("line.guildhall-chart__axis"));
                List<WebElement> ticks = chart.findElements(By.cssSelector("text.guildhall-chart__tick"));
                BigDecimal low = number(ticks.get(0));
                BigDecimal high = number(ticks.get(ticks.size() - 1));
                BigDecimal start = at(axis, "x1");
                BigDecimal length = at(axis, "x2").subtract(start);
                WebElement box = chart.findElement(By.cssSelector("rect.guildhall-chart__box"));
                List<BigDecimal> drawn = List.of(at(chart.findElement(By.cssSelector("line.guildhall-chart__min")), "x1"), at(box, "x"),
                        at(chart.findElement(By.cssSelector("line.guildhall-chart__median")), "x1"), at(box, "x").add(at(box, "width")),
                        at(chart.findElement(By.cssSelector("line.guildhall-chart__max")), "x1"));
                for (int i = 0; i < names.size(); i++) {
                    BigDecimal should = start.add(expected.get(i).subtract(low).multiply(length).divide(high.subtract(low), 4, RoundingMode.HALF_UP));
                    assertTrue(drawn.get(i).subtract(should).abs().compareTo(DRAWN) <= 0, m + " " + names.get(i) + " drawn at " + drawn.get(i)
                            + ", should be at " + should + " on an axis from " + low + " to " + high);
                }
            }

            browser.get(page("/centre/measures?month=2026-13"));
            assertTrue(browser.getTitle().startsWith("Error: "), browser.getTitle());
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Enter a month as YYYY-MM"));
            assertTrue(browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href").endsWith("#month"));
            assertEquals("2026-13", browser.findElement(By.id("month")).getDomProperty("value"), "what was typed is kept");
            assertTrue(browser.findElements(By.cssSelector("svg")).isEmpty(), "no charts for no month");
            browser.get(page("/centre/measures?month=2001-01"));
            assertTrue(browser.findElement(By.id("no-measures")).getText().startsWith("No service measures are kept for January 2001"));
            assertTrue(browser.findElements(By.cssSelector("section[id^='measure-']")).isEmpty());

            // a tenant's trend, reached from the console: the month's figure, and a gap for each month before it
            browser.get(page("/centre"));
            Browser.follow(browser, By.cssSelector("#tenant-" + first.tenant() + " a"));
            assertEquals("Service measures of Agency " + first.tenant() + " – Guildhall", browser.getTitle());
            browser.findElement(By.id("to")).clear();
            browser.findElement(By.id("to")).sendKeys(month);
            Browser.follow(browser, By.id("show-trend"));
            assertEquals("LEAVE_DECISION", browser.findElement(By.cssSelector("#measure option[selected]")).getDomAttribute("value"));
            assertEquals(12, browser.findElements(By.cssSelector("#figures tbody tr")).size());
            assertEquals(0, number(browser.findElement(By.id("figure-" + month))).compareTo(firstLeave));
            assertEquals("none", browser.findElement(By.id("figure-" + before)).getText());
            List<WebElement> points = browser.findElements(By.cssSelector("#trend circle.guildhall-chart__point"));
            assertEquals(List.of(month), points.stream().map(p -> p.getDomAttribute("data-month")).toList(), "one point, for the one month measured");
            assertEquals(0, at(points.get(0), "data-value").compareTo(firstLeave));
            assertTrue(browser.findElements(By.cssSelector("#trend polyline")).isEmpty(), "a lone month is a point, not a line");
            browser.get(page("/centre/measures/no-such-tenant"));
            assertEquals("Not found – Guildhall", browser.getTitle());

            // metering and recharges: each tenant's counts and the API's total, none approved yet
            browser.get(page("/centre"));
            Browser.follow(browser, By.id("recharges-link"));
            browser.get(page("/centre/recharges?month=" + month));
            for (Team team : teams) {
                assertEquals("£" + totals.get(team.tenant()), browser.findElement(By.id("total-" + team.tenant())).getText().replace(",", ""));
                assertEquals("Not approved", browser.findElement(By.id("approval-" + team.tenant())).getText());
            }
            browser.get(page("/centre/recharges?month=May"));
            assertTrue(browser.findElement(By.className("govuk-error-summary")).getText().contains("Enter a month as YYYY-MM"));

            // a tenant's admin: no way in offered, and refused
            Browser.signIn(browser, base, "admin-of-" + first.tenant());
            assertTrue(browser.findElements(By.id("centre-link")).isEmpty());
            browser.get(page("/centre"));
            assertEquals("Not allowed – Guildhall", browser.getTitle());
            String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/centre", "/centre/measures?month=" + month, "/centre/measures/" + first.tenant(), "/centre/recharges")) {
                HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(page(path))).header("Cookie", cookies).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(403, refused.statusCode(), path);
                assertFalse(refused.body().contains(teams.get(1).tenant()), path + " names a tenant");
            }
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(page("/centre"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login"));
        } finally {
            browser.quit();
        }

        ChromeDriver checked = Browser.start(true);
        try {
            Browser.signIn(checked, base, Fixtures.OPERATOR, TestDatabase.OPERATOR_PASSWORD);
            for (String path : List.of("/", "/centre", "/centre/measures?month=" + month, "/centre/measures?month=2026-13",
                    "/centre/measures?month=2001-01", "/centre/measures/" + first.tenant() + "?measure=LEAVE_DECISION&to=" + month,
                    "/centre/measures/" + first.tenant() + "?measure=LEAVE_DECISION&to=x", "/centre/recharges?month=" + month,
                    "/centre/recharges?month=2001-01")) {
                checked.get(page(path));
                Browser.assertAccessibleWideAndNarrow(checked, "the centre's console: " + path);
            }
        } finally {
            checked.quit();
        }
    }
}
