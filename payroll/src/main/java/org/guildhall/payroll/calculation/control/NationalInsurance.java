package org.guildhall.payroll.calculation.control;

import java.math.BigDecimal;
import org.guildhall.payroll.calculation.entity.NiCategoryRates;
import org.guildhall.payroll.calculation.entity.NiRates;
import org.guildhall.payroll.calculation.entity.PayFrequency;

/**
 * Class 1 National Insurance for one earnings period by HMRC's exact percentage method: not cumulative (the
 * directors' annual method is not here yet). Earnings up to the primary threshold cost the employee nothing (from the
 * lower earnings limit they count for benefits at 0%), the category's main rate applies up to the upper earnings
 * limit and its upper rate above; the employer pays its rate above the category's secondary threshold.
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
        BigDecimal main = band(pay.min(upper).subtract(primary), category.employeeMainRate());
        BigDecimal above = band(pay.subtract(upper), category.employeeUpperRate());
        BigDecimal employee = Rounding.NI_CONTRIBUTION.apply(main.add(above));
        BigDecimal employer = Rounding.NI_CONTRIBUTION.apply(
                band(pay.subtract(rates.threshold(category.employerThreshold(), frequency)), category.employerRate()));
        return new Contributions(employee, employer);
    }

    private static BigDecimal band(BigDecimal earningsInBand, BigDecimal rate) {
        if (earningsInBand.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return Rounding.NI_BAND.apply(earningsInBand.multiply(rate));
    }
}
