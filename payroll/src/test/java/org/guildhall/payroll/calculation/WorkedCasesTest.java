package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.NetPay;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own worked cases for 2025-26 ({@code worked-cases-2025-26.csv}): every code form, basis and frequency, Scottish
 * and Welsh codes, K codes at the overriding limit, refunds, NI either side of each threshold for every category,
 * student loans at and just above their thresholds. The expected figures were worked out by a separate calculation
 * written independently of this engine (Python's decimal arithmetic), several by hand and four from GOV.UK's own
 * student loan examples; each row's description shows its arithmetic.
 */
class WorkedCasesTest {

    private static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());

    static Stream<CsvTable.Row> cases() {
        return CsvTable.read("worked-cases-2025-26.csv").rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheWorkedCase(CsvTable.Row row) {
        NetPay result = ENGINE.calculate(input(row));
        assertAll(
                () -> assertEquals(row.money("taxablePay"), result.taxablePay(), "taxablePay"),
                () -> assertEquals(row.money("tax"), result.tax(), "tax"),
                () -> assertEquals(row.money("employeeNi"), result.employeeNi(), "employeeNi"),
                () -> assertEquals(row.money("employerNi"), result.employerNi(), "employerNi"),
                () -> assertEquals(row.money("studentLoan"), result.studentLoan(), "studentLoan"),
                () -> assertEquals(row.money("postgraduateLoan"), result.postgraduateLoan(), "postgraduateLoan"),
                () -> assertEquals(row.money("pensionEmployee"), result.pensionEmployee(), "pensionEmployee"),
                () -> assertEquals(row.money("netPay"), result.netPay(), "netPay"),
                () -> assertEquals(row.money("taxablePayToDateAfter"), result.taxablePayToDate(), "taxablePayToDate"),
                () -> assertEquals(row.money("taxPaidToDateAfter"), result.taxPaidToDate(), "taxPaidToDate"));
    }

    static PayForPeriod input(CsvTable.Row row) {
        PayFrequency frequency = PayFrequency.valueOf(row.text("frequency"));
        Set<StudentLoanPlan> plans = EnumSet.noneOf(StudentLoanPlan.class);
        if (!row.text("studentLoanPlans").isEmpty()) {
            Arrays.stream(row.text("studentLoanPlans").split(";")).map(StudentLoanPlan::valueOf).forEach(plans::add);
        }
        return new PayForPeriod(TaxYear.parse(row.text("taxYear")), new PayPeriod(frequency, Integer.parseInt(row.text("period"))),
                TaxCode.parse(row.text("taxCode")), row.text("niCategory").charAt(0), row.money("grossPay"),
                row.moneyOrNull("pensionableGross"), row.decimalOrNull("pensionEmployeeRate"), row.moneyOrNull("taxablePayToDate"),
                row.moneyOrNull("taxPaidToDate"), plans);
    }

}
