package org.guildhall.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final WorkingDays ENGLAND = WorkingDays.in(Nation.ENGLAND);
    private static final WorkingDays SCOTLAND = WorkingDays.in(Nation.SCOTLAND);

    @Test
    void weekendsAndTheNationsBankHolidaysAreNotWorkingDays() {
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(2026, 4, 6)));  // Easter Monday in England
        assertTrue(SCOTLAND.isWorkingDay(LocalDate.of(2026, 4, 6)));  // not in Scotland
        assertFalse(SCOTLAND.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertTrue(ENGLAND.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertFalse(ENGLAND.isWorkingDay(LocalDate.of(2026, 4, 4)));  // Saturday
    }

    @Test
    void theLastWorkingDayOfAMonthSkipsWeekendsAndHolidays() {
        assertEquals(LocalDate.of(2026, 5, 29), ENGLAND.lastOf(YearMonth.of(2026, 5)));   // 31st a Sunday
        assertEquals(LocalDate.of(2026, 8, 28), ENGLAND.lastOf(YearMonth.of(2026, 8)));   // 31st the summer bank holiday
        assertEquals(LocalDate.of(2026, 8, 31), SCOTLAND.lastOf(YearMonth.of(2026, 8)));  // Scotland's is the 3rd
        assertEquals(LocalDate.of(2026, 12, 31), ENGLAND.lastOf(YearMonth.of(2026, 12)));
    }

    @Test
    void countingAndAddingWorkingDays() {
        LocalDate thursdayBeforeEaster = LocalDate.of(2026, 4, 2);
        assertEquals(LocalDate.of(2026, 4, 7), ENGLAND.plus(thursdayBeforeEaster, 1));
        assertEquals(LocalDate.of(2026, 4, 6), SCOTLAND.plus(thursdayBeforeEaster, 1));
        assertEquals(1, ENGLAND.between(thursdayBeforeEaster, LocalDate.of(2026, 4, 7)));
        assertEquals(5, ENGLAND.between(LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 12)));
        assertEquals(0, ENGLAND.between(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 5)));
        assertEquals(LocalDate.of(2026, 4, 7), ENGLAND.plus(LocalDate.of(2026, 4, 4), 0));
    }

    @Test
    void aTenantsOneOffHolidayCounts() {
        WorkingDays withJubilee = WorkingDays.in(Nation.WALES, List.of(Map.entry(LocalDate.of(2026, 6, 15), "Jubilee")));
        assertFalse(withJubilee.isWorkingDay(LocalDate.of(2026, 6, 15)));
        assertTrue(WorkingDays.in(Nation.WALES).isWorkingDay(LocalDate.of(2026, 6, 15)));
    }
}
