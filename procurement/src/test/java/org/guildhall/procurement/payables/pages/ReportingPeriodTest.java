package org.guildhall.procurement.payables.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.guildhall.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

/** The page's period: the quarter to date by default, and each unreadable box named rather than a failed page. */
class ReportingPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private static List<String> fields(ReportingPeriod.Read read) {
        return read.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void withNeitherDayTheFinancialQuarterToDate() {
        assertEquals(new ReportingPeriod(LocalDate.of(2026, 10, 1), TODAY), ReportingPeriod.read(null, null, TODAY).period());
        assertEquals(new ReportingPeriod(LocalDate.of(2026, 10, 1), TODAY), ReportingPeriod.read(" ", "", TODAY).period());
        // the fourth quarter of financial year 2026-27 runs January to March 2027; the first, April to June
        assertEquals(LocalDate.of(2027, 1, 1), ReportingPeriod.quarterToDate(LocalDate.of(2027, 3, 31)).from());
        assertEquals(LocalDate.of(2026, 4, 1), ReportingPeriod.quarterToDate(LocalDate.of(2026, 4, 1)).from());
        assertEquals(LocalDate.of(2026, 7, 1), ReportingPeriod.quarterToDate(LocalDate.of(2026, 9, 30)).from());
    }

    @Test
    void givenDaysAreTakenAsTheyAre() {
        ReportingPeriod.Read read = ReportingPeriod.read("2026-12-01", " 2026-12-10 ", TODAY);
        assertEquals(new ReportingPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10)), read.period());
        assertEquals(List.of(), read.errors());
        assertEquals(new ReportingPeriod(TODAY, TODAY), ReportingPeriod.read("2026-11-16", "2026-11-16", TODAY).period());
    }

    @Test
    void eachUnreadableOrMissingDayIsNamedAndThereIsNoPeriod() {
        ReportingPeriod.Read both = ReportingPeriod.read("2026-02-30", "<script>", TODAY);
        assertNull(both.period());
        assertEquals(List.of("from", "to"), fields(both));
        assertEquals(List.of("to"), fields(ReportingPeriod.read("2026-12-01", "", TODAY)));
        assertEquals(List.of("from"), fields(ReportingPeriod.read("1/12/2026", "2026-12-10", TODAY)));
        assertEquals(List.of("from"), fields(ReportingPeriod.read("1899-12-31", "2026-12-10", TODAY)));
        assertEquals(List.of("to"), fields(ReportingPeriod.read("2026-12-10", "2026-12-09", TODAY)), "the last day before the first");
    }
}
