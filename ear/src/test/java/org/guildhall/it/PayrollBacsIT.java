package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An approved run's net pay as a BACS Standard 18 file, read back here position by position: every payslip with net
 * pay is one credit to the employee's confirmed account, the contra debits the tenant's payroll account with the total,
 * and the trailer's totals and counts match the run. A run not approved, a tenant with no payroll account and a pay
 * date too near for BACS's three days are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayrollBacsIT {

    @ArquillianResource
    URL base;

    /** One 100-character payment record, as the file has it. */
    record Payment(String sortCode, String account, String code, String fromSortCode, String fromAccount, long pence, String userName,
                   String reference, String name) {
        static Payment of(String line) {
            assertEquals(100, line.length(), line);
            assertEquals("0", line.substring(14, 15));
            assertEquals("    ", line.substring(31, 35));
            return new Payment(line.substring(0, 6), line.substring(6, 14), line.substring(15, 17), line.substring(17, 23),
                    line.substring(23, 31), Long.parseLong(line.substring(35, 46)), line.substring(46, 64).strip(),
                    line.substring(64, 82).strip(), line.substring(82, 100).strip());
        }
    }

    @Test
    void anApprovedRunsNetPayIsOneCreditPerPayslipAndAContraFromThePayrollAccount() {
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(new Fixtures(base), "bacs");
        p.ready("M1", "E1", "E2", "E3");
        long run = p.run(8); // November 2026, paid on Monday 30 November: BACS processes it on Thursday 26 November
        p.calculate(run);
        String bacs = p.path("payroll-runs/" + run + "/bacs");
        assertProblem(p.approver().get(bacs), 409);
        assertEquals(200, p.approver().post(p.path("payroll-runs/" + run + "/approve"), null).status());
        assertProblem(p.approver().get(bacs), 422);
        assertProblem(p.admin().get(bacs), 403);

        String account = p.path("payment-accounts/PAYROLL");
        assertProblem(p.finance().send("PUT", account, """
                {"sortCode": "20-00", "accountNumber": "5577991", "accountName": "dept of examples", "serviceUserNumber": "12345"}""",
                "application/json"), 400);
        Api.Reply set = p.finance().send("PUT", account, """
                {"sortCode": "20-00-00", "accountNumber": "55779911", "accountName": "DEPT OF EXAMPLES", "serviceUserNumber": "123456"}""",
                "application/json");
        assertEquals(200, set.status(), set.toString());
        assertEquals("200000", p.approver().get(account).json().getString("sortCode"));

        Api.Reply file = p.approver().get(bacs);
        assertEquals(200, file.status(), file.toString());
        List<String> lines = List.of(file.body().split("\r\n"));
        assertEquals(List.of("VOL1", "HDR1", "HDR2", "UHL1"), lines.subList(0, 4).stream().map(l -> l.substring(0, 4)).toList());
        assertEquals("123456", lines.get(0).substring(41, 47));
        assertEquals(" 26330", lines.get(3).substring(4, 10), "processed on 26 November, day 330, two working days before the pay date");
        List<Payment> payments = new ArrayList<>();
        for (String line : lines.subList(4, lines.size() - 3)) {
            payments.add(Payment.of(line));
        }

        Map<String, Long> expected = new TreeMap<>();
        for (String number : List.of("M1", "E1", "E2", "E3")) {
            expected.put("PAY " + number, new BigDecimal(p.payslip(run, number).getString("net")).movePointRight(2).longValueExact());
        }
        List<Payment> credits = payments.stream().filter(c -> c.code().equals("99")).toList();
        Map<String, Long> paid = new TreeMap<>();
        for (Payment credit : credits) {
            assertEquals(List.of("309430", "00733445", "200000", "55779911", "DEPT OF EXAMPLES"),
                    List.of(credit.sortCode(), credit.account(), credit.fromSortCode(), credit.fromAccount(), credit.userName()));
            assertEquals(credit.reference().substring(4), credit.name(), "the account's own name");
            paid.put(credit.reference(), credit.pence());
        }
        assertEquals(expected, paid);
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        JsonObject totals = p.approver().get(p.path("payroll-runs/" + run)).json().getJsonObject("totals");
        assertEquals(new BigDecimal(totals.getString("net")).movePointRight(2).longValueExact(), total);
        Payment contra = payments.get(payments.size() - 1);
        assertEquals(List.of("200000", "55779911", "17", "CONTRA"), List.of(contra.sortCode(), contra.account(), contra.code(), contra.reference()));
        assertEquals(total, contra.pence());
        assertEquals(credits.size() + 1, payments.size());
        assertEquals("EOF1" + lines.get(1).substring(4), lines.get(lines.size() - 3));
        assertEquals("EOF2" + lines.get(2).substring(4), lines.get(lines.size() - 2));
        assertEquals("UTL1" + "%013d%013d%07d%07d".formatted(total, total, 1, 4), lines.get(lines.size() - 1).substring(0, 44));
        assertTrue(lines.stream().allMatch(l -> l.length() == 80 || l.length() == 100));

        // May's run: its BACS processing day (27 May) is long gone by the test's 16 November
        long may = p.run(2);
        p.calculate(may);
        assertEquals(200, p.approver().post(p.path("payroll-runs/" + may + "/approve"), null).status());
        Api.Reply late = p.approver().get(p.path("payroll-runs/" + may + "/bacs"));
        assertProblem(late, 422);
        assertTrue(late.json().getString("detail").contains("three working days"), late.toString());
    }
}
