package org.guildhall.platform.measure.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A tenant's figure month by month as a line, worked out here so that the template only places it: a point for each
 * month with a figure, joined by a line only to the month next to it, so a month without a figure is a gap and never a
 * line drawn across what nobody measured. Months run along the bottom (their initials' three letters, and the year
 * under the first month and each January); the value axis runs from nothing to a round number (see {@link Axis}).
 */
record TrendChart(List<Point> points, List<Line> lines, List<Tick> ticks, List<MonthLabel> months, int width, int height, String left,
                  String right, String bottom) {

    static final int WIDTH = 360;
    static final int HEIGHT = 216;
    static final BigDecimal LEFT = new BigDecimal("48");
    static final BigDecimal RIGHT = new BigDecimal("344");
    static final BigDecimal TOP = new BigDecimal("12");
    static final BigDecimal BOTTOM = new BigDecimal("172");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    /** One month's figure where it is drawn; {@code value} as the table shows it. */
    record Point(String month, String value, String x, String y) {
    }

    /** A run of neighbouring months' points, joined. */
    record Line(String points) {
    }

    /** A value tick: its y, its label, and the label's baseline. */
    record Tick(String y, String label, String labelY) {
    }

    /** A month's label under its place on the axis; {@code year} only under the first month and each January. */
    record MonthLabel(String x, String text, String year) {
    }

    /** One month and its figure, or null for none. */
    record Month(YearMonth month, BigDecimal figure) {
    }

    /** The chart of {@code months} (oldest first, at least two), or null when not one of them has a figure. */
    static TrendChart of(List<Month> months) {
        List<BigDecimal> figures = months.stream().map(Month::figure).filter(Objects::nonNull).toList();
        if (figures.isEmpty()) {
            return null;
        }
        Axis axis = Axis.of(figures.stream().min(BigDecimal::compareTo).orElseThrow(), figures.stream().max(BigDecimal::compareTo).orElseThrow());
        BigDecimal height = BOTTOM.subtract(TOP);
        BigDecimal gap = RIGHT.subtract(LEFT).divide(BigDecimal.valueOf(months.size() - 1L), 4, RoundingMode.HALF_UP);
        List<Point> points = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<MonthLabel> labels = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            String x = LEFT.add(gap.multiply(BigDecimal.valueOf(i))).setScale(1, RoundingMode.HALF_UP).toPlainString();
            labels.add(new MonthLabel(x, SHORT.format(m.month()), i == 0 || m.month().getMonthValue() == 1 ? String.valueOf(m.month().getYear()) : null));
            if (m.figure() == null) {
                close(run, lines);
                continue;
            }
            String y = BOTTOM.subtract(axis.along(m.figure(), height)).toPlainString();
            points.add(new Point(m.month().toString(), MeasureNames.figure(m.figure()), x, y));
            run.add(x + "," + y);
        }
        close(run, lines);
        List<Tick> ticks = axis.ticks().stream().map(t -> {
            BigDecimal y = BOTTOM.subtract(axis.along(t, height));
            return new Tick(y.toPlainString(), Axis.label(t), y.add(new BigDecimal("5")).toPlainString());
        }).toList();
        return new TrendChart(points, lines, ticks, labels, WIDTH, HEIGHT, LEFT.toPlainString(), RIGHT.toPlainString(), BOTTOM.toPlainString());
    }

    private static void close(List<String> run, List<Line> lines) {
        if (run.size() > 1) {
            lines.add(new Line(String.join(" ", run)));
        }
        run.clear();
    }

    /** Where the value labels end, just left of the axis. */
    String labelX() {
        return LEFT.subtract(new BigDecimal("6")).toPlainString();
    }
}
