package org.guildhall.payroll.run.entity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guildhall.payroll.calculation.control.GrossToNet;
import org.guildhall.payroll.calculation.control.NationalInsurance;
import org.guildhall.payroll.calculation.entity.NetPay;
import org.guildhall.payroll.calculation.entity.PayForPeriod;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.platform.domain.DomainException;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.TaxYear;

/**
 * The pay of one employee for one period of a run, as plain code: salary pro rata to the days employed and to
 * each salary in force, unpaid leave, variable items by their pay element's flags, the pension scheme's contribution,
 * the gross-to-net, expenses repaid. Anything that keeps the employee from being paid is an exception instead of a
 * payslip. Safe to share between threads.
 */
public final class PayslipCalculation {

    /** The kind of a line recovering an earlier tax year's overpaid salary from net pay. */
    public static final String RECOVERY_AFTER_TAX = "RECOVERY_AFTER_TAX";

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final GrossToNet engine;
    private final PayPolicy policy;
    private final TaxYear year;
    private final PayDate date;

    public PayslipCalculation(GrossToNet engine, PayPolicy policy, TaxYear year, PayDate date) {
        this.engine = engine;
        this.policy = policy;
        this.year = year;
        this.date = date;
    }

    /** A payslip, or the exceptions that hold it back. */
    public record Outcome(Payslip payslip, List<PayException> exceptions) {
    }

