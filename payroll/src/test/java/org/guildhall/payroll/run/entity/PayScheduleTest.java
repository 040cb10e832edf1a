package org.guildhall.payroll.run.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.TaxYear;
import org.guildhall.platform.time.WorkingDays;
import org.junit.jupiter.api.Test;

/** Pay days through 2026-27, worked out by hand from the calendar and the nations' bank holidays. */
class PayScheduleTest {

    private static final TaxYear YEAR = new TaxYear(2026);
    private static final WorkingDays ENGLAND = WorkingDays.in(Nation.ENGLAND);

    private static List<String> paid(List<PayDate> dates) {
        return dates.stream().map(d -> d.paid() + " m" + d.period().number()).toList();
    }

    @Test
    void monthly_on_the_last_working_day_moves_back_over_weekends_and_bank_holidays() {
        List<PayDate> dates = PaySchedule.monthlyOnLastWorkingDay().payDates(YEAR, ENGLAND);
        assertEquals(List.of("2026-04-30 m1", "2026-05-29 m2", "2026-06-30 m3", "2026-07-31 m4", "2026-08-28 m5",
                "2026-09-30 m6", "2026-10-30 m7", "2026-11-30 m8", "2026-12-31 m9", "2027-01-29 m10", "2027-02-26 m11",
                "2027-03-31 m12"), paid(dates));
        PayDate august = dates.get(4);
        assertEquals(LocalDate.of(2026, 8, 31), august.scheduled(), "31 August is England's summer bank holiday");
        assertEquals(LocalDate.of(2026, 8, 1), august.from());
        assertEquals(LocalDate.of(2026, 8, 31), august.to());
    }

    @Test
    void the_nations_bank_holidays_decide_the_day() {
        List<PayDate> scotland = PaySchedule.monthlyOnLastWorkingDay().payDates(YEAR, WorkingDays.in(Nation.SCOTLAND));
        assertEquals(LocalDate.of(2026, 8, 31), scotland.get(4).paid(), "Scotland's summer bank holiday is the first Monday");
    }

    @Test
    void a_fixed_day_early_in_the_month_counts_in_the_tax_month_of_the_day_it_is_paid() {
        List<PayDate> dates = PaySchedule.monthlyOn(3).payDates(YEAR, ENGLAND);
        // 3 April 2026 is Good Friday: paid on 2 April, in 2025-26; 3 January 2027 is a Sunday and 1 January a bank holiday
        assertEquals(List.of("2026-05-01 m1", "2026-06-03 m2", "2026-07-03 m3", "2026-08-03 m4", "2026-09-03 m5",
                "2026-10-02 m6", "2026-11-03 m7", "2026-12-03 m8", "2026-12-31 m9", "2027-02-03 m10", "2027-03-03 m11",
                "2027-04-02 m12"), paid(dates));
        assertEquals(LocalDate.of(2026, 4, 2), PaySchedule.monthlyOn(3).payDates(new TaxYear(2025), ENGLAND).get(11).paid());
        assertEquals(LocalDate.of(2027, 2, 26), PaySchedule.monthlyOn(31).payDates(YEAR, ENGLAND).get(10).paid(),
                "the 31st in February is its last day, a Sunday, so the Friday before");
    }

    @Test
    void weekly_on_fridays_is_52_payments_with_christmas_and_good_friday_brought_forward() {
        List<PayDate> dates = PaySchedule.every(PayFrequency.WEEKLY, LocalDate.of(2026, 4, 10)).payDates(YEAR, ENGLAND);
        assertEquals(52, dates.size());
        PayDate first = dates.get(0);
        assertEquals(LocalDate.of(2026, 4, 10), first.paid());
        assertEquals(1, first.period().number());
        assertEquals(LocalDate.of(2026, 4, 4), first.from());
        PayDate christmas = dates.stream().filter(d -> d.scheduled().equals(LocalDate.of(2026, 12, 25))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 24), christmas.paid());
        assertEquals(38, christmas.period().number());
        PayDate goodFriday = dates.stream().filter(d -> d.scheduled().equals(LocalDate.of(2027, 3, 26))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 3, 25), goodFriday.paid());
        assertEquals(52, dates.get(51).period().number());
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i).period().number() > dates.get(i - 1).period().number(), "one payment a tax week");
        }
    }

    @Test
    void weekly_on_mondays_has_a_week_53_and_loses_easter_monday_to_the_year_before() {
        List<PayDate> dates = PaySchedule.every(PayFrequency.WEEKLY, LocalDate.of(2026, 11, 16)).payDates(YEAR, ENGLAND);
        assertEquals(52, dates.size(), "6 April 2026 is Easter Monday: paid on Thursday 2 April, in 2025-26");
        assertEquals(LocalDate.of(2026, 4, 13), dates.get(0).paid());
        PayDate last = dates.get(51);
        assertEquals(LocalDate.of(2027, 4, 5), last.paid());
        assertEquals(53, last.period().number());
        assertTrue(last.period().extraWeeksPayment(), "week 53 is taxed on a week 1 basis");
        PayDate easter = dates.stream().filter(d -> d.scheduled().equals(LocalDate.of(2027, 3, 29))).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 3, 25), easter.paid(), "Easter Monday, then Good Friday: back to the Thursday");
    }

    @Test
    void fortnightly_and_four_weekly_count_their_periods_from_the_tax_week_of_payment() {
        List<PayDate> fortnightly = PaySchedule.every(PayFrequency.FORTNIGHTLY, LocalDate.of(2026, 4, 10)).payDates(YEAR, ENGLAND);
        assertEquals(26, fortnightly.size());
        assertEquals(List.of(1, 2, 3), fortnightly.subList(0, 3).stream().map(d -> d.period().number()).toList());
        assertEquals(LocalDate.of(2026, 3, 28), fortnightly.get(0).from());
        assertEquals(26, fortnightly.get(25).period().number());
        List<PayDate> fourWeekly = PaySchedule.every(PayFrequency.FOUR_WEEKLY, LocalDate.of(2026, 4, 10)).payDates(YEAR, ENGLAND);
        assertEquals(13, fourWeekly.size());
        assertEquals(LocalDate.of(2027, 3, 12), fourWeekly.get(12).paid());
        assertEquals(13, fourWeekly.get(12).period().number());
    }

    @Test
    void a_monthly_payroll_is_not_paid_by_weeks() {
        assertThrows(IllegalArgumentException.class, () -> PaySchedule.every(PayFrequency.MONTHLY, LocalDate.of(2026, 4, 30)));
        assertThrows(IllegalArgumentException.class, () -> PaySchedule.monthlyOn(0));
    }
}
