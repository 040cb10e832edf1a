package org.guildhall.payroll.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.guildhall.hr.onboarding.OnboardingSheet;
import org.guildhall.hr.people.control.BankDetails;
import org.guildhall.hr.people.control.People;
import org.guildhall.hr.people.entity.EmployeeDetails;
import org.guildhall.payroll.run.control.PayPolicies;
import org.guildhall.payroll.run.control.PaySchedules;
import org.guildhall.payroll.run.control.PayrollApprovals;
import org.guildhall.payroll.run.control.PayrollProfiles;
import org.guildhall.payroll.run.control.PayrollRuns;
import org.guildhall.payroll.run.control.RunCalculation;
import org.guildhall.payroll.run.entity.PayDate;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.platform.demo.DemoActivity;
import org.guildhall.platform.demo.DemoTenant;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.SecondPerson;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.time.TaxYear;

/**
 * Payroll's part of the demo centre's year, after people, leave and expenses (whose approved claims its runs repay).
 * First its people are made ready to be paid, as a payroll moving to Guildhall would be: HR enters everyone's bank
 * details, the payroll admin confirms them and gives everyone a payroll profile. Then each month the payroll admin
 * makes the month's run, puts in some overtime and the odd bonus, and calculates it, and the head approves it: by the
 * deadline mostly, about one run in six late ({@link DemoPayDay}). Anyone HR has taken on since is made ready first.
 *
 * <p>The runs are 2026-27's, the tax year the demo's payroll moves to Guildhall at, so that PAYE, which is cumulative
 * over a tax year, has every period of it: months before April 2026 add nothing. (The rate tables know 2025-26 too, but
 * a run part-way through it would need that year's figures to date from the payroll before, which the demo does not
 * have; and 2027-28's rates are not in the tables yet.) No run pays after the day the demo is built.
 *
 * <p>Runs are calculated by {@link RunCalculation} on this thread, not by the batch job: the clock reads the past instant
 * the demo acts at on this thread only, the job's threads would read the real time, and a small run costs less done
 * here than a job's start. Everything goes through the services, as the tenant's people, so every rule applies. What
 * they refuse is left out and logged, and the demo goes on without it: with no data key (GUILDHALL_DATA_KEY) no bank
 * details are stored, so the runs pay nobody and stay unapproved; a pay date in a fiscal period the ledger has not
 * opened, or has closed, leaves that run calculated.
 */
@ApplicationScoped
public class DemoPayroll implements DemoActivity {

    private static final Logger LOG = Logger.getLogger(DemoPayroll.class.getName());

    static final TaxYear TAX_YEAR = new TaxYear(2026);
    private static final LocalTime ENTERED = LocalTime.of(9, 10);
    private static final LocalTime CONFIRMED = LocalTime.of(9, 40);
    static final int OVERTIME_ONE_IN = 12;
    static final int BONUS_ONE_IN = 40;
    /** Overtime is paid at time and a half of the hourly rate: the salary for the person's hours over 52 weeks of them. */
    static final BigDecimal OVERTIME = new BigDecimal("1.5");
    private static final BigDecimal WEEKS_IN_YEAR = new BigDecimal("52");

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    People people;

    @Inject
    BankDetails bankDetails;

    @Inject
    PayrollProfiles profiles;

    @Inject
    PaySchedules schedules;

    @Inject
    PayPolicies policies;

    @Inject
    PayrollRuns runs;

    @Inject
    RunCalculation calculation;

    @Inject
    PayrollApprovals approvals;

    @Override
    public int order() {
        return 300;
    }

    /** Everyone made ready to be paid three weeks or so before the demo year's first run, if it has one. */
    @Override
    public void prepare(DemoTenant tenant) {
        payDates(tenant).stream().findFirst().ifPresent(first -> ready(tenant, DemoPayDay.setUpFor(first.paid()), first.from()));
    }

