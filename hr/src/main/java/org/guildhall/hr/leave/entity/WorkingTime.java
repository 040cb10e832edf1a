package org.guildhall.hr.leave.entity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How much working time a stretch of leave takes from someone: the days (and hours) of their working pattern between
 * two dates, skipping days they do not work and their nation's bank holidays, with a half day at either end.
 */
public final class WorkingTime {

    /** Which half of a day: a request can start in the afternoon or end at midday. */
    public enum Half { MORNING, AFTERNOON }

    /** Working time taken: days (a half day counts 0.5) and hours by the pattern. */
    public record Taken(BigDecimal days, BigDecimal hours) {
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private WorkingTime() {
    }

    /** A full-time pattern: {@code weeklyHours} spread over Monday to Friday. */
    public static Map<DayOfWeek, BigDecimal> mondayToFriday(BigDecimal weeklyHours) {
        Map<DayOfWeek, BigDecimal> pattern = new EnumMap<>(DayOfWeek.class);
        BigDecimal daily = weeklyHours.divide(BigDecimal.valueOf(5), 4, java.math.RoundingMode.HALF_UP);
        for (DayOfWeek day : DayOfWeek.values()) {
            pattern.put(day, day.getValue() <= 5 ? daily : BigDecimal.ZERO);
        }
        return pattern;
    }

    /**
     * The time from {@code start} to {@code end} inclusive. {@code startHalf} AFTERNOON takes only the afternoon of the
     * first day; {@code endHalf} MORNING only the morning of the last (on a one-day request, either makes it a half day).
     */
    public static Taken between(LocalDate start, Half startHalf, LocalDate end, Half endHalf, Map<DayOfWeek, BigDecimal> pattern,
                                Set<LocalDate> bankHolidays) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the leave ends before it starts");
        }
        BigDecimal days = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            BigDecimal hoursThatDay = pattern.getOrDefault(day.getDayOfWeek(), BigDecimal.ZERO);
            if (hoursThatDay.signum() == 0 || bankHolidays.contains(day)) {
                continue;
            }
            boolean half = day.equals(start) && startHalf == Half.AFTERNOON || day.equals(end) && endHalf == Half.MORNING;
            BigDecimal fraction = half ? HALF : BigDecimal.ONE;
            days = days.add(fraction);
            hours = hours.add(hoursThatDay.multiply(fraction));
        }
        return new Taken(days.stripTrailingZeros().setScale(Math.max(1, days.stripTrailingZeros().scale())),
                hours.setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
