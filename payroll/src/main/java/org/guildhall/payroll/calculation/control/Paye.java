package org.guildhall.payroll.calculation.control;

import java.math.BigDecimal;
import java.util.List;
import org.guildhall.payroll.calculation.entity.IncomeTaxRates;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.TaxBand;
import org.guildhall.payroll.calculation.entity.TaxCode;

/**
 * Income tax for one period by HMRC's "Specification for PAYE Tax Table Routines" (the exact percentage method that
 * replaces Tables A, B to D and SR): free pay or additional pay from the code, taxable pay to date rounded down to the
 * pound, the bands apportioned to the period, tax due to date less tax paid to date, and the overriding limit of
 * half the period's pay. One instance holds one region's bands for one tax year with the apportioned limits worked out once.
 */
public final class Paye {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal NINE = BigDecimal.valueOf(9);
    private static final BigDecimal FIVE_HUNDRED_UNITS = BigDecimal.valueOf(5000);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal WEEKS_IN_YEAR = BigDecimal.valueOf(52);

    private final IncomeTaxRates rates;
    /** Apportioned bands by weeks (index 1 to 52) and by months (1 to 12). */
    private final BandsToDate[] byWeeks = new BandsToDate[53];
    private final BandsToDate[] byMonths = new BandsToDate[13];

    public Paye(IncomeTaxRates rates) {
        this.rates = rates;
        for (int weeks = 1; weeks <= 52; weeks++) {
            byWeeks[weeks] = new BandsToDate(rates, weeks, 52);
        }
        for (int months = 1; months <= 12; months++) {
            byMonths[months] = new BandsToDate(rates, months, 12);
        }
    }

    public IncomeTaxRates rates() {
        return rates;
    }

    /**
     * The tax to deduct this period (negative for a refund).
     *
     * @param taxablePay this period's pay subject to tax (after pension contributions under a net pay arrangement)
     * @param taxablePayToDate and {@code taxPaidToDate}: this tax year's figures before this period, including any
     *                         previous employment's
     */
    public BigDecimal taxThisPeriod(TaxCode code, PayPeriod period, BigDecimal taxablePay,
                                    BigDecimal taxablePayToDate, BigDecimal taxPaidToDate) {
        // NT falls through like any other code with nothing due: on a cumulative basis everything paid so far this
        // year is refunded (as in HMRC's 2025-26 test data, where a code changes to NT in period 10).
        PayFrequency frequency = period.frequency();
        BigDecimal tax;
        if (period.extraWeeksPayment() && !code.nonCumulative() && code.kind() == TaxCode.Kind.ALLOWANCE
                && adjustmentPerPeriod(code.number(), 52).multiply(WEEKS_IN_YEAR).compareTo(taxablePayToDate.add(taxablePay)) >= 0) {
            // HMRC's week 53 rule for cumulative codes: no tax at all if the free pay to week 52 covers the whole
            // year's pay, this payment included (PAYE Manual PAYE70015; HMRC's guidance for week 53 payments).
            tax = BigDecimal.ZERO.setScale(2);
        } else if (code.nonCumulative() || period.extraWeeksPayment()) {
            // Week 1 / Month 1: as if this were the first period, on this period's pay alone; never a refund.
            tax = taxDueToDate(code, frequency.unitsPerPeriod(), frequency.unitsPerYear(), taxablePay).max(BigDecimal.ZERO);
        } else {
            tax = taxDueToDate(code, period.unitsToDate(), frequency.unitsPerYear(), taxablePayToDate.add(taxablePay))
                    .subtract(taxPaidToDate);
        }
        if (tax.signum() > 0) {
            // The overriding limit (PAYE regulation 23(5)): no more than half the period's pay may be taken. It was
            // for K codes only until SI 2014/2689 extended it to every code from 6 April 2015 (PAYE spec v13 on).
            // On a cumulative code what is held back is collected later, as tax paid to date falls short.
            BigDecimal limit = Rounding.REGULATORY_LIMIT.apply(taxablePay.max(BigDecimal.ZERO).multiply(HALF));
            tax = tax.min(limit);
        }
        return Rounding.pence(tax);
    }

