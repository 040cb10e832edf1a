package org.guildhall.payroll.run.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.TaxYear;

/**
 * A tenant's pay policy, read from its {@code pay-policy} document: how starters and leavers are paid pro rata, the
 * variance threshold, the ceiling above which a period's pay is held for checking, how unpaid leave is priced, the pay
 * elements variable items may be of, and the pension schemes' rates per tax year.
 *
 * @param proRata           how a part-period is paid
 * @param variancePercent   net pay changing by more than this, against the last period, is a variance
 * @param grossCeiling      a period's gross pay above this is an exception, held for a person to check
 * @param unpaidLeaveType   the leave type whose approved days are not paid
 * @param workingDaysInYear an unpaid day costs the annual salary over this
 * @param recoveryLimit     the most of an overpaid salary (a backdated reduction) taken back in one period
 */
public record PayPolicy(ProRata proRata, BigDecimal variancePercent, Money grossCeiling, String unpaidLeaveType,
                        int workingDaysInYear, Map<String, Element> elements, Map<TaxYear, List<Tier>> alphaTiers,
                        Map<TaxYear, Map<PayFrequency, Band>> qualifyingEarnings, BigDecimal autoEnrolmentMinimumTotal,
                        BigDecimal autoEnrolmentMinimumEmployer, Money recoveryLimit) {

    /** The most of an overpayment recovered in one period when the policy does not say. */
    public static final String DEFAULT_RECOVERY_LIMIT = "250.00";

    /** How a period is paid to someone employed for only part of it. */
    public enum ProRata {
        /** The period's pay times the calendar days employed over the calendar days in the period. */
        CALENDAR_DAYS_IN_PERIOD,
        /** The annual salary over 365 for each calendar day employed. */
        CALENDAR_DAYS_IN_YEAR
    }

    /**
     * A kind of variable item. A deduction takes its amount off every base it is flagged for (a salary sacrifice is
     * taxable, NI-able: it lowers both); otherwise the amount is paid and counts towards the flagged bases. An
     * item that is neither taxable nor a deduction is paid as a non-taxable addition.
     */
    public record Element(String kind, String description, boolean taxable, boolean niable, boolean pensionable,
                          boolean deduction) {
    }

    /** Annualised pensionable pay from {@code from} (in whole pounds) pays {@code rate}. */
    public record Tier(BigDecimal from, BigDecimal rate) {
    }

    /** Qualifying earnings for a period: pay between {@code lower} and {@code upper}. */
    public record Band(BigDecimal lower, BigDecimal upper) {
    }

    public Optional<Element> element(String kind) {
        return Optional.ofNullable(elements.get(kind));
    }

    /** The alpha member rate for a year's pensionable pay, or empty when the policy has no tiers for the tax year. */
    public Optional<BigDecimal> alphaRate(TaxYear year, BigDecimal annualPensionablePay) {
        List<Tier> tiers = alphaTiers.get(year);
        if (tiers == null || tiers.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal rate = tiers.get(0).rate();
        for (Tier tier : tiers) {
            if (annualPensionablePay.compareTo(tier.from()) >= 0) {
                rate = tier.rate();
            }
        }
        return Optional.of(rate);
    }

    public Optional<Band> qualifyingEarnings(TaxYear year, PayFrequency frequency) {
        return Optional.ofNullable(qualifyingEarnings.getOrDefault(year, Map.of()).get(frequency));
    }

    /**
     * Reads the policy document; a document it cannot read is refused with the field that is wrong (an
     * {@link IllegalArgumentException}, which a caller checking an edited policy turns into a 400).
     */
    public static PayPolicy of(JsonObject document) {
        try {
            Map<String, Element> elements = new LinkedHashMap<>();
            document.getJsonObject("payElements").forEach((kind, value) -> {
                JsonObject element = value.asJsonObject();
                elements.put(kind, new Element(kind, text(element, "description", kind), element.getBoolean("taxable"),
                        element.getBoolean("niable"), element.getBoolean("pensionable"),
                        element.containsKey("deduction") && element.getBoolean("deduction")));
            });
            JsonObject schemes = document.getJsonObject("pensionSchemes");
            Map<TaxYear, List<Tier>> alpha = new LinkedHashMap<>();
            JsonObject alphaScheme = schemes == null ? null : schemes.getJsonObject("ALPHA");
            if (alphaScheme != null) {
                alphaScheme.getJsonObject("tiers").forEach((year, value) -> {
                    List<Tier> tiers = new ArrayList<>();
                    for (JsonValue tier : (JsonArray) value) {
                        tiers.add(new Tier(new BigDecimal(tier.asJsonObject().getString("from")), new BigDecimal(tier.asJsonObject().getString("rate"))));
                    }
                    alpha.put(TaxYear.parse(year), List.copyOf(tiers));
                });
            }
            Map<TaxYear, Map<PayFrequency, Band>> bands = new LinkedHashMap<>();
            JsonObject autoEnrolment = schemes == null ? null : schemes.getJsonObject("AUTO_ENROLMENT");
            if (autoEnrolment != null) {
                autoEnrolment.getJsonObject("qualifyingEarnings").forEach((year, value) -> {
                    Map<PayFrequency, Band> byFrequency = new EnumMap<>(PayFrequency.class);
                    value.asJsonObject().forEach((frequency, band) -> byFrequency.put(PayFrequency.valueOf(frequency),
                            new Band(new BigDecimal(band.asJsonArray().getString(0)), new BigDecimal(band.asJsonArray().getString(1)))));
                    bands.put(TaxYear.parse(year), byFrequency);
                });
            }
            JsonObject unpaid = document.getJsonObject("unpaidLeave");
            int workingDays = unpaid == null || !unpaid.containsKey("workingDaysInYear") ? 260 : unpaid.getInt("workingDaysInYear");
            BigDecimal variance = new BigDecimal(text(document, "varianceThresholdPercent", "10"));
            Money ceiling = Money.parse(text(document, "periodGrossCeiling", "30000.00"));
            Money recovery = Money.parse(text(document, "overpaymentRecoveryLimit", DEFAULT_RECOVERY_LIMIT));
            if (workingDays < 1 || workingDays > 366 || variance.signum() < 0 || !ceiling.isPositive() || !recovery.isPositive()) {
                throw new IllegalArgumentException("The pay policy's unpaidLeave.workingDaysInYear is 1 to 366, its "
                        + "varianceThresholdPercent 0 or more and its periodGrossCeiling and overpaymentRecoveryLimit more than 0");
            }
            return new PayPolicy(ProRata.valueOf(text(document, "proRata", ProRata.CALENDAR_DAYS_IN_PERIOD.name())), variance, ceiling,
                    unpaid == null ? "UNPAID" : text(unpaid, "leaveType", "UNPAID"), workingDays,
                    Map.copyOf(elements), Map.copyOf(alpha), Map.copyOf(bands),
                    new BigDecimal(autoEnrolment == null ? "0.08" : text(autoEnrolment, "minimumTotalRate", "0.08")),
                    new BigDecimal(autoEnrolment == null ? "0.03" : text(autoEnrolment, "minimumEmployerRate", "0.03")), recovery);
        } catch (ClassCastException | NullPointerException | NumberFormatException | jakarta.json.JsonException e) {
            throw new IllegalArgumentException("The pay policy needs proRata (CALENDAR_DAYS_IN_PERIOD or CALENDAR_DAYS_IN_YEAR), "
                    + "periodGrossCeiling, overpaymentRecoveryLimit and varianceThresholdPercent as strings, unpaidLeave {leaveType, workingDaysInYear}, payElements "
                    + "{KIND: {description, taxable, niable, pensionable, deduction}} and pensionSchemes with ALPHA tiers by tax year "
                    + "[{from, rate}] and AUTO_ENROLMENT qualifyingEarnings by tax year and frequency [lower, upper]; something in this "
                    + "one is missing or of the wrong kind", e);
        }
    }

    /** The text at {@code name}, or {@code fallback} when the document leaves it out; any other kind of value is refused. */
    private static String text(JsonObject object, String name, String fallback) {
        return object.containsKey(name) ? object.getString(name) : fallback;
    }
}
