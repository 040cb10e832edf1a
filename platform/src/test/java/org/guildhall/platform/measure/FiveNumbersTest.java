package org.guildhall.platform.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiveNumbersTest {

    private static List<BigDecimal> figures(String... figures) {
        return new ArrayList<>(Arrays.stream(figures).map(f -> f == null ? null : new BigDecimal(f)).toList());
    }

    private static List<String> text(FiveNumbers five) {
        return List.of(five.min().toPlainString(), five.lowerQuartile().toPlainString(), five.median().toPlainString(),
                five.upperQuartile().toPlainString(), five.max().toPlainString(), String.valueOf(five.count()));
    }

    @Test
    void quartilesInterpolateAsPostgresPercentileContDoes() {
        // select percentile_cont(array[0.25, 0.5, 0.75]) within group (order by g) from generate_series(1, 4) g: 1.75, 2.5, 3.25
        assertEquals(List.of("1.00", "1.75", "2.50", "3.25", "4.00", "4"), text(FiveNumbers.of(figures("4", "2", "1", "3"))));
        assertEquals(List.of("1.00", "2.00", "3.00", "4.00", "5.00", "5"), text(FiveNumbers.of(figures("5", "4", "3", "2", "1"))));
        // 0.5, 1.5, 9.25: the lower quartile at position 0.5 (1.00), the upper at 1.5 (5.38 from 5.375)
        assertEquals(List.of("0.50", "1.00", "1.50", "5.38", "9.25", "3"), text(FiveNumbers.of(figures("9.25", "0.5", "1.5"))));
    }

    @Test
    void oneTenantIsItsOwnBoxAndTenantsWithoutAFigureAreLeftOut() {
        assertEquals(List.of("7.25", "7.25", "7.25", "7.25", "7.25", "1"), text(FiveNumbers.of(figures("7.25", null))));
        assertNull(FiveNumbers.of(figures((String) null)));
        assertNull(FiveNumbers.of(List.of()));
    }
}
