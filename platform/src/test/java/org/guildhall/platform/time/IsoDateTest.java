package org.guildhall.platform.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsoDateTest {

    private final IsoDate.Validator dates = new IsoDate.Validator();

    @Test
    void real_days_between_1900_and_2100_are_taken() {
        for (String ok : new String[] {"2026-04-01", "2028-02-29", "1900-01-01", "2100-12-31"}) {
            assertTrue(dates.isValid(ok, null), ok);
        }
        assertTrue(dates.isValid(null, null), "absent is for @NotNull to judge");
    }

    @Test
    void impossible_extreme_and_loosely_written_days_are_refused() {
        for (String bad : new String[] {"2026-02-29", "2026-13-01", "1899-12-31", "2101-01-01", "-999999999-01-01",
                "+10000-01-01", "0000-01-01", " 2026-04-01", "2026-04-01 ", "2026-4-1", "20260401", "2026-04-01T00:00"}) {
            assertFalse(dates.isValid(bad, null), bad);
        }
    }
}
