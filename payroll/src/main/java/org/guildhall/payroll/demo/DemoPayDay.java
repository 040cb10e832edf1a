package org.guildhall.payroll.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.random.RandomGenerator;
import org.guildhall.payroll.measure.PayrollMeasures;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;

/**
 * When the demo's payroll people act for one pay date, within working hours: the payroll admin makes the run, with
 * its items, three working days before the deadline (BACS's processing day, two working days before the pay date) and
 * calculates it that afternoon; the head approves it on one of the three working days up to the deadline or, about one
 * run in six, the working day after it, late. So the share of runs on time varies from tenant to tenant and month to
 * month, as the service measure is there to show.
 *
 * @param payDate    the day the run pays
 * @param prepared   the day the run is made and calculated, when anyone new is first made ready to be paid
 * @param created    when the run is made and its items put in
 * @param calculated when it is calculated
 * @param approved   when it is approved
 * @param late       whether that is after the deadline
 */
record DemoPayDay(LocalDate payDate, LocalDate prepared, Instant created, Instant calculated, Instant approved, boolean late) {

    /** Pay days, and the deadline before them, are counted in England's working days, as the measure counts them. */
    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);
    static final int LATE_ONE_IN = 6;
    static final int PREPARED_BEFORE_DEADLINE = 3;
    /** The first run's people are made ready three weeks or so before it pays. */
    static final int SET_UP_BEFORE_FIRST_PAY = 15;

    /** The times for {@code payDate}, each drawn from {@code random} in the same order every time. */
    static DemoPayDay of(LocalDate payDate, RandomGenerator random) {
        LocalDate deadline = PayrollMeasures.deadline(payDate);
        LocalDate prepared = WORKING_DAYS.minus(deadline, PREPARED_BEFORE_DEADLINE);
        boolean late = random.nextInt(LATE_ONE_IN) == 0;
        LocalDate decided = late ? WORKING_DAYS.plus(deadline, 1) : WORKING_DAYS.minus(deadline, random.nextInt(PREPARED_BEFORE_DEADLINE));
        return new DemoPayDay(payDate, prepared,
                DemoTenant.at(prepared, LocalTime.of(10, random.nextInt(60))),
                DemoTenant.at(prepared, LocalTime.of(14, random.nextInt(60))),
                DemoTenant.at(decided, LocalTime.of(9 + random.nextInt(7), random.nextInt(60))), late);
    }

    /** The day the people the first run pays are made ready: bank details entered and confirmed, profiles made. */
    static LocalDate setUpFor(LocalDate firstPayDate) {
        return WORKING_DAYS.minus(firstPayDate, SET_UP_BEFORE_FIRST_PAY);
    }
}
