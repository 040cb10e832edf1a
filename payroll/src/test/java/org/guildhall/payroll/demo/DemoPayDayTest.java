package org.guildhall.payroll.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.guildhall.payroll.measure.PayrollMeasures;
import org.guildhall.payroll.run.entity.PayDate;
import org.guildhall.payroll.run.entity.PaySchedule;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.time.BusinessCalendar;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/** The demo's payroll times: in order, in working hours, on time by the measure's own deadline but for about one in six. */
class DemoPayDayTest {

    private static final List<PayDate> DATES = PaySchedule.monthlyOnLastWorkingDay().payDates(DemoPayroll.TAX_YEAR, DemoPayDay.WORKING_DAYS);

    @Test
    void every_step_follows_the_one_before_in_working_hours_and_the_approval_comes_before_the_pay_day() {
        for (PayDate date : DATES) {
            for (int seed = 0; seed < 50; seed++) {
                DemoPayDay day = DemoPayDay.of(date.paid(), new Random(seed));
                assertTrue(day.created().isBefore(day.calculated()) && day.calculated().isBefore(day.approved()), day.toString());
                for (Instant at : List.of(day.created(), day.calculated(), day.approved())) {
                    LocalDate on = BusinessCalendar.dateOf(at);
                    LocalTime time = at.atZone(BusinessCalendar.ZONE).toLocalTime();
                    assertTrue(DemoPayDay.WORKING_DAYS.isWorkingDay(on), day.toString());
                    assertTrue(!time.isBefore(LocalTime.of(9, 0)) && time.isBefore(LocalTime.of(17, 0)), day.toString());
                }
                LocalDate decided = BusinessCalendar.dateOf(day.approved());
                assertTrue(decided.isBefore(date.paid()), day.toString());
                assertEquals(day.late(), decided.isAfter(PayrollMeasures.deadline(date.paid())), day.toString());
            }
        }
    }

    @Test
    void about_one_run_in_six_is_late() {
        int late = 0;
        int runs = 0;
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            for (PayDate date : DATES) {
                runs++;
                late += DemoPayDay.of(date.paid(), random).late() ? 1 : 0;
            }
        }
        assertTrue(late > runs / 9 && late < runs / 4, late + " of " + runs);
    }

    @Test
    void the_demo_tenants_year_has_late_runs_but_not_many() {
        int late = 0;
        for (String code : List.of("demo", "demo-standards", "demo-records")) {
            DemoTenant tenant = new DemoTenant(code, code, "XX", 1, List.of(), LocalDate.of(2027, 4, 1), null, null);
            for (PayDate date : DATES) {
                late += DemoPayDay.of(date.paid(), tenant.random("payroll", YearMonth.from(date.paid()))).late() ? 1 : 0;
            }
        }
        assertTrue(late >= 2 && late <= 12, late + " of 36 runs late");
    }

    @Test
    void the_people_are_made_ready_in_the_tax_year_of_the_first_run_so_its_rates_check_their_profiles() {
        LocalDate setUp = DemoPayDay.setUpFor(DATES.get(0).paid());
        assertEquals(DemoPayroll.TAX_YEAR, TaxYear.of(setUp), setUp.toString());
        assertTrue(setUp.isAfter(DATES.get(0).from()), setUp.toString());
        assertFalse(setUp.isAfter(BusinessCalendar.dateOf(DemoPayDay.of(DATES.get(0).paid(), new Random(1)).created())));
    }
}
