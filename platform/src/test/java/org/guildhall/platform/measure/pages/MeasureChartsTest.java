package org.guildhall.platform.measure.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.measure.FiveNumbers;
import org.junit.jupiter.api.Test;

class MeasureChartsTest {

    private static List<BigDecimal> figures(String... figures) {
        return java.util.Arrays.stream(figures).map(BigDecimal::new).toList();
    }

    private static List<String> labels(Axis axis) {
        return axis.ticks().stream().map(Axis::label).toList();
    }

    @Test
    void anAxisRunsFromNothingToARoundNumberInAtMostFiveSteps() {
        assertEquals(List.of("0", "2", "4", "6", "8", "10"), labels(Axis.of(new BigDecimal("1.5"), new BigDecimal("9.25"))));
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), labels(Axis.of(new BigDecimal("50"), new BigDecimal("100.00"))));
        assertEquals(List.of("0", "0.05", "0.1", "0.15", "0.2", "0.25"), labels(Axis.of(new BigDecimal("0.25"), new BigDecimal("0.25"))));
        assertEquals(List.of("0", "250", "500", "750", "1000", "1250"), labels(Axis.of(new BigDecimal("3"), new BigDecimal("1203"))));
        // every figure nothing: still an axis to draw on
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), labels(Axis.of(BigDecimal.ZERO, new BigDecimal("0.00"))));
    }

    @Test
    void aBoxPlotPlacesItsFiveNumbersOnTheAxis() {
        // 0.5, 1.5, 9.25 on an axis of 0 to 10 over 320 units from x = 20
        BoxPlotChart chart = BoxPlotChart.of(FiveNumbers.of(figures("9.25", "0.5", "1.5")));
        assertEquals(List.of("36.0", "52.0", "68.0", "192.2", "316.0", "140.2"), List.of(chart.min(), chart.lowerQuartile(), chart.median(),
                chart.upperQuartile(), chart.max(), chart.boxWidth()));
        assertEquals(List.of("20.0", "340.0"), List.of(chart.ticks().get(0).x(), chart.ticks().get(chart.ticks().size() - 1).x()));
    }

    @Test
    void aMonthWithoutAFigureIsAGapInTheLine() {
        YearMonth first = YearMonth.of(2025, 12);
        List<TrendChart.Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // figures in December and January, none in February, then March to November
            months.add(new TrendChart.Month(first.plusMonths(i), i == 2 ? null : BigDecimal.valueOf(i * 2L)));
        }
        TrendChart chart = TrendChart.of(months);
        assertEquals(11, chart.points().size());
        assertEquals(2, chart.lines().size(), "one line either side of the gap");
        assertEquals(2, chart.lines().get(0).points().split(" ").length);
        assertEquals(9, chart.lines().get(1).points().split(" ").length);
        assertEquals(List.of("48.0", "344.0"), List.of(chart.months().get(0).x(), chart.months().get(11).x()));
        assertEquals(List.of("Dec", "2025", "Jan", "2026"), List.of(chart.months().get(0).text(), chart.months().get(0).year(),
                chart.months().get(1).text(), chart.months().get(1).year()));
        assertNull(chart.months().get(2).year());
        // 22 is the largest, on an axis to 25: its point is 22/25 of the way up from the bottom (172) to the top (12)
        TrendChart.Point last = chart.points().get(10);
        assertEquals(List.of("2026-11", "22.00", "31.2"), List.of(last.month(), last.value(), last.y()));
        assertNull(TrendChart.of(List.of(new TrendChart.Month(first, null), new TrendChart.Month(first.plusMonths(1), null))));
    }

    @Test
    void theTemplatesDrawTheChartsBesideTheirTables() {
        DefaultMustacheFactory templates = new DefaultMustacheFactory("templates");
        FiveNumbers five = FiveNumbers.of(figures("9.25", "0.5", "1.5"));
        Map<String, Object> row = new HashMap<>(Map.of("measure", "LEAVE_DECISION", "name", "Time to decide leave requests", "headline",
                "median working hours", "measured", 3, "summary", "Across 3 tenants <with a figure>", "chart", BoxPlotChart.of(five),
                "five", Map.of("min", "0.50", "lowerQuartile", "1.00", "median", "1.50", "upperQuartile", "5.38", "max", "9.25", "count", 3)));
        Map<String, Object> scope = new HashMap<>(Map.of("title", "Service measures across tenants", "shown", true, "hasMeasures", true,
                "monthText", "November 2026", "month", "2026-11", "measures", List.of(row)));
        StringWriter page = new StringWriter();
        templates.compile("centre-measures.mustache").execute(page, scope);
        String html = page.toString();
        assertTrue(html.contains("<svg class=\"guildhall-chart\" id=\"box-LEAVE_DECISION\""), html);
        assertTrue(html.contains("<rect class=\"guildhall-chart__box\" x=\"52.0\" y=\"12\" width=\"140.2\""), html);
        assertTrue(html.contains("id=\"LEAVE_DECISION-upperQuartile\">5.38<"), html);
        assertTrue(html.contains("Across 3 tenants &lt;with a figure&gt;"), "escaped: " + html);
        assertFalse(html.contains("no-measures"));

        List<TrendChart.Month> months = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth m = YearMonth.of(2025, 12).plusMonths(i);
            months.add(new TrendChart.Month(m, i == 11 ? new BigDecimal("2.00") : null));
            rows.add(Map.of("month", m.toString(), "monthText", m.toString(), "figure", i == 11 ? "2.00" : "none", "count", i == 11 ? "2" : "none"));
        }
        Map<String, Object> trend = new HashMap<>(Map.of("title", "Trend", "shown", true, "tenant", "meas0-1", "tenantName", "Agency", "name",
                "Time to decide leave requests", "months", rows, "chart", TrendChart.of(months), "summary", "November 2026 2.00",
                "choices", List.of(Map.of("value", "LEAVE_DECISION", "text", "Time to decide leave requests", "selected", true))));
        page = new StringWriter();
        templates.compile("centre-trend.mustache").execute(page, trend);
        html = page.toString();
        assertTrue(html.contains("<circle class=\"guildhall-chart__point\" cx=\"344.0\""), html);
        assertFalse(html.contains("<polyline"), "a single point is not a line");
        assertTrue(html.contains("id=\"figure-2025-12\">none<"), html);
        assertTrue(html.contains("id=\"figure-2026-11\">2.00<"), html);
        assertTrue(html.contains(">Dec</text>"), "the chart's month labels, not the table's rows, inside the chart: " + html);
        assertTrue(html.contains("<option value=\"LEAVE_DECISION\" selected>"), html);
    }
}
