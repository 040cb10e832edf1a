package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.guildhall.platform.time.TaxYear;

/**
 * What a gross-to-net needs for one employee and one pay period. The to-date figures are this tax year's before this
 * period (including a previous employment's from the P45). Amounts are pounds and pence from 0 to {@link #LARGEST};
 * the constructor refuses anything else (the HTTP boundary says which field first).
 *
 * @param pensionableGross   pay the pension contribution is worked out on; the gross pay when not given
 * @param pensionEmployeeRate the employee's contribution rate (0.0545 for 5.45%), under a net pay arrangement
 * @param niablePay          pay subject to NI and student loans, where it differs from the gross pay subject to tax (an
 *                           item taxable but not NI-able, say); the gross pay when not given
 */
public record PayForPeriod(TaxYear taxYear, PayPeriod period, TaxCode taxCode, char niCategory, BigDecimal grossPay,
                           BigDecimal pensionableGross, BigDecimal pensionEmployeeRate, BigDecimal taxablePayToDate,
                           BigDecimal taxPaidToDate, Set<StudentLoanPlan> studentLoanPlans, BigDecimal niablePay) {

    /** Pay that is NI-able exactly as it is taxable. */
    public PayForPeriod(TaxYear taxYear, PayPeriod period, TaxCode taxCode, char niCategory, BigDecimal grossPay,
                        BigDecimal pensionableGross, BigDecimal pensionEmployeeRate, BigDecimal taxablePayToDate,
                        BigDecimal taxPaidToDate, Set<StudentLoanPlan> studentLoanPlans) {
        this(taxYear, period, taxCode, niCategory, grossPay, pensionableGross, pensionEmployeeRate, taxablePayToDate,
                taxPaidToDate, studentLoanPlans, null);
    }

    public PayForPeriod {
        Objects.requireNonNull(taxYear, "taxYear");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(grossPay, "grossPay");
        pensionableGross = pensionableGross == null ? grossPay : pensionableGross;
        pensionEmployeeRate = pensionEmployeeRate == null ? BigDecimal.ZERO : pensionEmployeeRate;
        taxablePayToDate = taxablePayToDate == null ? BigDecimal.ZERO : taxablePayToDate;
        taxPaidToDate = taxPaidToDate == null ? BigDecimal.ZERO : taxPaidToDate;
        niablePay = niablePay == null ? grossPay : niablePay;
        studentLoanPlans = studentLoanPlans == null || studentLoanPlans.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(studentLoanPlans));
        for (BigDecimal amount : new BigDecimal[] {grossPay, pensionableGross, taxablePayToDate, taxPaidToDate, niablePay}) {
            if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(LARGEST) > 0) {
                throw new IllegalArgumentException("amounts are pounds and pence from 0 to " + LARGEST.toPlainString() + ", not " + amount);
            }
        }
        if (pensionableGross.compareTo(grossPay) > 0) {
            throw new IllegalArgumentException("pensionable pay is part of the gross pay, so not more than it");
        }
        if (pensionEmployeeRate.signum() < 0 || pensionEmployeeRate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the pension rate is a fraction from 0 to less than 1");
        }
    }

    /** Far above any pay, and small enough that a year's figures fit the ledger's numeric(19,2). */
    public static final BigDecimal LARGEST = new BigDecimal("999999999.99");
}
