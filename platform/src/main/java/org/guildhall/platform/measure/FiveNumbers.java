package org.guildhall.platform.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How tenants' headline figures on one measure spread, as a box plot draws it: the smallest, the lower quartile, the
 * median, the upper quartile and the largest (each to two decimals), and how many tenants had a figure. The quartiles
 * are interpolated as {@link Distribution}'s percentiles are (PostgreSQL's {@code percentile_cont}), so the centre's box
 * plots and the anonymous distributions tenants are shown are worked out the same way.
 */
public record FiveNumbers(BigDecimal min, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile, BigDecimal max, int count) {

    /** The five numbers of {@code figures} (nulls, tenants without a figure, left out), or null when there are none. */
    public static FiveNumbers of(Collection<BigDecimal> figures) {
        List<BigDecimal> sorted = figures.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return null;
        }
        return new FiveNumbers(sorted.get(0).setScale(2, RoundingMode.HALF_UP), Distribution.percentile(sorted, 25),
                Distribution.percentile(sorted, 50), Distribution.percentile(sorted, 75),
                sorted.get(sorted.size() - 1).setScale(2, RoundingMode.HALF_UP), sorted.size());
    }
}
