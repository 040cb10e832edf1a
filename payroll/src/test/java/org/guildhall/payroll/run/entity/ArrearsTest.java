package org.guildhall.payroll.run.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.platform.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Backdated pay in November 2026 (month 8) for periods already paid, with the default pay policy (recovery limit
 * 250.00 a period). Each expected figure is worked out in its comment.
 */
class ArrearsTest {

    static final LocalDate AUGUST = LocalDate.of(2026, 8, 1);

    /** Months 5 to 7 (August to October) paid at {@code paid} each, with the salary now in force from 1 August. */
    static List<Payee.PaidPeriod> paidAugustToOctober(String salaryNow, String paid) {
        List<Payee.PaidPeriod> periods = new ArrayList<>();
        for (int month = 8; month <= 10; month++) {
            LocalDate from = LocalDate.of(2026, month, 1);
            periods.add(new Payee.PaidPeriod(100 + month, "2026-27", month - 3, PayFrequency.MONTHLY, from, from.plusMonths(1).minusDays(1),
                    List.of(new Payee.Salary(from, new BigDecimal(salaryNow), BigDecimal.ONE)), Money.parse(paid)));
        }
        return periods;
    }

    static Payee payee(String salaryNow, Payee.YearToDate toDate, List<Payee.PaidPeriod> paidBefore) {
        return new Payee("E1", "CC100", LocalDate.of(2020, 4, 1), null,
                List.of(new Payee.Salary(LocalDate.of(2026, 11, 1), new BigDecimal(salaryNow), BigDecimal.ONE)),
                PayslipRulesTest.profile("1257L", null, null, null), toDate, List.of(), List.of(), BigDecimal.ZERO, true, null, paidBefore);
    }