    /** The month's run, if a run of 2026-27 pays in it: made, calculated and approved. */
    @Override
    public void month(DemoTenant tenant, YearMonth month) {
        Optional<PayDate> due = payDates(tenant).stream().filter(d -> YearMonth.from(d.paid()).equals(month)).findFirst();
        if (due.isEmpty()) {
            return;
        }
        DemoPayDay day = DemoPayDay.of(due.get().paid(), tenant.random("payroll", month));
        ready(tenant, day.prepared(), due.get().from());
        String admin = tenant.username(DemoTenant.PAYROLL);
        long run = tenant.act(admin, day.created(), () -> open(due.get(), tenant.random("payroll-items", month)));
        int paid = tenant.act(admin, day.calculated(), () -> calculation.calculateHere(run).totals().employees());
        if (paid == 0) {
            LOG.warning(() -> "Demo centre: " + tenant.code() + "'s payroll run " + run + " pays nobody (see its exceptions), so it is left unapproved");
            return;
        }
        approve(tenant, run, day.approved());
    }

    /** The pay dates of the tenant's monthly schedule in 2026-27 that fall in its demo year, up to the day it is built. */
    private List<PayDate> payDates(DemoTenant tenant) {
        List<PayDate> dates = tenant.inTransaction(() -> schedules.payDates(schedules.find(PayrollSchedule.MONTHLY), TAX_YEAR));
        return dates.stream().filter(d -> tenant.year().contains(YearMonth.from(d.paid())) && !d.paid().isAfter(tenant.today())).toList();
    }

    /** Who of those employed from {@code employedFrom} on is not ready to be paid yet, each list in employee number order. */
    private record Unready(List<String> withoutBankDetails, List<String> awaitingConfirmation, List<OnboardingSheet.Employee> withoutProfile) {
    }

    /**
     * Makes everyone employed from {@code employedFrom} on ready to be paid, on {@code day}: HR enters the bank details
     * of those without, the payroll admin confirms any awaiting confirmation and gives a profile to those without one.
     * Nothing, usually, after the first time.
     */
    private void ready(DemoTenant tenant, LocalDate day, LocalDate employedFrom) {
        String admin = tenant.username(DemoTenant.PAYROLL);
        Unready unready = tenant.inTransaction(() -> unready(admin, employedFrom));
        List<String> toConfirm = new ArrayList<>(unready.awaitingConfirmation());
        if (!unready.withoutBankDetails().isEmpty() && enterBankDetails(tenant, DemoTenant.at(day, ENTERED), unready.withoutBankDetails())) {
            toConfirm.addAll(unready.withoutBankDetails());
        }
        if (!toConfirm.isEmpty() || !unready.withoutProfile().isEmpty()) {
            tenant.act(admin, DemoTenant.at(day, CONFIRMED), () -> {
                toConfirm.forEach(bankDetails::confirm);
                unready.withoutProfile().forEach(employee -> profiles.put(employee.number(),
                        DemoPayees.profile(tenant.random("payroll-profile/" + employee.number(), null), !employee.startDate().isBefore(TAX_YEAR.start()))));
            });
        }
    }

    private Unready unready(String admin, LocalDate employedFrom) {
        Set<String> profiled = new HashSet<>(em.createQuery("select p.employeeNumber from PayrollProfile p", String.class).getResultList());
        Map<String, Object[]> accounts = new HashMap<>();
        em.createQuery("select b.employeeNumber, b.change.status, b.change.changedBy from BankAccount b", Object[].class).getResultList()
                .forEach(row -> accounts.put((String) row[0], row));
        List<String> without = new ArrayList<>();
        List<String> awaiting = new ArrayList<>();
        List<OnboardingSheet.Employee> unprofiled = new ArrayList<>();
        for (OnboardingSheet.Employee employee : employed(employedFrom)) {
            Object[] account = accounts.get(employee.number());
            if (account == null) {
                without.add(employee.number());
            } else if (account[1] != SecondPerson.Status.CONFIRMED && !admin.equals(account[2])) {
                awaiting.add(employee.number()); // the payroll admin cannot confirm their own change
            }
            if (!profiled.contains(employee.number())) {
                unprofiled.add(employee);
            }
        }
        return new Unready(without, awaiting, unprofiled);
    }

