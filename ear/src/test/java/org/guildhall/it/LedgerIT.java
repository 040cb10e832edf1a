package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The general ledger over HTTP on the deployed application: posting rules, periods, idempotency, concurrency, year end. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerIT {

    @ArquillianResource
    URL base;


    /** A fresh tenant and its finance user. */
    private record Books(String tenant, Api finance) {
        String path(String rest) {
            return "api/v1/tenants/" + tenant + "/" + rest;
        }

        Api.Reply post(String date, String description, String... lines) {
            return finance.post(path("journals"), journal(date, description, lines));
        }

        JsonObject trialBalance(int year, int period) {
            Api.Reply reply = finance.get(path("trial-balance?fiscalYear=" + year + "&period=" + period));
            assertEquals(200, reply.status(), reply.toString());
            return reply.json();
        }

        long journals(int year) {
            return finance.get(path("journals?fiscalYear=" + year)).json().getJsonNumber("total").longValue();
        }
    }

    private Books books(String prefix) {
        Fixtures fixtures = new Fixtures(base);
        String tenant = fixtures.onboard(prefix);
        return new Books(tenant, fixtures.userIn(tenant, "fin-" + tenant, "FINANCE"));
    }

    static String journal(String date, String description, String... lines) {
        return "{\"date\": \"" + date + "\", \"description\": \"" + description + "\", \"lines\": [" + String.join(", ", lines) + "]}";
    }

    static String dr(String account, String amount) {
        return "{\"account\": \"" + account + "\", \"debit\": \"" + amount + "\"}";
    }

    static String cr(String account, String amount) {
        return "{\"account\": \"" + account + "\", \"credit\": \"" + amount + "\"}";
    }

    static String line(JsonObject trialBalance, String account, String column) {
        return trialBalance.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("account").equals(account)).map(l -> l.getString(column)).findFirst().orElse(null);
    }

    static void assertBalanced(JsonObject trialBalance) {
        JsonObject totals = trialBalance.getJsonObject("totals");
        assertEquals(totals.getString("debit"), totals.getString("credit"), trialBalance.toString());
        assertEquals("0.00", totals.getString("opening"), trialBalance.toString());
        assertEquals("0.00", totals.getString("closing"), trialBalance.toString());
    }

    @Test
    void journalsThatBreakTheRulesAreRefusedWithEveryReasonAndStoreNothing() {
        Books books = books("rules");
        List<String> bodies = List.of(
                journal("2026-05-01", "Unbalanced", dr("55100", "100.00"), cr("14000", "99.99")),
                journal("2026-05-01", "Zero", dr("55100", "0.00"), cr("14000", "0.00")),
                journal("2026-05-01", "Heading", dr("55000", "5.00"), cr("14000", "5.00")),
                journal("2026-05-01", "Unknown cost centre", "{\"account\": \"55100\", \"costCentre\": \"NOPE\", \"debit\": \"5.00\"}",
                        cr("14000", "5.00")),
                journal("2026-05-01", "One line", dr("55100", "5.00")));
        List<String> fields = List.of("lines", "lines[0].debit", "lines[0].account", "lines[0].costCentre", "lines");
        for (int i = 0; i < bodies.size(); i++) {
            Api.Reply refused = books.finance().post(books.path("journals"), bodies.get(i));
            assertProblem(refused, 422);
            String expected = fields.get(i);
            assertTrue(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").equals(expected)), refused.toString());
        }
        Api.Reply malformed = books.post("2026-05-01", "Too precise", dr("55100", "1.005"), cr("14000", "1.005"));
        assertProblem(malformed, 400);
        assertEquals("lines[0].debit", malformed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(books.post("2026-02-30", "No such day", dr("55100", "1.00"), cr("14000", "1.00")), 400);
        assertProblem(books.post("2040-05-01", "Year never opened", dr("55100", "1.00"), cr("14000", "1.00")), 422);

        assertEquals(0, books.journals(2026));
        assertEquals(0, books.trialBalance(2026, 2).getJsonArray("lines").size());
    }

    @Test
    void aClosedPeriodRefusesPostingsWith409AndReopeningIsAudited() {
        Books books = books("close");
        assertEquals(201, books.post("2026-06-15", "Before close", dr("55100", "10.00"), cr("14000", "10.00")).status());
        assertEquals("CLOSED", books.finance().post(books.path("periods/2026/3/close"), null).json().getString("status"));
        assertProblem(books.finance().post(books.path("periods/2026/3/close"), null), 409);

        assertProblem(books.post("2026-06-30", "After close", dr("55100", "99.00"), cr("14000", "99.00")), 409);
        assertEquals(1, books.journals(2026));
        assertEquals(1, books.finance().get(books.path("journals?fiscalYear=2026&period=3")).json().getInt("total"));
        assertEquals(0, books.finance().get(books.path("journals?fiscalYear=2026&period=4")).json().getInt("total"));
        assertEquals("10.00", line(books.trialBalance(2026, 3), "55100", "debit"));

        assertEquals("OPEN", books.finance().post(books.path("periods/2026/3/reopen"), null).json().getString("status"));
        assertEquals(201, books.post("2026-06-30", "After reopening", dr("55100", "99.00"), cr("14000", "99.00")).status());
        Api.Reply audit = new Fixtures(base).adminOf(books.tenant()).get(books.path("audit?entity=FiscalPeriod"));
        List<String> actions = audit.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " by " + e.getString("actor")).toList();
        assertEquals(List.of("REOPEN by fin-" + books.tenant(), "CLOSE by fin-" + books.tenant()), actions);
    }

    @Test
    void postingTheSameKeyTwiceCreatesOneJournalEvenAtOnce() throws Exception {
        Books books = books("idem");
        String body = journal("2026-07-01", "Payroll July", dr("51000", "2500.00"), cr("21300", "2500.00"));
        Api.Reply first = books.finance().send("POST", books.path("journals"), body, "application/json", "Idempotency-Key", "run-7");
        Api.Reply again = books.finance().send("POST", books.path("journals"), body, "application/json", "Idempotency-Key", "run-7");
        assertEquals(201, first.status(), first.toString());
        assertEquals(200, again.status(), again.toString());
        assertEquals(first.json().getInt("id"), again.json().getInt("id"));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Reply>> racing = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racing.add(pool.submit(() -> books.finance().send("POST", books.path("journals"), body, "application/json",
                        "Idempotency-Key", "run-8")));
            }
            Set<Integer> ids = ConcurrentHashMap.newKeySet();
            for (Future<Api.Reply> reply : racing) {
                assertTrue(Set.of(200, 201).contains(reply.get().status()), reply.get().toString());
                ids.add(reply.get().json().getInt("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, books.journals(2026));
        assertEquals("5000.00", line(books.trialBalance(2026, 4), "51000", "debit"));
    }

    @Test
    void concurrentPostingsToOneAccountAddUpExactly() throws Exception {
        Books books = books("conc");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        BigDecimal expected = BigDecimal.ZERO;
        List<Future<Api.Reply>> posted = new ArrayList<>();
        try {
            for (int i = 1; i <= 48; i++) {
                String amount = BigDecimal.valueOf(i * 1037L + 1, 2).toPlainString();
                expected = expected.add(new BigDecimal(amount));
                posted.add(pool.submit(() -> books.post("2026-08-15", "Concurrent",
                        dr("55200", amount), cr("21000", amount))));
            }
            for (Future<Api.Reply> reply : posted) {
                assertEquals(201, reply.get().status(), reply.get().toString());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject trialBalance = books.trialBalance(2026, 5);
        assertEquals(expected.setScale(2).toPlainString(), line(trialBalance, "55200", "debit"));
        assertEquals(expected.setScale(2).toPlainString(), line(trialBalance, "21000", "credit"));
        assertBalanced(trialBalance);
    }

    @Test
    void randomJournalsKeepTheTrialBalanceBalancedAndRefusedOnesChangeNothing() {
        Books books = books("rand");
        Random random = new Random(20261123);
        List<String> accounts = List.of("11100", "13300", "14000", "21000", "21300", "31000", "41000", "51000", "51100", "55300");
        for (int i = 0; i < 30; i++) {
            List<String> lines = new ArrayList<>();
            long total = 0;
            int debits = 1 + random.nextInt(4);
            for (int d = 0; d < debits; d++) {
                long pence = 1 + random.nextInt(5_000_00);
                total += pence;
                lines.add(dr(accounts.get(random.nextInt(accounts.size())), BigDecimal.valueOf(pence, 2).toPlainString()));
            }
            String creditAccount = accounts.get(random.nextInt(accounts.size()));
            boolean corrupt = random.nextInt(3) == 0;
            long credit = corrupt ? total + 1 + random.nextInt(100) : total;
            lines.add(cr(creditAccount, BigDecimal.valueOf(credit, 2).toPlainString()));
            String before = books.trialBalance(2026, 9).toString();
            Api.Reply reply = books.post("2026-12-" + String.format("%02d", 1 + random.nextInt(28)), "Random " + i,
                    lines.toArray(String[]::new));
            if (corrupt) {
                assertProblem(reply, 422);
                assertEquals(before, books.trialBalance(2026, 9).toString(), "a refused journal changed the trial balance");
            } else {
                assertEquals(201, reply.status(), reply.toString());
            }
            assertBalanced(books.trialBalance(2026, 9));
        }
    }

    @Test
    void yearEndClosesIncomeAndExpenditureToTheGeneralFundAndCarriesTheBalanceSheetForward() {
        Books books = books("ye");
        assertEquals(201, books.finance().post(books.path("fiscal-years"), "{\"fiscalYear\": 2030}").status());
        assertProblem(books.finance().post(books.path("fiscal-years"), "{\"fiscalYear\": 2030}"), 409);
        assertEquals(201, books.post("2030-05-10", "Fees", dr("14000", "1000.00"), cr("43000", "1000.00")).status());
        assertEquals(201, books.post("2030-06-10", "IT", dr("55200", "300.00"), cr("14000", "300.00")).status());
        assertEquals(201, books.post("2031-03-31", "Laptops", dr("11100", "500.00"), cr("21000", "500.00")).status());

        assertProblem(books.finance().post(books.path("fiscal-years/2030/close"), null), 409);
        for (int period = 1; period <= 12; period++) {
            assertEquals(200, books.finance().post(books.path("periods/2030/" + period + "/close"), null).status());
        }
        Api.Reply closed = books.finance().post(books.path("fiscal-years/2030/close"), null);
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("-700.00", closed.json().getString("netExpenditure"));

        JsonObject opening = books.trialBalance(2031, 1);
        assertEquals("700.00", line(opening, "14000", "opening"));
        assertEquals("500.00", line(opening, "11100", "opening"));
        assertEquals("-500.00", line(opening, "21000", "opening"));
        assertEquals("-700.00", line(opening, "31000", "opening"), "the surplus is credited to the general fund");
        assertEquals(null, line(opening, "43000", "opening"), "income starts the year at nil");
        assertEquals(null, line(opening, "55200", "opening"), "expenditure starts the year at nil");
        assertBalanced(opening);

        assertProblem(books.finance().post(books.path("fiscal-years/2030/close"), null), 409);
        assertProblem(books.finance().post(books.path("periods/2030/12/reopen"), null), 409);
        assertProblem(books.post("2030-07-01", "Too late", dr("55200", "1.00"), cr("14000", "1.00")), 409);
    }

    @Test
    void reversalMirrorsTheJournalOnceAndTheOriginalStaysAsPosted() {
        Books books = books("rev");
        Api.Reply posted = books.post("2026-10-05", "Wrong coding", dr("55300", "450.00"), cr("21000", "450.00"));
        int id = posted.json().getInt("id");
        Api.Reply reversal = books.finance().post(books.path("journals/" + id + "/reverse"), "{\"date\": \"2026-10-06\"}");
        assertEquals(201, reversal.status(), reversal.toString());
        assertEquals("450.00", reversal.json().getJsonArray("lines").getJsonObject(0).getString("credit"));
        assertProblem(books.finance().post(books.path("journals/" + id + "/reverse"), "{\"date\": \"2026-10-06\"}"), 409);
        JsonObject original = books.finance().get(books.path("journals/" + id)).json();
        assertEquals("REVERSED", original.getString("status"));
        assertEquals("450.00", original.getJsonArray("lines").getJsonObject(0).getString("debit"));
        JsonObject trialBalance = books.trialBalance(2026, 7);
        assertEquals("0.00", line(trialBalance, "55300", "closing"));
        assertBalanced(trialBalance);
    }

    @Test
    void aFinanceUserOfAnotherTenantSeesNothingOfThisOne() {
        Books a = books("gl-a");
        Books b = books("gl-b");
        int id = a.post("2026-09-01", "Secret", dr("55100", "77.00"), cr("14000", "77.00")).json().getInt("id");
        assertProblem(b.finance().get(a.path("journals/" + id)), 404);
        assertProblem(b.finance().get(a.path("trial-balance?fiscalYear=2026&period=6")), 404);
        assertProblem(b.finance().get(b.path("journals/" + id)), 404);
        assertProblem(b.finance().post(a.path("journals/" + id + "/reverse"), "{\"date\": \"2026-09-02\"}"), 404);
        assertEquals(0, b.trialBalance(2026, 6).getJsonArray("lines").size());
        assertEquals("77.00", line(a.trialBalance(2026, 6), "55100", "debit"));
    }

    @Test
    void employeesReadTheChartButCannotPost() {
        Fixtures fixtures = new Fixtures(base);
        String tenant = fixtures.onboard("emp-gl");
        Api employee = fixtures.userIn(tenant, "emp-" + tenant, "EMPLOYEE");
        Api.Reply accounts = employee.get("api/v1/tenants/" + tenant + "/accounts");
        assertEquals(200, accounts.status());
        assertTrue(accounts.body().contains("\"purpose\":\"NET_PAY_PAYABLE\""), accounts.body());
        assertProblem(employee.post("api/v1/tenants/" + tenant + "/journals",
                journal("2026-05-01", "Mine", dr("55100", "1.00"), cr("14000", "1.00"))), 403);
        assertProblem(employee.get("api/v1/tenants/" + tenant + "/trial-balance?fiscalYear=2026&period=1"), 403);
    }

    @Test
    void theTrialBalanceDownloadsAsASpreadsheetWhereNoNameCanBecomeAFormula() throws Exception {
        Books books = books("xlsx");
        String hostile = "=SUM(1+1)*cmd|'/C calc'!A0";
        Api.Reply added = books.finance().post(books.path("accounts"),
                "{\"code\": \"55950\", \"name\": \"" + hostile + "\", \"type\": \"EXPENSE\"}");
        assertEquals(201, added.status(), added.toString());
        assertEquals(201, books.post("2026-04-20", "Odd", dr("55950", "1234.56"), cr("14000", "1234.56")).status());

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + books.path("trial-balance?fiscalYear=2026&period=1")))
                .header("Authorization", books.finance().authorization())
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Account", sheet.getRow(0).getCell(0).getStringCellValue());
            Row odd = null;
            for (Row row : sheet) {
                if ("55950".equals(row.getCell(0).getStringCellValue())) {
                    odd = row;
                }
            }
            assertTrue(odd != null, "the account's row is there");
            Cell name = odd.getCell(1);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(hostile, name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed(), "formula-like text is quote-prefixed");
            assertEquals(new BigDecimal("1234.56"), BigDecimal.valueOf(odd.getCell(4).getNumericCellValue()).setScale(2));
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(total.getCell(4).getNumericCellValue(), total.getCell(5).getNumericCellValue());
        }
    }

    @Test
    void budgetsLoadAllOrNothingFromAWorkbookAndCompareWithActuals() throws Exception {
        Books books = books("bud");
        assertEquals(201, books.post("2026-05-12", "Rent", "{\"account\": \"55100\", \"costCentre\": \"CC100\", \"debit\": \"1000.00\"}",
                cr("14000", "1000.00")).status());
        Api.Reply set = books.finance().send("PUT", books.path("budgets/2026"),
                "{\"lines\": [{\"costCentre\": \"CC100\", \"account\": \"55100\", \"amount\": \"12000.00\"}]}", "application/json");
        assertEquals(200, set.status(), set.toString());
        Api.Reply negative = books.finance().send("PUT", books.path("budgets/2026"),
                "{\"lines\": [{\"costCentre\": \"CC100\", \"account\": \"55100\", \"amount\": \"-12000.00\"}]}", "application/json");
        assertProblem(negative, 400);
        assertEquals("lines[0].amount", negative.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        byte[] bad = workbook(new Object[][] {
                {"CC100", "55200", 5000.5},
                {"CC100", "99999", 10},
                {"CC999", "55300", "=1+1"},
                {"CC200", "55300", 10.125},
                {"CC100", "55300", -10}});
        Api.Reply refused = upload(books, bad);
        assertProblem(refused, 400);
        List<String> cells = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("sheet") + "!" + e.getInt("row") + ":" + e.getString("column")).toList();
        assertEquals(List.of("Budgets!3:Account", "Budgets!4:CostCentre", "Budgets!4:Amount", "Budgets!5:Amount", "Budgets!6:Amount"), cells,
                "every bad cell, in row order, in one answer");
        assertEquals(1, report(books).size(), "nothing from the refused workbook was stored");

        Api.Reply loaded = upload(books, workbook(new Object[][] {{"CC100", "55200", 5000.5}, {"CC200", "55300", "750.25"}}));
        assertEquals(200, loaded.status(), loaded.toString());
        assertEquals(2, loaded.json().getInt("changed"));
        assertEquals(0, upload(books, workbook(new Object[][] {{"CC100", "55200", 5000.5}})).json().getInt("changed"),
                "loading the same amounts again changes nothing");

        List<JsonObject> rows = report(books);
        JsonObject rent = rows.stream().filter(r -> r.getString("account").equals("55100")).findFirst().orElseThrow();
        assertEquals("12000.00", rent.getString("budget"));
        assertEquals("1000.00", rent.getString("actual"));
        assertEquals("0.00", rent.getString("commitments"));
        assertEquals("11000.00", rent.getString("remaining"));
        assertEquals("5000.50", rows.stream().filter(r -> r.getString("account").equals("55200")).findFirst().orElseThrow().getString("budget"));

        Api.Reply notAWorkbook = books.finance().send("POST", books.path("budgets/2026/import"), "just text",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertProblem(notAWorkbook, 400);
    }

    private List<JsonObject> report(Books books) {
        Api.Reply reply = books.finance().get(books.path("budget-vs-actual?fiscalYear=2026&period=12"));
        assertEquals(200, reply.status(), reply.toString());
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    private static byte[] workbook(Object[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Budgets");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("CostCentre");
            header.createCell(1).setCellValue("Account");
            header.createCell(2).setCellValue("Amount");
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue((String) rows[i][0]);
                row.createCell(1).setCellValue((String) rows[i][1]);
                Object amount = rows[i][2];
                if (amount instanceof Number number) {
                    row.createCell(2).setCellValue(number.doubleValue());
                } else if (((String) amount).startsWith("=")) {
                    row.createCell(2).setCellFormula(((String) amount).substring(1));
                } else {
                    row.createCell(2).setCellValue((String) amount);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Api.Reply upload(Books books, byte[] workbook) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + books.path("budgets/2026/import")))
                .header("Authorization", books.finance().authorization())
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.headers(), response.body());
    }
}
