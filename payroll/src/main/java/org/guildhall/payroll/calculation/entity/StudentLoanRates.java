package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One loan plan's repayment in a tax year: the rate on pay above the threshold. The threshold for each pay frequency
 * is worked out from the annual figure by {@code Rounding.STUDENT_LOAN_THRESHOLD} and kept here, so the figures HMRC
 * publishes (2,172.08 a month) can be checked in the data.
 */
public record StudentLoanRates(StudentLoanPlan plan, BigDecimal annualThreshold, BigDecimal rate, Map<PayFrequency, BigDecimal> thresholds) {

    public StudentLoanRates {
        thresholds = Map.copyOf(thresholds);
    }

    public BigDecimal threshold(PayFrequency frequency) {
        return thresholds.get(frequency);
    }
}
