package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A department joining in October: the onboarding workbook's Payroll sheet brings an employee's figures to date from
 * the old payroll, every bad cell listed by a dry run and nothing stored until all are right, and their first run here
 * goes on with their cumulative tax from there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayrollMigrationIT {

    static final List<String> PAYROLL_COLUMNS = List.of("employeeNumber", "taxYear", "niLetter", "niableEarnings", "employeeNi",
            "employerNi", "taxablePay", "taxPaid", "studentLoan", "postgraduateLoan");
    static final List<String> WITH_BANDS = java.util.stream.Stream.concat(PAYROLL_COLUMNS.stream(),
            java.util.stream.Stream.of("niAtLel", "niLelToPt", "niPtToUel")).toList();

    @ArquillianResource
    URL base;

    @Test
    void aMigratedEmployeesFirstRunGoesOnWithTheirCumulativeTaxFromTheFiguresBroughtIn() throws Exception {
        Fixtures fixtures = new Fixtures(base);
        PayrollRunIT.Payroll p = PayrollRunIT.Payroll.of(fixtures, "migrate");
        String onboarding = p.path("imports/onboarding");

        byte[] bad = workbook(List.of(
                List.of("E7", "2026-27", "A", "17000.00", "1000.00", "2000.00", "18000.00", "2000.00", "", ""),
                List.of("E7", "2026-27", "A", "100.00", "1.00", "1.00", "", "", "", ""),
                List.of("E7", "2026-27", "M", "1000.00", "0", "0", "500.00", "", "", ""),
                List.of("E99", "2026-27", "A", "1.00", "0", "0", "1.00", "0", "", ""),
                List.of("E1", "2019-20", "A", "1.00", "0", "0", "1.00", "0", "", ""),
                List.of("E2", "2026-27", "Q", "1.00", "0", "0", "1.00", "0", "", ""),
                List.of("E3", "2026-27", "A", "-5.00", "0", "0", "lots", "-12.40", "", "", "", "", ""),
                List.of("E1", "2026-27", "A", "100.00", "0", "0", "100.00", "0", "", "", "60.00", "40.00", "0.01"),
                List.of("E2", "2026-27", "A", "100.00", "0", "0", "", "", "", "", "", "-1", "x")), WITH_BANDS);
        Api.Reply dry = p.team().hr().sendBytes("POST", onboarding + "?dryRun=true", bad, PayrollRunIT.XLSX);
        assertEquals(200, dry.status(), dry.toString());
        assertFalse(dry.json().getBoolean("valid"));
        assertEquals(List.of("Payroll 3 niLetter", "Payroll 4 taxablePay", "Payroll 5 employeeNumber", "Payroll 6 taxYear",
                        "Payroll 7 niLetter", "Payroll 8 niableEarnings", "Payroll 8 taxablePay", "Payroll 9 niPtToUel",
                        "Payroll 10 niLelToPt", "Payroll 10 niPtToUel"),
                dry.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("sheet") + " " + e.getInt("row") + " " + e.getString("column")).toList());
        assertProblem(p.team().hr().sendBytes("POST", onboarding, bad, PayrollRunIT.XLSX), 400);
        assertProblem(p.team().hr().get(p.path("employees/E7")), 404);

        // E7 joins with six months' pay from the old payroll: 18,000 taxable, 2,000 tax paid, NI under A (in its bands:
        // 6 x 559 at the LEL, 6 x 489 to the PT, the rest to the UEL) and M (its bands left out: they start at nothing)
        byte[] good = workbook(List.of(
                List.of("E7", "2026-27", "A", "17000.00", "1000.00", "2000.00", "18000.00", "2000.00", "", "", "3354.00", "2934.00", "10712.00"),
                List.of("E7", "2026-27", "M", "1000.00", "0", "0", "", "", "", "")), WITH_BANDS);
        Api.Reply loaded = p.team().hr().sendBytes("POST", onboarding, good, PayrollRunIT.XLSX);
        assertEquals(200, loaded.status(), loaded.toString());
        assertEquals(1, loaded.json().getJsonObject("changed").getInt("Payroll"));

        p.ready("E7");
        long run = p.run(7); // October 2026
        p.calculate(run);
        JsonObject slip = p.payslip(run, "E7");
        assertEquals("3000.00", slip.getString("gross")); // 36,000 / 12
        JsonObject engine = fixtures.operator().post("api/v1/payroll/calculations", """
                {"taxYear": "2026-27", "frequency": "MONTHLY", "period": 7, "taxCode": "1257L", "niCategory": "A", "grossPay": "3000.00",
                 "taxablePayToDate": "18000.00", "taxPaidToDate": "2000.00"}""").json();
        assertEquals(engine.getString("tax"), slip.getString("tax"), "tax on the cumulative basis from the figures brought in");
        BigDecimal freshStart = new BigDecimal(fixtures.operator().post("api/v1/payroll/calculations", """
                {"taxYear": "2026-27", "frequency": "MONTHLY", "period": 7, "taxCode": "1257L", "niCategory": "A", "grossPay": "3000.00"}""")
                .json().getString("tax"));
        assertTrue(freshStart.compareTo(new BigDecimal(slip.getString("tax"))) != 0, "the figures to date change the tax: " + freshStart);

        assertEquals(200, p.approver().post(p.path("payroll-runs/" + run + "/approve"), null).status());
        JsonObject toDate = p.payslip(run, "E7").getJsonObject("yearToDate");
        assertEquals(new BigDecimal("18000.00").add(new BigDecimal(slip.getString("taxablePay"))).toPlainString(), toDate.getString("taxablePay"));
        assertEquals(new BigDecimal("2000.00").add(new BigDecimal(slip.getString("tax"))).toPlainString(), toDate.getString("tax"));
        // and October's 3,000.00 in its bands: 559 at the LEL, 489 to the PT, 1,952 to the UEL
        assertEquals(List.of("A 20000.00 " + new BigDecimal("1000.00").add(new BigDecimal(slip.getString("employeeNi")))
                + " 3913.00 3423.00 12664.00", "M 1000.00 0.00 0.00 0.00 0.00"), niToDate(p.team().tenant(), "E7"));

        // the band columns may be left out of the sheet altogether
        byte[] plain = workbook(List.of(List.of("E7", "2026-27", "A", "17000.00", "1000.00", "2000.00", "18000.00", "2000.00", "", "")),
                PAYROLL_COLUMNS);
        Api.Reply again = p.team().hr().sendBytes("POST", onboarding + "?dryRun=true", plain, PayrollRunIT.XLSX);
        assertEquals(List.of("employeeNumber E7 was paid by an approved run here in 2026-27: their figures to date come from the runs"),
                again.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .filter(e -> e.getInt("row") == 2).map(e -> e.getString("column") + " " + e.getString("message")).toList());
    }

    /** Each NI letter's NI-able earnings and employee NI to date, as stored. */
    private static List<String> niToDate(String tenant, String employee) throws Exception {
        List<String> letters = new ArrayList<>();
        try (Connection owner = TestDatabase.asOwner()) {
            try (PreparedStatement enter = owner.prepareStatement("select set_config('guildhall.tenant', ?, false)")) {
                enter.setString(1, tenant);
                enter.execute();
            }
            try (PreparedStatement query = owner.prepareStatement("""
                    select ni_letter, niable_earnings, employee_ni, at_lel, lel_to_pt, pt_to_uel from payroll_ytd_ni
                    where tenant_id = ? and employee_number = ? and tax_year = '2026-27' order by ni_letter""")) {
                query.setString(1, tenant);
                query.setString(2, employee);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        letters.add(row.getString(1) + " " + row.getBigDecimal(2).toPlainString() + " " + row.getBigDecimal(3).toPlainString()
                                + " " + row.getBigDecimal(4).toPlainString() + " " + row.getBigDecimal(5).toPlainString() + " "
                                + row.getBigDecimal(6).toPlainString());
                    }
                }
            }
        }
        return letters;
    }

    /** An onboarding workbook adding E7 (joined in 2019, 36,000 a year) with the given Payroll sheet rows under {@code columns}. */
    private static byte[] workbook(List<List<String>> payroll, List<String> columns) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PeopleIT.rows(book.createSheet("CostCentres"), List.of("code", "name", "parentCode", "budgetHolder"), List.of());
            PeopleIT.rows(book.createSheet("OrgUnits"), List.of("code", "name", "parentCode", "costCentre"), List.of());
            PeopleIT.rows(book.createSheet("Employees"), PeopleIT.EMPLOYEE_COLUMNS, List.of(List.of("E7", "Mina", "Moved",
                    "mina.moved@example.gov.uk", "AB100007A", "1980-02-02", "2019-05-01", "", "OPS", "CC200", "M1", "ENGLAND", "1", "37", "HEO",
                    "36000.00")));
            PeopleIT.rows(book.createSheet("Payroll"), columns, payroll);
            book.write(out);
            return out.toByteArray();
        }
    }
}
