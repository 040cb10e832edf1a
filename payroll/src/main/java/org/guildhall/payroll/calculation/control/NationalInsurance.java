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

    private NationalInsurance() {
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
