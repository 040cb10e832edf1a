package org.guildhall.payroll.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.RateTables;
import org.guildhall.payroll.calculation.entity.NetPay;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.PayPeriod;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.calculation.entity.TaxRegion;
import org.guildhall.platform.time.TaxYear;

/**
 * A whole tax year paid monthly on a cumulative code comes to the tax of one annual calculation on the year's taxable
 * pay: cumulative PAYE spreads the year's tax, it does not change it. The annual figure here is worked out directly
 * from the annual bands (not by the engine): the year's allowance from the code (12 months of free pay, 12,579.12 for
 * 1257L: HMRC's tables round the code's allowance up, which is the only difference from 12,570), taxable pay rounded
 * down to the pound, each band's slice at its rate, the total rounded down to the penny. The one exception is the
 * overriding limit: when it holds month 12 to half that month's pay, less than the annual tax has been collected.
 */
class WholeTaxYearTest {

    private static final GrossToNet ENGINE = new GrossToNet(RateTables.standard());
    private static final TaxYear YEAR = TaxYear.parse("2025-26");

    @Property(tries = 300)
    void twelveMonthsOfTaxEqualTheAnnualTax(@ForAll("monthlyPay") List<BigDecimal> pay, @ForAll("codes") String code) {
        BigDecimal payToDate = BigDecimal.ZERO.setScale(2);
        BigDecimal taxToDate = BigDecimal.ZERO.setScale(2);
        NetPay last = null;
        for (int month = 1; month <= 12; month++) {
            last = ENGINE.calculate(new PayForPeriod(YEAR, new PayPeriod(PayFrequency.MONTHLY, month), TaxCode.parse(code), 'A',
                    pay.get(month - 1), null, null, payToDate, taxToDate, Set.of()));
            payToDate = last.taxablePayToDate();
            taxToDate = last.taxPaidToDate();
        }
        BigDecimal annual = annualTax(payToDate, code);
        BigDecimal halfOfMonth12 = pay.get(11).multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.FLOOR);
        if (last.tax().compareTo(halfOfMonth12) == 0 && taxToDate.compareTo(annual) != 0) {
            // The overriding limit held month 12 to half its pay: what is left is owed, never overpaid.
            assertTrue(taxToDate.compareTo(annual) < 0, taxToDate + " collected, " + annual + " due");
        } else {
            assertEquals(annual, taxToDate);
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> monthlyPay() {
        // From nothing (unpaid leave, refunds) to the additional rate, in pence.
        Arbitrary<BigDecimal> month = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(BigDecimal.ZERO.setScale(2))),
                Tuple.of(10, Arbitraries.longs().between(0, 600_000).map(p -> BigDecimal.valueOf(p, 2))),
                Tuple.of(5, Arbitraries.longs().between(0, 2_000_000).map(p -> BigDecimal.valueOf(p, 2))));
        return month.list().ofSize(12);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of("1257L", "1100L", "S1257L", "C1257L", "0T", "BR", "D0", "SD2", "CD1", "K475", "SK1000");
    }

    /** rest-of-UK, Welsh and Scottish annual bands for 2025-26, written out here rather than read from the data. */
    private static BigDecimal annualTax(BigDecimal taxablePay, String written) {
        TaxCode code = TaxCode.parse(written);
        long[] limits = code.region() == TaxRegion.SCOTLAND
                ? new long[] {2_827, 14_921, 31_092, 62_430, 125_140} : new long[] {37_700, 125_140};
        String[] rates = code.region() == TaxRegion.SCOTLAND
                ? new String[] {"0.19", "0.20", "0.21", "0.42", "0.45", "0.48"} : new String[] {"0.20", "0.40", "0.45"};
        int basic = code.region() == TaxRegion.SCOTLAND ? 1 : 0;
        BigDecimal yearsAdjustment = monthlyAdjustment(code.number()).multiply(BigDecimal.valueOf(12));
        BigDecimal taxable = switch (code.kind()) {
            case ALLOWANCE -> taxablePay.subtract(yearsAdjustment);
            case K -> taxablePay.add(yearsAdjustment);
            default -> taxablePay;
        };
        if (taxable.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal pounds = taxable.setScale(0, RoundingMode.FLOOR);
        if (code.kind() == TaxCode.Kind.BASIC_RATE || code.kind() == TaxCode.Kind.HIGHER_RATE) {
            String rate = rates[basic + (code.kind() == TaxCode.Kind.BASIC_RATE ? 0 : 1 + code.number())];
            return pounds.multiply(new BigDecimal(rate)).setScale(2, RoundingMode.FLOOR);
        }
        BigDecimal tax = BigDecimal.ZERO;
        long below = 0;
        for (int i = 0; i < rates.length; i++) {
            long top = i < limits.length ? limits[i] : Long.MAX_VALUE;
            BigDecimal slice = pounds.min(BigDecimal.valueOf(top)).subtract(BigDecimal.valueOf(below));
            if (slice.signum() > 0) {
                tax = tax.add(slice.multiply(new BigDecimal(rates[i])));
            }
            below = top;
        }
        return tax.setScale(2, RoundingMode.FLOOR);
    }

    /** 4.3.1 for a month, written out: units of 500 at 416.67 and the rest at (r x 10 + 9) / 12 rounded up. */
    private static BigDecimal monthlyAdjustment(int number) {
        if (number == 0) {
            return BigDecimal.ZERO;
        }
        int units = (number - 1) / 500;
        int rest = (number - 1) % 500 + 1;
        return new BigDecimal(rest * 10 + 9).divide(BigDecimal.valueOf(12), 2, RoundingMode.CEILING)
                .add(new BigDecimal("416.67").multiply(BigDecimal.valueOf(units)));
    }
}
