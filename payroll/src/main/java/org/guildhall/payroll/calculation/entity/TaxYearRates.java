package org.guildhall.payroll.calculation.entity;

import java.util.Map;
import org.guildhall.platform.time.TaxYear;

/** Everything a gross-to-net needs to know about one tax year, as loaded from the rates data. */
public record TaxYearRates(TaxYear year, Map<TaxRegion, IncomeTaxRates> incomeTax, NiRates nationalInsurance,
                           Map<StudentLoanPlan, StudentLoanRates> studentLoans) {

    public TaxYearRates {
        incomeTax = Map.copyOf(incomeTax);
        studentLoans = Map.copyOf(studentLoans);
        for (TaxRegion region : TaxRegion.values()) {
            if (!incomeTax.containsKey(region)) {
                throw new IllegalArgumentException(year + " has no income tax bands for " + region);
            }
        }
    }
}
