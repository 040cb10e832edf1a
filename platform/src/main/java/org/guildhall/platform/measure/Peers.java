package org.guildhall.platform.measure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a tenant stands among its peers on one measure, by its headline figure: rank 1 is the best (the shortest time,
 * the highest share, the largest count), ties sharing a rank; and the others' figures as a distribution with no names.
 */
public final class Peers {

    /** At least this many other tenants before a tenant sees their figures as a distribution: fewer could be told apart. */
    public static final int FEWEST_TO_COMPARE = 5;

    private Peers() {
    }

    public record Position(int rank, int of) {
    }

    /** {@code tenant}'s position among {@code headlines} (tenant to figure; those with none are left out), or null. */
    public static Position position(Map<String, BigDecimal> headlines, String tenant, Measured.Unit unit) {
        BigDecimal mine = headlines.get(tenant);
        if (mine == null) {
            return null;
        }
        boolean lowerIsBetter = unit == Measured.Unit.WORKING_HOURS || unit == Measured.Unit.DAYS || unit == Measured.Unit.WORKING_DAYS
                || unit == Measured.Unit.PER_THOUSAND;
        Collection<BigDecimal> figures = headlines.values().stream().filter(java.util.Objects::nonNull).toList();
        long better = figures.stream().filter(f -> lowerIsBetter ? f.compareTo(mine) < 0 : f.compareTo(mine) > 0).count();
        return new Position((int) better + 1, figures.size());
    }

    /** The other tenants' figures as a distribution, or null when there are fewer than {@link #FEWEST_TO_COMPARE}. */
    public static Distribution others(Map<String, BigDecimal> headlines, String tenant) {
        List<BigDecimal> others = headlines.entrySet().stream().filter(e -> !e.getKey().equals(tenant) && e.getValue() != null)
                .map(Map.Entry::getValue).toList();
        return others.size() < FEWEST_TO_COMPARE ? null : Distribution.of(others);
    }
}
