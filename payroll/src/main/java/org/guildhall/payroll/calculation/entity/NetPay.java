package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;

/**
 * The gross-to-net of one period, every figure to the penny. Tax is negative for a refund. The to-date figures
 * include this period.
 *
 * @param taxablePay this period's pay subject to tax: gross pay less the pension contribution
 */
public record NetPay(BigDecimal taxablePay, BigDecimal tax, BigDecimal employeeNi, BigDecimal employerNi,
                     BigDecimal studentLoan, BigDecimal postgraduateLoan, BigDecimal pensionEmployee, BigDecimal netPay,
                     BigDecimal taxablePayToDate, BigDecimal taxPaidToDate) {
}
