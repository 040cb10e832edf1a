package org.guildhall.payroll.calculation.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.guildhall.payroll.calculation.entity.IncomeTaxRates;
import org.guildhall.payroll.calculation.entity.NetPay;
import org.guildhall.payroll.calculation.entity.NiCategoryRates;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.calculation.entity.TaxRegion;
import org.guildhall.payroll.calculation.entity.TaxYearRates;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.time.TaxYear;

/**
 * Gross to net for one employee and one period: the pension contribution (net pay arrangement: it reduces pay for
 * tax, not for NI or student loans), PAYE, Class 1 NI, student and postgraduate loans. Stateless and safe to share.
 */
public final class GrossToNet {

    private final RateTables tables;
    private final Map<TaxYear, Year> years = new ConcurrentHashMap<>();

    public GrossToNet(RateTables tables) {
        this.tables = tables;
    }

    /**
     * Works out the period, or refuses: invalid input naming every input the tax year cannot take (or the tax year itself when
     * there are no rates for it), a refused rule when the deductions would come to more than the pay.
     */
    public NetPay calculate(PayForPeriod pay) {
        Year year = year(pay.taxYear());
        List<InvalidInput.Field> errors = new ArrayList<>();
        NiCategoryRates category = year.rates.nationalInsurance().categories().get(pay.niCategory());
        if (category == null) {
            errors.add(new InvalidInput.Field("niCategory", pay.niCategory() + " is not an NI category letter in " + pay.taxYear()
                    + "; use one of " + year.rates.nationalInsurance().categories().keySet().stream()
                    .map(String::valueOf).collect(Collectors.joining(", "))));
        }
        IncomeTaxRates bands = year.rates.incomeTax().get(pay.taxCode().region());
        if (pay.taxCode().kind() == TaxCode.Kind.HIGHER_RATE && pay.taxCode().number() >= bands.higherRateCodes()) {
            errors.add(new InvalidInput.Field("taxCode", pay.taxCode().text() + " is not a tax code in " + pay.taxYear() + ": "
                    + regionName(pay.taxCode().region()) + " D codes go from " + pay.taxCode().region().prefix() + "D0 to "
                    + pay.taxCode().region().prefix() + "D" + (bands.higherRateCodes() - 1)));
        }
        for (StudentLoanPlan plan : pay.studentLoanPlans()) {
            if (!year.rates.studentLoans().containsKey(plan)) {
                errors.add(new InvalidInput.Field("studentLoanPlans", plan + " has no repayments through payroll in " + pay.taxYear()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        BigDecimal pension = Rounding.PENSION_CONTRIBUTION.apply(pay.pensionableGross().multiply(pay.pensionEmployeeRate()));
        BigDecimal taxablePay = pay.grossPay().subtract(pension);
        BigDecimal tax = year.paye.get(pay.taxCode().region()).taxThisPeriod(pay.taxCode(), pay.period(), taxablePay,
                pay.taxablePayToDate(), pay.taxPaidToDate());
        NationalInsurance.Contributions ni = NationalInsurance.on(pay.niablePay(), year.rates.nationalInsurance(), category,
                pay.period().frequency());
        StudentLoans.Deductions loans = StudentLoans.on(pay.niablePay(), pay.studentLoanPlans(), year.rates,
                pay.period().frequency());
        BigDecimal net = taxablePay.subtract(tax).subtract(ni.employee()).subtract(loans.studentLoan())
                .subtract(loans.postgraduateLoan());
        if (net.signum() < 0) {
            throw new RuleRefused("The deductions come to " + pay.grossPay().subtract(net).toPlainString()
                    + ", more than the gross pay of " + pay.grossPay().toPlainString() + ": net pay cannot be negative."
                    + " Lower the pension contribution, or pay the shortfall another way.");
        }
        return new NetPay(Rounding.pence(taxablePay), tax, ni.employee(), ni.employer(), loans.studentLoan(),
                loans.postgraduateLoan(), pension, Rounding.pence(net),
                Rounding.pence(pay.taxablePayToDate().add(taxablePay)), Rounding.pence(pay.taxPaidToDate().add(tax)));
    }

    /** The tax years there are rates for. */
    public List<TaxYear> taxYears() {
        return tables.years();
    }

    /** A period's NI-able pay in its earnings bands; none for letter X, which pays and records no NI. */
    public NationalInsurance.Bands niBands(TaxYear taxYear, PayFrequency frequency, char letter, BigDecimal niablePay) {
        return letter == 'X' ? NationalInsurance.Bands.NONE : NationalInsurance.bands(niablePay, year(taxYear).rates.nationalInsurance(), frequency);
    }

    private Year year(TaxYear taxYear) {
        Year year = years.get(taxYear);
        if (year != null) {
            return year;
        }
        TaxYearRates rates = tables.year(taxYear).orElseThrow(() -> new InvalidInput("The request has invalid fields.",
                List.of(new InvalidInput.Field("taxYear", "There are no rates for " + taxYear + "; the tax years known are "
                        + tables.years().stream().map(TaxYear::toString).collect(Collectors.joining(", "))))));
        return years.computeIfAbsent(taxYear, y -> new Year(rates));
    }

    private static String regionName(TaxRegion region) {
        return switch (region) {
            case SCOTLAND -> "Scottish";
            case WALES -> "Welsh";
            case REST_OF_UK -> "rest-of-UK";
        };
    }

    /** A tax year's rates with each region's PAYE bands apportioned once. */
    private static final class Year {
        final TaxYearRates rates;
        final Map<TaxRegion, Paye> paye = new EnumMap<>(TaxRegion.class);

        Year(TaxYearRates rates) {
            this.rates = rates;
            rates.incomeTax().forEach((region, bands) -> paye.put(region, new Paye(bands)));
        }
    }
}
