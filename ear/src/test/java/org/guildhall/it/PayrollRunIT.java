package org.guildhall.it;

import static org.awaitility.Awaitility.await;
import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payroll runs over HTTP: profiles, a run's calculation as a batch job, exceptions, approval by someone else through
 * the approvals concept, the journal, expenses repaid, and a whole tax year of runs against the engine's annual figure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayrollRunIT {

    @ArquillianResource
    URL base;

    record Payroll(Team team, Api admin, Api approver, Api otherApprover, Api finance) {

        static Payroll of(Fixtures fixtures, String prefix) {
            Team team = Team.onboard(fixtures, prefix);
            String t = team.tenant();
            return new Payroll(team, fixtures.userIn(t, "pa-" + t, "PAYROLL_ADMIN"), fixtures.userIn(t, "pp-" + t, "PAYROLL_APPROVER"),
                    fixtures.userIn(t, "pq-" + t, "PAYROLL_APPROVER"), fixtures.userIn(t, "pf-" + t, "FINANCE"));
        }

        String path(String rest) {
            return team.path(rest);
        }

        void bankDetails(String number) {
            Api.Reply set = team.hr().send("PUT", path("employees/" + number + "/bank-account"),
                    "{\"sortCode\": \"30-94-30\", \"accountNumber\": \"00733445\", \"accountName\": \"" + number + "\"}", "application/json");
            assertEquals(200, set.status(), set.toString());
            Api.Reply confirmed = admin.post(path("employees/" + number + "/bank-account/confirm"), null);
            assertEquals(200, confirmed.status(), confirmed.toString());
        }

        /** Confirmed bank details and a plain 1257L profile on letter A for each. */
        void ready(String... numbers) {
            for (String number : numbers) {
                bankDetails(number);
                profile(number, "{\"taxCode\": \"1257L\", \"niCategory\": \"A\"}");
            }
        }

        void profile(String number, String json) {
            Api.Reply put = admin.send("PUT", path("employees/" + number + "/payroll-profile"), json, "application/json");
            assertEquals(200, put.status(), put.toString());
        }

        long run(int period) {
            Api.Reply made = admin.post(path("payroll-runs"), "{\"taxYear\": \"2026-27\", \"period\": " + period + "}");
            assertEquals(201, made.status(), made.toString());
            assertEquals("DRAFT", made.json().getString("status"));
            return made.json().getJsonNumber("id").longValue();
        }

        JsonObject calculate(long run) {
            Api.Reply started = admin.post(path("payroll-runs/" + run + "/calculate"), null);
            assertEquals(202, started.status(), started.toString());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    !"CALCULATING".equals(admin.get(path("payroll-runs/" + run)).json().getString("status")));
            JsonObject done = admin.get(path("payroll-runs/" + run)).json();
            assertEquals("CALCULATED", done.getString("status"), done.toString());
            return done;
        }

        JsonObject payslip(long run, String number) {
            Api.Reply slip = admin.get(path("payroll-runs/" + run + "/payslips/" + number));
            assertEquals(200, slip.status(), slip.toString());
            return slip.json();
        }

        String claim(String number, String amount) {
            Api.Reply made = team.as(number).post(path("expense-claims"), """
                    {"lines": [{"date": "2026-11-02", "category": "RAIL", "amount": "%s", "description": "Leeds to York"}]}""".formatted(amount));
            assertEquals(201, made.status(), made.toString());
            String id = made.json().getJsonNumber("id").toString();
            assertEquals(200, team.as(number).post(path("expense-claims/" + id + "/submit"), null).status());
            Api.Reply approved = team.as("M1").post(path("expense-claims/" + id + "/approve"), null);
            assertEquals(200, approved.status(), approved.toString());
            return id;
        }
    }

    @Test
    void anOffCycleRunPaysOnlyWhomTheApprovedRunOfThePeriodMissed() {
        Payroll p = Payroll.of(new Fixtures(base), "offcycle");
        p.ready("M1", "E1", "E2");
        p.bankDetails("E3"); // but no payroll profile: the regular run holds E3 back
        String correction = "{\"taxYear\": \"2026-27\", \"period\": 8, \"offCycle\": true}";
        assertProblem(p.admin().post(p.path("payroll-runs"), correction), 409);
        long run = p.run(8);
        p.calculate(run);
        assertProblem(p.admin().post(p.path("payroll-runs"), correction), 409);
        assertEquals(200, p.approver().post(p.path("payroll-runs/" + run + "/approve"), null).status());
        p.profile("E3", "{\"taxCode\": \"1257L\", \"niCategory\": \"A\"}");

        // paid on a day of its own within PAYE's month 8 (6 November to 5 December), a working day; a regular run never is
        String paidOn = "{\"taxYear\": \"2026-27\", \"period\": 8, \"offCycle\": true, \"payDate\": \"%s\"}";
        Api.Reply nextMonth = p.admin().post(p.path("payroll-runs"), paidOn.formatted("2026-12-07"));
        assertProblem(nextMonth, 400);
        assertEquals("payDate", nextMonth.json().getJsonArray("errors").getJsonObject(0).getString("field"), nextMonth.toString());
        assertProblem(p.admin().post(p.path("payroll-runs"), paidOn.formatted("2026-12-05")), 400); // a Saturday
        assertProblem(p.admin().post(p.path("payroll-runs"), "{\"taxYear\": \"2026-27\", \"period\": 9, \"payDate\": \"2026-12-18\"}"), 400);
        Api.Reply made = p.admin().post(p.path("payroll-runs"), paidOn.formatted("2026-12-04"));
        assertEquals(201, made.status(), made.toString());
        assertEquals("2026-12-04", made.json().getString("payDate"));
        assertTrue(made.json().getBoolean("offCycle"));
        long offCycle = made.json().getJsonNumber("id").longValue();
        assertProblem(p.admin().post(p.path("payroll-runs"), correction), 409);
        assertProblem(p.admin().post(p.path("payroll-runs"), "{\"taxYear\": \"2026-27\", \"period\": 8}"), 409);
        JsonObject done = p.calculate(offCycle);
        assertEquals(1, done.getJsonObject("progress").getInt("total"), done.toString());
        assertEquals(1, done.getJsonObject("totals").getInt("employees"));
        assertEquals(0, done.getJsonArray("exceptions").size(), done.toString());
        assertProblem(p.admin().get(p.path("payroll-runs/" + offCycle + "/payslips/E1")), 404);
        assertEquals(p.payslip(run, "E1").getString("net"), p.payslip(offCycle, "E3").getString("net"), "E3 is paid as E1 was, on the same terms");
        assertEquals(200, p.otherApprover().post(p.path("payroll-runs/" + offCycle + "/approve"), null).status());
        Api.Reply paid = p.team().as("E3").get(p.path("employees/E3/payslips"));
        assertEquals(1, paid.structure().asJsonArray().size(), paid.toString());
        assertEquals(201, p.admin().post(p.path("payroll-runs"), correction).status(), "another correction once this one is approved");
    }

    @Test
    void aRunPaysEveryoneItCanListsTheRestAndIsApprovedOnceBySomeoneElse() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        Payroll p = Payroll.of(fixtures, "run");
        for (String number : List.of("M1", "E1", "E2")) {
            p.bankDetails(number);
        }
        p.profile("M1", """
                {"taxCode": "1257L", "niCategory": "A", "pension": {"scheme": "ALPHA", "employerRate": "0.2897"}}""");
        p.profile("E1", """
                {"taxCode": "1257L", "niCategory": "A", "studentLoanPlans": ["PLAN_2"],
                 "pension": {"scheme": "AUTO_ENROLMENT", "employeeRate": "0.05", "employerRate": "0.03"}}""");
        p.profile("E3", """
                {"taxCode": "1257L", "niCategory": "A"}""");
        // E2 has no profile; E3 has no bank details
        String claim = p.claim("E1", "9.50");

        long run = p.run(1);
        assertProblem(p.admin().post(p.path("payroll-runs"), "{\"taxYear\": \"2026-27\", \"period\": 1}"), 409);
        assertProblem(p.admin().post(p.path("payroll-runs"), "{\"taxYear\": \"2026-27\", \"period\": 13}"), 400);
        assertEquals(201, p.admin().post(p.path("payroll-runs/" + run + "/pay-items"),
                "{\"employeeNumber\": \"E1\", \"kind\": \"OVERTIME\", \"hours\": 10, \"rate\": \"20.00\"}").status());
        assertEquals(201, p.admin().post(p.path("payroll-runs/" + run + "/pay-items"),
                "{\"employeeNumber\": \"M1\", \"kind\": \"BONUS\", \"amount\": \"500.00\", \"description\": \"Performance award\"}").status());
        assertProblem(p.admin().post(p.path("payroll-runs/" + run + "/pay-items"),
                "{\"employeeNumber\": \"M1\", \"kind\": \"YACHT\", \"amount\": \"500.00\"}"), 400);
        assertProblem(p.admin().post(p.path("payroll-runs/" + run + "/approve"), null), 403);
        assertProblem(p.approver().post(p.path("payroll-runs/" + run + "/approve"), null), 409);

        JsonObject calculated = p.calculate(run);
        assertEquals(4, calculated.getJsonObject("progress").getInt("done"), calculated.toString());
        assertEquals(4, calculated.getJsonObject("progress").getInt("total"));
        assertEquals(2, calculated.getJsonObject("totals").getInt("employees"));
        assertEquals(List.of("E2 NO_PAYROLL_PROFILE", "E3 NO_CONFIRMED_BANK_DETAILS"), calculated.getJsonArray("exceptions")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("employeeNumber") + " " + e.getString("code")).toList());

        // E1: 34,000 / 12 = 2,833.33 salary and 10 h x 20.00 overtime; auto-enrolment on qualifying earnings, which
        // count the overtime too: (3,033.33 - 520) x 5% = 125.6665 -> 125.67, employer 3% = 75.3999 -> 75.40
        JsonObject erin = p.payslip(run, "E1");
        assertEquals(List.of("SALARY Salary 2833.33", "OVERTIME Overtime, 10 hours at 20 200.00", "EXPENSES Expenses repaid, claim " + claim + " 9.50"),
                erin.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> !l.getString("amount").startsWith("-"))
                        .map(l -> l.getString("kind") + " " + l.getString("description") + " " + l.getString("amount")).toList());
        assertEquals("3033.33", erin.getString("gross"));
        assertEquals("125.67", erin.getString("pensionEmployee"));
        assertEquals("75.40", erin.getString("pensionEmployer"));
        assertEquals("9.50", erin.getString("expenses"));
        JsonObject engine = fixtures.operator().post("api/v1/payroll/calculations", """
                {"taxYear": "2026-27", "frequency": "MONTHLY", "period": 1, "taxCode": "1257L", "niCategory": "A", "grossPay": "3033.33",
                 "pensionableGross": "2513.33", "pensionEmployeeRate": "0.05", "studentLoanPlans": ["PLAN_2"]}""").json();
        for (String figure : List.of("taxablePay", "tax", "employeeNi", "employerNi", "studentLoan", "pensionEmployee")) {
            assertEquals(engine.getString(figure), erin.getString(figure), figure);
        }
        assertEquals(new BigDecimal(engine.getString("netPay")).add(new BigDecimal("9.50")).toPlainString(), erin.getString("net"));
        assertEquals(erin.getString("net"), sum(erin), "the lines add up to the net pay");

        // M1 on alpha: 34,000 is below 2026-27's first threshold of 36,199, so 4.60% of the pensionable salary (not the bonus)
        JsonObject morgan = p.payslip(run, "M1");
        assertEquals("3333.33", morgan.getString("gross"));
        assertEquals("130.33", morgan.getString("pensionEmployee"), "2,833.33 x 4.60% = 130.333");
        assertEquals("820.82", morgan.getString("pensionEmployer"), "2,833.33 x 28.97% = 820.816");
        assertProblem(p.admin().get(p.path("payroll-runs/" + run + "/payslips/E2")), 404);

        // a new input sends the run back to DRAFT: what is approved is what was last calculated
        assertEquals(201, p.admin().post(p.path("payroll-runs/" + run + "/pay-items"),
                "{\"employeeNumber\": \"E1\", \"kind\": \"DEDUCTION\", \"amount\": \"10.00\", \"description\": \"Canteen card\"}").status());
        assertEquals("DRAFT", p.admin().get(p.path("payroll-runs/" + run)).json().getString("status"));
        assertProblem(p.approver().post(p.path("payroll-runs/" + run + "/approve"), null), 409);
        calculated = p.calculate(run);
        erin = p.payslip(run, "E1");
        assertEquals(new BigDecimal(engine.getString("netPay")).add(new BigDecimal("-0.50")).toPlainString(), erin.getString("net"));
        assertEquals(2, p.admin().get(p.path("payroll-runs/" + run + "/payslips")).json().getJsonNumber("total").intValue(),
                "exactly one payslip each after calculating again");

        // whoever calculated it may not approve it, even holding the role; of two approvers at once one wins
        Api both = fixtures.userIn(p.team().tenant(), "pb-" + p.team().tenant(), "PAYROLL_ADMIN", "PAYROLL_APPROVER");
        assertEquals(201, both.post(p.path("payroll-runs/" + run + "/pay-items"),
                "{\"employeeNumber\": \"M1\", \"kind\": \"ALLOWANCE\", \"amount\": \"50.00\"}").status());
        p.calculate(run);
        assertProblem(both.post(p.path("payroll-runs/" + run + "/approve"), null), 403);
        List<Integer> statuses = race(p.approver(), p.otherApprover(), p.path("payroll-runs/" + run + "/approve"));
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), statuses.toString());

        JsonObject approved = p.admin().get(p.path("payroll-runs/" + run)).json();
        assertEquals("APPROVED", approved.getString("status"));
        JsonObject totals = approved.getJsonObject("totals");
        JsonObject journal = p.finance().get(p.path("journals/" + approved.getJsonNumber("journalId"))).json();
        assertEquals("PAYROLL", journal.getString("source"));
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        Map<String, BigDecimal> byAccount = new java.util.TreeMap<>();
        for (JsonObject line : journal.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            BigDecimal debit = amount(line, "debit");
            BigDecimal credit = amount(line, "credit");
            debits = debits.add(debit);
            credits = credits.add(credit);
            byAccount.merge(line.getString("account"), debit.subtract(credit), BigDecimal::add);
        }
        assertEquals(debits, credits);
        assertEquals(new BigDecimal(totals.getString("gross")), byAccount.get("51000"), "salaries");
        assertEquals(new BigDecimal(totals.getString("employerNi")), byAccount.get("51100"));
        assertEquals(new BigDecimal(totals.getString("pensionEmployer")), byAccount.get("51200"));
        assertEquals(new BigDecimal(totals.getString("net")).negate(), byAccount.get("21300"), "net pay payable");
        assertEquals(new BigDecimal("9.50"), byAccount.get("21500"), "the expenses payable the claim's approval credited is cleared");
        assertEquals(new BigDecimal(totals.getString("tax")).add(new BigDecimal(totals.getString("employeeNi")))
                .add(new BigDecimal(totals.getString("employerNi"))).add(new BigDecimal(totals.getString("studentLoan"))).negate(), byAccount.get("21200"));

        assertEquals("PAID", p.team().as("E1").get(p.path("expense-claims/" + claim)).json().getString("status"));
        Api.Reply own = p.team().as("E1").get(p.path("employees/E1/payslips"));
        assertEquals(200, own.status(), own.toString());
        assertEquals(1, own.structure().asJsonArray().size());
        assertProblem(p.team().as("E2").get(p.path("employees/E1/payslips")), 404);
        assertProblem(p.team().as("E2").get(p.path("employees/E1/payroll-profile")), 404);
        assertEquals(200, p.team().as("E1").get(p.path("employees/E1/payroll-profile")).status());
        assertProblem(p.admin().post(p.path("payroll-runs/" + run + "/calculate"), null), 409);
        assertProblem(p.admin().post(p.path("payroll-runs/" + run + "/pay-items"),
                "{\"employeeNumber\": \"E1\", \"kind\": \"BONUS\", \"amount\": \"1.00\"}"), 409);
    }

    @Test
    void twelveMonthlyRunsComeToTheEnginesAnnualFiguresAndTheLedgerAgreesToThePenny() {
        Fixtures fixtures = new Fixtures(base);
        Payroll p = Payroll.of(fixtures, "year");
        p.bankDetails("E1");
        p.profile("E1", """
                {"taxCode": "1257L", "niCategory": "A"}""");
        // two days of unpaid leave in August, approved by the line manager
        Api.Reply leave = p.team().as("E1").post(p.path("leave-requests"), """
                {"leaveType": "UNPAID", "start": "2026-08-10", "end": "2026-08-11"}""");
        assertEquals(201, leave.status(), leave.toString());
        assertEquals(200, p.team().as("M1").post(p.path("leave-requests/" + leave.json().getJsonNumber("id") + "/approve"), null).status());

        BigDecimal taxable = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal ni = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal journalNet = BigDecimal.ZERO;
        BigDecimal ptToUel = BigDecimal.ZERO;
        String p60 = p.path("employees/E1/p60/2026-27");
        assertEquals(200, p.admin().send("PUT", p.path("paye-reference"), """
                {"taxOfficeNumber": "123", "taxOfficeReference": "AB456", "accountsOfficeReference": "123PA00012345"}""", "application/json").status());
        JsonObject last = null;
        for (int month = 1; month <= 12; month++) {
            if (month == 7) { // a pay rise from month 7: 34,000 to 37,000
                JsonObject employee = p.team().hr().get(p.path("employees/E1")).json();
                Api.Reply raised = p.team().hr().send("PATCH", p.path("employees/E1"),
                        "{\"annualSalary\": \"37000.00\", \"version\": " + employee.getJsonNumber("version") + "}", "application/json");
                assertEquals(200, raised.status(), raised.toString());
            }
            if (month == 9) {
                p.claim("E1", "8.40");
            }
            long run = p.run(month);
            if (month == 3) {
                assertEquals(201, p.admin().post(p.path("payroll-runs/" + run + "/pay-items"),
                        "{\"employeeNumber\": \"E1\", \"kind\": \"BONUS\", \"amount\": \"1500.00\"}").status());
            }
            p.calculate(run);
            JsonObject slip = p.payslip(run, "E1");
            if (month == 5) {
                assertTrue(slip.toString().contains("\"UNPAID_LEAVE\""), slip.toString());
                assertTrue(slip.toString().contains("\"-261.54\""), "2 days x 34,000 / 260 = 261.538: " + slip);
            }
            if (month == 12) {
                assertProblem(p.team().as("E1").get(p60), 409);
                Api.Reply early = p.admin().post(p.path("payroll-years/2026-27/close"), null);
                assertProblem(early, 409);
                assertTrue(early.json().getString("detail").contains("MONTHLY period 12"), early.toString());
            }
            Api.Reply approved = p.approver().post(p.path("payroll-runs/" + run + "/approve"), null);
            assertEquals(200, approved.status(), approved.toString());
            // NI-able pay here is the gross: all of it above the primary threshold, only March's bonus month above the UEL
            ptToUel = ptToUel.add(new BigDecimal(slip.getString("gross")).min(new BigDecimal("4189")).subtract(new BigDecimal("1048")));
            taxable = taxable.add(new BigDecimal(slip.getString("taxablePay")));
            tax = tax.add(new BigDecimal(slip.getString("tax")));
            ni = ni.add(new BigDecimal(slip.getString("employeeNi")));
            net = net.add(new BigDecimal(slip.getString("net")));
            JsonObject journal = p.finance().get(p.path("journals/" + approved.json().getJsonNumber("journalId"))).json();
            for (JsonObject line : journal.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                if (line.getString("account").equals("21300")) {
                    journalNet = journalNet.add(amount(line, "credit"));
                }
            }
            last = slip;
        }
        JsonObject toDate = last.getJsonObject("yearToDate");
        assertEquals(taxable.toPlainString(), toDate.getString("taxablePay"));
        assertEquals(tax.toPlainString(), toDate.getString("tax"));
        assertEquals(ni.toPlainString(), toDate.getString("employeeNi"));
        assertEquals(net, journalNet, "the ledger's net pay agrees with the payslips to the penny");
        // the engine's annual figure: the whole year's taxable pay in month 12 of a cumulative code
        JsonObject annual = fixtures.operator().post("api/v1/payroll/calculations", """
                {"taxYear": "2026-27", "frequency": "MONTHLY", "period": 12, "taxCode": "1257L", "niCategory": "A", "grossPay": "%s"}"""
                .formatted(taxable.toPlainString())).json();
        assertEquals(annual.getString("tax"), tax.toPlainString(), "twelve months' PAYE comes to the annual tax");
        // 6 x 2,833.33 (34,000 / 12) + 6 x 3,083.33 (37,000 / 12) + 1,500 bonus - 261.54 unpaid leave = 36,738.42
        assertEquals("36738.42", toDate.getString("gross"));

        // the P60: this employment's pay and tax, the final code, letter A's bands (12 x the monthly LEL of 559 and
        // 12 x the 489 from it to the PT of 1,048) and NI; to the employee, and not to their line manager
        Api.Download certificate = p.team().as("E1").download(p60);
        assertEquals(200, certificate.status(), certificate.toString());
        assertEquals(404, p.team().as("M1").download(p60).status());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(certificate.body())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            for (String expected : List.of("P60 End of Year Certificate", "Tax year to 5 April 2027", "National Insurance number AB100002A",
                    "Employer PAYE reference 123/AB456", "In this employment " + pounds(taxable) + " " + pounds(tax),
                    "Total for year " + pounds(taxable) + " " + pounds(tax), "Final tax code 1257L",
                    "A £6,708.00 £5,868.00 " + pounds(ptToUel) + " " + pounds(ni), "Student loan deductions £0")) {
                assertTrue(text.contains(expected), "'" + expected + "' in\n" + text);
            }
            assertFalse(text.contains("In previous employment"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertProblem(p.team().as("E1").get(p.path("employees/E1/p60/2025-26")), 404);
        assertProblem(p.team().as("E1").get(p.path("employees/E1/p60/nonsense")), 400);

        // the year end: codes carried into 2027-28 by P9X (no uplift while the allowance is frozen), E2's emergency code as it is
        p.profile("E2", "{\"taxCode\": \"1257L M1\", \"niCategory\": \"A\"}");
        assertProblem(p.admin().get(p.path("payroll-years/2026-27")), 404);
        assertEquals(403, p.team().as("E1").post(p.path("payroll-years/2026-27/close"), null).status());
        Api.Reply closed = p.admin().post(p.path("payroll-years/2026-27/close"), null);
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("{\"L\":0,\"M\":0,\"N\":0}", closed.json().getJsonObject("uplift").toString());
        assertEquals(0, closed.json().getInt("codesUplifted"));
        assertEquals(2, closed.json().getInt("codesKept"));
        assertEquals(closed.json(), p.approver().get(p.path("payroll-years/2026-27")).json());
        assertProblem(p.admin().post(p.path("payroll-years/2026-27/close"), null), 409);
        assertEquals("1257L W1/M1", p.admin().get(p.path("employees/E2/payroll-profile")).json().getString("taxCode"));
        assertProblem(p.admin().post(p.path("payroll-years/2027-28/close"), null), 422);
        assertProblem(p.admin().post(p.path("payroll-years/twenty/close"), null), 400);
    }

    private static String pounds(BigDecimal amount) {
        return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK).format(amount);
    }

    @Test
    void payItemsComeFromAWorkbookAllOrNothingWithEveryBadCellListed() throws Exception {
        Payroll p = Payroll.of(new Fixtures(base), "items");
        long run = p.run(2);
        String path = p.path("payroll-runs/" + run + "/pay-items/import");
        byte[] bad = workbook(List.of(
                List.of("E1", "OVERTIME", "", "7.5", "18.40", ""),
                List.of("E9", "BONUS", "100.00", "", "", ""),
                List.of("E2", "YACHT", "100.00", "", "", ""),
                List.of("E3", "BONUS", "12.345", "", "", ""),
                List.of("M1", "BONUS", "50.00", "2", "10", "")));
        Api.Reply dry = p.admin().sendBytes("POST", path + "?dryRun=true", bad, XLSX);
        assertEquals(200, dry.status(), dry.toString());
        assertFalse(dry.json().getBoolean("valid"));
        assertEquals(List.of("3 employeeNumber", "4 kind", "5 amount", "6 amount"), dry.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getInt("row") + " " + e.getString("column")).toList());
        assertProblem(p.admin().sendBytes("POST", path, bad, XLSX), 400);
        assertEquals(0, p.admin().get(p.path("payroll-runs/" + run + "/payslips")).json().getJsonNumber("total").intValue());

        byte[] good = workbook(List.of(List.of("E1", "OVERTIME", "", "7.5", "18.40", ""), List.of("M1", "BONUS", "250.00", "", "", "Award")));
        Api.Reply loaded = p.admin().sendBytes("POST", path, good, XLSX);
        assertEquals(200, loaded.status(), loaded.toString());
        assertEquals(2, loaded.json().getInt("added"));
        p.bankDetails("E1");
        p.profile("E1", "{\"taxCode\": \"1257L\", \"niCategory\": \"A\"}");
        p.calculate(run);
        assertEquals(List.of("Overtime, 7.5 hours at 18.4 138.00"), p.payslip(run, "E1").getJsonArray("lines").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getString("kind").equals("OVERTIME")).map(l -> l.getString("description") + " " + l.getString("amount")).toList());
    }

    @Test
    void aSalaryChangeWithinAPeriodIsPaidProRataOnEachSideAndStartersAndLeaversForTheirDays() {
        Payroll p = Payroll.of(new Fixtures(base), "prorata");
        p.ready("E1", "E2", "E3");
        // E1: 34,000 to 39,000 from 16 June 2026; E2 leaves on 10 June; E4 joins on 22 June
        Api.Reply change = p.team().hr().post(p.path("employees/E1/salary-changes"), "{\"effectiveFrom\": \"2026-06-16\", \"annualSalary\": \"39000.00\"}");
        assertEquals(201, change.status(), change.toString());
        assertProblem(p.team().hr().post(p.path("employees/E1/salary-changes"), "{\"effectiveFrom\": \"2026-06-01\", \"annualSalary\": \"1.00\"}"), 422);
        JsonObject eli = p.team().hr().get(p.path("employees/E2")).json();
        assertEquals(200, p.team().hr().send("PATCH", p.path("employees/E2"), "{\"endDate\": \"2026-06-10\", \"version\": "
                + eli.getJsonNumber("version") + "}", "application/json").status());
        p.team().hire("E4", "AB100005A", "M1", "Nova", "Newman");
        JsonObject nova = p.team().hr().get(p.path("employees/E4")).json();
        assertEquals(200, p.team().hr().send("PATCH", p.path("employees/E4"), "{\"startDate\": \"2026-06-22\", \"version\": "
                + nova.getJsonNumber("version") + "}", "application/json").status());
        p.bankDetails("E4");
        p.profile("E4", "{\"taxCode\": \"1257L\", \"niCategory\": \"A\", \"starterDeclaration\": \"A\"}");

        long run = p.run(3); // June 2026: 30 days, paid on Tuesday 30 June
        p.calculate(run);
        // 34,000 / 12 x 15/30 = 1,416.666 -> 1,416.67 and 39,000 / 12 x 15/30 = 1,625.00
        assertEquals(List.of("Salary 1 Jun to 15 Jun (15 days) 1416.67", "Salary 16 Jun to 30 Jun (15 days) 1625.00"), salary(p.payslip(run, "E1")));
        // E2: 2,833.333 x 10/30 = 944.44; E4 from 22 June: 2,833.333 x 9/30 = 850.00
        assertEquals(List.of("Salary 1 Jun to 10 Jun (10 days) 944.44"), salary(p.payslip(run, "E2")));
        assertEquals(List.of("Salary 22 Jun to 30 Jun (9 days) 850.00"), salary(p.payslip(run, "E4")));
        List<String> variances = p.admin().get(p.path("payroll-runs/" + run + "/variances")).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(v -> v.getString("employeeNumber") + " " + v.getString("kind")).toList();
        assertTrue(variances.containsAll(List.of("E2 LEAVER", "E4 STARTER")), variances.toString());
    }

    @Test
    void aRunWhoseInputsChangedSinceItsCalculationIsCalculatedAgainBeforeItIsApproved() {
        Payroll p = Payroll.of(new Fixtures(base), "stale");
        p.ready("E1", "E2", "E3");
        long run = p.run(2);
        p.calculate(run);
        p.profile("E2", "{\"version\": 1, \"taxCode\": \"BR\", \"niCategory\": \"A\"}");
        p.bankDetails("E3");
        Api.Reply stale = p.approver().post(p.path("payroll-runs/" + run + "/approve"), null);
        assertProblem(stale, 409);
        assertTrue(stale.json().getString("detail").contains("E2's payroll profile, E3's bank details changed"), stale.toString());
        assertEquals("CALCULATED", p.admin().get(p.path("payroll-runs/" + run)).json().getString("status"));

        JsonObject again = p.calculate(run);
        assertEquals("BR", p.payslip(run, "E2").getString("taxCode"));
        Api.Reply approved = p.approver().post(p.path("payroll-runs/" + run + "/approve"), null);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals(again.getJsonObject("totals"), approved.json().getJsonObject("totals"));
    }

    @Test
    void aRunWhoseInstanceWasLostIsTakenOverAndFinishedWhereItGotTo() throws Exception {
        Payroll p = Payroll.of(new Fixtures(base), "lost");
        p.ready("E1", "E2", "E3");
        long run = p.run(3);
        JsonObject whole = p.calculate(run);
        String tenant = p.team().tenant();
        String work = "payroll-run/" + tenant + "/" + run;
        // what an instance killed mid-run leaves: the run CALCULATING, E2 not yet written, a lease nobody renews
        Map<String, String> kept;
        try (Connection database = TestDatabase.asSuperuser()) {
            update(database, "update payroll_run set status = 'CALCULATING' where tenant_id = ? and id = ?", tenant, run);
            update(database, "delete from payslip_line where tenant_id = ? and run_id = ? and employee_number = 'E2'", tenant, run);
            update(database, "delete from payslip where tenant_id = ? and run_id = ? and employee_number = 'E2'", tenant, run);
            kept = versions(database, tenant, run);
            update(database, """
                    insert into job_lease (work, kind, tenant, holder, token, expires_at)
                    values (?, 'payroll-run', ?, 'lost-instance/1', nextval('job_lease_token'), now() - interval '1 second')""", work, tenant);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"CALCULATING".equals(p.admin().get(p.path("payroll-runs/" + run)).json().getString("status")));
        JsonObject resumed = p.admin().get(p.path("payroll-runs/" + run)).json();
        assertEquals("CALCULATED", resumed.getString("status"), resumed.toString());
        assertEquals(whole.getJsonObject("totals"), resumed.getJsonObject("totals"));
        try (Connection database = TestDatabase.asSuperuser()) {
            Map<String, String> now = versions(database, tenant, run);
            assertTrue(now.containsKey("E2"), "E2's payslip written by the instance that took over");
            kept.forEach((employee, version) -> assertEquals(version, now.get(employee), employee + "'s payslip was kept, not written again"));
            try (PreparedStatement lease = database.prepareStatement("select count(*) from job_lease where work = ?")) {
                lease.setString(1, work);
                try (ResultSet row = lease.executeQuery()) {
                    row.next();
                    assertEquals(0, row.getInt(1), "the lease is let go once the run is calculated");
                }
            }
        }
    }

    private static void update(Connection database, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Each payslip's row version (PostgreSQL's xmin: the transaction that wrote it), by employee. */
    private static Map<String, String> versions(Connection database, String tenant, long run) throws SQLException {
        Map<String, String> versions = new java.util.HashMap<>();
        try (PreparedStatement query = database.prepareStatement("select employee_number, xmin::text from payslip where tenant_id = ? and run_id = ?")) {
            query.setString(1, tenant);
            query.setLong(2, run);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    versions.put(row.getString(1), row.getString(2));
                }
            }
        }
        return versions;
    }

    private static List<String> salary(JsonObject payslip) {
        return payslip.getJsonArray("lines").getValuesAs(JsonObject.class).stream().filter(l -> l.getString("kind").equals("SALARY"))
                .map(l -> l.getString("description") + " " + l.getString("amount")).toList();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static byte[] workbook(List<List<String>> rows) throws java.io.IOException {
        return workbook("PayItems", List.of("employeeNumber", "kind", "amount", "hours", "rate", "description"), rows);
    }

    /** An .xlsx of one sheet: {@code headers}, then {@code rows} as text cells (an empty string leaves the cell blank). */
    static byte[] workbook(String name, List<String> headers, List<List<String>> rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(name);
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    if (!rows.get(r).get(i).isEmpty()) {
                        row.createCell(i).setCellValue(rows.get(r).get(i));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static BigDecimal amount(JsonObject line, String side) {
        return line.containsKey(side) && !line.isNull(side) ? new BigDecimal(line.getString(side)) : BigDecimal.ZERO;
    }

    private static String sum(JsonObject payslip) {
        return payslip.getJsonArray("lines").getValuesAs(JsonObject.class).stream().map(l -> new BigDecimal(l.getString("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString();
    }

    /** Two callers post to {@code path} at the same moment; their statuses in order. */
    static List<Integer> race(Api one, Api other, String path) throws Exception {
        return Fixtures.atOnce(() -> one.post(path, null).status(), () -> other.post(path, null).status());
    }
}
