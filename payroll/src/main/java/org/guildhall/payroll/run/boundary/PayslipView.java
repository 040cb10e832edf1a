package org.guildhall.payroll.run.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.payroll.run.control.RunQueries;
import org.guildhall.platform.money.Money;

/**
 * A payslip as the API shows it. Its lines are what was paid (salary, items, unpaid leave, expenses) followed by what
 * was taken off (tax, NI, loans, pension, deductions after tax), so that they add up to the net pay.
 */
public record PayslipView(long runId, String employer, String employeeNumber, String name, String niNumber, String taxCode,
                          String niCategory, String payDate, PeriodView period, List<LineView> lines, String gross, String taxablePay, String tax, String employeeNi, String employerNi,
                          String studentLoan, String postgraduateLoan, String pensionEmployee, String pensionEmployer, String expenses,
                          String deductions, String net, YearToDate yearToDate) {

    /** A line; {@code hours} and {@code rate} only for pay by the hour. */
    public record LineView(String kind, String description, String hours, String rate, String amount) {
    }

    /** The pay period: {@code number} of {@code frequency} (MONTHLY, WEEKLY, ...) in the tax year, from its first day to its last. */
    public record PeriodView(String taxYear, int number, String frequency, String start, String end) {
    }

    public record YearToDate(String gross, String taxablePay, String tax, String employeeNi, String employerNi, String studentLoan,
                             String postgraduateLoan, String pensionEmployee, String pensionEmployer) {
    }

    public static PayslipView of(RunQueries.Slip s) {
        List<LineView> lines = new ArrayList<>();
        s.lines().forEach(l -> lines.add(new LineView(l.kind(), l.description(), plain(l.hours()), plain(l.rate()), l.amount().toString())));
        taken(lines, "TAX", s.tax().isPositive() || s.tax().isZero() ? "Income tax" : "Income tax refund", s.tax());
        taken(lines, "EMPLOYEE_NI", "National Insurance", s.employeeNi());
        taken(lines, "STUDENT_LOAN", "Student loan", s.studentLoan());
        taken(lines, "POSTGRADUATE_LOAN", "Postgraduate loan", s.postgraduateLoan());
        taken(lines, "PENSION", "Pension contribution", s.pensionEmployee());
        List<Money> y = s.yearToDate();
        RunQueries.Period p = s.period();
        return new PayslipView(s.runId(), s.employer(), s.employeeNumber(), s.name(), s.niNumber(), s.taxCode(), s.niCategory(),
                s.payDate().toString(), new PeriodView(p.taxYear(), p.number(), p.frequency(), p.start().toString(), p.end().toString()), lines,
                s.gross().toString(), s.taxablePay().toString(), s.tax().toString(), s.employeeNi().toString(), s.employerNi().toString(),
                s.studentLoan().toString(), s.postgraduateLoan().toString(), s.pensionEmployee().toString(), s.pensionEmployer().toString(),
                s.expenses().toString(), s.deductions().toString(), s.net().toString(),
                new YearToDate(y.get(0).toString(), y.get(1).toString(), y.get(2).toString(), y.get(3).toString(), y.get(4).toString(),
                        y.get(5).toString(), y.get(6).toString(), y.get(7).toString(), y.get(8).toString()));
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }

    private static void taken(List<LineView> lines, String kind, String description, Money amount) {
        if (!amount.isZero()) {
            lines.add(new LineView(kind, description, null, null, amount.negate().toString()));
        }
    }
}
