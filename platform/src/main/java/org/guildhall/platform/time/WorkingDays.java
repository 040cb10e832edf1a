package org.guildhall.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of one UK nation: Monday to Friday except its bank holidays (with the tenant's one-off days). What
 * pay dates ("last working day"), payment terms and the prompt-payment measure count in; an employee's own work
 * pattern is leave's business, not this.
 */
public final class WorkingDays {

    private final Nation nation;
    private final Collection<Map.Entry<LocalDate, String>> oneOffs;
    private final Map<Integer, Set<LocalDate>> holidays = new ConcurrentHashMap<>();

    private WorkingDays(Nation nation, Collection<Map.Entry<LocalDate, String>> oneOffs) {
        this.nation = nation;
        this.oneOffs = List.copyOf(oneOffs);
    }

    public static WorkingDays in(Nation nation) {
        return in(nation, List.of());
    }

    /** With the one-off bank holidays the tenant lists for {@code nation} (a coronation, a jubilee). */
    public static WorkingDays in(Nation nation, Collection<Map.Entry<LocalDate, String>> oneOffs) {
        return new WorkingDays(nation, oneOffs);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.computeIfAbsent(day.getYear(), y -> BankHolidays.of(nation, y, oneOffs).keySet()).contains(day);
    }

    /** {@code day} if it is a working day, else the last working day before it (pay day brought forward). */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day of {@code month}: the usual monthly pay day. */
    public LocalDate lastOf(YearMonth month) {
        return onOrBefore(month.atEndOfMonth());
    }

    /** The working day {@code count} working days after {@code day} (0: {@code day} itself, moved on to a working day). */
    public LocalDate plus(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate d = onOrAfter(day);
        for (int i = 0; i < count; i++) {
            d = onOrAfter(d.plusDays(1));
        }
        return d;
    }

    /** The working day {@code count} working days before {@code day} (0: {@code day} itself, brought forward to a working day). */
    public LocalDate minus(LocalDate day, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate d = onOrBefore(day);
        for (int i = 0; i < count; i++) {
            d = onOrBefore(d.minusDays(1));
        }
        return d;
    }

    /**
     * Working days from {@code from} to {@code to}: those after {@code from} up to and including {@code to}, so an
     * invoice received on a Friday and paid the next Monday took 1; zero when {@code to} is not after {@code from}.
     */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
