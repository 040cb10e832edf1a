package org.guildhall.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checked against the dates GOV.UK publishes for each nation. */
class BankHolidaysTest {

    static List<LocalDate> dates(Nation nation, int year) {
        return List.copyOf(BankHolidays.of(nation, year, List.of()).keySet());
    }

    static List<LocalDate> on(int year, String... monthDays) {
        return java.util.Arrays.stream(monthDays).map(md -> LocalDate.parse(year + "-" + md)).toList();
    }

    @ParameterizedTest
    @CsvSource({"2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21",
            "2024, 2024-03-31", "2000, 2000-04-23"})
    void easterSunday(int year, LocalDate easter) {
        assertEquals(easter, BankHolidays.easterSunday(year));
    }

    @Test
    void englandAndWales() {
        assertEquals(on(2025, "01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"), dates(Nation.ENGLAND, 2025));
        // Boxing Day on a Saturday: Monday 28th instead
        assertEquals(on(2026, "01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"), dates(Nation.ENGLAND, 2026));
        // Christmas on a Saturday and Boxing Day on a Sunday: Monday 27th and Tuesday 28th
        assertEquals(on(2027, "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"), dates(Nation.WALES, 2027));
        // New Year's Day on a Saturday
        assertEquals(LocalDate.of(2028, 1, 3), dates(Nation.ENGLAND, 2028).get(0));
        assertEquals(on(2030, "01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"), dates(Nation.ENGLAND, 2030));
    }

    @Test
    void christmasOnASundayMovesChristmasPastBoxingDay() {
        Map<LocalDate, String> days = BankHolidays.of(Nation.ENGLAND, 2022, List.of());
        assertEquals("Boxing Day", days.get(LocalDate.of(2022, 12, 26)));
        assertEquals("Christmas Day (substitute day)", days.get(LocalDate.of(2022, 12, 27)));
    }

    @Test
    void scotland() {
        // St Andrew's Day on a Sunday; summer bank holiday the first Monday of August; no Easter Monday
        assertEquals(on(2025, "01-01", "01-02", "04-18", "05-05", "05-26", "08-04", "12-01", "12-25", "12-26"), dates(Nation.SCOTLAND, 2025));
        // 2 January on a Saturday: Monday 4th
        assertEquals(on(2027, "01-01", "01-04", "03-26", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28"), dates(Nation.SCOTLAND, 2027));
        // both on a weekend
        assertEquals(on(2022, "01-03", "01-04"), dates(Nation.SCOTLAND, 2022).subList(0, 2));
    }

    @Test
    void northernIreland() {
        // the Boyne on a Saturday: Monday 14 July
        assertEquals(on(2025, "01-01", "03-17", "04-18", "04-21", "05-05", "05-26", "07-14", "08-25", "12-25", "12-26"),
                dates(Nation.NORTHERN_IRELAND, 2025));
        // St Patrick's Day on a Saturday: Monday 19 March
        assertTrue(dates(Nation.NORTHERN_IRELAND, 2029).contains(LocalDate.of(2029, 3, 19)));
    }

    @Test
    void oneOffDaysOfTheYearAreAdded() {
        Map<LocalDate, String> days = BankHolidays.of(Nation.SCOTLAND, 2026,
                List.of(Map.entry(LocalDate.of(2026, 6, 8), "A one-off holiday"), Map.entry(LocalDate.of(2027, 1, 8), "Next year's")));
        assertEquals("A one-off holiday", days.get(LocalDate.of(2026, 6, 8)));
        assertEquals(10, days.size());
    }
}
