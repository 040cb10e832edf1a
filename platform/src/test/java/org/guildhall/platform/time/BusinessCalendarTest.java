package org.guildhall.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    @Test
    void halfPastMidnightBritishSummerTimeIsAlreadyTheNextDay() {
        Clock utc = Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 4, 1), BusinessCalendar.today(utc));
    }

    @Test
    void inWinterLondonIsOnUtc() {
        Clock utc = Clock.fixed(Instant.parse("2026-01-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 1, 31), BusinessCalendar.today(utc));
    }

    @Test
    void theClocksZoneDoesNotMatter() {
        Instant instant = Instant.parse("2026-03-31T23:30:00Z");
        Clock tokyo = Clock.fixed(instant, java.time.ZoneId.of("Asia/Tokyo"));
        assertEquals(LocalDate.of(2026, 4, 1), BusinessCalendar.today(tokyo));
        assertEquals(LocalDate.of(2026, 4, 1), BusinessCalendar.dateOf(instant));
    }
}
