package org.guildhall.hr.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Random;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.measure.WorkingHours;

/**
 * How quickly each demo tenant's managers decide things, so that the centre's comparison has a fast, a middling and a
 * slow tenant: a wait in working minutes drawn around the tenant's typical one (most soon, a few days late).
 */
final class DemoPace {

    /** The typical wait, in working minutes, by the tenant's prefix. */
    private static final Map<String, Integer> TYPICAL = Map.of("DD", 180, "SA", 540, "RA", 1_500);

    private DemoPace() {
    }

    /** A wait for a decision: exponential around the tenant's typical one, now and then three times as long. */
    static long waitMinutes(DemoTenant tenant, Random random) {
        double typical = TYPICAL.getOrDefault(tenant.prefix(), 600);
        double wait = -typical * Math.log(1 - random.nextDouble()); // scheduling, not money: a double is fine here
        if (random.nextInt(12) == 0) {
            wait *= 3;
        }
        return 5 + Math.round(wait);
    }

    /** When a decision made {@code minutes} working minutes after {@code from} falls. */
    static Instant after(Instant from, long minutes) {
        return WorkingHours.after(from, minutes, DemoStaff.WORKING_DAYS);
    }

    /** A random moment of the working day on {@code day}, between 09:00 and 16:30. */
    static Instant during(LocalDate day, Random random) {
        return DemoTenant.at(day, LocalTime.of(9, 0).plusMinutes(random.nextInt(450)));
    }

    /** Whether {@code at} has happened by the start of the day the demo is built on: nothing is made later. */
    static boolean past(DemoTenant tenant, Instant at) {
        return at.isBefore(DemoTenant.at(tenant.today(), LocalTime.MIDNIGHT));
    }

    /** When the demo's people exist: after their load on the first working day of the year. */
    static Instant loaded(DemoTenant tenant) {
        return DemoTenant.at(DemoStaff.WORKING_DAYS.onOrAfter(tenant.year().get(0).atDay(1)), LocalTime.of(12, 0));
    }
}