    public Outcome calculate(Payee payee) {
        List<PayException> held = new ArrayList<>();
        Payee.Profile profile = payee.profile();
        TaxCode code = null;
        if (profile == null) {
            held.add(hold(payee, PayException.Code.NO_PAYROLL_PROFILE, "There is no payroll profile, so no tax code or NI category: add one."));
        } else {
            try {
                code = TaxCode.parse(profile.taxCode());
            } catch (RuntimeException e) {
                held.add(hold(payee, PayException.Code.INVALID_TAX_CODE, e.getMessage()));
            }
        }
        if (!payee.bankConfirmed()) {
            held.add(hold(payee, PayException.Code.NO_CONFIRMED_BANK_DETAILS, "There are no confirmed bank details to pay into."));
        }
        List<Payslip.Line> lines = new ArrayList<>(salaryLines(payee));
        Arrears arrears = arrears(payee);
        lines.addAll(arrears.lines());
        Bases bases = new Bases();
        for (Payslip.Line line : lines) {
            if (line.kind().equals(RECOVERY_AFTER_TAX)) {
                bases.afterTax = bases.afterTax.subtract(line.amount().amount());
            } else {
                bases.addSalary(line.amount());
            }
        }
        Money unpaid = unpaidLeave(payee);
        if (!unpaid.isZero()) {
            lines.add(new Payslip.Line("UNPAID_LEAVE", "Unpaid leave, " + payee.unpaidDays().stripTrailingZeros().toPlainString()
                    + " day" + (payee.unpaidDays().compareTo(BigDecimal.ONE) == 0 ? "" : "s"), unpaid, null));
            bases.addSalary(unpaid);
        }
        for (Payee.Item item : payee.items()) {
            PayPolicy.Element element = policy.element(item.kind()).orElse(null);
            if (element == null) {
                held.add(hold(payee, PayException.Code.UNKNOWN_PAY_ELEMENT, item.kind() + " is no longer a pay element in the pay policy."));
                continue;
            }
            Money amount = element.deduction() ? item.amount().negate() : item.amount();
            lines.add(new Payslip.Line(item.kind(), item.description(), amount, null, item.hours(), item.rate()));
            bases.add(element, amount);
        }
        Money expenses = Money.ZERO;
        for (Payee.Claim claim : payee.claims()) {
            lines.add(new Payslip.Line("EXPENSES", "Expenses repaid, claim " + claim.id(), claim.total(), claim.id()));
            expenses = expenses.plus(claim.total());
        }
        if (bases.taxable.signum() < 0 || bases.niable.signum() < 0) {
            held.add(hold(payee, PayException.Code.NEGATIVE_PAY, "Deductions before tax (unpaid leave, salary sacrifice) come to more than the pay."));
        }
        Money gross = Money.ofRounded(bases.taxable.add(bases.nonTaxable));
        if (gross.compareTo(policy.grossCeiling()) > 0) {
            held.add(hold(payee, PayException.Code.OVER_CEILING, "Gross pay of " + gross + " is above the pay policy's ceiling of "
                    + policy.grossCeiling() + " for one period: check it and raise the ceiling if it is right."));
        }
        Pension pension = profile == null ? Pension.NONE : pension(payee, bases);
        if (pension == null) {
            held.add(hold(payee, PayException.Code.NO_PENSION_RATES, "The pay policy has no " + profile.pensionScheme()
                    + " rates for " + year + "."));
        }
        if (!held.isEmpty()) {
            return new Outcome(null, held);
        }
        Payee.YearToDate before = payee.yearToDate() == null ? Payee.YearToDate.NONE : payee.yearToDate();
        Money previousPay = Money.ZERO;
        Money previousTax = Money.ZERO;
        if (profile.previousTaxablePay() != null && TaxYear.of(payee.startDate()).equals(year)) {
            previousPay = profile.previousTaxablePay();
            previousTax = profile.previousTaxPaid();
        }
        BigDecimal taxable = bases.taxable.setScale(2, RoundingMode.UNNECESSARY);
        NetPay net;
        try {
            net = engine.calculate(new PayForPeriod(year, date.period(), code, profile.niCategory(), taxable,
                    pension.base.min(taxable), pension.employeeRate, before.taxablePay().plus(previousPay).amount(),
                    before.tax().plus(previousTax).amount(), profile.studentLoanPlans(), bases.niable.setScale(2, RoundingMode.UNNECESSARY)));
        } catch (DomainException e) {
            PayException.Code why = e instanceof org.guildhall.platform.domain.RuleRefused
                    ? PayException.Code.NEGATIVE_NET_PAY : PayException.Code.INVALID_PROFILE;
            return new Outcome(null, List.of(hold(payee, why, e.getMessage())));
        } catch (IllegalArgumentException e) {
            return new Outcome(null, List.of(hold(payee, PayException.Code.INVALID_PROFILE, e.getMessage())));
        }
        Money deductions = Money.ofRounded(bases.afterTax);
        Money netPay = Money.of(net.netPay()).plus(Money.ofRounded(bases.nonTaxable)).plus(expenses).minus(deductions);
        if (netPay.amount().signum() < 0) {
            return new Outcome(null, List.of(hold(payee, PayException.Code.NEGATIVE_NET_PAY, "Deductions come to "
                    + gross.plus(expenses).minus(netPay) + ", more than the pay of " + gross.plus(expenses) + ": net pay cannot be negative.")));
        }
        NationalInsurance.Bands bands = engine.niBands(year, date.period().frequency(), profile.niCategory(),
                bases.niable.setScale(2, RoundingMode.UNNECESSARY));
        Money employerPension = Money.ofRounded(pension.base.min(taxable).multiply(pension.employerRate));
        Payee.YearToDate after = new Payee.YearToDate(before.gross().plus(gross),
                before.taxablePay().plus(Money.of(net.taxablePay())), before.tax().plus(Money.of(net.tax())),
                before.employeeNi().plus(Money.of(net.employeeNi())), before.employerNi().plus(Money.of(net.employerNi())),
                before.studentLoan().plus(Money.of(net.studentLoan())), before.postgraduateLoan().plus(Money.of(net.postgraduateLoan())),
                before.pensionEmployee().plus(Money.of(net.pensionEmployee())), before.pensionEmployer().plus(employerPension));
        return new Outcome(new Payslip(payee.employeeNumber(), code.text(), profile.niCategory(), payee.costCentre(), lines, gross,
                Money.of(net.taxablePay()), Money.ofRounded(bases.niable), Money.of(net.tax()), Money.of(net.employeeNi()),
                Money.of(net.employerNi()), Money.of(net.studentLoan()), Money.of(net.postgraduateLoan()),
                Money.of(net.pensionEmployee()), employerPension, expenses, deductions, netPay, after, Money.of(bands.atLel()),
                Money.of(bands.lelToPt()), Money.of(bands.ptToUel()), arrears.outstanding()), List.of());
    }

