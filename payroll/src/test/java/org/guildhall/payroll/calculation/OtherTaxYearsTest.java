package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 2024-25 and 2026-27, worked by hand, for what differs from 2025-26: the employer's 13.8% above a secondary threshold
 * of 758 a month (2024-25), Scotland's bands each year, Plan 2's old threshold, Plan 5 from April 2026.
 */
class OtherTaxYearsTest {

    private static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
    @CsvSource({
            // year, frequency, period, code, pay, plan, tax, employee NI, employer NI, student loan, net
            // 1,951 x 20%; (3,000 - 1,048) x 8%; (3,000 - 758) x 13.8% = 309.396 -> 309.40 (the third place is 6)
            "2024-25, MONTHLY, 1, 1257L,  3000.00, ,       390.20, 156.16, 309.40, 0.00,  2453.64",
            // At the 2024-25 LEL, below the secondary threshold of 175: nothing at all.
            "2024-25, WEEKLY,  1, 1257L,  123.00,  ,       0.00,   0.00,   0.00,   0.00,  123.00",
            // Scotland 2024-25, month 1: 36.5116 + 194.7500 on the starter and basic bands, then
            // (1,951 - 1,165.9166) x 21% = 164.867514 -> 396.129114 -> 396.12
            "2024-25, MONTHLY, 1, S1257L, 3000.00, ,       396.12, 156.16, 309.40, 0.00,  2447.72",
            // Plan 2 in 2024-25: (3,000 - 2,274.58) x 9% = 65.2878 -> 65
            "2024-25, MONTHLY, 1, 1257L,  3000.00, PLAN_2, 390.20, 156.16, 309.40, 65.00, 2388.64",
            // 2026-27: employer (3,000 - 417) x 15%; Plan 5 (3,000 - 2,083.33) x 9% = 82.5003 -> 82
            "2026-27, MONTHLY, 1, 1257L,  3000.00, PLAN_5, 390.20, 156.16, 387.45, 82.00, 2371.64",
            // Scotland 2026-27, month 1: 62.8108 + 216.4833 on the starter and basic bands, then (1,951 - 1,413) x 21%
            "2026-27, MONTHLY, 1, S1257L, 3000.00, ,       392.27, 156.16, 387.45, 0.00,  2451.57",
            // At the 2026-27 LEL of 129 a week: the employer pays on 129 - 96 = 33 at 15%.
            "2026-27, WEEKLY,  1, 1257L,  129.00,  ,       0.00,   0.00,   4.95,   0.00,  129.00",
    })
    void handWorkedCases(String year, PayFrequency frequency, int period, String code, String pay, StudentLoanPlan plan,
                         String tax, String employeeNi, String employerNi, String studentLoan, String net) {
        Set<StudentLoanPlan> plans = plan == null ? Set.of() : EnumSet.of(plan);
        NetPay result = ENGINE.calculate(new PayForPeriod(TaxYear.parse(year), new PayPeriod(frequency, period), TaxCode.parse(code), 'A',
                new BigDecimal(pay), null, null, null, null, plans));
        assertAll(
                () -> assertEquals(new BigDecimal(tax), result.tax(), "tax"),
                () -> assertEquals(new BigDecimal(employeeNi), result.employeeNi(), "employee NI"),
                () -> assertEquals(new BigDecimal(employerNi), result.employerNi(), "employer NI"),
                () -> assertEquals(new BigDecimal(studentLoan), result.studentLoan(), "student loan"),
                () -> assertEquals(new BigDecimal(net), result.netPay(), "net pay"));
    }
}
