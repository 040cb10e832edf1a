package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.people.control.People;
import org.guildhall.payroll.run.entity.PayDate;
import org.guildhall.payroll.run.entity.PayItem;
import org.guildhall.payroll.run.entity.PayPolicy;
import org.guildhall.payroll.run.entity.PaySchedule;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.cluster.Leases;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.TaxYear;

/** Preparing payroll runs: making one for a period, putting variable items into it, and starting its calculation. */
@ApplicationScoped
@Transactional
@InTenant
public class PayrollRuns {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    PaySchedules schedules;

    @Inject
    PayPolicies policies;

    @Inject
    People people;

    @Inject
    Payees payees;

    @Inject
    PayslipStore store;

    @Inject
    Leases leases;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    TenantSession session;

    @Inject
    Clock clock;


    /**
     * A new run of a schedule's period; {@code offCycle} for a correction run in a period whose regular run is approved,
     * one at a time, which pays only whom no approved run of the period paid (a missed starter, say). A second regular
     * run of a period is 409.
     */
    public PayrollRun create(String scheduleCode, String taxYearText, Integer period, boolean offCycle) {
        return create(scheduleCode, taxYearText, period, offCycle, null);
    }

    /**
     * As {@link #create(String, String, Integer, boolean)}; an off-cycle run may be paid on {@code payDate} (null: the
     * period's own pay day), a working day in the same tax period, so that PAYE counts it where the period's run is.
     */
    public PayrollRun create(String scheduleCode, String taxYearText, Integer period, boolean offCycle, LocalDate payDate) {
        requireAdmin();
        PayrollSchedule schedule = schedules.find(scheduleCode == null || scheduleCode.isBlank() ? PayrollSchedule.MONTHLY : scheduleCode.strip());
        TaxYear year;
        try {
            year = TaxYear.parse(taxYearText);
        } catch (RuntimeException e) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("taxYear", "Enter a tax year such as 2026-27")));
        }
        List<PayDate> dates = schedules.payDates(schedule, year);
        PayDate date = dates.stream().filter(d -> period != null && d.period().number() == period).findFirst()
                .orElseThrow(() -> new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("period",
                        "The " + schedule.code() + " schedule pays periods " + dates.stream().map(d -> Integer.toString(d.period().number()))
                                .collect(Collectors.joining(", ")) + " in " + year))));
        List<PayrollRun> existing = em.createQuery("select r from PayrollRun r where r.schedule = :schedule and r.taxYear = :year and r.period = :period"
                        + " order by r.id", PayrollRun.class)
                .setParameter("schedule", schedule.code()).setParameter("year", year.toString()).setParameter("period", period).getResultList();
        PayrollRun regular = existing.stream().filter(r -> !r.offCycle()).findFirst().orElse(null);
        String which = "period " + period + " of " + year + " on " + schedule.code();
        if (!offCycle && regular != null) {
            throw new StateConflict("There is already a run for " + which + ": run " + regular.id() + ". A correction is an off-cycle run.");
        }
        if (offCycle && (regular == null || regular.status() != PayrollRun.Status.APPROVED)) {
            throw new StateConflict("An off-cycle run corrects a period whose run is approved: " + (regular == null
                    ? "there is no run for " + which + " yet." : "run " + regular.id() + " is " + regular.status() + "."));
        }
        PayrollRun open = existing.stream().filter(r -> r.offCycle() && r.status() != PayrollRun.Status.APPROVED).findFirst().orElse(null);
        if (offCycle && open != null) {
            throw new StateConflict("Off-cycle run " + open.id() + " for " + which + " is not approved yet: correct the period with it.");
        }
        if (payDate != null) {
            date = offCyclePayDate(schedule, year, date, offCycle, payDate);
        }
        PayrollRun run = new PayrollRun(schedule.code(), year, date, offCycle, me.username(), clock.instant());
        em.persist(run);
        em.flush();
        audit.record("PayrollRun", run.id().toString(), "CREATE", null, run.state());
        return run;
    }

    private PayDate offCyclePayDate(PayrollSchedule schedule, TaxYear year, PayDate date, boolean offCycle, LocalDate payDate) {
        String why = null;
        if (!offCycle) {
            why = "A regular run is paid on its schedule's pay day, " + date.paid() + "; only an off-cycle run chooses its own";
        } else if (!year.contains(payDate) || PaySchedule.taxPeriod(year, schedule.frequency(), payDate) != date.period().number()) {
            why = "Pay an off-cycle run within PAYE's " + (schedule.frequency().weekBased() ? "period " : "month ") + date.period().number()
                    + " of " + year + ", where its period's run was paid on " + date.paid();
        } else if (!schedules.workingDay(payDate)) {
            why = payDate + " is not a working day";
        }
        if (why != null) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("payDate", why)));
        }
        return new PayDate(date.period(), payDate, payDate, date.from(), date.to());
    }

    /** What an item asks for: an amount, or hours at a rate. */
    public record ItemRequest(String employeeNumber, String kind, Money amount, BigDecimal hours, BigDecimal rate, String description) {
    }

    /** Puts a variable item into a run that is not being calculated or final; a calculated run goes back to DRAFT. */
    public PayItem addItem(long runId, ItemRequest item) {
        requireAdmin();
        PayrollRun run = hold(runId);
        PayPolicy policy = policies.current();
        List<InvalidInput.Field> errors = new java.util.ArrayList<>();
        PayPolicy.Element element = item.kind() == null ? null : policy.element(item.kind().strip()).orElse(null);
        if (element == null) {
            errors.add(new InvalidInput.Field("kind", "Choose one of the pay policy's elements: " + String.join(", ", new java.util.TreeSet<>(policy.elements().keySet()))));
        }
        boolean byHours = item.hours() != null || item.rate() != null;
        if (byHours == (item.amount() != null)) {
            errors.add(new InvalidInput.Field("amount", "Give either an amount or hours and a rate"));
        } else if (byHours && (item.hours() == null || item.rate() == null)) {
            errors.add(new InvalidInput.Field(item.hours() == null ? "hours" : "rate", "Give both the hours and the rate"));
        } else if (byHours && (item.hours().signum() <= 0 || item.hours().scale() > 2 || item.rate().signum() <= 0 || item.rate().scale() > 4)) {
            errors.add(new InvalidInput.Field("hours", "Hours are more than 0 with at most 2 decimals, the rate more than 0 with at most 4"));
        } else if (!byHours && !item.amount().isPositive()) {
            errors.add(new InvalidInput.Field("amount", "Enter an amount more than 0"));
        }
        if (item.employeeNumber() == null || item.employeeNumber().isBlank()) {
            errors.add(new InvalidInput.Field("employeeNumber", "Enter the employee's number"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The request has invalid fields.", errors);
        }
        people.find(item.employeeNumber().strip());
        Money amount = byHours ? Money.ofRounded(item.hours().multiply(item.rate()).setScale(2, RoundingMode.HALF_UP)) : item.amount();
        if (!amount.isPositive()) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("hours", "The hours at the rate come to nothing")));
        }
        String description = item.description() == null || item.description().isBlank() ? element.description()
                + (byHours ? ", " + item.hours().stripTrailingZeros().toPlainString() + " hours at " + item.rate().stripTrailingZeros().toPlainString() : "")
                : item.description().strip();
        run.inputsChanged();
        PayItem made = new PayItem(runId, item.employeeNumber().strip(), element.kind(), description, amount, item.hours(), item.rate(),
                me.username(), clock.instant());
        em.persist(made);
        em.flush();
        audit.record("PayItem", made.id().toString(), "CREATE", null, Json.createObjectBuilder().add("run", runId)
                .add("employeeNumber", made.employeeNumber()).add("kind", made.kind()).add("description", description)
                .add("amount", amount.toString()).build());
        return made;
    }

    /** What a check of a PayItems workbook found, and how many items a load added. */
    public record ItemImport(boolean valid, int rows, List<org.guildhall.platform.domain.CellError> errors, int added) {
    }

    /**
     * Checks the {@code PayItems} sheet of a workbook against the run, the tenant's employees and the pay policy, and
     * with {@code load} and no problem at all adds every item in one go (JDBC batches); a load with problems is refused
     * listing every bad cell, and adds nothing. A dry run changes nothing, not even the run's status.
     */
    public ItemImport importItems(long runId, java.io.InputStream workbook, boolean load) {
        requireAdmin();
        PayrollRun run = hold(runId);
        if (run.status() == PayrollRun.Status.CALCULATING || run.status() == PayrollRun.Status.APPROVED) {
            run.inputsChanged(); // refuses with the run's reason
        }
        List<org.guildhall.platform.spreadsheet.WorkbookReader.Row> rows = org.guildhall.platform.spreadsheet.WorkbookReader
                .read(workbook, java.util.Map.of(PayItemSheet.NAME, PayItemSheet.COLUMNS)).get(PayItemSheet.NAME);
        java.util.Set<String> employees = new java.util.HashSet<>(em.createQuery("select e.employeeNumber from Employee e", String.class).getResultList());
        List<org.guildhall.platform.domain.CellError> errors = new java.util.ArrayList<>();
        List<ItemRequest> items = PayItemSheet.read(rows, employees, policies.current(), errors);
        if (!load) {
            return new ItemImport(errors.isEmpty(), rows.size(), errors, 0);
        }
        if (!errors.isEmpty()) {
            throw new org.guildhall.platform.domain.InvalidFile(errors.size() + " problem(s) in the workbook; nothing was loaded.", errors);
        }
        run.inputsChanged();
        PayPolicy policy = policies.current();
        java.time.Instant now = clock.instant();
        int added = 0;
        for (ItemRequest item : items) {
            PayPolicy.Element element = policy.element(item.kind()).orElseThrow();
            boolean byHours = item.hours() != null;
            Money amount = byHours ? Money.ofRounded(item.hours().multiply(item.rate())) : item.amount();
            String description = item.description() != null ? item.description() : element.description()
                    + (byHours ? ", " + item.hours().stripTrailingZeros().toPlainString() + " hours at " + item.rate().stripTrailingZeros().toPlainString() : "");
            em.persist(new PayItem(runId, item.employeeNumber(), element.kind(), description, amount, item.hours(), item.rate(), me.username(), now));
            added++;
        }
        em.flush();
        audit.record("PayrollRun", Long.toString(runId), "IMPORT_ITEMS", null, Json.createObjectBuilder().add("run", runId).add("items", added).build());
        return new ItemImport(true, rows.size(), List.of(), added);
    }

    /**
     * What the launcher needs to start the job once the transaction that prepared it has committed: the calculation,
     * and the token of the run's lease, which the job carries and writes under.
     */
    public record Ticket(String tenant, long run, int calculation, long lease) {
    }

    /**
     * Readies a run for its calculation: from DRAFT, CALCULATED or FAILED the previous results go and the calculation
     * number moves on; a run left CALCULATING by a server that stopped is resumed where its chunks got to. The run's
     * lease is claimed in the same transaction: a run being calculated now, on any instance, is 409; so is an approved
     * one. A run not CALCULATING is being calculated nowhere, so its lease is taken even from a job still letting go
     * of it (whose writes the lease's fence stops).
     */
    public Ticket prepareCalculation(long runId) {
        requireAdmin();
        PayrollRun run = hold(runId);
        String tenant = session.current();
        String work = RunJob.work(tenant, runId);
        long lease;
        if (run.status() != PayrollRun.Status.CALCULATING) {
            store.clear(runId);
            run.startCalculation(me.username(), clock.instant(), payees.count(run));
            em.flush();
            audit.record("PayrollRun", run.id().toString(), "CALCULATE", null, run.state());
            lease = leases.seize(work, RunJob.NAME, tenant).token();
        } else {
            lease = leases.claim(work, RunJob.NAME, tenant)
                    .orElseThrow(() -> new StateConflict("This run is being calculated: wait for it to finish.")).token();
        }
        return new Ticket(tenant, runId, run.calculation(), lease);
    }

    /** Runs are prepared by payroll admins only; the boundaries say so too, and the pages let approvers post. */
    private void requireAdmin() {
        if (!me.holds(TenantRole.PAYROLL_ADMIN)) {
            throw new NotPermitted("Only a payroll admin (PAYROLL_ADMIN) prepares and calculates payroll runs.");
        }
    }

    /** The run, its row held to the end of the transaction. */
    PayrollRun hold(long runId) {
        PayrollRun run = em.find(PayrollRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new Absent("There is no payroll run " + runId + ".");
        }
        return run;
    }
}
