package org.guildhall.payroll.calculation.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * One region's income tax bands for a tax year, lowest first, and which of them is the basic rate that BR codes use
 * (rest of UK and Wales: the first, 20%; Scotland: its second, 20%, after the starter rate). D codes take the bands
 * above it: D0 the next one up.
 *
 * @param taxOnLowerBands how the tax on the bands below taxable pay's band is apportioned to a period
 */
public record IncomeTaxRates(List<TaxBand> bands, int basicRateBand, TaxOnLowerBands taxOnLowerBands) {

    /**
     * HMRC's test data for 2025-26 can only be met if the tax on the full lower bands is apportioned as one total for
     * rest-of-UK and Welsh codes (seven rows would be a penny out otherwise) but band by band, each truncated to four
     * places, for Scottish codes (six rows would be a penny out otherwise). The specification's own words were not
     * available; the data decides, and is kept per region so a later year can say otherwise.
     */
    public enum TaxOnLowerBands {
        /** The annual tax on all the lower bands, times n / N, truncated to four places. */
        TOTAL,
        /** Each lower band's annual tax times n / N, truncated to four places, then added. */
        EACH_BAND
    }

    public IncomeTaxRates {
        bands = List.copyOf(bands);
        if (bands.isEmpty() || !bands.get(bands.size() - 1).top()) {
            throw new IllegalArgumentException("the last band has no upper limit");
        }
        for (int i = 0; i < bands.size() - 1; i++) {
            if (bands.get(i).top() || (i > 0 && bands.get(i).upTo().compareTo(bands.get(i - 1).upTo()) <= 0)) {
                throw new IllegalArgumentException("band limits rise, and only the last band has none");
            }
        }
        if (basicRateBand < 0 || basicRateBand >= bands.size()) {
            throw new IllegalArgumentException("the basic rate band is one of the bands");
        }
    }

    public BigDecimal basicRate() {
        return bands.get(basicRateBand).rate();
    }

    /** How many D codes there are: one for each band above the basic rate. */
    public int higherRateCodes() {
        return bands.size() - 1 - basicRateBand;
    }

    /** The rate of code D{@code n}. */
    public BigDecimal higherRate(int n) {
        return bands.get(basicRateBand + 1 + n).rate();
    }
}
