package org.guildhall.payroll.run.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.time.TaxYear;

/**
 * HMRC's P9X for the start of a tax year: the units added to cumulative codes with an L, M or N suffix. Every other
 * code, and any code on a week 1/month 1 basis, is carried forward as it is.
 */
public record TaxCodeUplift(TaxYear taxYear, int l, int m, int n, String source) {

    static final String RESOURCE = "/org/guildhall/payroll/run/tax-code-uplifts.json";

    public TaxCodeUplift {
        if (l < 0 || m < 0 || n < 0) {
            throw new IllegalArgumentException("an uplift adds units");
        }
    }

    /** The code the year starts with: {@code code} uplifted, or empty when it is carried forward unchanged. */
    public Optional<String> apply(TaxCode code) {
        if (code.kind() != TaxCode.Kind.ALLOWANCE || code.nonCumulative()) {
            return Optional.empty();
        }
        String text = code.text();
        char suffix = text.charAt(text.length() - 1);
        int units = switch (suffix) {
            case 'L' -> l;
            case 'M' -> m;
            case 'N' -> n;
            default -> 0;
        };
        if (units == 0 || code.number() == 0) {
            return Optional.empty();
        }
        return Optional.of(code.region().prefix() + (code.number() + units) + suffix);
    }

    /** The P9X uplifts the product carries, by the tax year they start. */
    public static Map<TaxYear, TaxCodeUplift> published() {
        try (InputStream in = TaxCodeUplift.class.getResourceAsStream(RESOURCE); JsonReader reader = Json.createReader(in)) {
            Map<TaxYear, TaxCodeUplift> uplifts = new LinkedHashMap<>();
            reader.readObject().getJsonObject("taxYears").forEach((year, value) -> {
                JsonObject uplift = value.asJsonObject();
                TaxYear taxYear = TaxYear.parse(year);
                uplifts.put(taxYear, new TaxCodeUplift(taxYear, uplift.getInt("L"), uplift.getInt("M"), uplift.getInt("N"),
                        uplift.getString("source")));
            });
            return Map.copyOf(uplifts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
