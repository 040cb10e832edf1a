package org.guildhall.finance.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.guildhall.platform.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void aFiscalYearRunsFromAprilToMarchAndIsNamedByItsFirstYear() {
        assertEquals(2026, FiscalYear.of(LocalDate.of(2026, 4, 1)));
        assertEquals(2025, FiscalYear.of(LocalDate.of(2026, 3, 31)));
        assertEquals(2026, FiscalYear.of(LocalDate.of(2027, 3, 31)));
        assertEquals(1, FiscalYear.periodOf(LocalDate.of(2026, 4, 1)));
        assertEquals(9, FiscalYear.periodOf(LocalDate.of(2026, 12, 31)));
        assertEquals(10, FiscalYear.periodOf(LocalDate.of(2027, 1, 1)));
        assertEquals(12, FiscalYear.periodOf(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void halfPastMidnightOnTheFirstOfAprilInSummerTimeIsInTheNewFiscalYear() {
        // 00:30 BST on 1 April 2026 is 23:30 UTC on 31 March: the default journal date is London's, not UTC's
        Clock clock = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 4, 1), BusinessCalendar.today(clock));
        assertEquals(2026, FiscalYear.current(clock));
        assertEquals(1, FiscalYear.periodOf(BusinessCalendar.today(clock)));
        assertEquals(2025, FiscalYear.current(Clock.fixed(Instant.parse("2026-03-31T22:59:59Z"), ZoneOffset.UTC)));
    }

    @Test
    void periodsAreCalendarMonthsIncludingALeapFebruary() {
        FiscalPeriod february = new FiscalPeriod(2027, 11);
        assertEquals(LocalDate.of(2028, 2, 1), february.start());
        assertEquals(LocalDate.of(2028, 2, 29), february.end());
        FiscalPeriod april = new FiscalPeriod(2026, 1);
        assertEquals(LocalDate.of(2026, 4, 30), april.end());
        for (int n = 1; n < 12; n++) {
            assertEquals(FiscalYear.periodEnd(2026, n).plusDays(1), FiscalYear.periodStart(2026, n + 1), "periods touch");
        }
    }

    @Test
    void closingAndReopeningSayWhetherAnythingChanged() {
        FiscalPeriod period = new FiscalPeriod(2026, 3);
        assertTrue(period.isOpen());
        assertTrue(period.close());
        assertFalse(period.close());
        assertTrue(period.reopen());
        assertFalse(period.reopen());
    }

    @Test
    void outOfRangeYearsAndPeriodsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FiscalPeriod(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new FiscalPeriod(2026, 13));
        assertThrows(IllegalArgumentException.class, () -> new FiscalYear(1999));
    }
}