    /** Everyone employed on {@code from} or later, in employee number order. */
    private List<OnboardingSheet.Employee> employed(LocalDate from) {
        return people.employments().values().stream().filter(e -> e.endDate() == null || !e.endDate().isBefore(from))
                .sorted(Comparator.comparing(OnboardingSheet.Employee::number)).toList();
    }

    /** HR enters the bank details; answers false, having logged why, when the service refuses to store them. */
    private boolean enterBankDetails(DemoTenant tenant, Instant at, List<String> numbers) {
        try {
            tenant.act(tenant.username(DemoTenant.HR), at, () -> numbers.forEach(number -> {
                RandomGenerator random = tenant.random("payroll-bank/" + number, null);
                EmployeeDetails person = people.find(number).details();
                bankDetails.change(number, DemoPayees.sortCode(random), DemoPayees.accountNumber(random), DemoPayees.accountName(person));
            }));
            return true;
        } catch (StateConflict refused) {
            LOG.warning(() -> "Demo centre: no bank details stored in " + tenant.code() + ", so its payroll runs pay nobody: " + refused.getMessage());
            return false;
        }
    }

    /** Makes the period's run and puts in its items; answers the run. */
    private long open(PayDate date, RandomGenerator random) {
        PayrollRun run = runs.create(PayrollSchedule.MONTHLY, TAX_YEAR.toString(), date.period().number(), false);
        PayPolicy policy = policies.current();
        boolean overtime = policy.element("OVERTIME").isPresent();
        boolean bonus = policy.element("BONUS").isPresent();
        for (OnboardingSheet.Employee employee : employedThroughout(run)) {
            // every draw made for everyone, so that what one person gets never moves what the next does
            boolean paysOvertime = random.nextInt(OVERTIME_ONE_IN) == 0 && overtime;
            BigDecimal hours = BigDecimal.valueOf((4 + random.nextInt(20)) * 5L, 1); // 2 to 11.5, by half hours
            boolean paysBonus = random.nextInt(BONUS_ONE_IN) == 0 && bonus;
            Money award = Money.of(BigDecimal.valueOf(250 + 50L * random.nextInt(16)));
            if (paysOvertime) {
                overtimeRate(people.find(employee.number()).details()).ifPresent(rate -> runs.addItem(run.id(),
                        new PayrollRuns.ItemRequest(employee.number(), "OVERTIME", null, hours, rate, null)));
            }
            if (paysBonus) {
                runs.addItem(run.id(), new PayrollRuns.ItemRequest(employee.number(), "BONUS", award, null, null, "In-year award"));
            }
        }
        return run.id();
    }

    /** Those employed for the whole of the run's period, who may have worked extra in it. */
    private List<OnboardingSheet.Employee> employedThroughout(PayrollRun run) {
        return employed(run.periodEnd()).stream().filter(e -> !e.startDate().isAfter(run.periodStart())).toList();
    }

    /** Time and a half, to the penny per hour; none for someone whose record has no weekly hours. */
    static Optional<BigDecimal> overtimeRate(EmployeeDetails person) {
        if (person.weeklyHours() == null || person.weeklyHours().signum() <= 0 || person.annualSalary() == null) {
            return Optional.empty();
        }
        BigDecimal fte = person.fte() == null ? BigDecimal.ONE : person.fte();
        return Optional.of(person.annualSalary().amount().multiply(fte).multiply(OVERTIME)
                .divide(WEEKS_IN_YEAR.multiply(person.weeklyHours()), 2, RoundingMode.HALF_UP));
    }

    /**
     * The head approves the run. A refusal (the ledger has no open period for its pay date, say) leaves it calculated,
     * and the log says why.
     */
    private void approve(DemoTenant tenant, long run, Instant at) {
        try {
            tenant.act(tenant.username(DemoTenant.HEAD), at, () -> approvals.approve(run));
        } catch (RuleRefused | StateConflict refused) {
            String fields = refused instanceof RuleRefused rule ? rule.fields().stream().map(f -> " " + f.name() + ": " + f.message())
                    .collect(Collectors.joining(";")) : "";
            LOG.warning(() -> "Demo centre: " + tenant.code() + "'s payroll run " + run + " is left calculated, not approved: "
                    + refused.getMessage() + fields);
        }
    }
}
