package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.time.TaxYear;
import org.junit.jupiter.api.Test;

/** The engine refuses in domain terms, which a batch job can read as well as the endpoint. */
class RefusalsTest {

    private static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());

    private static PayForPeriod pay(String taxYear, char category, String gross, String pensionRate) {
        return new PayForPeriod(TaxYear.parse(taxYear), new PayPeriod(PayFrequency.MONTHLY, 1), TaxCode.parse("1257L"), category,
                new BigDecimal(gross), null, pensionRate == null ? null : new BigDecimal(pensionRate), null, null, Set.of());
    }

    @Test
    void inputsTheTaxYearCannotTakeAreNamedField() {
        InvalidInput noRates = assertThrows(InvalidInput.class, () -> ENGINE.calculate(pay("2001-02", 'A', "2500.00", null)));
        assertEquals(List.of("taxYear"), noRates.fields().stream().map(InvalidInput.Field::name).toList());
        InvalidInput noCategory = assertThrows(InvalidInput.class, () -> ENGINE.calculate(pay("2025-26", 'Q', "2500.00", null)));
        assertEquals(List.of("niCategory"), noCategory.fields().stream().map(InvalidInput.Field::name).toList());
    }

    @Test
    void deductionsAboveThePayAreARefusedRule() {
        RuleRefused refused = assertThrows(RuleRefused.class, () -> ENGINE.calculate(pay("2025-26", 'A', "2500.00", "0.99")));
        assertTrue(refused.getMessage().contains("net pay cannot be negative"), refused.getMessage());
    }
}
