package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo centre the test deployment built on its first start (GUILDHALL_DEMO is on by default), read only: a group of
 * a department and two agencies with 300 people between them; a year of activity in the twelve months before the pinned
 * clock's, made through the services, so the books balance and the audit chains verify; and service measures for every
 * one of those months, which an operator sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoCentreIT {

    private static final String PASSWORD = "demo-password-not-for-real-use";
    /** Each demo tenant, the prefix of its people's numbers, and how many it has (demo also has the README users' four). */
    private static final Map<String, Integer> PEOPLE = Map.of("demo", 146, "demo-standards", 90, "demo-records", 60);
    private static final Map<String, String> PREFIX = Map.of("demo", "dd", "demo-standards", "sa", "demo-records", "ra");

    @ArquillianResource
    URL base;

    private Api as(String username) {
        return Api.at(base).as(username, PASSWORD);
    }

    private static List<YearMonth> year() {
        YearMonth now = YearMonth.from(Fixtures.today());
        List<YearMonth> months = new ArrayList<>();
        for (int back = 12; back >= 1; back--) {
            months.add(now.minusMonths(back));
        }
        return months;
    }

    @Test
    void aGroupOfThreeTenantsWith300PeopleWhoseBooksBalanceAndWhoseAuditChainsVerify() {
        JsonObject group = new Fixtures(base).operator().get("api/v1/tenant-groups/demo-centre").json();
        assertEquals(List.of("demo", "demo-records", "demo-standards"), group.getJsonArray("tenants").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), group.toString());
        int people = 4; // the README's demo users' records
        for (var tenant : PEOPLE.entrySet()) {
            String prefix = PREFIX.get(tenant.getKey());
            Api hr = as(prefix + "1002");
            Api.Reply found = hr.get("api/v1/tenants/" + tenant.getKey() + "/employees?q=" + prefix + "1");
            assertEquals(200, found.status(), found.toString());
            assertEquals(tenant.getValue().intValue(), found.json().getInt("total"), tenant.getKey());
            people += found.json().getInt("total");

            Api finance = as(prefix + "1003");
            // fiscal year 2026, period 7: October 2026, the demo year's last month at the tests' clock
            JsonObject totals = finance.get("api/v1/tenants/" + tenant.getKey() + "/trial-balance?fiscalYear=2026&period=7").json()
                    .getJsonObject("totals");
            assertEquals(totals.getString("debit"), totals.getString("credit"), tenant.getKey() + " " + totals);
            assertTrue(new BigDecimal(totals.getString("debit")).compareTo(new BigDecimal("100000")) > 0, tenant.getKey() + " " + totals);
        }
        assertEquals(300, people);
        for (String admin : List.of("standards.admin", "records.admin")) {
            String tenant = "demo-" + admin.substring(0, admin.indexOf('.'));
            JsonObject chain = as(admin).get("api/v1/tenants/" + tenant + "/audit/verification").json();
            assertTrue(chain.getBoolean("valid"), chain.toString());
            assertTrue(chain.getInt("checkedEvents") > 1_000, chain.toString());
        }
    }

    @Test
    void everyMonthOfTheYearHasMeasuresToCompareAndTheTenantsWorkAtDifferentPaces() {
        Api operator = new Fixtures(base).operator();
        Map<String, List<BigDecimal>> leaveMedians = new java.util.HashMap<>();
        Map<String, Integer> invoicesPaid = new java.util.HashMap<>();
        for (YearMonth month : year()) {
            JsonObject centre = operator.get("api/v1/service-measures?month=" + month).json();
            for (String tenant : PEOPLE.keySet()) {
                JsonObject row = centre.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
                        .filter(t -> t.getString("tenant").equals(tenant)).findFirst()
                        .orElseThrow(() -> new AssertionError(tenant + " has no measures for " + month));
                assertEquals("demo-centre", row.getString("group"));
                List<JsonObject> measures = row.getJsonArray("measures").getValuesAs(JsonObject.class);
                JsonObject leave = measure(measures, "LEAVE_DECISION");
                assertTrue(leave.getInt("count") > 3, tenant + " " + month + " " + leave);
                leaveMedians.computeIfAbsent(tenant, t -> new ArrayList<>())
                        .add(new BigDecimal(leave.getJsonObject("distribution").getString("p50")));
                assertTrue(measure(measures, "EXPENSE_DECISION").getInt("count") > 0, tenant + " " + month);
                assertTrue(measure(measures, "ACTIVE_USERS").getInt("count") > 10, tenant + " " + month);
                JsonObject onboarding = measure(measures, "ONBOARDING_ERRORS");
                assertTrue(onboarding.getInt("count") > 0, tenant + " " + month + " " + onboarding);
                if (month.equals(year().get(0))) {
                    assertTrue(new BigDecimal(onboarding.getString("value")).signum() > 0, "the first load's check found problems: " + onboarding);
                }
                assertTrue(measure(measures, "PURCHASE_ORDERS").getInt("count") > 0, tenant + " " + month);
                invoicesPaid.merge(tenant, measure(measures, "INVOICE_CYCLE").getInt("count"), Integer::sum);
                if (month.equals(year().get(11))) {
                    assertTrue(measure(measures, "EXCEPTION_AGE").getInt("count") > 0, "a dispute never settled: " + tenant);
                }
                if (!month.isBefore(YearMonth.of(2026, 4))) {
                    JsonObject payroll = measure(measures, "PAYSLIPS");
                    assertTrue(payroll.getInt("count") >= PEOPLE.get(tenant), tenant + " " + month + " " + payroll);
                    assertEquals(1, measure(measures, "PAYROLL_RUNS_ON_TIME").getInt("count"), tenant + " " + month);
                }
            }
        }
        for (String tenant : PEOPLE.keySet()) {
            assertTrue(invoicesPaid.get(tenant) > 40, tenant + " paid " + invoicesPaid);
        }
        // the department's managers decide in hours, the records agency's in days: over the year its medians are slower
        assertTrue(median(leaveMedians.get("demo")).compareTo(median(leaveMedians.get("demo-records"))) < 0, leaveMedians.toString());
    }

    private static JsonObject measure(List<JsonObject> measures, String name) {
        return measures.stream().filter(m -> m.getString("measure").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + measures));
    }

    private static BigDecimal median(List<BigDecimal> figures) {
        List<BigDecimal> sorted = figures.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
