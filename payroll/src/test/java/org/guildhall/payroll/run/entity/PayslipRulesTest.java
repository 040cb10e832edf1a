package org.guildhall.payroll.run.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/**
 * The run's rules for one employee and one period, with the default pay policy, November 2026 (month 8 of 2026-27,
 * 30 days). Each expected figure is worked out in its comment.
 */
class PayslipRulesTest {

    static final PayPolicy POLICY = PayPolicy.of(defaultPolicy());
    static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());
    static final TaxYear YEAR = new TaxYear(2026);
    static final PayDate NOVEMBER = new PayDate(new PayPeriod(PayFrequency.MONTHLY, 8), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    static final PayslipCalculation CALCULATION = new PayslipCalculation(ENGINE, POLICY, YEAR, NOVEMBER);

    static JsonObject defaultPolicy() {
        try (InputStream in = PayslipRulesTest.class.getClassLoader().getResourceAsStream("hr/central-government/pay-policy.json")) {
            return Json.createReader(in).readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Payee.Profile profile(String code, String scheme, String employeeRate, String employerRate) {
        return new Payee.Profile(code, 'A', Set.of(), scheme, employeeRate == null ? null : new BigDecimal(employeeRate),
                employerRate == null ? null : new BigDecimal(employerRate), null, null);
    }

    static Payee payee(String salary, Payee.Profile profile, Payee.YearToDate toDate, List<Payee.Item> items) {
        return new Payee("E1", "CC100", LocalDate.of(2020, 4, 1), null, List.of(new Payee.Salary(LocalDate.of(2020, 4, 1), new BigDecimal(salary), BigDecimal.ONE)),
                profile, toDate, items, List.of(), BigDecimal.ZERO, true, null);
    }

    static Money m(String amount) {
        return Money.parse(amount);
    }

    @Test
    void aSeventhMonthEmployeeGoesOnWithCumulativeTaxFromTheirFiguresToDate() {
        // 36,000 / 12 = 3,000.00 a month; 7 months of 3,000 and tax 2,286.60 already: taxable to date 24,000.00,
        // free pay to month 8 = 1,048.26 x 8 = 8,386.08 (1257L), taxable 15,613 whole pounds x 20% = 3,122.60 due; 3,122.60 - 2,286.60 = 836.00
        Payee.YearToDate before = new Payee.YearToDate(m("21000.00"), m("21000.00"), m("2286.60"), m("1440.00"), m("2700.00"),
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        Payslip slip = CALCULATION.calculate(payee("36000", profile("1257L", null, null, null), before, List.of())).payslip();
        assertEquals(m("3000.00"), slip.gross());
        assertEquals(m("836.00"), slip.tax());
        assertEquals(m("24000.00"), slip.yearToDate().taxablePay());
        assertEquals(m("3122.60"), slip.yearToDate().tax());
    }

    @Test
    void aKCodeIsHeldToHalfThePeriodsPay() {
        // K1000 adds 10,009 / 12 per month ... far more than the pay: on 1,000 a month the tax may not exceed 500.00
        Payslip slip = CALCULATION.calculate(payee("12000", profile("K1000", null, null, null), null, List.of())).payslip();
        assertEquals(m("1000.00"), slip.gross());
        assertEquals(m("500.00"), slip.tax(), "the overriding limit: half the period's taxable pay");
    }

    @Test
    void alphaTiersOnTheYearsSalaryAndTheEmployerRateOnThePensionablePay() {
        // 2026-27's first threshold is 36,199. 36,199 / 12 = 3,016.58 a month, x 4.60% = 138.763 -> 138.76;
        // 36,200 / 12 = 3,016.67, x 5.45% = 164.408 -> 164.41, and the employer's 28.97% = 873.929 -> 873.93
        Payslip low = CALCULATION.calculate(payee("36199", profile("1257L", "ALPHA", null, "0.2897"), null, List.of())).payslip();
        assertEquals(m("138.76"), low.pensionEmployee());
        Payslip high = CALCULATION.calculate(payee("36200", profile("1257L", "ALPHA", null, "0.2897"), null, List.of())).payslip();
        assertEquals(m("164.41"), high.pensionEmployee());
        assertEquals(m("873.93"), high.pensionEmployer());
        // 60,000 is in the 56,001 to 150,000 tier: 5,000 x 7.35% = 367.50
        assertEquals(m("367.50"), CALCULATION.calculate(payee("60000", profile("1257L", "ALPHA", null, "0.2897"), null, List.of()))
                .payslip().pensionEmployee());
    }

    @Test
    void autoEnrolmentIsOnQualifyingEarningsOnly() {
        // monthly band 520 to 4,189: 5,000 a month -> 3,669 qualifying; 5% = 183.45, employer 3% = 110.07
        Payslip slip = CALCULATION.calculate(payee("60000", profile("1257L", "AUTO_ENROLMENT", "0.05", "0.03"), null, List.of())).payslip();
        assertEquals(m("183.45"), slip.pensionEmployee());
        assertEquals(m("110.07"), slip.pensionEmployer());
    }

    @Test
    void autoEnrolmentsQualifyingEarningsIncludeOvertimeAndBonusWhichAlphaLeavesOut() {
        // 24,000 a year = 2,000 a month, 300 overtime and 200 bonus (neither pensionable in the pay policy): qualifying
        // earnings are gross earnings of every kind (Pensions Act 2008 s.13), so 2,500 - 520 = 1,980; 5% = 99.00 and
        // 3% = 59.40. On the pensionable salary alone it would be 1,480: 74.00 and 44.40
        List<Payee.Item> items = List.of(new Payee.Item("OVERTIME", "Overtime", m("300.00")), new Payee.Item("BONUS", "Bonus", m("200.00")));
        Payslip slip = CALCULATION.calculate(payee("24000", profile("1257L", "AUTO_ENROLMENT", "0.05", "0.03"), null, items)).payslip();
        assertEquals(m("99.00"), slip.pensionEmployee());
        assertEquals(m("59.40"), slip.pensionEmployer());
        // alpha on the same pay: the pensionable 2,000 at alpha's rate for 24,000 a year (4.6%) = 92.00
        assertEquals(m("92.00"), CALCULATION.calculate(payee("24000", profile("1257L", "ALPHA", null, "0.2897"), null, items))
                .payslip().pensionEmployee());
    }

    @Test
    void aDeductionAfterTaxBeyondThePayIsANegativeNetPayExceptionAndNoPayslip() {
        PayslipCalculation.Outcome outcome = CALCULATION.calculate(payee("12000", profile("1257L", null, null, null), null,
                List.of(new Payee.Item("DEDUCTION", "Overpayment recovered", m("5000.00")))));
        assertNull(outcome.payslip());
        assertEquals(List.of(PayException.Code.NEGATIVE_NET_PAY), outcome.exceptions().stream().map(PayException::code).toList());
    }

    @Test
    void salarySacrificeLowersGrossTaxableAndNiablePayAndADeductionOnlyTheNet() {
        // 3,000 salary - 200 sacrifice = 2,800 gross, taxable and NI-able; a 50.00 deduction comes off the net only
        Payslip slip = CALCULATION.calculate(payee("36000", profile("1257L", null, null, null), null, List.of(
                new Payee.Item("SALARY_SACRIFICE", "Cycle to work", m("200.00")), new Payee.Item("DEDUCTION", "Canteen", m("50.00"))))).payslip();
        assertEquals(m("2800.00"), slip.gross());
        assertEquals(m("2800.00"), slip.taxablePay());
        assertEquals(m("2800.00"), slip.niablePay());
        assertEquals(m("50.00"), slip.deductions());
        assertEquals(slip.gross().minus(slip.tax()).minus(slip.employeeNi()).minus(m("50.00")), slip.net());
    }

    @Test
    void everyReasonToHoldSomeoneBackIsListedAtOnce() {
        Payee nothing = new Payee("E9", "CC100", LocalDate.of(2020, 4, 1), null, List.of(new Payee.Salary(LocalDate.of(2020, 4, 1),
                new BigDecimal("30000"), BigDecimal.ONE)), null, null, List.of(), List.of(), BigDecimal.ZERO, false, null);
        assertEquals(List.of(PayException.Code.NO_PAYROLL_PROFILE, PayException.Code.NO_CONFIRMED_BANK_DETAILS),
                CALCULATION.calculate(nothing).exceptions().stream().map(PayException::code).toList());
        PayslipCalculation.Outcome bad = CALCULATION.calculate(payee("30000", profile("1257Q", null, null, null), null, List.of()));
        assertTrue(bad.exceptions().get(0).message().contains("1257Q is not a tax code"), bad.exceptions().toString());
        PayslipCalculation.Outcome big = CALCULATION.calculate(payee("400000", profile("1257L", null, null, null), null, List.of()));
        assertEquals(List.of(PayException.Code.OVER_CEILING), big.exceptions().stream().map(PayException::code).toList(),
                "400,000 / 12 = 33,333.33 is above the default ceiling of 30,000.00 a period");
    }
}
