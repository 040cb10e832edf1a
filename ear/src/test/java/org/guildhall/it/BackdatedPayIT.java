package org.guildhall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Salary changes recorded after the periods they start in were paid: the next run pays the arrears (or recovers the
 * overpayment, up to the pay policy's limit a period) one line per period, the earlier payslips stay as they were,
 * and once settled a change is not paid again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackdatedPayIT {

    @ArquillianResource
    URL base;

    @Test
    void aBackdatedRaiseIsPaidOnceAsArrearsAndABackdatedCutRecoveredWithinThePolicysLimit() {
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(new Fixtures(base), "arrears");
        p.ready("M1", "E1", "E2");
        long july = p.run(4);
        p.calculate(july);
        approve(p, july);
        long august = p.run(5);
        p.calculate(august);
        approve(p, august);
        JsonObject erinInJuly = p.payslip(july, "E1");

        // everyone is on 34,000 (2,833.33 a month); E1 goes to 40,000 (3,333.33) and E2 to 28,000 (2,333.33) from 1 July
        change(p, "E1", "40000.00");
        change(p, "E2", "28000.00");
        long september = p.run(6);
        p.calculate(september);
        assertEquals(List.of("SALARY Salary 3333.33", "ARREARS Arrears of pay, period 4 of 2026-27 (1 Jul to 31 Jul) 500.00",
                "ARREARS Arrears of pay, period 5 of 2026-27 (1 Aug to 31 Aug) 500.00"), lines(p.payslip(september, "E1")));
        assertEquals("4333.33", p.payslip(september, "E1").getString("gross"));
        assertEquals("4333.33", p.payslip(september, "E1").getString("taxablePay"), "arrears are taxed in the period paid");
        // 1257L cumulative to month 6: 2 x 2,833.33 + 4,333.33 = 9,999.99 less 6 x 1,048.26 free = 3,710.43 -> 3,710 x 20%
        // = 742.00, less August's 85.00 (5,666.66 - 5,241.30 = 425.36 -> 425 x 20%): 657.00
        assertEquals("657.00", p.payslip(september, "E1").getString("tax"));
        // 1,000.00 overpaid, 250.00 (the default policy's limit) taken back now
        assertEquals(List.of("SALARY Salary 2333.33", "RECOVERY Overpaid salary recovered, period 4 of 2026-27 (1 Jul to 31 Jul) "
                + "(250.00 of 500.00), 750.00 more to recover later -250.00"), lines(p.payslip(september, "E2")));
        assertEquals(List.of("SALARY Salary 2833.33"), lines(p.payslip(september, "M1")));
        assertEquals(erinInJuly, p.payslip(july, "E1"), "the payslip already paid never changes");
        approve(p, september);

        long october = p.run(7);
        p.calculate(october);
        assertEquals(List.of("SALARY Salary 3333.33"), lines(p.payslip(october, "E1")), "the arrears were paid once");
        assertEquals(List.of("SALARY Salary 2333.33", "RECOVERY Overpaid salary recovered, period 4 of 2026-27 (1 Jul to 31 Jul), 500.00 more to recover later -250.00"),
                lines(p.payslip(october, "E2")));
        approve(p, october);

        long november = p.run(8);
        p.calculate(november);
        assertEquals(List.of("SALARY Salary 2333.33", "RECOVERY Overpaid salary recovered, period 5 of 2026-27 (1 Aug to 31 Aug) "
                + "(250.00 of 500.00), 250.00 more to recover later -250.00"), lines(p.payslip(november, "E2")));

        // December calculated before November is approved works from figures (and recoveries) November then moves
        long december = p.run(9);
        p.calculate(december);
        approve(p, november);
        Api.Reply stale = p.approver().post(p.path("payroll-runs/" + december + "/approve"), null);
        Fixtures.assertProblem(stale, 409);
        assertEquals("Run " + november + ", approved since this one was calculated, paid E1 too, so their figures to date have moved: "
                + "calculate this run again.", stale.json().getString("detail"));
        p.calculate(december);
        assertEquals(List.of("SALARY Salary 2333.33", "RECOVERY Overpaid salary recovered, period 5 of 2026-27 (1 Aug to 31 Aug) -250.00"),
                lines(p.payslip(december, "E2")), "the last of it");
        approve(p, december);
    }

    @Test
    void salaryOverpaidInAnEarlierTaxYearIsRecoveredFromNetPayAndComesOffTheCostOfPay() {
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(new Fixtures(base), "lastyear");
        p.ready("M1", "E1", "E2");
        assertEquals(201, p.finance().post(p.path("fiscal-years"), "{\"fiscalYear\": 2025}").status(), "the books for March 2026");
        Api.Reply march = p.admin().post(p.path("payroll-runs"), "{\"taxYear\": \"2025-26\", \"period\": 12}");
        assertEquals(201, march.status(), march.toString());
        long lastYear = march.json().getJsonNumber("id").longValue();
        p.calculate(lastYear);
        approve(p, lastYear);

        // E1 should have been on 28,000 (2,333.33) from 1 March 2026, not 34,000 (2,833.33): 500.00 overpaid last year
        change(p, "E1", "2026-03-01", "28000.00");
        long april = p.run(1);
        p.calculate(april);
        JsonObject slip = p.payslip(april, "E1");
        assertEquals(List.of("SALARY Salary 2333.33", "RECOVERY_AFTER_TAX Overpaid salary recovered, period 12 of 2025-26 (1 Mar to 31 Mar) "
                + "(250.00 of 500.00), 250.00 more to recover later -250.00"), lines(slip));
        assertEquals("2333.33", slip.getString("gross"));
        assertEquals("2333.33", slip.getString("taxablePay"), "last year's tax is settled: this year's taxable pay is untouched");
        Api.Reply approved = p.approver().post(p.path("payroll-runs/" + april + "/approve"), null);
        assertEquals(200, approved.status(), approved.toString());
        // the cost of pay is the three gross pays less what E1 paid back: 2 x 2,833.33 + 2,333.33 - 250.00
        JsonObject journal = p.finance().get(p.path("journals/" + approved.json().getJsonNumber("journalId"))).json();
        BigDecimal salaries = journal.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("account").equals("51000")).map(l -> new BigDecimal(l.getString("debit")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("7749.99"), salaries);
    }

    private static void change(PayrollRunIT.Payroll p, String employee, String salary) {
        change(p, employee, "2026-07-01", salary);
    }

    private static void change(PayrollRunIT.Payroll p, String employee, String from, String salary) {
        Api.Reply made = p.team().hr().post(p.path("employees/" + employee + "/salary-changes"),
                "{\"effectiveFrom\": \"" + from + "\", \"annualSalary\": \"" + salary + "\"}");
        assertEquals(201, made.status(), made.toString());
    }

    private static void approve(PayrollRunIT.Payroll p, long run) {
        Api.Reply approved = p.approver().post(p.path("payroll-runs/" + run + "/approve"), null);
        assertEquals(200, approved.status(), approved.toString());
    }

    private static List<String> lines(JsonObject payslip) {
        return payslip.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> List.of("SALARY", "ARREARS", "RECOVERY", "RECOVERY_AFTER_TAX").contains(l.getString("kind")))
                .map(l -> l.getString("kind") + " " + l.getString("description") + " " + l.getString("amount")).toList();
    }
}
