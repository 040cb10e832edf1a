package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Metering and recharge over HTTP: a month's usage as the measures job keeps it, priced by the centre's price list into
 * each tenant's statement (JSON, .xlsx, PDF); approving the month posts the cost in each tenant's ledger and the income
 * in the centre's, both balanced; when the centre's side cannot be posted, the tenant's is reversed and the recharge
 * FAILED says so; approving again posts what failed, once fixed, and nothing twice. Approval is by group here, so no
 * other test's tenants are touched.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RechargeIT {

    @ArquillianResource
    URL base;

    private static String priceList(String centre, String income) {
        return """
                {"units": {"ACTIVE_USERS": "5.00", "PAYSLIPS": "1.20"}, "monthlyMinimum": "10.00", "centre": "%s",
                 "accounts": {"tenantExpense": "55300", "centreIncome": "%s"}}""".formatted(centre, income);
    }

    private static String put(Api operator, String document) {
        long version = operator.get("api/v1/centre/price-list").json().getJsonNumber("version").longValue();
        Api.Reply set = operator.send("PUT", "api/v1/centre/price-list", "{\"version\": " + version + ", \"document\": " + document + "}",
                "application/json");
        assertEquals(200, set.status(), set.toString());
        return set.body();
    }

    private static String line(Api finance, String tenant, String account, String side) {
        JsonObject tb = finance.get("api/v1/tenants/" + tenant + "/trial-balance?fiscalYear=2026&period=8").json();
        JsonObject totals = tb.getJsonObject("totals");
        assertEquals(totals.getString("debit"), totals.getString("credit"), "the ledger balances: " + tb);
        return LedgerIT.line(tb, account, side);
    }

    @Test
    void eachTenantsMonthIsPricedAndPostedInBothLedgersOrInNeither() {
        Fixtures fixtures = new Fixtures(base);
        Api operator = fixtures.operator();
        String month = Fixtures.today().toString().substring(0, 7);
        String centre = fixtures.onboard("centre");
        Team busy = Team.onboard(fixtures, "rcha");
        String quiet = fixtures.onboard("rchb");
        String late = fixtures.onboard("rchc");
        String group = "rch-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, operator.post("api/v1/tenant-groups", "{\"code\": \"" + group + "\", \"name\": \"Recharged\"}").status());
        for (String tenant : List.of(busy.tenant(), quiet, late)) {
            assertEquals(200, operator.send("PUT", "api/v1/tenant-groups/" + group + "/members/" + tenant, null, null).status());
        }
        Api centreFinance = fixtures.userIn(centre, "fin-" + centre, "FINANCE");
        Api busyFinance = fixtures.userIn(busy.tenant(), "fin-" + busy.tenant(), "FINANCE");
        Api lateFinance = fixtures.userIn(late, "fin-" + late, "FINANCE");

        assertProblem(operator.send("PUT", "api/v1/centre/price-list", "{\"version\": 0, \"document\": {\"units\": {}}}", "application/json"), 400);
        put(operator, priceList(centre, "41000"));
        assertProblem(busy.admin().get(busy.path("recharges/1999-01")), 409); // no usage kept for that month
        Api.Reply started = operator.post("api/v1/service-measures/runs", "{\"month\": \"" + month + "\"}");
        String run = "api/v1/service-measures/runs/" + started.json().getJsonNumber("execution");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> !List.of("STARTING", "STARTED").contains(operator.get(run).json().getString("status")));
        assertEquals("COMPLETED", operator.get(run).json().getString("status"));

        // the busy tenant's statement: its active users (the operator, its admin and HR) at 5.00, over the 10.00 minimum
        JsonObject statement = busy.admin().get(busy.path("recharges/" + month)).json();
        JsonObject users = statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("unit").equals("ACTIVE_USERS")).findFirst().orElseThrow();
        int active = users.getInt("quantity");
        assertTrue(active >= 3, statement.toString());
        String busyTotal = new BigDecimal("5.00").multiply(BigDecimal.valueOf(active)).setScale(2).toPlainString();
        assertEquals(List.of(busyTotal, "0.00", busyTotal), List.of(statement.getString("usage"), statement.getString("minimumTopUp"),
                statement.getString("total")), statement.toString());
        Api.Download pdf = busy.admin().download(busy.path("recharges/" + month), "Accept", "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
        Api.Download workbook = busy.admin().download(busy.path("recharges/" + month), "Accept", PayrollRunIT.XLSX);
        assertEquals(200, workbook.status());
        assertProblem(busy.hr().get(busy.path("recharges/" + month)), 403);

        // the centre's income account does not exist: every tenant's cost is reversed, each recharge FAILED, saying why
        put(operator, priceList(centre, "99999"));
        JsonObject failed = operator.post("api/v1/recharges/" + month + "/approval?group=" + group, null).json();
        assertEquals(List.of("FAILED", "FAILED", "FAILED"), failed.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("status")).toList(), failed.toString());
        assertTrue(failed.getJsonArray("outcomes").getJsonObject(0).getString("failure").startsWith("the centre's ledger refused the income"));
        String lateTotal = failed.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream().filter(o -> o.getString("tenant").equals(late))
                .findFirst().orElseThrow().getString("total");
        assertEquals(line(lateFinance, late, "55300", "debit"), line(lateFinance, late, "55300", "credit"), "posted and reversed: nothing stands");

        // fixed, approved again: all three posted, in both ledgers; approving once more posts nothing
        put(operator, priceList(centre, "41000"));
        JsonObject posted = operator.post("api/v1/recharges/" + month + "/approval?group=" + group, null).json();
        assertEquals(List.of("POSTED", "POSTED", "POSTED"), posted.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("status")).toList(), posted.toString());
        BigDecimal all = posted.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream().map(o -> new BigDecimal(o.getString("total")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("10.00", lateTotal, "a tenant with little use pays the minimum");
        // the busy tenant's cost: posted and reversed at the first attempt, posted again at the second
        assertEquals(List.of(new BigDecimal(busyTotal).multiply(BigDecimal.valueOf(2)).toPlainString(), busyTotal),
                List.of(line(busyFinance, busy.tenant(), "55300", "debit"), line(busyFinance, busy.tenant(), "55300", "credit")));
        assertEquals(all.toPlainString(), line(centreFinance, centre, "13100", "debit"));
        assertEquals(all.toPlainString(), line(centreFinance, centre, "41000", "credit"));
        assertEquals(0, operator.post("api/v1/recharges/" + month + "/approval?group=" + group, null).json().getJsonArray("outcomes").size());
        assertEquals("POSTED", busy.admin().get(busy.path("recharges/" + month)).json().getJsonObject("approval").getString("status"));
        assertProblem(busy.admin().post("api/v1/recharges/" + month + "/approval", null), 403);
    }
}
