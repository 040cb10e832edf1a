package org.guildhall.payroll.run.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.guildhall.hr.approval.entity.Decision;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantScoped;
import org.guildhall.platform.time.TaxYear;

/**
 * One payroll run: a schedule's payment for one tax period. It guards its own lifecycle ({@link StateConflict} for
 * any other move): DRAFT to CALCULATING; CALCULATING to CALCULATED or FAILED; CALCULATED (or FAILED) to CALCULATING
 * again, which replaces the results; CALCULATED to APPROVED, which is final. New inputs to a calculated run send it
 * back to DRAFT, so what is approved is always what was last calculated from the inputs.
 */
@Entity
@Table(name = "payroll_run")
public class PayrollRun extends TenantScoped {

    public enum Status { DRAFT, CALCULATING, CALCULATED, APPROVED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String schedule;

    @Column(name = "off_cycle", nullable = false)
    private boolean offCycle;

    @Column(name = "tax_year", nullable = false, length = 7)
    private String taxYear;

    @Column(nullable = false)
    private int period;

    @Column(name = "pay_date", nullable = false)
    private LocalDate payDate;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int calculation;

    @Column(name = "job_execution")
    private Long jobExecution;

    @Column(length = 500)
    private String failure;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int employees;

    @Column(nullable = false, precision = 19, scale = 2) private BigDecimal gross = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2) private BigDecimal tax = BigDecimal.ZERO;
    @Column(name = "employee_ni", nullable = false, precision = 19, scale = 2) private BigDecimal employeeNi = BigDecimal.ZERO;
    @Column(name = "employer_ni", nullable = false, precision = 19, scale = 2) private BigDecimal employerNi = BigDecimal.ZERO;
    @Column(name = "student_loan", nullable = false, precision = 19, scale = 2) private BigDecimal studentLoan = BigDecimal.ZERO;
    @Column(name = "postgraduate_loan", nullable = false, precision = 19, scale = 2) private BigDecimal postgraduateLoan = BigDecimal.ZERO;
    @Column(name = "pension_employee", nullable = false, precision = 19, scale = 2) private BigDecimal pensionEmployee = BigDecimal.ZERO;
    @Column(name = "pension_employer", nullable = false, precision = 19, scale = 2) private BigDecimal pensionEmployer = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2) private BigDecimal expenses = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2) private BigDecimal deductions = BigDecimal.ZERO;
    @Column(nullable = false, precision = 19, scale = 2) private BigDecimal net = BigDecimal.ZERO;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "calculated_by", length = 64)
    private String calculatedBy;

    @Column(name = "calculated_at")
    private Instant calculatedAt;

    @Embedded
    private Decision decision;

    @Column(name = "journal_id")
    private Long journalId;

    @Version
    private long version;

    protected PayrollRun() {
    }

    public PayrollRun(String schedule, TaxYear taxYear, PayDate date, boolean offCycle, String createdBy, Instant createdAt) {
        this.schedule = schedule;
        this.offCycle = offCycle;
        this.taxYear = taxYear.toString();
        this.period = date.period().number();
        this.payDate = date.paid();
        this.periodStart = date.from();
        this.periodEnd = date.to();
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The figures a calculation adds up from its payslips. */
    public record Totals(int employees, Money gross, Money tax, Money employeeNi, Money employerNi, Money studentLoan,
                         Money postgraduateLoan, Money pensionEmployee, Money pensionEmployer, Money expenses,
                         Money deductions, Money net) {

        public static final Totals NONE = new Totals(0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    /**
     * DRAFT, CALCULATED or FAILED to CALCULATING, as calculation number {@link #calculation()} over {@code total}
     * employees: the caller removes the previous results in the same transaction.
     */
    public void startCalculation(String by, Instant at, int total) {
        if (status != Status.DRAFT && status != Status.CALCULATED && status != Status.FAILED) {
            throw new StateConflict(status == Status.CALCULATING ? "This run is being calculated: wait for it to finish."
                    : "This run was approved by " + decision.by() + " and is final.");
        }
        status = Status.CALCULATING;
        calculation++;
        calculatedBy = by;
        calculatedAt = at;
        this.total = total;
        failure = null;
        totals(Totals.NONE);
    }

    /** The batch job execution working on the calculation now. */
    public void runBy(long execution) {
        ensure(Status.CALCULATING);
        jobExecution = execution;
    }

    /** CALCULATING to CALCULATED, with the totals of its payslips. */
    public void calculated(Totals totals) {
        ensure(Status.CALCULATING);
        status = Status.CALCULATED;
        totals(totals);
    }

    /** CALCULATING to FAILED: something stopped the job itself (one employee's problem never does). */
    public void failed(String reason) {
        ensure(Status.CALCULATING);
        status = Status.FAILED;
        failure = reason == null ? "The calculation stopped." : reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** Refuses inputs once the run is being calculated or is final; a calculated run goes back to DRAFT. */
    public void inputsChanged() {
        switch (status) {
            case DRAFT, FAILED -> { }
            case CALCULATED -> status = Status.DRAFT;
            case CALCULATING -> throw new StateConflict("This run is being calculated: add items when it has finished.");
            case APPROVED -> throw new StateConflict("This run was approved and is final: put the item into the next run.");
        }
    }

    /** Refuses unless the run is calculated and waits for approval. */
    public void ensureCalculated() {
        if (status != Status.CALCULATED) {
            throw new StateConflict(switch (status) {
                case APPROVED -> "This run was already approved by " + decision.by() + ".";
                case CALCULATING -> "This run is still being calculated.";
                default -> "This run has not been calculated since its inputs last changed: calculate it first.";
            });
        }
    }

    /** CALCULATED to APPROVED, with the journal the approval posted. */
    public void approve(String by, Instant at, String reason, long journalId) {
        ensureCalculated();
        status = Status.APPROVED;
        decision = Decision.approval(by, at, reason);
        this.journalId = journalId;
    }

    private void ensure(Status expected) {
        if (status != expected) {
            throw new StateConflict("This run is " + status.name().toLowerCase(Locale.UK) + ", not " + expected.name().toLowerCase(Locale.UK) + ".");
        }
    }

    private void totals(Totals t) {
        employees = t.employees();
        gross = t.gross().amount();
        tax = t.tax().amount();
        employeeNi = t.employeeNi().amount();
        employerNi = t.employerNi().amount();
        studentLoan = t.studentLoan().amount();
        postgraduateLoan = t.postgraduateLoan().amount();
        pensionEmployee = t.pensionEmployee().amount();
        pensionEmployer = t.pensionEmployer().amount();
        expenses = t.expenses().amount();
        deductions = t.deductions().amount();
        net = t.net().amount();
    }

    public Totals totals() {
        return new Totals(employees, Money.of(gross), Money.of(tax), Money.of(employeeNi), Money.of(employerNi), Money.of(studentLoan),
                Money.of(postgraduateLoan), Money.of(pensionEmployee), Money.of(pensionEmployer), Money.of(expenses),
                Money.of(deductions), Money.of(net));
    }

    /** For the audit trail. */
    public JsonObject state() {
        return Json.createObjectBuilder().add("id", id).add("schedule", schedule).add("taxYear", taxYear).add("period", period)
                .add("offCycle", offCycle).add("status", status.name()).add("calculation", calculation).add("employees", employees)
                .add("gross", gross.toPlainString()).add("net", net.toPlainString())
                .add("calculatedBy", calculatedBy == null ? "" : calculatedBy)
                .add("journalId", journalId == null ? 0 : journalId).build();
    }

    public Long id() { return id; }
    public String schedule() { return schedule; }
    /** A correction run in a period whose regular run is approved, paying only whom no approved run of the period paid. */
    public boolean offCycle() { return offCycle; }
    public TaxYear taxYear() { return TaxYear.parse(taxYear); }
    public int period() { return period; }
    public LocalDate payDate() { return payDate; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public Instant calculatedAt() { return calculatedAt; }
    public Status status() { return status; }
    public int calculation() { return calculation; }
    public Long jobExecution() { return jobExecution; }
    public String failure() { return failure; }
    public int total() { return total; }
    public String createdBy() { return createdBy; }
    public String calculatedBy() { return calculatedBy; }
    public Decision decision() { return decision; }
    public Long journalId() { return journalId; }
    public long version() { return version; }
}