    /**
     * Tax due on pay to date at the end of {@code units} weeks (of 52) or months (of 12).
     */
    public BigDecimal taxDueToDate(TaxCode code, int units, int unitsPerYear, BigDecimal payToDate) {
        BigDecimal taxable = switch (code.kind()) {
            case ALLOWANCE -> payToDate.subtract(adjustmentPerPeriod(code.number(), unitsPerYear).multiply(BigDecimal.valueOf(units)));
            case K -> payToDate.add(adjustmentPerPeriod(code.number(), unitsPerYear).multiply(BigDecimal.valueOf(units)));
            case BASIC_RATE, HIGHER_RATE -> payToDate;
            case NO_TAX -> BigDecimal.ZERO;
        };
        if (taxable.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal wholePounds = Rounding.TAXABLE_PAY_TO_DATE.apply(taxable);
        return switch (code.kind()) {
            case BASIC_RATE -> Rounding.TAX_DUE.apply(wholePounds.multiply(rates.basicRate()));
            case HIGHER_RATE -> Rounding.TAX_DUE.apply(wholePounds.multiply(rates.higherRate(code.number())));
            default -> bands(units, unitsPerYear).taxOn(wholePounds);
        };
    }

    /**
     * Free pay (or a K code's additional pay) for one period (week 1 or month 1), by 4.3.1 of the specification: the
     * code number is split into units of 500, each worth 5,000 / N rounded up to the penny, and a remainder of 1 to
     * 500, worth (remainder x 10 + 9) / N rounded up to the penny. So 1257 a month is 2 x 416.67 + 214.92 = 1,048.26.
     */
    public static BigDecimal adjustmentPerPeriod(int codeNumber, int unitsPerYear) {
        if (codeNumber == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        int fiveHundreds = (codeNumber - 1) / 500;
        int remainder = (codeNumber - 1) % 500 + 1;
        BigDecimal forRemainder = Rounding.FREE_PAY_PER_PERIOD.divide(BigDecimal.valueOf(remainder).multiply(TEN).add(NINE), unitsPerYear);
        if (fiveHundreds == 0) {
            return forRemainder;
        }
        BigDecimal perFiveHundred = Rounding.FREE_PAY_PER_500.divide(FIVE_HUNDRED_UNITS, unitsPerYear);
        return forRemainder.add(perFiveHundred.multiply(BigDecimal.valueOf(fiveHundreds)));
    }

    private BandsToDate bands(int units, int unitsPerYear) {
        return unitsPerYear == 52 ? byWeeks[units] : byMonths[units];
    }

    /**
     * The bands apportioned to the end of a period: each annual limit times n / N (four places, truncated), the value
     * taxable pay is tested against (that, rounded up to the pound), and the tax on all the bands below, apportioned
     * the same way (as one total, or band by band: {@link IncomeTaxRates.TaxOnLowerBands}).
     */
    private static final class BandsToDate {

        private final BigDecimal[] limit;
        private final BigDecimal[] testValue;
        private final BigDecimal[] taxBelow;
        private final BigDecimal[] rate;

        BandsToDate(IncomeTaxRates rates, int units, int unitsPerYear) {
            List<TaxBand> bands = rates.bands();
            int count = bands.size();
            limit = new BigDecimal[count];
            testValue = new BigDecimal[count];
            taxBelow = new BigDecimal[count];
            rate = new BigDecimal[count];
            BigDecimal annualLimitBelow = BigDecimal.ZERO;
            BigDecimal annualTaxBelow = BigDecimal.ZERO;
            BigDecimal periodTaxBelow = BigDecimal.ZERO;
            for (int i = 0; i < count; i++) {
                TaxBand band = bands.get(i);
                rate[i] = band.rate();
                taxBelow[i] = rates.taxOnLowerBands() == IncomeTaxRates.TaxOnLowerBands.TOTAL
                        ? apportioned(annualTaxBelow, units, unitsPerYear) : periodTaxBelow;
                if (!band.top()) {
                    limit[i] = apportioned(band.upTo(), units, unitsPerYear);
                    testValue[i] = Rounding.BAND_TEST_VALUE.apply(limit[i]);
                    BigDecimal annualTaxInBand = band.upTo().subtract(annualLimitBelow).multiply(band.rate());
                    annualTaxBelow = annualTaxBelow.add(annualTaxInBand);
                    periodTaxBelow = periodTaxBelow.add(apportioned(annualTaxInBand, units, unitsPerYear));
                    annualLimitBelow = band.upTo();
                }
            }
        }

        /** An annual figure times n / N, truncated to four places. */
        private static BigDecimal apportioned(BigDecimal annual, int units, int unitsPerYear) {
            return Rounding.BAND_LIMIT_TO_DATE.divide(annual.multiply(BigDecimal.valueOf(units)), unitsPerYear);
        }

        BigDecimal taxOn(BigDecimal wholePounds) {
            int i = 0;
            while (testValue[i] != null && wholePounds.compareTo(testValue[i]) > 0) {
                i++;
            }
            BigDecimal lowerLimit = i == 0 ? BigDecimal.ZERO : limit[i - 1];
            return Rounding.TAX_DUE.apply(taxBelow[i].add(wholePounds.subtract(lowerLimit).multiply(rate[i])));
        }
    }
}
