package org.guildhall.payroll.run.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/** The pay policy as data: what the standard document says, and documents it refuses rather than reading wrongly. */
class PayPolicyTest {

    static final JsonObject STANDARD = PayslipRulesTest.defaultPolicy();

    @Test
    void theStandardPolicyReadsAsPublished() {
        PayPolicy policy = PayPolicy.of(STANDARD);
        assertEquals(PayPolicy.ProRata.CALENDAR_DAYS_IN_PERIOD, policy.proRata());
        assertEquals(0, new BigDecimal("10").compareTo(policy.variancePercent()));
        assertEquals(260, policy.workingDaysInYear());
        // alpha 2026-27: 4.60% below 36,200, 5.45% from it (EPN743)
        assertEquals(Optional.of(new BigDecimal("0.0460")), policy.alphaRate(new TaxYear(2026), new BigDecimal("36199.99")));
        assertEquals(Optional.of(new BigDecimal("0.0545")), policy.alphaRate(new TaxYear(2026), new BigDecimal("36200")));
        assertEquals(Optional.of(new PayPolicy.Band(new BigDecimal("520"), new BigDecimal("4189"))),
                policy.qualifyingEarnings(new TaxYear(2026), PayFrequency.MONTHLY));
        assertEquals(Optional.empty(), policy.alphaRate(new TaxYear(2030), new BigDecimal("30000")), "no rates for a year not in it");
        assertTrue(policy.element("SALARY_SACRIFICE").orElseThrow().deduction());
        assertEquals(Money.parse("250.00"), policy.recoveryLimit());
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNotQuietlyReplacedByTheDefault() {
        for (JsonObject wrong : new JsonObject[] {
                with(STANDARD, "periodGrossCeiling", Json.createValue(5000)),
                with(STANDARD, "proRata", JsonValue.TRUE),
                with(STANDARD, "proRata", Json.createValue("BY_THE_MOON")),
                with(STANDARD, "varianceThresholdPercent", Json.createValue("ten")),
                with(STANDARD, "varianceThresholdPercent", Json.createValue("-1")),
                with(STANDARD, "periodGrossCeiling", Json.createValue("0.00")),
                with(STANDARD, "overpaymentRecoveryLimit", Json.createValue("0.00")),
                with(STANDARD, "overpaymentRecoveryLimit", Json.createValue(100)),
                with(STANDARD, "unpaidLeave", Json.createObjectBuilder().add("workingDaysInYear", "260").build()),
                with(STANDARD, "unpaidLeave", Json.createObjectBuilder().add("workingDaysInYear", 0).build()),
                with(STANDARD, "payElements", Json.createObjectBuilder().add("BONUS", Json.createObjectBuilder()
                        .add("taxable", true).add("niable", true).add("pensionable", false).add("deduction", "no")).build())}) {
            assertThrows(IllegalArgumentException.class, () -> PayPolicy.of(wrong), wrong.toString());
        }
        assertEquals(Money.parse("45000.00"), PayPolicy.of(with(STANDARD, "periodGrossCeiling", Json.createValue("45000.00"))).grossCeiling());
    }

    private static JsonObject with(JsonObject document, String name, JsonValue value) {
        return Json.createObjectBuilder(document).add(name, value).build();
    }
}
