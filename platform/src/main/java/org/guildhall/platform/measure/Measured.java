package org.guildhall.platform.measure;

import java.math.BigDecimal;

/**
 * One service measure of a tenant for a month: a time as a {@link Distribution} (null when nothing was timed), or a
 * share or count as a {@code value}; {@code count} is how many things it was worked out from.
 */
public record Measured(String measure, Unit unit, Distribution distribution, BigDecimal value, long count) {

    /** What a measure is counted in; durations and rates of errors are better low, shares high, counts neither. */
    public enum Unit { WORKING_HOURS, DAYS, WORKING_DAYS, PERCENT, COUNT, PER_THOUSAND }

    public static Measured time(String measure, Unit unit, java.util.List<BigDecimal> values) {
        Distribution distribution = Distribution.of(values);
        return new Measured(measure, unit, distribution, null, values.size());
    }

    public static Measured figure(String measure, Unit unit, BigDecimal value, long count) {
        return new Measured(measure, unit, null, value, count);
    }

    /** The figure peers are compared by: the median of a time, else the value; null when there is none. */
    public BigDecimal headline() {
        return distribution != null ? distribution.p50() : value;
    }
}
