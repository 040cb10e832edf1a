package org.guildhall.platform.measure.pages;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's value axis: from nothing (or the smallest figure, were one below nothing) to a round number at or above
 * the largest, in at most {@link #MOST_STEPS} steps of 1, 2, 2.5 or 5 times a power of ten, so the tick labels are
 * numbers a reader can read off. Measures are times, shares and counts, so starting at nothing keeps lengths honest.
 */
record Axis(BigDecimal low, BigDecimal high, BigDecimal step) {

    static final int MOST_STEPS = 5;
    private static final List<BigDecimal> MULTIPLES = List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2.5"),
            new BigDecimal("5"), new BigDecimal("10"));

    static Axis of(BigDecimal smallest, BigDecimal largest) {
        BigDecimal from = smallest.min(BigDecimal.ZERO);
        BigDecimal span = largest.subtract(from);
        if (span.signum() <= 0) {
            span = BigDecimal.ONE;
        }
        BigDecimal rough = span.divide(BigDecimal.valueOf(MOST_STEPS), MathContext.DECIMAL64);
        // the power of ten of rough's leading digit: 0.25 is 10^-1, 250 is 10^2
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(rough.precision() - rough.scale() - 1);
        BigDecimal step = magnitude.multiply(MULTIPLES.get(MULTIPLES.size() - 1));
        for (BigDecimal multiple : MULTIPLES) {
            BigDecimal candidate = magnitude.multiply(multiple);
            if (span.divide(candidate, MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(MOST_STEPS)) <= 0) {
                step = candidate;
                break;
            }
        }
        BigDecimal low = from.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        // from + span is the largest figure, or one above nothing when every figure is nothing
        BigDecimal high = from.add(span).divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (high.compareTo(low) <= 0) {
            high = low.add(step);
        }
        return new Axis(low, high, step);
    }

    /** The values ticked, from low to high. */
    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** How far along an axis {@code length} units long {@code value} lies, to one decimal. */
    BigDecimal along(BigDecimal value, BigDecimal length) {
        return value.subtract(low).multiply(length).divide(high.subtract(low), 1, RoundingMode.HALF_UP);
    }

    /** A tick's label: 2.5, 10, 1000; no trailing zeros. */
    static String label(BigDecimal tick) {
        return tick.signum() == 0 ? "0" : tick.stripTrailingZeros().toPlainString();
    }
}