    /** The salary for the days employed in the period, one line for each salary in force during it. */
    List<Payslip.Line> salaryLines(Payee payee) {
        return salaryLines(payee, date.from(), date.to(), date.period().frequency(), payee.salaries());
    }

    /** The salary for the days employed from {@code periodFrom} to {@code periodTo} of a period of {@code frequency}. */
    private List<Payslip.Line> salaryLines(Payee payee, LocalDate periodFrom, LocalDate periodTo, PayFrequency frequency,
                                           List<Payee.Salary> salaries) {
        LocalDate first = later(periodFrom, payee.startDate());
        LocalDate last = payee.endDate() == null || payee.endDate().isAfter(periodTo) ? periodTo : payee.endDate();
        List<Payslip.Line> lines = new ArrayList<>();
        if (last.isBefore(first)) {
            return lines;
        }
        boolean whole = first.equals(periodFrom) && last.equals(periodTo);
        for (int i = 0; i < salaries.size(); i++) {
            Payee.Salary salary = salaries.get(i);
            LocalDate from = later(first, salary.from());
            LocalDate to = i + 1 < salaries.size() ? earlier(last, salaries.get(i + 1).from().minusDays(1)) : last;
            if (to.isBefore(from)) {
                continue;
            }
            BigDecimal periodPay = salary.actual().divide(BigDecimal.valueOf(frequency.unitsPerYear() / frequency.unitsPerPeriod()), EXACT);
            boolean all = whole && from.equals(first) && to.equals(last);
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            BigDecimal amount = all ? periodPay : switch (policy.proRata()) {
                case CALENDAR_DAYS_IN_PERIOD -> periodPay.multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(periodFrom, periodTo) + 1), EXACT);
                case CALENDAR_DAYS_IN_YEAR -> salary.actual().multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(365), EXACT);
            };
            lines.add(new Payslip.Line("SALARY", all ? "Salary" : "Salary " + DAY.format(from) + " to " + DAY.format(to)
                    + " (" + days + " day" + (days == 1 ? "" : "s") + ")", Money.ofRounded(amount), null));
        }
        return lines;
    }

    /** Lines correcting earlier periods, and what the policy's limit left to recover later. */
    record Arrears(List<Payslip.Line> lines, Money outstanding) {
    }

    /**
     * Backdated pay: each period already paid that a salary change reaches back to, worked out again at the salaries
     * now in force there, less what it was paid. A period underpaid gets an arrears line for the difference; one
     * overpaid, a recovery line, oldest first, until the recoveries come to the policy's limit for one period (plus any
     * arrears paid alongside, which they are set against); the rest is outstanding and the next run goes on with it.
     * The lines are taxable, NI-able and pensionable pay of this period: HMRC taxes arrears in the period paid.
     * Salary overpaid in an earlier tax year, whose tax and NI are settled, is recovered from net pay instead
     * ({@link #RECOVERY_AFTER_TAX}); the employee claims any tax back from HMRC. The past payslips are not touched.
     */
    Arrears arrears(Payee payee) {
        List<Payslip.Line> lines = new ArrayList<>();
        Money owed = Money.ZERO;
        List<Payee.PaidPeriod> overpaid = new ArrayList<>();
        List<Money> overpayments = new ArrayList<>();
        for (Payee.PaidPeriod period : payee.paidBefore()) {
            Money due = Money.ZERO;
            for (Payslip.Line line : salaryLines(payee, period.from(), period.to(), period.frequency(), period.salaries())) {
                due = due.plus(line.amount());
            }
            Money difference = due.minus(period.paid());
            if (difference.amount().signum() > 0) {
                lines.add(new Payslip.Line("ARREARS", "Arrears of pay, " + described(period), difference, null, null, null, period.run()));
                owed = owed.plus(difference);
            } else if (difference.amount().signum() < 0) {
                overpaid.add(period);
                overpayments.add(difference.negate());
            }
        }
        Money allowed = policy.recoveryLimit().plus(owed);
        Money outstanding = Money.ZERO;
        for (int i = 0; i < overpaid.size(); i++) {
            Money overpayment = overpayments.get(i);
            Money taken = overpayment.compareTo(allowed) > 0 ? allowed : overpayment;
            if (taken.amount().signum() > 0) {
                lines.add(new Payslip.Line(overpaid.get(i).taxYear().equals(year.toString()) ? "RECOVERY" : RECOVERY_AFTER_TAX,
                        "Overpaid salary recovered, " + described(overpaid.get(i))
                        + (taken.equals(overpayment) ? "" : " (" + taken + " of " + overpayment + ")"), taken.negate(), null, null, null,
                        overpaid.get(i).run()));
            }
            allowed = allowed.minus(taken);
            outstanding = outstanding.plus(overpayment.minus(taken));
        }
        if (outstanding.amount().signum() > 0) {
            Payslip.Line last = lines.remove(lines.size() - 1);
            lines.add(new Payslip.Line(last.kind(), last.description() + ", " + outstanding + " more to recover later", last.amount(),
                    null, null, null, last.arrearsOf()));
        }
        return new Arrears(lines, outstanding);
    }

    private static String described(Payee.PaidPeriod period) {
        return "period " + period.period() + " of " + period.taxYear() + " (" + DAY.format(period.from()) + " to " + DAY.format(period.to()) + ")";
    }

    private Money unpaidLeave(Payee payee) {
        if (payee.unpaidDays().signum() == 0) {
            return Money.ZERO;
        }
        BigDecimal annual = payee.salaries().get(payee.salaries().size() - 1).actual();
        return Money.ofRounded(annual.multiply(payee.unpaidDays()).divide(BigDecimal.valueOf(policy.workingDaysInYear()), EXACT)).negate();
    }

    /**
     * The base the contributions are worked out on and the rates; null when the policy has no rates for the year.
     * Alpha and a net pay scheme take pensionable pay (the pay elements say which count); auto-enrolment takes the
     * band of qualifying earnings, which the Pensions Act 2008 (s.13) makes gross earnings of every kind (salary,
     * overtime, bonus, commission), so it works on NI-able pay: all of those, after any salary sacrifice.
     */
    private Pension pension(Payee payee, Bases bases) {
        Payee.Profile profile = payee.profile();
        if (profile.pensionScheme() == null) {
            return Pension.NONE;
        }
        BigDecimal pensionable = bases.pensionable.max(BigDecimal.ZERO);
        return switch (profile.pensionScheme()) {
            case "ALPHA" -> policy.alphaRate(year, payee.salaries().get(payee.salaries().size() - 1).actual())
                    .map(rate -> new Pension(pensionable, rate, profile.employerRate())).orElse(null);
            case "AUTO_ENROLMENT" -> policy.qualifyingEarnings(year, date.period().frequency())
                    .map(band -> new Pension(bases.niable.max(BigDecimal.ZERO).min(band.upper()).subtract(band.lower()).max(BigDecimal.ZERO),
                            profile.employeeRate(), profile.employerRate())).orElse(null);
            default -> new Pension(pensionable, profile.employeeRate(), profile.employerRate());
        };
    }

    private static PayException hold(Payee payee, PayException.Code code, String message) {
        return new PayException(payee.employeeNumber(), code, message);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Pension(BigDecimal base, BigDecimal employeeRate, BigDecimal employerRate) {
        static final Pension NONE = new Pension(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The running totals each line counts towards. */
    private static final class Bases {
        BigDecimal taxable = BigDecimal.ZERO;
        BigDecimal niable = BigDecimal.ZERO;
        BigDecimal pensionable = BigDecimal.ZERO;
        BigDecimal nonTaxable = BigDecimal.ZERO;
        BigDecimal afterTax = BigDecimal.ZERO;

        void addSalary(Money amount) {
            taxable = taxable.add(amount.amount());
            niable = niable.add(amount.amount());
            pensionable = pensionable.add(amount.amount());
        }

        void add(PayPolicy.Element element, Money amount) {
            BigDecimal value = amount.amount();
            if (element.taxable()) {
                taxable = taxable.add(value);
            } else if (element.deduction()) {
                afterTax = afterTax.subtract(value);
            } else {
                nonTaxable = nonTaxable.add(value);
            }
            if (element.niable()) {
                niable = niable.add(value);
            }
            if (element.pensionable()) {
                pensionable = pensionable.add(value);
            }
        }
    }
}
