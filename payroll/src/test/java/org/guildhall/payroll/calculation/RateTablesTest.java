package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.NiThreshold;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.TaxRegion;
import org.guildhall.payroll.calculation.entity.TaxYearRates;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped rates file: the years it has, figures as HMRC publishes them, and no slip between a year's figures. */
class RateTablesTest {

    private static final RateTables TABLES = RateTables.standard();

    @Test
    void knowsTheLastTwoTaxYearsAndThisOne() {
        assertEquals(List.of(TaxYear.parse("2024-25"), TaxYear.parse("2025-26"), TaxYear.parse("2026-27")), TABLES.years());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-25", "2025-26", "2026-27"})
    void everyYearHasEveryCategoryTheIssueNamesAndTwoAndFourWeeklyThresholdsByHmrcsRule(String taxYear) {
        TaxYearRates year = TABLES.year(TaxYear.parse(taxYear)).orElseThrow();
        for (char letter : "ABCFHIJLMNSVZ".toCharArray()) {
            assertTrue(year.nationalInsurance().categories().containsKey(letter), taxYear + " category " + letter);
        }
        for (var entry : year.nationalInsurance().thresholds().entrySet()) {
            NiThreshold threshold = entry.getValue();
            assertEquals(up(threshold.annual(), 26), threshold.fortnightly(), taxYear + " " + entry.getKey() + " fortnightly");
            assertEquals(up(threshold.annual(), 13), threshold.fourWeekly(), taxYear + " " + entry.getKey() + " four-weekly");
        }
        assertEquals(4, year.incomeTax().get(TaxRegion.SCOTLAND).higherRateCodes(), "SD0 to SD3");
        assertEquals(2, year.incomeTax().get(TaxRegion.REST_OF_UK).higherRateCodes(), "D0 and D1");
        assertEquals(new BigDecimal("0.20"), year.incomeTax().get(TaxRegion.SCOTLAND).basicRate());
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource({
            // Figures HMRC and GOV.UK publish per period; the engine derives them from the annual threshold.
            "2025-26, PLAN_1,       MONTHLY,     2172.08",
            "2025-26, PLAN_1,       WEEKLY,      501.25",
            "2024-25, PLAN_1,       MONTHLY,     2082.50",
            "2024-25, PLAN_2,       MONTHLY,     2274.58",
            "2024-25, PLAN_4,       MONTHLY,     2616.25",
            "2025-26, POSTGRADUATE, MONTHLY,     1750.00",
            "2025-26, POSTGRADUATE, WEEKLY,      403.84",
            "2025-26, POSTGRADUATE, FOUR_WEEKLY, 1615.38",
    })
    void studentLoanThresholdsPerPeriodAreTheOnesPublished(String taxYear, StudentLoanPlan plan, PayFrequency frequency, String expected) {
        assertEquals(new BigDecimal(expected),
                TABLES.year(TaxYear.parse(taxYear)).orElseThrow().studentLoans().get(plan).threshold(frequency));
    }

    @Test
    void planFiveIsRepaidFromApril2026Only() {
        assertTrue(TABLES.year(TaxYear.parse("2026-27")).orElseThrow().studentLoans().containsKey(StudentLoanPlan.PLAN_5));
        assertTrue(!TABLES.year(TaxYear.parse("2025-26")).orElseThrow().studentLoans().containsKey(StudentLoanPlan.PLAN_5));
    }

    private static BigDecimal up(BigDecimal annual, int periods) {
        return annual.divide(BigDecimal.valueOf(periods), 0, RoundingMode.CEILING);
    }
}
