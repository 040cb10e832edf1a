package org.guildhall.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business calendar: every business date (a journal's default date, today's leave, a tax year's day) is the date
 * in London, whatever zone the server or the instant is in. Instants stay UTC; only dates are taken here.
 */
public final class BusinessCalendar {

    /** The zone business dates are read in: GMT in winter, BST in summer. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private BusinessCalendar() {
    }

    /** Today's business date by {@code clock}: at 23:30 UTC on 31 March (00:30 BST) it is already 1 April. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The business date on which {@code instant} fell. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
