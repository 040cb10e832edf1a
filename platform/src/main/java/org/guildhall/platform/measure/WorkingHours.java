package org.guildhall.platform.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.guildhall.platform.time.WorkingDays;

/**
 * Working hours between two instants: the time falling between 09:00 and 17:00, UK time, on working days (so a request
 * made on Friday afternoon and decided on Monday morning took a few hours, not three days).
 */
public final class WorkingHours {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    static final LocalTime OPENS = LocalTime.of(9, 0);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    private WorkingHours() {
    }

    /**
     * The instant {@code minutes} working minutes after {@code from}, counted as {@link #between} counts them: for work
     * that takes a given time (the demo's decisions). Time from outside working hours starts at the next opening.
     */
    public static Instant after(Instant from, long minutes, WorkingDays days) {
        ZonedDateTime at = from.atZone(UK);
        long left = minutes;
        while (true) {
            LocalDate day = at.toLocalDate();
            ZonedDateTime opens = day.atTime(OPENS).atZone(UK);
            ZonedDateTime closes = day.atTime(CLOSES).atZone(UK);
            if (!days.isWorkingDay(day) || !at.isBefore(closes)) {
                at = days.onOrAfter(day.plusDays(1)).atTime(OPENS).atZone(UK);
                continue;
            }
            if (at.isBefore(opens)) {
                at = opens;
            }
            long today = java.time.Duration.between(at, closes).toMinutes();
            if (left <= today) {
                return at.plusMinutes(left).toInstant();
            }
            left -= today;
            at = closes;
        }
    }

    public static BigDecimal between(Instant from, Instant to, WorkingDays days) {
        if (!to.isAfter(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        long seconds = 0;
        ZonedDateTime start = from.atZone(UK);
        ZonedDateTime end = to.atZone(UK);
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!days.isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime opens = day.atTime(OPENS).atZone(UK);
            ZonedDateTime closes = day.atTime(CLOSES).atZone(UK);
            ZonedDateTime a = start.isAfter(opens) ? start : opens;
            ZonedDateTime b = end.isBefore(closes) ? end : closes;
            if (b.isAfter(a)) {
                seconds += java.time.Duration.between(a, b).getSeconds();
            }
        }
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
