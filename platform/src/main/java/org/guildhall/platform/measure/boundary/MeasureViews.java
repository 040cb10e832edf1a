package org.guildhall.platform.measure.boundary;

import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.measure.Distribution;
import org.guildhall.platform.measure.Measured;
import org.guildhall.platform.measure.control.ServiceMeasures;
import org.guildhall.platform.web.Inputs;

/** What the measures' two views share: the month asked for, a measure as JSON, and the figures by measure. */
final class MeasureViews {

    private MeasureViews() {
    }

    static YearMonth month(String month) {
        return Inputs.month("month", month);
    }

    static JsonObjectBuilder json(Measured m) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("measure", m.measure()).add("unit", m.unit().name()).add("count", m.count());
        if (m.distribution() != null) {
            json.add("distribution", json(m.distribution()));
        }
        if (m.value() != null) {
            json.add("value", m.value().toPlainString());
        }
        return json;
    }

    static JsonObjectBuilder json(Distribution d) {
        return Json.createObjectBuilder().add("p10", d.p10().toPlainString()).add("p50", d.p50().toPlainString()).add("p90", d.p90().toPlainString())
                .add("max", d.max().toPlainString()).add("count", d.count());
    }

    /** Each measure's headline figure by tenant. */
    static Map<String, Map<String, java.math.BigDecimal>> headlines(List<ServiceMeasures.Kept> kept) {
        Map<String, Map<String, java.math.BigDecimal>> byMeasure = new LinkedHashMap<>();
        kept.forEach(k -> byMeasure.computeIfAbsent(k.measured().measure(), m -> new LinkedHashMap<>()).put(k.tenant(), k.measured().headline()));
        return byMeasure;
    }
}
