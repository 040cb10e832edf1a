package org.guildhall.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaxYearTest {

    @Test
    void aTaxYearRunsFromTheSixthOfAprilToTheFifth() {
        TaxYear year = TaxYear.parse("2025-26");
        assertEquals(LocalDate.of(2025, 4, 6), year.start());
        assertEquals(LocalDate.of(2026, 4, 5), year.end());
        assertEquals("2025-26", year.toString());
        assertEquals(year, TaxYear.of(LocalDate.of(2026, 4, 5)));
        assertEquals(TaxYear.parse("2026-27"), TaxYear.of(LocalDate.of(2026, 4, 6)));
        assertTrue(year.contains(LocalDate.of(2025, 4, 6)));
        assertFalse(year.contains(LocalDate.of(2026, 4, 6)));
        assertEquals("1999-00", TaxYear.of(LocalDate.of(2000, 1, 1)).toString());
    }

    @Test
    void onlyHmrcsWritingIsRead() {
        assertThrows(IllegalArgumentException.class, () -> TaxYear.parse("2025-27"));
        assertThrows(IllegalArgumentException.class, () -> TaxYear.parse("2025/26"));
        assertThrows(IllegalArgumentException.class, () -> TaxYear.parse("1985-86"));
        assertEquals(1985, TaxYear.of(LocalDate.of(1985, 6, 1)).firstYear());
    }
}
