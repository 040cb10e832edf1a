package org.guildhall.platform.measure.pages;

import java.math.BigDecimal;
import java.util.List;
import org.guildhall.platform.measure.FiveNumbers;

/**
 * One measure's spread across tenants as a horizontal box plot, worked out here so that the template only places it:
 * whiskers from the smallest figure to the lower quartile and from the upper quartile to the largest, a box between the
 * quartiles, a heavy line at the median, over an axis from nothing to a round number (see {@link Axis}). The drawing is
 * 360 units wide, as the other charts are, so it stays readable scaled down to a phone's width.
 */
record BoxPlotChart(String min, String lowerQuartile, String median, String upperQuartile, String max, String boxWidth, int width,
                    int height, List<Tick> ticks) {

    static final int WIDTH = 360;
    static final int HEIGHT = 96;
    /** Where the axis starts, leaving room for half of its first label. */
    static final BigDecimal LEFT = new BigDecimal("20");
    static final BigDecimal LENGTH = new BigDecimal("320");

    /** A tick on the axis: its x and its label. */
    record Tick(String x, String label) {
    }

    static BoxPlotChart of(FiveNumbers five) {
        Axis axis = Axis.of(five.min(), five.max());
        BigDecimal lower = x(axis, five.lowerQuartile());
        return new BoxPlotChart(x(axis, five.min()).toPlainString(), lower.toPlainString(), x(axis, five.median()).toPlainString(),
                x(axis, five.upperQuartile()).toPlainString(), x(axis, five.max()).toPlainString(),
                x(axis, five.upperQuartile()).subtract(lower).toPlainString(), WIDTH, HEIGHT,
                axis.ticks().stream().map(t -> new Tick(x(axis, t).toPlainString(), Axis.label(t))).toList());
    }

    private static BigDecimal x(Axis axis, BigDecimal value) {
        return LEFT.add(axis.along(value, LENGTH));
    }

    /** Where the axis ends. */
    String axisEnd() {
        return LEFT.add(LENGTH).toPlainString();
    }

    String axisStart() {
        return LEFT.toPlainString();
    }
}
