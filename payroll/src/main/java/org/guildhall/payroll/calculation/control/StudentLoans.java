package org.guildhall.payroll.calculation.control;

import java.math.BigDecimal;
import java.util.Map;
import java.util.EnumMap;
import java.util.Set;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.StudentLoanRates;
import org.guildhall.payroll.calculation.entity.TaxYearRates;

/**
 * Student and postgraduate loan deductions for one period, on the period's earnings for NI (so a net pay pension
 * does not reduce them), not cumulative: the rate on pay above the period's threshold, rounded down to the pound.
 * Only one undergraduate plan is collected at a time: with more than one, the one with the lowest threshold (the
 * Student Loans Company shares the repayment out). A postgraduate loan is collected as well.
 */
public final class StudentLoans {

    /** The undergraduate deduction and the postgraduate one. */
    public record Deductions(BigDecimal studentLoan, BigDecimal postgraduateLoan) {
    }

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private StudentLoans() {
    }

    public static Deductions on(BigDecimal pay, Set<StudentLoanPlan> plans, TaxYearRates year, PayFrequency frequency) {
        StudentLoanRates undergraduate = null;
        for (StudentLoanPlan plan : plans) {
            StudentLoanRates rates = year.studentLoans().get(plan);
            if (plan.undergraduate() && (undergraduate == null
                    || rates.annualThreshold().compareTo(undergraduate.annualThreshold()) < 0)) {
                undergraduate = rates;
            }
        }
        BigDecimal studentLoan = undergraduate == null ? NONE : deduction(pay, undergraduate, frequency);
        BigDecimal postgraduate = plans.contains(StudentLoanPlan.POSTGRADUATE)
                ? deduction(pay, year.studentLoans().get(StudentLoanPlan.POSTGRADUATE), frequency) : NONE;
        return new Deductions(studentLoan, postgraduate);
    }

    private static BigDecimal deduction(BigDecimal pay, StudentLoanRates rates, PayFrequency frequency) {
        BigDecimal over = pay.subtract(rates.threshold(frequency));
        if (over.signum() <= 0) {
            return NONE;
        }
        return Rounding.pence(Rounding.STUDENT_LOAN_DEDUCTION.apply(over.multiply(rates.rate())));
    }

    /** A plan's rates with its threshold for each pay frequency: the annual one over 52, 26, 13 or 12 periods. */
    static StudentLoanRates rates(StudentLoanPlan plan, BigDecimal annualThreshold, BigDecimal rate) {
        Map<PayFrequency, BigDecimal> thresholds = new EnumMap<>(PayFrequency.class);
        for (PayFrequency frequency : PayFrequency.values()) {
            thresholds.put(frequency, Rounding.STUDENT_LOAN_THRESHOLD.divide(annualThreshold, frequency.regularPeriods()));
        }
        return new StudentLoanRates(plan, annualThreshold, rate, thresholds);
    }
}
