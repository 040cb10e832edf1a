package org.guildhall.payroll.run.entity;

import java.math.BigDecimal;
import java.util.List;
import org.guildhall.platform.money.Money;

/**
 * One employee's pay for one run as the calculation works it out: the lines paid (salary, items, unpaid leave,
 * expenses), the statutory deductions, and the year-to-date figures including this period.
 *
 * @param gross      pay before deductions: salary and items, less salary sacrifice and unpaid leave; not expenses
 * @param expenses   expense claims repaid, not taxable
 * @param deductions one-off deductions after tax
 * @param niAtLel    NI-able pay at the lower earnings limit; with {@code niLelToPt} and {@code niPtToUel}, its bands
 * @param arrearsOutstanding overpaid salary still to recover after this payslip, which the policy's limit held back
 */
public record Payslip(String employeeNumber, String taxCode, char niCategory, String costCentre, List<Line> lines,
                      Money gross, Money taxablePay, Money niablePay, Money tax, Money employeeNi, Money employerNi,
                      Money studentLoan, Money postgraduateLoan, Money pensionEmployee, Money pensionEmployer,
                      Money expenses, Money deductions, Money net, Payee.YearToDate yearToDate, Money niAtLel, Money niLelToPt,
                      Money niPtToUel, Money arrearsOutstanding) {

    public Payslip {
        lines = List.copyOf(lines);
    }

    /**
     * A line of pay: positive paid, negative taken off; {@code claimId} for an expense claim repaid; {@code hours} and
     * {@code rate} for pay by the hour, which the payslip shows; {@code arrearsOf} the earlier run whose period an
     * arrears or recovery line corrects.
     */
    public record Line(String kind, String description, Money amount, Long claimId, BigDecimal hours, BigDecimal rate, Long arrearsOf) {

        public Line(String kind, String description, Money amount, Long claimId) {
            this(kind, description, amount, claimId, null, null, null);
        }

        public Line(String kind, String description, Money amount, Long claimId, BigDecimal hours, BigDecimal rate) {
            this(kind, description, amount, claimId, hours, rate, null);
        }
    }
}
