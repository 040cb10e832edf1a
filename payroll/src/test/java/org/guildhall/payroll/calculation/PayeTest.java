package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.guildhall.payroll.calculation.control.Paye;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.calculation.entity.TaxRegion;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayeTest {

    private static final Paye REST_OF_UK_2025 = new Paye(RateTables.standard().year(TaxYear.parse("2025-26")).orElseThrow()
            .incomeTax().get(TaxRegion.REST_OF_UK));

    @ParameterizedTest(name = "code {0} over {1} periods: {2}")
    @CsvSource({
            "1257, 12, 1048.26",  // the figure: 2 x 416.67 + 2,579 / 12 rounded up (not 1,047.50 or 1,048.25)
            "1257, 52, 241.92",   // 2 x 96.16 + 2,579 / 52 = 49.596 rounded up to 49.60
            "500,  12, 417.42",   // one remainder of 500: 5,009 / 12
            "501,  12, 418.26",   // one unit of 500 and a remainder of 1: 416.67 + 19 / 12 rounded up
            "1,    12, 1.59",
            "0,    12, 0.00",
            "510,  52, 98.26",    // HMRC's 2009-10 test data: 510L, week 8 pay adjustment 786.08 = 8 x 98.26
            "560,  12, 467.42",   // HMRC's 2009-10 test data: 560T, month 3 pay adjustment 1,402.26 = 3 x 467.42
            "255,  12, 213.25",   // HMRC's 2009-10 test data: K255, month 5 additional pay 1,066.25 = 5 x 213.25
    })
    void freePayFromTheCodeRoundsEachPartUpToThePenny(int code, int periodsInYear, String expected) {
        assertEquals(new BigDecimal(expected), Paye.adjustmentPerPeriod(code, periodsInYear));
    }

    @Test
    void aKCodeTakesNoMoreThanHalfThePeriodsPayAndCollectsTheRestLater() {
        TaxCode k1000 = TaxCode.parse("K1000");
        // Month 1: additional pay 834.09, taxable 1,234 -> 246.80 due, but half of 400.00 is 200.00.
        BigDecimal month1 = tax(k1000, PayFrequency.MONTHLY, 1, "400.00", "0.00", "0.00");
        assertEquals(new BigDecimal("200.00"), month1);
        // Month 2: 6,068 to date -> 1,213.60 due; the 46.80 held back in month 1 is collected now.
        assertEquals(new BigDecimal("1013.60"), tax(k1000, PayFrequency.MONTHLY, 2, "4000.00", "400.00", "200.00"));
    }

    @Test
    void sinceApril2015NoCodeTakesMoreThanHalfThePeriodsPay() {
        // NT for five months, then 0T from month 6: 16,000 to date at 20% is 3,200.00 due, but half of 1,000.00 is 500.00.
        assertEquals(new BigDecimal("500.00"), tax(TaxCode.parse("0T"), PayFrequency.MONTHLY, 6, "1000.00", "15000.00", "0.00"));
        // BR on a non-cumulative basis never reaches it: 20% of the pay.
        assertEquals(new BigDecimal("200.00"), tax(TaxCode.parse("BR M1"), PayFrequency.MONTHLY, 6, "1000.00", "15000.00", "0.00"));
    }

    @Test
    void aCumulativeCodeRefundsAndANonCumulativeOneNeverDoes() {
        // Month 6 with no pay after 15,000: 8,710 taxable to date -> 1,742.00 due, 2,000.00 paid: 258.00 back.
        assertEquals(new BigDecimal("-258.00"), tax(TaxCode.parse("1257L"), PayFrequency.MONTHLY, 6, "0.00", "15000.00", "2000.00"));
        assertEquals(new BigDecimal("0.00"), tax(TaxCode.parse("1257L M1"), PayFrequency.MONTHLY, 6, "0.00", "15000.00", "2000.00"));
    }

    @Test
    void changingToNtRefundsTheYearsTaxOnACumulativeBasisOnly() {
        assertEquals(new BigDecimal("-2000.00"), tax(TaxCode.parse("NT"), PayFrequency.MONTHLY, 10, "3000.00", "27000.00", "2000.00"));
        assertEquals(new BigDecimal("0.00"), tax(TaxCode.parse("NT M1"), PayFrequency.MONTHLY, 10, "3000.00", "27000.00", "2000.00"));
    }

    @Test
    void weekFiftyThreeIsTaxedOnAWeekOneBasisEvenOnACumulativeCode() {
        // 1,000 - 241.92 = 758 whole pounds; week-1 basic band 37,700 / 52 = 725.0000: 145.00 + 33 x 40% = 158.20.
        assertEquals(new BigDecimal("158.20"), tax(TaxCode.parse("1257L"), PayFrequency.WEEKLY, 53, "1000.00", "52000.00", "9000.00"));
        // The 27th fortnightly payment (week 54) on a week-2 basis: 2 x 241.92 free, 1,450 band: 2,000 - 483.84 = 1,516.
        assertEquals(new BigDecimal("316.40"), tax(TaxCode.parse("1257L"), PayFrequency.FORTNIGHTLY, 27, "2000.00", "52000.00", "9000.00"));
    }

    @Test
    void payAboveTheBasicBandIsTestedAgainstTheBandRoundedUpToThePound() {
        // Month 1 basic band: 37,700 / 12 = 3,141.6666, tested as 3,142: 3,142 whole pounds is still all at 20%.
        assertEquals(new BigDecimal("628.40"), tax(TaxCode.parse("0T"), PayFrequency.MONTHLY, 1, "3142.99", "0.00", "0.00"));
        // 3,143: 3,141.6666 at 20% (628.33332) and 1.3334 at 40% (0.53336) = 628.86668, down to the penny.
        assertEquals(new BigDecimal("628.86"), tax(TaxCode.parse("0T"), PayFrequency.MONTHLY, 1, "3143.00", "0.00", "0.00"));
    }

    private static BigDecimal tax(TaxCode code, PayFrequency frequency, int period, String pay, String payToDate, String paidToDate) {
        return REST_OF_UK_2025.taxThisPeriod(code, new PayPeriod(frequency, period), new BigDecimal(pay), new BigDecimal(payToDate),
                new BigDecimal(paidToDate));
    }
}