    static String lines(Payslip payslip) {
        return payslip.lines().stream().map(l -> l.kind() + " " + l.amount() + " " + l.description() + " [" + l.arrearsOf() + "]")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aRaiseBackdatedThreeMonthsIsPaidAsOneLinePerPeriodAndTaxedAndNiedInThisOne() {
        // 36,000 -> 42,000 from 1 August: 3,500.00 a month now, and August to October paid 3,000.00 each: 500.00 arrears each.
        // Seven months of 3,000.00 paid, tax to date: 21,000 - 7 x 1,048.26 = 13,662.18 -> 13,662 x 20% = 2,732.40.
        Payee.YearToDate toDate = new Payee.YearToDate(Money.parse("21000.00"), Money.parse("21000.00"), Money.parse("2732.40"),
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        Payslip payslip = PayslipRulesTest.CALCULATION.calculate(payee("42000", toDate, paidAugustToOctober("42000", "3000.00"))).payslip();
        assertEquals("""
                SALARY 3500.00 Salary [null]
                ARREARS 500.00 Arrears of pay, period 5 of 2026-27 (1 Aug to 31 Aug) [108]
                ARREARS 500.00 Arrears of pay, period 6 of 2026-27 (1 Sept to 30 Sept) [109]
                ARREARS 500.00 Arrears of pay, period 7 of 2026-27 (1 Oct to 31 Oct) [110]""", lines(payslip));
        assertEquals(Money.parse("5000.00"), payslip.gross());
        assertEquals(Money.parse("5000.00"), payslip.taxablePay());
        // cumulative: 26,000 - 8 x 1,048.26 = 17,613.92 -> 17,613 x 20% = 3,522.60, less 2,732.40 paid = 790.20
        assertEquals(Money.parse("790.20"), payslip.tax());
        // NI on the month's 5,000.00 as paid: (4,189 - 1,048) x 8% = 251.28, (5,000 - 4,189) x 2% = 16.22
        assertEquals(Money.parse("267.50"), payslip.employeeNi());
        assertEquals(Money.ZERO, payslip.arrearsOutstanding());
    }

    @Test
    void periodsAlreadyPaidInFullGetNoLine() {
        // what arrears a run paid count as paid: 3,000.00 + 500.00 = what is due now
        Payslip payslip = PayslipRulesTest.CALCULATION.calculate(payee("42000", null, paidAugustToOctober("42000", "3500.00"))).payslip();
        assertEquals("SALARY 3500.00 Salary [null]", lines(payslip));
    }

    @Test
    void aChangeFromTheMiddleOfAPaidPeriodPaysTheDaysFromIt() {
        // 36,000 until 15 October, 42,000 from 16 October: 3,000 x 15/31 = 1,451.61 and 3,500 x 16/31 = 1,806.45 due,
        // 3,000.00 paid: 258.06 arrears
        Payee.PaidPeriod october = new Payee.PaidPeriod(110, "2026-27", 7, PayFrequency.MONTHLY, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), List.of(new Payee.Salary(LocalDate.of(2026, 10, 1), new BigDecimal("36000"), BigDecimal.ONE),
                new Payee.Salary(LocalDate.of(2026, 10, 16), new BigDecimal("42000"), BigDecimal.ONE)), Money.parse("3000.00"));
        Payslip payslip = PayslipRulesTest.CALCULATION.calculate(payee("42000", null, List.of(october))).payslip();
        assertEquals(Money.parse("258.06"), payslip.lines().get(1).amount());
    }

    @Test
    void aBackdatedCutIsRecoveredUpToThePolicysLimitOldestFirstAndTheRestIsOutstanding() {
        // 36,000 -> 30,000 from 1 August: 2,500.00 due for each month paid 3,000.00: 1,500.00 overpaid, 250.00 taken now
        Payslip payslip = PayslipRulesTest.CALCULATION.calculate(payee("30000", null, paidAugustToOctober("30000", "3000.00"))).payslip();
        assertEquals("""
                SALARY 2500.00 Salary [null]
                RECOVERY -250.00 Overpaid salary recovered, period 5 of 2026-27 (1 Aug to 31 Aug) (250.00 of 500.00), 1250.00 more to recover later [108]""", lines(payslip));
        assertEquals(Money.parse("2250.00"), payslip.gross());
        assertEquals(Money.parse("2250.00"), payslip.taxablePay());
        assertEquals(Money.parse("1250.00"), payslip.arrearsOutstanding());
    }

    @Test
    void theNextPeriodGoesOnWhereTheLimitStopped() {
        // August now paid 3,000.00 - 250.00 = 2,750.00: 250.00 of it left, then 250.00 of September's is 500.00 this month
        List<Payee.PaidPeriod> periods = new ArrayList<>(paidAugustToOctober("30000", "3000.00"));
        Payee.PaidPeriod august = periods.get(0);
        periods.set(0, new Payee.PaidPeriod(august.run(), august.taxYear(), august.period(), august.frequency(), august.from(), august.to(),
                august.salaries(), Money.parse("2750.00")));
        Payslip payslip = PayslipRulesTest.CALCULATION.calculate(payee("30000", null, periods)).payslip();
        assertEquals("""
                SALARY 2500.00 Salary [null]
                RECOVERY -250.00 Overpaid salary recovered, period 5 of 2026-27 (1 Aug to 31 Aug), 1000.00 more to recover later [108]""", lines(payslip));
        assertEquals(Money.parse("1000.00"), payslip.arrearsOutstanding());
    }

    @Test
    void arrearsOwedAreSetAgainstARecoveryBeforeTheLimitCounts() {
        // August overpaid 400.00 (paid 3,000, due 2,600); September underpaid 300.00 (paid 2,300, due 2,600):
        // 300.00 paid and 300.00 + 250.00 = 550.00 may be taken back, so all 400.00 is
        List<Payee.PaidPeriod> periods = new ArrayList<>(paidAugustToOctober("31200", "2600.00"));
        Payee.PaidPeriod august = periods.get(0);
        Payee.PaidPeriod september = periods.get(1);
        periods.set(0, new Payee.PaidPeriod(august.run(), "2026-27", 5, PayFrequency.MONTHLY, august.from(), august.to(), august.salaries(),
                Money.parse("3000.00")));
        periods.set(1, new Payee.PaidPeriod(september.run(), "2026-27", 6, PayFrequency.MONTHLY, september.from(), september.to(),
                september.salaries(), Money.parse("2300.00")));
        Payslip payslip = PayslipRulesTest.CALCULATION.calculate(payee("31200", null, periods)).payslip();
        assertEquals("""
                SALARY 2600.00 Salary [null]
                ARREARS 300.00 Arrears of pay, period 6 of 2026-27 (1 Sept to 30 Sept) [109]
                RECOVERY -400.00 Overpaid salary recovered, period 5 of 2026-27 (1 Aug to 31 Aug) [108]""", lines(payslip));
        assertEquals(Money.ZERO, payslip.arrearsOutstanding());
    }

    @Test
    void anEarlierTaxYearsOverpaymentIsRecoveredFromNetPayLeavingTaxAndNiAlone() {
        // March 2026 (month 12 of 2025-26) paid 3,000.00 at 36,000; 30,000 was due from 1 March: 500.00 overpaid, 250.00 now
        Payee.PaidPeriod march = new Payee.PaidPeriod(99, "2025-26", 12, PayFrequency.MONTHLY, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), List.of(new Payee.Salary(LocalDate.of(2026, 3, 1), new BigDecimal("30000"), BigDecimal.ONE)),
                Money.parse("3000.00"));
        Payslip recovered = PayslipRulesTest.CALCULATION.calculate(payee("30000", null, List.of(march))).payslip();
        Payslip plain = PayslipRulesTest.CALCULATION.calculate(payee("30000", null, List.of())).payslip();
        assertEquals("RECOVERY_AFTER_TAX -250.00 Overpaid salary recovered, period 12 of 2025-26 (1 Mar to 31 Mar) (250.00 of 500.00), "
                + "250.00 more to recover later [99]", lines(recovered).lines().toList().get(1));
        assertEquals(plain.gross(), recovered.gross());
        assertEquals(plain.taxablePay(), recovered.taxablePay());
        assertEquals(plain.tax(), recovered.tax());
        assertEquals(plain.employeeNi(), recovered.employeeNi());
        assertEquals(Money.parse("250.00"), recovered.deductions());
        assertEquals(plain.net().minus(Money.parse("250.00")), recovered.net());
    }

    @Test
    void aLeaversPeriodsArePaidOnlyToTheirLastDay() {
        // left on 10 August: 3,500 x 10/31 = 1,129.03 due at the new salary for August, 967.74 (3,000 x 10/31) paid
        Payee.PaidPeriod august = paidAugustToOctober("42000", "967.74").get(0);
        Payee leaver = new Payee("E1", "CC100", LocalDate.of(2020, 4, 1), LocalDate.of(2026, 8, 10),
                List.of(new Payee.Salary(LocalDate.of(2026, 11, 1), new BigDecimal("42000"), BigDecimal.ONE)),
                PayslipRulesTest.profile("1257L", null, null, null), null, List.of(), List.of(), BigDecimal.ZERO, true, null, List.of(august));
        Payslip payslip = PayslipRulesTest.CALCULATION.calculate(leaver).payslip();
        assertEquals("ARREARS 161.29 Arrears of pay, period 5 of 2026-27 (1 Aug to 31 Aug) [108]", lines(payslip));
        assertNull(payslip.lines().get(0).claimId());
    }
}
