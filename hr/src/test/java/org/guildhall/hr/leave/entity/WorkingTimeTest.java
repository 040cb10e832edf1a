package org.guildhall.hr.leave.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guildhall.platform.time.BankHolidays;
import org.guildhall.platform.time.Nation;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    static final Map<DayOfWeek, BigDecimal> FULL_TIME = WorkingTime.mondayToFriday(new BigDecimal("37"));

    static Set<LocalDate> holidays(Nation nation, int year) {
        return BankHolidays.of(nation, year, List.of()).keySet();
    }

    @Test
    void aWeekOverEasterSkipsTheWeekendAndTheNationsHolidays() {
        // 2026: Good Friday 3 April, Easter Monday 6 April (not in Scotland)
        LocalDate from = LocalDate.of(2026, 3, 30);
        LocalDate to = LocalDate.of(2026, 4, 10);
        assertEquals(new WorkingTime.Taken(new BigDecimal("8.0"), new BigDecimal("59.20")),
                WorkingTime.between(from, null, to, null, FULL_TIME, holidays(Nation.ENGLAND, 2026)));
        assertEquals(new WorkingTime.Taken(new BigDecimal("9.0"), new BigDecimal("66.60")),
                WorkingTime.between(from, null, to, null, FULL_TIME, holidays(Nation.SCOTLAND, 2026)));
    }

    @Test
    void halfDaysAtEitherEnd() {
        LocalDate monday = LocalDate.of(2026, 6, 1);
        LocalDate wednesday = LocalDate.of(2026, 6, 3);
        assertEquals(new BigDecimal("2.0"), WorkingTime.between(monday, WorkingTime.Half.AFTERNOON, wednesday, WorkingTime.Half.MORNING,
                FULL_TIME, Set.of()).days());
        assertEquals(new BigDecimal("0.5"), WorkingTime.between(monday, WorkingTime.Half.AFTERNOON, monday, null, FULL_TIME, Set.of()).days());
        assertEquals(new BigDecimal("3.70"), WorkingTime.between(monday, null, monday, WorkingTime.Half.MORNING, FULL_TIME, Set.of()).hours());
    }

    @Test
    void aPartTimePatternCountsOnlyTheDaysAndHoursWorked() {
        Map<DayOfWeek, BigDecimal> pattern = new EnumMap<>(DayOfWeek.class);
        pattern.put(DayOfWeek.MONDAY, new BigDecimal("7.4"));
        pattern.put(DayOfWeek.TUESDAY, new BigDecimal("7.4"));
        pattern.put(DayOfWeek.WEDNESDAY, new BigDecimal("7.4"));
        // a fortnight over the late-May bank holiday 2026 (25 May): 5 working days, 37 hours
        assertEquals(new WorkingTime.Taken(new BigDecimal("5.0"), new BigDecimal("37.00")),
                WorkingTime.between(LocalDate.of(2026, 5, 25), null, LocalDate.of(2026, 6, 5), null, pattern,
                        holidays(Nation.NORTHERN_IRELAND, 2026)));
    }

    @Test
    void leaveCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkingTime.between(LocalDate.of(2026, 6, 2), null, LocalDate.of(2026, 6, 1), null, FULL_TIME, Set.of()));
    }
}
