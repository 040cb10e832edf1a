package org.guildhall.payroll.run.entity;

import java.time.LocalDate;
import org.guildhall.payroll.calculation.entity.PayPeriod;

/**
 * One payment of a schedule: the tax period PAYE counts it in (by the day it is paid), the day it was due and the day
 * it is paid (brought forward from a weekend or bank holiday), and the days of work it pays for.
 */
public record PayDate(PayPeriod period, LocalDate scheduled, LocalDate paid, LocalDate from, LocalDate to) {

    public PayDate {
        if (paid.isAfter(scheduled) || to.isBefore(from)) {
            throw new IllegalArgumentException("a payment is made on or before its day, for days in order");
        }
    }
}
