package org.guildhall.payroll.run.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A payslip as people read it, the same on the employee's page and in the PDF: what was paid (with the hours and rate
 * of pay by the hour), what was taken off and what for, both totals, the net pay, and this period's figures beside the
 * tax year's (a loan only when there is one). Amounts are in pounds as the UK writes them.
 */
public record PayslipSections(List<Payment> payments, String totalPayments, List<Deduction> deductions, String totalDeductions,
                              String net, List<Figure> figures) {

    /** A line paid; {@code hours} and {@code rate} empty unless it is paid by the hour. */
    public record Payment(String description, String hours, String rate, String amount) {
    }

    public record Deduction(String description, String amount) {
    }

    public record Figure(String name, String now, String toDate) {
    }

    public static PayslipSections of(PayslipView slip) {
        List<Payment> payments = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal taken = BigDecimal.ZERO;
        for (PayslipView.LineView line : slip.lines()) {
            BigDecimal amount = new BigDecimal(line.amount());
            if (PayslipPdf.deduction(line.kind())) {
                deductions.add(new Deduction(line.description(), PayslipPdf.money(amount.negate())));
                taken = taken.subtract(amount);
            } else {
                payments.add(new Payment(line.description(), line.hours() == null ? "" : line.hours(),
                        line.rate() == null ? "" : PayslipPdf.rate(line.rate()), PayslipPdf.money(amount)));
                paid = paid.add(amount);
            }
        }
        PayslipView.YearToDate y = slip.yearToDate();
        List<Figure> figures = new ArrayList<>();
        figure(figures, "Gross pay", slip.gross(), y.gross(), true);
        figure(figures, "Taxable pay", slip.taxablePay(), y.taxablePay(), true);
        figure(figures, "Income tax", slip.tax(), y.tax(), true);
        figure(figures, "Employee National Insurance", slip.employeeNi(), y.employeeNi(), true);
        figure(figures, "Student loan", slip.studentLoan(), y.studentLoan(), false);
        figure(figures, "Postgraduate loan", slip.postgraduateLoan(), y.postgraduateLoan(), false);
        figure(figures, "Employee pension contribution", slip.pensionEmployee(), y.pensionEmployee(), true);
        figure(figures, "Employer National Insurance", slip.employerNi(), y.employerNi(), true);
        figure(figures, "Employer pension contribution", slip.pensionEmployer(), y.pensionEmployer(), true);
        return new PayslipSections(payments, PayslipPdf.money(paid), deductions, PayslipPdf.money(taken), PayslipPdf.money(slip.net()),
                figures);
    }

    private static void figure(List<Figure> figures, String name, String now, String toDate, boolean always) {
        if (always || new BigDecimal(now).signum() != 0 || new BigDecimal(toDate).signum() != 0) {
            figures.add(new Figure(name, PayslipPdf.money(now), PayslipPdf.money(toDate)));
        }
    }
}
