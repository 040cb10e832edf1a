package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guildhall.finance.posting.JournalDraft;
import org.guildhall.finance.posting.Posting;
import org.guildhall.hr.approval.control.Approvals;
import org.guildhall.hr.approval.entity.ApprovalLimit;
import org.guildhall.hr.approval.entity.Refusal;
import org.guildhall.hr.approval.entity.Subject;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.hr.policy.control.Policies;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.PayslipCalculation;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.NotPermitted;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Approving a calculated run, through the shared approvals concept: a run is nobody's own, so only the holder of the
 * policy's role (PAYROLL_APPROVER) decides it, and never anyone who calculated it or put items into it. The run's row
 * is held, so of two approving at once one wins and the other gets 409. Approval finalises it in one transaction: the
 * year-to-date figures move, one balanced journal is posted, the expense claims it repays become PAID.
 */
@ApplicationScoped
@Transactional
@InTenant
public class PayrollApprovals {

    static final String SOURCE = "PAYROLL";

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    Approvals approvals;

    @Inject
    Policies policies;

    @Inject
    Myself me;

    @Inject
    Posting finance;

    @Inject
    TenantSession session;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public PayrollRun approve(long id) {
        PayrollRun run = approvals.hold(PayrollRun.class, id);
        if (run == null) {
            throw new Absent("There is no payroll run " + id + ".");
        }
        ApprovalLimit limit = limit();
        Set<String> preparers = new HashSet<>(em.createQuery("select distinct i.addedBy from PayItem i where i.runId = :run", String.class)
                .setParameter("run", id).getResultList());
        if (run.calculatedBy() != null) {
            preparers.add(run.calculatedBy());
        }
        Optional<Refusal> refusal = approvals.caller().refusal(Subject.unowned(preparers, run.totals().net()), limit);
        if (refusal.isPresent()) {
            throw new NotPermitted(refusal.get() == Refusal.PREPARER
                    ? "You calculated this run or put items into it, so someone else approves it."
                    : "Only someone with the role " + limit.aboveLimitApprover() + " approves payroll runs.");
        }
        run.ensureCalculated();
        JsonObject before = run.state();
        Connection connection = session.connection();
        String tenant = session.current();
        try {
            ChangesSinceCalculation.ensureNone(connection, tenant, run);
            ensureNoneApprovedSince(connection, tenant, run);
            long journal = finance.post(SOURCE, run.id().toString(), journal(connection, tenant, run)).journalId();
            moveYearToDate(connection, tenant, run);
            repayClaims(connection, tenant, run);
            settleSalaryChanges(connection, tenant, run);
            run.approve(me.username(), clock.instant(), null, journal);
        } catch (SQLException e) {
            throw new IllegalStateException("could not finalise payroll run " + id, e);
        }
        em.flush();
        audit.record("PayrollRun", run.id().toString(), "APPROVE", before, run.state());
        return run;
    }

    private ApprovalLimit limit() {
        JsonObject section = policies.document("approval-limits").getJsonObject("payrollRuns");
        String role = section == null ? TenantRole.PAYROLL_APPROVER.name() : section.getString("approver", TenantRole.PAYROLL_APPROVER.name());
        return new ApprovalLimit(Money.ZERO, TenantRole.valueOf(role));
    }

