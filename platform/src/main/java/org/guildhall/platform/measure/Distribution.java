package org.guildhall.platform.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A time measure as a distribution, not an average: the 10th, 50th and 90th percentiles (interpolated between the two
 * nearest values, as PostgreSQL's {@code percentile_cont} does), the largest, and how many values there were.
 */
public record Distribution(BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal max, long count) {

    /** The distribution of {@code values} (to two decimals), or null when there are none. */
    public static Distribution of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return new Distribution(percentile(sorted, 10), percentile(sorted, 50), percentile(sorted, 90),
                sorted.get(sorted.size() - 1).setScale(2, RoundingMode.HALF_UP), sorted.size());
    }

    /** The {@code p}th percentile of {@code sorted}: at position (n - 1) * p / 100, between the values either side. */
    static BigDecimal percentile(List<BigDecimal> sorted, int p) {
        BigDecimal position = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(p)).divide(BigDecimal.valueOf(100));
        int below = position.intValue();
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
        BigDecimal low = sorted.get(below);
        BigDecimal value = below + 1 < sorted.size() ? low.add(sorted.get(below + 1).subtract(low).multiply(fraction)) : low;
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
