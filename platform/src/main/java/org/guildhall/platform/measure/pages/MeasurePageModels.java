package org.guildhall.platform.measure.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.guildhall.platform.database.ReportDatabase;
import org.guildhall.platform.measure.FiveNumbers;
import org.guildhall.platform.measure.Measured;
import org.guildhall.platform.measure.control.ServiceMeasures;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;

/**
 * What the centre's measures pages show, read in one transaction entered in no tenant: the kept measures are the
 * centre's rows (like the tenant table), read as the API reads them for operators. Nothing is worked out from a
 * tenant's own data here; the measures job did that.
 */
@RequestScoped
@Transactional
public class MeasurePageModels {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** How many months a trend covers, ending at the month asked for. */
    static final int TREND_MONTHS = 12;

    @Inject
    ServiceMeasures measures;

    @Inject
    ReportDatabase reports;

    @Inject
    Tenants tenants;

    /** Each measure kept for {@code month}, in name order: its five numbers across tenants and their box plot. */
    public Map<String, Object> month(YearMonth month) {
        Map<String, List<Measured>> byMeasure = new TreeMap<>();
        for (ServiceMeasures.Kept k : measures.of(reports.connection(), month)) {
            byMeasure.computeIfAbsent(k.measured().measure(), m -> new ArrayList<>()).add(k.measured());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byMeasure.forEach((measure, kept) -> {
            Measured.Unit unit = kept.get(0).unit();
            FiveNumbers five = FiveNumbers.of(kept.stream().map(Measured::headline).toList());
            Map<String, Object> row = new HashMap<>();
            row.put("measure", measure);
            row.put("name", MeasureNames.name(measure));
            row.put("headline", MeasureNames.headline(unit));
            row.put("measured", kept.size());
            if (five != null) {
                row.put("five", Map.of("min", MeasureNames.figure(five.min()), "lowerQuartile", MeasureNames.figure(five.lowerQuartile()),
                        "median", MeasureNames.figure(five.median()), "upperQuartile", MeasureNames.figure(five.upperQuartile()),
                        "max", MeasureNames.figure(five.max()), "count", five.count()));
                row.put("chart", BoxPlotChart.of(five));
                row.put("summary", "Across " + five.count() + (five.count() == 1 ? " tenant" : " tenants") + " with a figure, in "
                        + MeasureNames.headline(unit) + ": the smallest is " + MeasureNames.figure(five.min()) + ", the lower quartile "
                        + MeasureNames.figure(five.lowerQuartile()) + ", the median " + MeasureNames.figure(five.median())
                        + ", the upper quartile " + MeasureNames.figure(five.upperQuartile()) + " and the largest "
                        + MeasureNames.figure(five.max()) + ".");
            }
            rows.add(row);
        });
        Map<String, Object> scope = new HashMap<>();
        scope.put("measures", rows);
        scope.put("hasMeasures", !rows.isEmpty());
        scope.put("monthText", MONTH.format(month));
        return scope;
    }

    /** The tenant {@code code}, or empty when there is none. */
    public Optional<Tenant> tenant(String code) {
        return tenants.find(code);
    }

    /**
     * {@code tenant}'s {@code measure} in each of the {@link #TREND_MONTHS} months ending at {@code to}: a row per month
     * (its figure, or none), and the line chart when any month has a figure.
     */
    public Map<String, Object> trend(String tenant, String measure, YearMonth to) {
        YearMonth from = to.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, Measured> kept = new LinkedHashMap<>();
        measures.of(reports.connection(), tenant, measure, from, to).forEach(k -> kept.put(k.month(), k.measured()));
        List<TrendChart.Month> months = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Measured measured = kept.get(m);
            BigDecimal figure = measured == null ? null : measured.headline();
            months.add(new TrendChart.Month(m, figure));
            Map<String, Object> row = new HashMap<>();
            row.put("month", m.toString());
            row.put("monthText", MONTH.format(m));
            row.put("figure", figure == null ? "none" : MeasureNames.figure(figure));
            row.put("count", measured == null ? "none" : String.valueOf(measured.count()));
            rows.add(row);
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("months", rows);
        scope.put("fromText", MONTH.format(from));
        scope.put("toText", MONTH.format(to));
        scope.put("name", MeasureNames.name(measure));
        Optional<Measured.Unit> unit = kept.values().stream().map(Measured::unit).findFirst();
        scope.put("headline", unit.map(MeasureNames::headline).orElse("figure"));
        TrendChart chart = TrendChart.of(months);
        if (chart != null) {
            scope.put("chart", chart);
            scope.put("summary", summary(months));
        }
        return scope;
    }

    /** The measures kept for {@code tenant} in any month to choose from, with {@code selected} among them when it is one. */
    public List<Map<String, Object>> choices(String tenant, String selected) {
        TreeSet<String> choices = new TreeSet<>(measures.measuresOf(reports.connection(), tenant));
        if (selected != null) {
            choices.add(selected);
        }
        return choices.stream().<Map<String, Object>>map(c -> Map.of("value", c, "text", MeasureNames.name(c), "selected", c.equals(selected)))
                .toList();
    }

    /** The chart in words: the months with figures, and how many are without one. */
    private static String summary(List<TrendChart.Month> months) {
        List<String> figures = new ArrayList<>();
        long none = 0;
        for (TrendChart.Month m : months) {
            if (m.figure() == null) {
                none++;
            } else {
                figures.add(MONTH.format(m.month()) + " " + MeasureNames.figure(m.figure()));
            }
        }
        return String.join("; ", figures) + (none == 0 ? "." : ". " + none + (none == 1 ? " month has" : " months have") + " no figure.");
    }
}
