package org.guildhall.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bank holidays of one UK nation in one calendar year, by the rules each nation follows, Easter included, with
 * substitute days when a holiday falls at a weekend, plus any one-off days the tenant lists (a coronation, a jubilee).
 *
 * <ul>
 * <li>England and Wales: New Year's Day, Good Friday, Easter Monday, the early May, spring and summer (last Monday of
 * August) bank holidays, Christmas Day and Boxing Day.</li>
 * <li>Scotland: New Year's Day and 2 January, Good Friday (no Easter Monday), early May, spring, summer (first Monday
 * of August), St Andrew's Day, Christmas Day and Boxing Day.</li>
 * <li>Northern Ireland: as England and Wales, with St Patrick's Day and the Battle of the Boyne (12 July).</li>
 * </ul>
 */
public final class BankHolidays {

    private BankHolidays() {
    }

    /** Each holiday's date and name, in date order. */
    public static Map<LocalDate, String> of(Nation nation, int year, Collection<Map.Entry<LocalDate, String>> oneOffs) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        if (nation == Nation.SCOTLAND) {
            pair(days, LocalDate.of(year, 1, 1), "New Year's Day", "2nd January");
        } else {
            days.put(nextWeekday(LocalDate.of(year, 1, 1)), "New Year's Day");
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            days.put(nextWeekday(LocalDate.of(year, 3, 17)), "St Patrick's Day");
        }
        days.put(easter.minusDays(2), "Good Friday");
        if (nation != Nation.SCOTLAND) {
            days.put(easter.plusDays(1), "Easter Monday");
        }
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
        if (nation == Nation.NORTHERN_IRELAND) {
            days.put(nextWeekday(LocalDate.of(year, 7, 12)), "Battle of the Boyne (Orangemen's Day)");
        }
        days.put(nation == Nation.SCOTLAND
                ? LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday");
        if (nation == Nation.SCOTLAND) {
            days.put(nextWeekday(LocalDate.of(year, 11, 30)), "St Andrew's Day");
        }
        pair(days, LocalDate.of(year, 12, 25), "Christmas Day", "Boxing Day");
        for (Map.Entry<LocalDate, String> oneOff : oneOffs) {
            if (oneOff.getKey().getYear() == year) {
                days.put(oneOff.getKey(), oneOff.getValue());
            }
        }
        return days;
    }

    /**
     * Two consecutive holidays (Christmas and Boxing Day; 1 and 2 January in Scotland): each that falls at a weekend
     * is observed on the next weekday not already taken by the other.
     */
    private static void pair(Map<LocalDate, String> days, LocalDate first, String firstName, String secondName) {
        LocalDate second = first.plusDays(1);
        LocalDate observedFirst = nextWeekday(first);
        LocalDate observedSecond = nextWeekday(second);
        if (observedSecond.equals(observedFirst)) {
            observedSecond = nextWeekday(observedFirst.plusDays(1));
        }
        if (isWeekend(first) && !isWeekend(second)) {
            // the first falls on Sunday: the second keeps its own day and the first moves past it
            observedSecond = second;
            observedFirst = nextWeekday(second.plusDays(1));
        }
        days.put(observedFirst, firstName + (observedFirst.equals(first) ? "" : " (substitute day)"));
        days.put(observedSecond, secondName + (observedSecond.equals(second) ? "" : " (substitute day)"));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate day = date;
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
