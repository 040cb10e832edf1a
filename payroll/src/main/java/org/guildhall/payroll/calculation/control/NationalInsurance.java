package org.guildhall.payroll.calculation.control;

import java.math.BigDecimal;
import org.guildhall.payroll.calculation.entity.NiCategoryRates;
import org.guildhall.payroll.calculation.entity.NiRates;
import org.guildhall.payroll.calculation.entity.PayFrequency;

/**
 * Class 1 National Insurance for one earnings period by HMRC's exact percentage method: not cumulative (the
 * directors' annual method is not here yet). Earnings up to the primary threshold cost the employee nothing (from the
 * lower earnings limit they count for benefits at 0%), the category's main rate applies up to the upper earnings
 * limit and its upper rate above; the employer pays its rate above the category's secondary threshold. Each band is
 * rounded to the penny on its own, then added.
 */
public final class NationalInsurance {

    /** The employee's and the employer's contributions, each rounded separately. */
    public record Contributions(BigDecimal employee, BigDecimal employer) {
    }

    /**
     * A period's NI-able earnings split as P60s and RTI report them: at the lower earnings limit (all of it once the pay
     * reaches it, none below), from the LEL to the primary threshold, and from the PT to the upper earnings limit.
     */
    public record Bands(BigDecimal atLel, BigDecimal lelToPt, BigDecimal ptToUel) {
        public static final Bands NONE = new Bands(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    private NationalInsurance() {
    }

    public static Bands bands(BigDecimal pay, NiRates rates, PayFrequency frequency) {
        BigDecimal lower = rates.threshold("LEL", frequency);
        BigDecimal primary = rates.threshold("PT", frequency);
        BigDecimal upper = rates.threshold("UEL", frequency);
        if (pay.compareTo(lower) < 0) {
            return Bands.NONE;
        }
        return new Bands(Rounding.pence(lower), Rounding.pence(pay.min(primary).subtract(lower).max(BigDecimal.ZERO)),
                Rounding.pence(pay.min(upper).subtract(primary).max(BigDecimal.ZERO)));
    }

    public static Contributions on(BigDecimal pay, NiRates rates, NiCategoryRates category, PayFrequency frequency) {
        BigDecimal primary = rates.threshold("PT", frequency);
        BigDecimal upper = rates.threshold("UEL", frequency);
        BigDecimal employee = band(pay.min(upper).subtract(primary), category.employeeMainRate())
                .add(band(pay.subtract(upper), category.employeeUpperRate()));
        BigDecimal employer = band(pay.subtract(rates.threshold(category.employerThreshold(), frequency)), category.employerRate());
        return new Contributions(employee, employer);
    }

    /**
     * One earnings band's contribution, rounded on its own: HMRC's 2025-26 NIC test data rounds the band from the
     * primary threshold to the UEL and the band above it separately (category B, 1,934.05 a fortnight: 26.825 and
     * 0.001 give 26.82, where rounding their sum, 26.826, would give 26.83).
     */
    private static BigDecimal band(BigDecimal earningsInBand, BigDecimal rate) {
        if (earningsInBand.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return Rounding.NI_CONTRIBUTION.apply(earningsInBand.multiply(rate));
    }
}
