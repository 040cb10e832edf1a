package org.guildhall.payroll.calculation.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.guildhall.payroll.calculation.entity.IncomeTaxRates;
import org.guildhall.payroll.calculation.entity.NiCategoryRates;
import org.guildhall.payroll.calculation.entity.NiRates;
import org.guildhall.payroll.calculation.entity.NiThreshold;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.StudentLoanRates;
import org.guildhall.payroll.calculation.entity.TaxBand;
import org.guildhall.payroll.calculation.entity.TaxRegion;
import org.guildhall.payroll.calculation.entity.TaxYearRates;
import org.guildhall.platform.json.Json;
import org.guildhall.platform.time.TaxYear;

/**
 * The rates and thresholds of every tax year the engine knows, read once from a versioned JSON resource
 * ({@value #STANDARD}). A new tax year is a new entry in that file, not code.
 */
public final class RateTables {

    public static final String STANDARD = "/org/guildhall/payroll/calculation/uk-payroll-rates.json";

    private static final class Standard {
        static final RateTables TABLES = load(STANDARD);
    }

    private final String version;
    private final SortedMap<TaxYear, TaxYearRates> years;

    private RateTables(String version, SortedMap<TaxYear, TaxYearRates> years) {
        this.version = version;
        this.years = years;
    }

    /** The tables shipped with the application. */
    public static RateTables standard() {
        return Standard.TABLES;
    }

    /** Loads a rates file from the class path; a malformed one fails loudly, naming the year and the field. */
    public static RateTables load(String resource) {
        try (InputStream in = RateTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no rates file " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return read(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the data: the date its figures were last checked. */
    public String version() {
        return version;
    }

    public Optional<TaxYearRates> year(TaxYear year) {
        return Optional.ofNullable(years.get(year));
    }

    public List<TaxYear> years() {
        return new ArrayList<>(years.keySet());
    }

    private static RateTables read(JsonObject file) {
        SortedMap<TaxYear, TaxYearRates> years = new TreeMap<>();
        JsonObject taxYears = file.getJsonObject("taxYears");
        for (String name : taxYears.keySet()) {
            TaxYear year = TaxYear.parse(name);
            try {
                years.put(year, year(year, taxYears.getJsonObject(name)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("the rates for " + name + " are malformed: " + e.getMessage(), e);
            }
        }
        return new RateTables(file.getString("version"), years);
    }

    private static TaxYearRates year(TaxYear year, JsonObject data) {
        JsonObject tax = data.getJsonObject("incomeTax");
        Map<TaxRegion, IncomeTaxRates> incomeTax = new EnumMap<>(TaxRegion.class);
        incomeTax.put(TaxRegion.REST_OF_UK, incomeTax(tax.getJsonObject("restOfUk")));
        incomeTax.put(TaxRegion.SCOTLAND, incomeTax(tax.getJsonObject("scotland")));
        incomeTax.put(TaxRegion.WALES, incomeTax(tax.getJsonObject("wales")));
        Map<StudentLoanPlan, StudentLoanRates> loans = new EnumMap<>(StudentLoanPlan.class);
        JsonObject loanData = data.getJsonObject("studentLoans");
        for (String plan : loanData.keySet()) {
            StudentLoanPlan loanPlan = StudentLoanPlan.valueOf(plan);
            JsonObject entry = loanData.getJsonObject(plan);
            loans.put(loanPlan, StudentLoans.rates(loanPlan, amount(entry, "annualThreshold"), amount(entry, "rate")));
        }
        return new TaxYearRates(year, incomeTax, nationalInsurance(data.getJsonObject("nationalInsurance")), loans);
    }

    /**
     * One region's bands: {@code {"basicRateBand": 0, "bands": [{"upTo": "37700", "rate": "0.20"}, ..., {"rate": "0.45"}]}},
     * and {@code "taxOnLowerBands": "EACH_BAND"} where the region's tax on lower bands is apportioned band by band.
     */
    public static IncomeTaxRates incomeTax(JsonObject region) {
        List<TaxBand> bands = new ArrayList<>();
        for (JsonValue value : region.getJsonArray("bands")) {
            JsonObject band = value.asJsonObject();
            bands.add(new TaxBand(band.containsKey("upTo") ? amount(band, "upTo") : null, amount(band, "rate")));
        }
        return new IncomeTaxRates(bands, region.getInt("basicRateBand"),
                IncomeTaxRates.TaxOnLowerBands.valueOf(region.getString("taxOnLowerBands", "TOTAL")));
    }

    private static NiRates nationalInsurance(JsonObject ni) {
        Map<String, NiThreshold> thresholds = new TreeMap<>();
        JsonObject thresholdData = ni.getJsonObject("thresholds");
        for (String name : thresholdData.keySet()) {
            JsonObject threshold = thresholdData.getJsonObject(name);
            thresholds.put(name, new NiThreshold(amount(threshold, "weekly"), amount(threshold, "fortnightly"),
                    amount(threshold, "fourWeekly"), amount(threshold, "monthly"), amount(threshold, "annual")));
        }
        BigDecimal yearsEmployerRate = amount(ni, "employerRate");
        SortedMap<Character, NiCategoryRates> categories = new TreeMap<>();
        JsonObject categoryData = ni.getJsonObject("categories");
        for (String letter : categoryData.keySet()) {
            if (!letter.matches("[A-Z]")) {
                throw new IllegalArgumentException("NI category " + letter + " is not one capital letter");
            }
            JsonObject category = categoryData.getJsonObject(letter);
            categories.put(letter.charAt(0), new NiCategoryRates(letter.charAt(0), amount(category, "employeeRate"),
                    amount(category, "employeeRateAboveUel"), category.getString("employerPaysAbove"),
                    category.containsKey("employerRate") ? amount(category, "employerRate") : yearsEmployerRate));
        }
        return new NiRates(thresholds, categories);
    }

    private static BigDecimal amount(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException(field + " must be a decimal string");
        }
        return new BigDecimal(text.getString());
    }
}
