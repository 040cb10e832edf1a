package org.guildhall.payroll.run.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.calculation.entity.StudentLoanPlan;
import org.guildhall.platform.money.Money;

/**
 * Everything a payroll run knows of one employee for one period, read in bulk for a chunk of employees.
 *
 * @param salaries     the full-time annual salary and FTE in force from each date, oldest first (at least one)
 * @param profile      the payroll profile, null when the employee has none
 * @param yearToDate   this employment's figures for the tax year before this period, null when there are none
 * @param unpaidDays   working days of approved unpaid leave in the period
 * @param bankConfirmed whether confirmed bank details are on file
 * @param lastNet      net pay of the employee's last approved payslip before this run, null for their first
 * @param paidBefore   periods already paid that a salary change not yet settled reaches back to, oldest first
 */
public record Payee(String employeeNumber, String costCentre, LocalDate startDate, LocalDate endDate,
                    List<Salary> salaries, Profile profile, YearToDate yearToDate, List<Item> items, List<Claim> claims,
                    BigDecimal unpaidDays, boolean bankConfirmed, Money lastNet, List<PaidPeriod> paidBefore) {

    public Payee {
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        if (salaries == null || salaries.isEmpty()) {
            throw new IllegalArgumentException("an employee has a salary");
        }
        salaries = List.copyOf(salaries);
        items = items == null ? List.of() : List.copyOf(items);
        claims = claims == null ? List.of() : List.copyOf(claims);
        unpaidDays = unpaidDays == null ? BigDecimal.ZERO : unpaidDays;
        paidBefore = paidBefore == null ? List.of() : List.copyOf(paidBefore);
    }

    /** An employee with no earlier periods to correct. */
    public Payee(String employeeNumber, String costCentre, LocalDate startDate, LocalDate endDate, List<Salary> salaries,
                 Profile profile, YearToDate yearToDate, List<Item> items, List<Claim> claims, BigDecimal unpaidDays,
                 boolean bankConfirmed, Money lastNet) {
        this(employeeNumber, costCentre, startDate, endDate, salaries, profile, yearToDate, items, claims, unpaidDays, bankConfirmed,
                lastNet, List.of());
    }

    /**
     * A period an approved run paid: its days, the salaries in force during them as they stand now, and the salary it
     * was paid for them so far (its salary lines and any arrears or recovery for it since).
     */
    public record PaidPeriod(long run, String taxYear, int period, PayFrequency frequency, LocalDate from, LocalDate to,
                             List<Salary> salaries, Money paid) {

        public PaidPeriod {
            salaries = List.copyOf(salaries);
        }
    }

    /** An annual salary for full-time work and the share of it worked, from a date. */
    public record Salary(LocalDate from, BigDecimal annual, BigDecimal fte) {

        /** The salary actually paid in a year: the full-time salary times the FTE. */
        public BigDecimal actual() {
            return annual.multiply(fte);
        }
    }

    /**
     * The payroll profile as the run reads it.
     *
     * @param pensionScheme null for none; ALPHA, AUTO_ENROLMENT or NET_PAY
     * @param employeeRate  the employee's rate, null for alpha (its tiers decide)
     */
    public record Profile(String taxCode, char niCategory, Set<StudentLoanPlan> studentLoanPlans, String pensionScheme,
                          BigDecimal employeeRate, BigDecimal employerRate, Money previousTaxablePay, Money previousTaxPaid) {
    }

    /** This employment's figures for the tax year so far. */
    public record YearToDate(Money gross, Money taxablePay, Money tax, Money employeeNi, Money employerNi,
                             Money studentLoan, Money postgraduateLoan, Money pensionEmployee, Money pensionEmployer) {

        public static final YearToDate NONE = new YearToDate(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /** A variable item of the run. */
    public record Item(String kind, String description, Money amount, BigDecimal hours, BigDecimal rate) {

        /** An item of an amount, not paid by the hour. */
        public Item(String kind, String description, Money amount) {
            this(kind, description, amount, null, null);
        }
    }

    /** An approved expense claim not yet repaid. */
    public record Claim(long id, Money total) {
    }
}