    /**
     * Debits salaries, employer NI and employer pension by cost centre, and employee expenses payable for the claims
     * repaid (clearing what their approval credited); credits net pay, PAYE and NI (tax, both NIs, loans), pensions
     * and other deductions payable. Salary overpaid in an earlier tax year and recovered from net pay reduces the
     * salaries debited rather than being owed to anyone.
     */
    private JournalDraft journal(Connection connection, String tenant, PayrollRun run) throws SQLException {
        String reference = "Payroll " + run.schedule() + " " + run.taxYear() + " period " + run.period();
        List<JournalDraft.Line> lines = new ArrayList<>();
        // an earlier year's overpaid salary, taken back from net pay, comes off this year's cost of pay
        Map<String, BigDecimal> recoveries = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select s.cost_centre, -sum(l.amount) from payslip_line l
                join payslip s on s.tenant_id = l.tenant_id and s.run_id = l.run_id and s.employee_number = l.employee_number
                where l.tenant_id = ? and l.run_id = ? and l.kind = ? group by s.cost_centre""")) {
            query.setString(1, tenant);
            query.setLong(2, run.id());
            query.setString(3, PayslipCalculation.RECOVERY_AFTER_TAX);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    recoveries.put(row.getString(1), row.getBigDecimal(2));
                }
            }
        }
        BigDecimal recovered = recoveries.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        try (PreparedStatement query = connection.prepareStatement("""
                select cost_centre, sum(gross), sum(employer_ni), sum(pension_employer) from payslip
                where tenant_id = ? and run_id = ? group by cost_centre order by cost_centre""")) {
            query.setString(1, tenant);
            query.setLong(2, run.id());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String costCentre = row.getString(1);
                    debit(lines, account("SALARIES"), costCentre, row.getBigDecimal(2).subtract(recoveries.getOrDefault(costCentre, BigDecimal.ZERO)),
                            reference + ": pay");
                    debit(lines, account("EMPLOYER_NI"), costCentre, row.getBigDecimal(3), reference + ": employer NI");
                    debit(lines, account("EMPLOYER_PENSION"), costCentre, row.getBigDecimal(4), reference + ": employer pension");
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement("""
                select coalesce(sum(expenses), 0), coalesce(sum(net), 0),
                       coalesce(sum(tax + employee_ni + employer_ni + student_loan + postgraduate_loan), 0),
                       coalesce(sum(pension_employee + pension_employer), 0), coalesce(sum(deductions), 0)
                from payslip where tenant_id = ? and run_id = ?""")) {
            query.setString(1, tenant);
            query.setLong(2, run.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                debit(lines, account("EMPLOYEE_EXPENSES_PAYABLE"), null, row.getBigDecimal(1), reference + ": expenses repaid");
                debit(lines, account("NET_PAY_PAYABLE"), null, row.getBigDecimal(2).negate(), reference + ": net pay");
                debit(lines, account("PAYE_NI_PAYABLE"), null, row.getBigDecimal(3).negate(), reference + ": PAYE, NI and loans");
                debit(lines, account("PENSION_PAYABLE"), null, row.getBigDecimal(4).negate(), reference + ": pensions");
                debit(lines, account("DEDUCTIONS_PAYABLE"), null, row.getBigDecimal(5).subtract(recovered).negate(), reference + ": deductions");
            }
        }
        if (lines.size() < 2) {
            throw new RuleRefused("This run pays nobody: there is nothing to approve. Fix its exceptions and calculate it again.");
        }
        return new JournalDraft(run.payDate(), reference, "PAY-" + run.id(), lines);
    }

    /** A debit of {@code amount}, or a credit of it when it is negative; nothing when it is zero. */
    private static void debit(List<JournalDraft.Line> lines, String account, String costCentre, BigDecimal amount, String memo) {
        if (amount.signum() > 0) {
            lines.add(new JournalDraft.Line(account, costCentre, Money.of(amount), null, memo));
        } else if (amount.signum() < 0) {
            lines.add(new JournalDraft.Line(account, costCentre, null, Money.of(amount.negate()), memo));
        }
    }

    private String account(String purpose) {
        return finance.accountFor(purpose).orElseThrow(() -> new RuleRefused(
                "The chart of accounts has no account for " + purpose + ", so the run cannot be posted. Ask finance to add one."));
    }

    /** Adds the run's payslips to each employee's figures to date for the year, and under their NI letter: a statement each. */
    private static void moveYearToDate(Connection connection, String tenant, PayrollRun run) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into payroll_ytd as y (tenant_id, employee_number, tax_year, gross, taxable_pay, tax, employee_ni, employer_ni,
                  student_loan, postgraduate_loan, pension_employee, pension_employer, last_run)
                select tenant_id, employee_number, ?, gross, taxable_pay, tax, employee_ni, employer_ni, student_loan,
                  postgraduate_loan, pension_employee, pension_employer, run_id
                from payslip where tenant_id = ? and run_id = ?
                on conflict (tenant_id, employee_number, tax_year) do update set
                  gross = y.gross + excluded.gross, taxable_pay = y.taxable_pay + excluded.taxable_pay, tax = y.tax + excluded.tax,
                  employee_ni = y.employee_ni + excluded.employee_ni, employer_ni = y.employer_ni + excluded.employer_ni,
                  student_loan = y.student_loan + excluded.student_loan, postgraduate_loan = y.postgraduate_loan + excluded.postgraduate_loan,
                  pension_employee = y.pension_employee + excluded.pension_employee,
                  pension_employer = y.pension_employer + excluded.pension_employer, last_run = excluded.last_run""")) {
            upsert.setString(1, run.taxYear().toString());
            upsert.setString(2, tenant);
            upsert.setLong(3, run.id());
            upsert.executeUpdate();
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into payroll_ytd_ni as y (tenant_id, employee_number, tax_year, ni_letter, niable_earnings, employee_ni, employer_ni,
                  at_lel, lel_to_pt, pt_to_uel)
                select tenant_id, employee_number, ?, ni_category, niable_pay, employee_ni, employer_ni, ni_at_lel, ni_lel_to_pt, ni_pt_to_uel
                from payslip where tenant_id = ? and run_id = ?
                on conflict (tenant_id, employee_number, tax_year, ni_letter) do update set
                  niable_earnings = y.niable_earnings + excluded.niable_earnings, employee_ni = y.employee_ni + excluded.employee_ni,
                  employer_ni = y.employer_ni + excluded.employer_ni, at_lel = y.at_lel + excluded.at_lel,
                  lel_to_pt = y.lel_to_pt + excluded.lel_to_pt, pt_to_uel = y.pt_to_uel + excluded.pt_to_uel""")) {
            upsert.setString(1, run.taxYear().toString());
            upsert.setString(2, tenant);
            upsert.setLong(3, run.id());
            upsert.executeUpdate();
        }
    }

    /** The claims the run repays become PAID; one repaid by another run since the calculation is a conflict. */
    private static void repayClaims(Connection connection, String tenant, PayrollRun run) throws SQLException {
        int expected;
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from payslip_line where tenant_id = ? and run_id = ? and claim_id is not null")) {
            count.setString(1, tenant);
            count.setLong(2, run.id());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                expected = row.getInt(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update expense_claim set status = 'PAID', paid_by_run = ?, version = version + 1
                where tenant_id = ? and status = 'APPROVED' and paid_by_run is null
                  and id in (select claim_id from payslip_line where tenant_id = ? and run_id = ? and claim_id is not null)""")) {
            update.setLong(1, run.id());
            update.setString(2, tenant);
            update.setString(3, tenant);
            update.setLong(4, run.id());
            if (update.executeUpdate() != expected) {
                throw new StateConflict("An expense claim this run repays was repaid by another run since it was calculated: calculate it again.");
            }
        }
    }

    /**
     * Refuses (409) a run that pays someone another run, approved since this one was calculated, paid too: their
     * figures to date (on which this run's tax and NI are cumulative) have moved, and any arrears this run works out
     * may have been paid already. Usually no run was approved in between, which one look at the runs says.
     */
    private static void ensureNoneApprovedSince(Connection connection, String tenant, PayrollRun run) throws SQLException {
        List<Long> since = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select id from payroll_run where tenant_id = ? and status = 'APPROVED' and decided_at >= ? and id <> ? order by id""")) {
            query.setString(1, tenant);
            query.setTimestamp(2, java.sql.Timestamp.from(run.calculatedAt()));
            query.setLong(3, run.id());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    since.add(row.getLong(1));
                }
            }
        }
        if (since.isEmpty()) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("""
                select o.run_id, s.employee_number from payslip s
                join payslip o on o.tenant_id = s.tenant_id and o.employee_number = s.employee_number and o.run_id = any(?)
                where s.tenant_id = ? and s.run_id = ? order by s.employee_number limit 1""")) {
            query.setArray(1, connection.createArrayOf("int8", since.toArray()));
            query.setString(2, tenant);
            query.setLong(3, run.id());
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    throw new StateConflict("Run " + row.getLong(1) + ", approved since this one was calculated, paid " + row.getString(2)
                            + " too, so their figures to date have moved: calculate this run again.");
                }
            }
        }
    }

    /**
     * Salary changes this run has now paid in full: those from a date up to the end of its period, of each employee it
     * paid with nothing left to recover. Runs after it no longer look back for them.
     */
    private static void settleSalaryChanges(Connection connection, String tenant, PayrollRun run) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update salary_change c set settled_by_run = ?
                where c.tenant_id = ? and c.settled_by_run is null and c.effective_from <= ?
                  and exists (select 1 from payslip s where s.tenant_id = c.tenant_id and s.run_id = ?
                                and s.employee_number = c.employee_number and s.arrears_outstanding = 0)""")) {
            update.setLong(1, run.id());
            update.setString(2, tenant);
            update.setDate(3, java.sql.Date.valueOf(run.periodEnd()));
            update.setLong(4, run.id());
            update.executeUpdate();
        }
    }
}
