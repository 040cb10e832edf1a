package org.guildhall.payroll.run.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.platform.time.TaxYear;
import org.guildhall.platform.time.WorkingDays;

/**
 * When people on one payroll are paid through a tax year. Monthly payrolls pay on the last working day of each
 * calendar month by default, or on a fixed day of the month; weekly, fortnightly and four-weekly ones pay every 7, 14 or
 * 28 days from one of their pay days. A pay day that is not a working day (a weekend, the nation's bank holidays) is
 * brought forward to the working day before it.
 * <p>
 * A payment belongs to the tax year and the tax period in which it is <em>made</em>, as PAYE counts it: month 1 is 6
 * April to 5 May, week 1 is 6 to 12 April. So a pay day brought forward across 6 April falls into the year before, and a
 * weekly payroll whose pay days include 4 or 5 April has a week 53.
 */
public final class PaySchedule {

    private final PayFrequency frequency;
    private final LocalDate cycle;
    private final int dayOfMonth;

    private PaySchedule(PayFrequency frequency, LocalDate cycle, int dayOfMonth) {
        this.frequency = frequency;
        this.cycle = cycle;
        this.dayOfMonth = dayOfMonth;
    }

    /** Monthly, on the last working day of each calendar month. */
    public static PaySchedule monthlyOnLastWorkingDay() {
        return new PaySchedule(PayFrequency.MONTHLY, null, 0);
    }

    /** Monthly, on {@code day} of each calendar month (the month's last day where it is shorter). */
    public static PaySchedule monthlyOn(int day) {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("a day of the month is 1 to 31");
        }
        return new PaySchedule(PayFrequency.MONTHLY, null, day);
    }

    /** Weekly, fortnightly or four-weekly, on {@code onePayDay} and every period's length before and after it. */
    public static PaySchedule every(PayFrequency frequency, LocalDate onePayDay) {
        if (!frequency.weekBased()) {
            throw new IllegalArgumentException("a monthly payroll is paid by the month: use monthlyOn or monthlyOnLastWorkingDay");
        }
        return new PaySchedule(frequency, onePayDay, 0);
    }

    public PayFrequency frequency() {
        return frequency;
    }

    /** The payments of {@code year}, in order, with the working days of the payroll's nation. */
    public List<PayDate> payDates(TaxYear year, WorkingDays days) {
        return frequency.weekBased() ? weekly(year, days) : monthly(year, days);
    }

    private List<PayDate> monthly(TaxYear year, WorkingDays days) {
        List<PayDate> dates = new ArrayList<>();
        // from the March before to the April after: a pay day brought forward, or early in April, can cross 6 April
        for (YearMonth month = YearMonth.of(year.firstYear(), 3); !month.isAfter(YearMonth.of(year.firstYear() + 1, 4));
                month = month.plusMonths(1)) {
            LocalDate scheduled = dayOfMonth == 0 ? month.atEndOfMonth() : month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
            LocalDate paid = days.onOrBefore(scheduled);
            if (year.contains(paid)) {
                dates.add(new PayDate(new PayPeriod(frequency, taxPeriod(year, frequency, paid)), scheduled, paid, month.atDay(1),
                        month.atEndOfMonth()));
            }
        }
        return dates;
    }

    private List<PayDate> weekly(TaxYear year, WorkingDays days) {
        long step = 7L * frequency.unitsPerPeriod();
        long behind = Math.floorDiv(ChronoUnit.DAYS.between(cycle, year.start()), step);
        List<PayDate> dates = new ArrayList<>();
        for (LocalDate scheduled = cycle.plusDays(behind * step); !scheduled.isAfter(year.end().plusDays(step));
                scheduled = scheduled.plusDays(step)) {
            LocalDate paid = days.onOrBefore(scheduled);
            if (year.contains(paid)) {
                dates.add(new PayDate(new PayPeriod(frequency, taxPeriod(year, frequency, paid)), scheduled, paid,
                        scheduled.minusDays(step - 1), scheduled));
            }
        }
        return dates;
    }

    /**
     * The period PAYE counts a payment made on {@code paid} in, which the day it is paid decides: the tax month (month
     * 1 runs from 6 April to 5 May), or the tax week (week 1 from 6 April) over the weeks a period covers.
     */
    public static int taxPeriod(TaxYear year, PayFrequency frequency, LocalDate paid) {
        if (!frequency.weekBased()) {
            return taxMonth(year, paid);
        }
        int week = (int) (ChronoUnit.DAYS.between(year.start(), paid) / 7) + 1;
        return (week + frequency.unitsPerPeriod() - 1) / frequency.unitsPerPeriod();
    }

    /** PAYE's month of a payment: month 1 runs from 6 April to 5 May. */
    static int taxMonth(TaxYear year, LocalDate paid) {
        int months = (paid.getYear() - year.firstYear()) * 12 + paid.getMonthValue() - 4;
        return paid.getDayOfMonth() >= 6 ? months + 1 : months;
    }
}
