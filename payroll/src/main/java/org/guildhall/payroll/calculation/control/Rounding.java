package org.guildhall.payroll.calculation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every rounding in the gross-to-net, in one table, each with the rule it follows. Nothing else in the calculation
 * rounds or divides: a step that needs it names one of these. The paragraph numbers of HMRC's "Specification for PAYE
 * Tax Table Routines" are as open-source engines cite them; the specification's own text was not available, and
 * HMRC's test data ({@code HmrcTestDataTest}) is what confirms each rule.
 */
public enum Rounding {

    /** PAYE spec 4.3.1: free pay (or K-code additional pay) for one period from a code's remainder, rounded up to the penny. */
    FREE_PAY_PER_PERIOD(2, RoundingMode.CEILING),
    /** PAYE spec 4.3.1: the pay adjustment for each unit of 500 in a code (5,000 / 12 = 416.67, 5,000 / 52 = 96.16), up to the penny. */
    FREE_PAY_PER_500(2, RoundingMode.CEILING),
    /** PAYE spec 4.4.4: taxable pay to date after free pay is rounded down to the whole pound before tax is worked out. */
    TAXABLE_PAY_TO_DATE(0, RoundingMode.FLOOR),
    /** PAYE spec: an annual band limit apportioned to the period (limit x n / N), truncated to four decimal places. */
    BAND_LIMIT_TO_DATE(4, RoundingMode.DOWN),
    /** PAYE spec: the value taxable pay to date is tested against to find its band, the period's limit rounded up to the pound. */
    BAND_TEST_VALUE(0, RoundingMode.CEILING),
    /** PAYE spec: tax due to date, rounded down to the penny. */
    TAX_DUE(2, RoundingMode.FLOOR),
    /** PAYE regulation 23(5) (overriding limit, every code since April 2015): half the period's pay, down to the penny. */
    REGULATORY_LIMIT(2, RoundingMode.FLOOR),
    /**
     * NI, SI 2001/1004 reg. 12(1): "to the nearest penny, and any amount of a halfpenny or less shall be disregarded",
     * employee's and employer's worked out separately, each earnings band on its own. HMRC reads the halfpenny from
     * the third decimal place alone (its 2025-26 test data: 0.0056 is 0.00, 0.006 is 0.01), so the contribution is
     * cut to three places first.
     */
    NI_CONTRIBUTION(2, RoundingMode.HALF_DOWN) {
        @Override
        public BigDecimal apply(BigDecimal value) {
            return value.setScale(3, RoundingMode.DOWN).setScale(2, RoundingMode.HALF_DOWN);
        }
    },
    /** Student loans: the annual threshold divided into pay periods, down to the penny (HMRC's published 2,172.08 and 501.25). */
    STUDENT_LOAN_THRESHOLD(2, RoundingMode.DOWN),
    /** Student and postgraduate loans: each deduction rounded down to the whole pound (GOV.UK: 9% of 578 = 52.02, so 52). */
    STUDENT_LOAN_DEDUCTION(0, RoundingMode.FLOOR),
    /** Pension contribution at the scheme's rate: to the nearest penny, a half penny up (the ledger's rule; schemes set none stricter). */
    PENSION_CONTRIBUTION(2, RoundingMode.HALF_UP);

    private final int scale;
    private final RoundingMode mode;

    Rounding(int scale, RoundingMode mode) {
        this.scale = scale;
        this.mode = mode;
    }

    public BigDecimal apply(BigDecimal value) {
        return value.setScale(scale, mode);
    }

    /** {@code dividend / divisor} rounded by this rule's scale and mode in one step, with no intermediate rounding. */
    public BigDecimal divide(BigDecimal dividend, int divisor) {
        return dividend.divide(BigDecimal.valueOf(divisor), scale, mode);
    }

    /** Money is reported to the penny: a figure rounded to the pound or kept to four places is written with two. */
    public static BigDecimal pence(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
