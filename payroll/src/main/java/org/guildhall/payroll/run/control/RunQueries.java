package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;

/** Reading runs and their results: progress, exceptions, payslips, variances; and an employee's own approved payslips. */
@ApplicationScoped
@Transactional
@InTenant
public class RunQueries {

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    PayslipStore store;

    @Inject
    PayPolicies policies;

    @Inject
    Myself me;

    /** A run with its progress and its exceptions. */
    public record RunState(PayrollRun run, int done, List<Held> exceptions) {
    }

    public record Held(String employeeNumber, String code, String message) {
    }

    /**
     * A payslip as stored, with its employee's name, NI number shown only by its last three characters, lines, pay
     * period and employer.
     */
    public record Slip(long runId, String employeeNumber, String name, String taxCode, String niCategory, LocalDate payDate,
                       List<Line> lines, Money gross, Money taxablePay, Money tax, Money employeeNi, Money employerNi,
                       Money studentLoan, Money postgraduateLoan, Money pensionEmployee, Money pensionEmployer, Money expenses,
                       Money deductions, Money net, List<Money> yearToDate, Period period, String niNumber, String employer) {
    }

    /** The pay period a payslip is for: the tax year, its period number (by the schedule's frequency), its days. */
    public record Period(String taxYear, int number, String frequency, LocalDate start, LocalDate end) {
    }

    /** A line of a payslip; {@code hours} and {@code rate} for pay by the hour. */
    public record Line(String kind, String description, Money amount, BigDecimal hours, BigDecimal rate) {
    }

    public record Variance(String employeeNumber, String kind, String detail) {
    }

    public record Slips(List<Slip> items, long total) {
    }

    public RunState state(long id) {
        PayrollRun run = find(id);
        int done = run.status() == PayrollRun.Status.DRAFT ? 0 : store.done(id);
        List<Held> held = new ArrayList<>();
        try (PreparedStatement query = connection().prepareStatement(
                "select employee_number, code, message from payroll_exception where tenant_id = ? and run_id = ? order by employee_number, code limit 1000")) {
            query.setString(1, session.current());
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    held.add(new Held(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new RunState(run, done, held);
    }

    /** The runs, newest first. */
    public List<PayrollRun> runs(int offset, int limit) {
        return em.createQuery("select r from PayrollRun r order by r.payDate desc, r.id desc", PayrollRun.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long runCount() {
        return em.createQuery("select count(r) from PayrollRun r", Long.class).getSingleResult();
    }

    public Slips payslips(long id, int offset, int limit) {
        find(id);
        List<Slip> slips = slips("s.run_id = ?", List.of(id), offset, limit);
        return new Slips(slips, count("select count(*) from payslip where tenant_id = ? and run_id = ?", id));
    }

    public Slip payslip(long id, String employeeNumber) {
        find(id);
        return slips("s.run_id = ? and s.employee_number = ?", List.of(id, employeeNumber), 0, 1).stream().findFirst()
                .orElseThrow(() -> new Absent("Run " + id + " has no payslip for " + employeeNumber + "."));
    }

    /** An employee's approved payslips, newest first: their own, or anyone's to payroll admins. */
    public Slips approvedPayslips(String employeeNumber, Long runId, int offset, int limit) {
        me.requireSelfOr(TenantRole.PAYROLL_ADMIN, employeeNumber);
        String where = "s.employee_number = ? and exists (select 1 from payroll_run r where r.tenant_id = s.tenant_id and r.id = s.run_id and r.status = 'APPROVED')"
                + (runId == null ? "" : " and s.run_id = ?");
        List<Object> parameters = runId == null ? List.of(employeeNumber) : List.of(employeeNumber, runId);
        return new Slips(slips(where, parameters, offset, limit), -1);
    }

    /** The tax years an employee was paid in by approved runs, newest first. */
    public List<String> taxYearsPaid(String employeeNumber) {
        me.requireSelfOr(TenantRole.PAYROLL_ADMIN, employeeNumber);
        List<String> years = new ArrayList<>();
        try (PreparedStatement query = connection().prepareStatement("""
                select distinct r.tax_year from payslip s join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id
                where s.tenant_id = ? and s.employee_number = ? and r.status = 'APPROVED' order by r.tax_year desc""")) {
            query.setString(1, session.current());
            query.setString(2, employeeNumber);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    years.add(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return years;
    }

    /** Starters, leavers, zero pay, and net pay changed by more than the policy's share against the last approved payslip. */
    public List<Variance> variances(long id) {
        PayrollRun run = find(id);
        BigDecimal share = policies.current().variancePercent();
        List<Variance> variances = new ArrayList<>();
        String tenant = session.current();
        try (PreparedStatement query = connection().prepareStatement("""
                select e.employee_number, e.start_date, e.end_date, s.net, s.gross, prev.net
                from payslip s join employee e on e.tenant_id = s.tenant_id and e.employee_number = s.employee_number
                left join lateral (
                  select p.net from payslip p join payroll_run r on r.tenant_id = p.tenant_id and r.id = p.run_id
                  where p.tenant_id = s.tenant_id and p.employee_number = s.employee_number and r.status = 'APPROVED'
                    and r.id <> s.run_id and r.pay_date <= ? order by r.pay_date desc, r.id desc limit 1) prev on true
                where s.tenant_id = ? and s.run_id = ?
                  and (e.start_date >= ? or (e.end_date is not null and e.end_date <= ?) or s.net = 0 or s.gross = 0
                       or (prev.net is not null and abs(s.net - prev.net) > prev.net * ? / 100))
                order by e.employee_number limit 5000""")) {
            query.setDate(1, Date.valueOf(run.payDate()));
            query.setString(2, tenant);
            query.setLong(3, id);
            query.setDate(4, Date.valueOf(run.periodStart()));
            query.setDate(5, Date.valueOf(run.periodEnd()));
            query.setBigDecimal(6, share);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String number = row.getString(1);
                    java.time.LocalDate start = row.getDate(2).toLocalDate();
                    java.time.LocalDate end = row.getDate(3) == null ? null : row.getDate(3).toLocalDate();
                    BigDecimal net = row.getBigDecimal(4);
                    BigDecimal previous = row.getBigDecimal(6);
                    if (!start.isBefore(run.periodStart())) {
                        variances.add(new Variance(number, "STARTER", "Started on " + start));
                    }
                    if (end != null && !end.isAfter(run.periodEnd())) {
                        variances.add(new Variance(number, "LEAVER", "Leaves on " + end));
                    }
                    if (net.signum() == 0 || row.getBigDecimal(5).signum() == 0) {
                        variances.add(new Variance(number, "ZERO_PAY", "Net pay " + net.toPlainString() + ", gross " + row.getBigDecimal(5).toPlainString()));
                    }
                    if (previous != null && net.subtract(previous).abs().compareTo(previous.multiply(share).movePointLeft(2)) > 0) {
                        variances.add(new Variance(number, net.compareTo(previous) > 0 ? "NET_PAY_UP" : "NET_PAY_DOWN",
                                "Net pay " + net.toPlainString() + " against " + previous.toPlainString() + " last period"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return variances;
    }

    /**
     * Every payslip of a run in employee number order, each with its lines, handed on one at a time as two cursors (the
     * payslips, the lines in the same order) are read side by side: a run of any size in bounded memory. Runs in the
     * caller's transaction, which must be entered into the run's tenant.
     */
    public static void eachPayslip(Connection connection, String tenant, long run, Consumer<Slip> each) {
        try (PreparedStatement query = connection.prepareStatement(SLIPS + " and s.run_id = ? order by s.employee_number");
             PreparedStatement lineQuery = connection.prepareStatement("""
                     select employee_number, kind, description, amount, hours, rate from payslip_line
                     where tenant_id = ? and run_id = ? order by employee_number, line_no""")) {
            query.setFetchSize(500);
            query.setString(1, tenant);
            query.setLong(2, run);
            lineQuery.setFetchSize(2_000);
            lineQuery.setString(1, tenant);
            lineQuery.setLong(2, run);
            try (ResultSet row = query.executeQuery(); ResultSet lineRow = lineQuery.executeQuery()) {
                boolean moreLines = lineRow.next();
                while (row.next()) {
                    Slip slip = slip(row);
                    while (moreLines && lineRow.getString(1).equals(slip.employeeNumber())) {
                        slip.lines().add(line(lineRow, 2));
                        moreLines = lineRow.next();
                    }
                    each.accept(slip);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read run " + run + "'s payslips", e);
        }
    }

    private static final String SLIPS = """
            select s.run_id, s.employee_number, e.given_name || ' ' || e.family_name, s.tax_code, s.ni_category, r.pay_date,
                   s.gross, s.taxable_pay, s.tax, s.employee_ni, s.employer_ni, s.student_loan, s.postgraduate_loan,
                   s.pension_employee, s.pension_employer, s.expenses, s.deductions, s.net,
                   s.ytd_gross, s.ytd_taxable_pay, s.ytd_tax, s.ytd_employee_ni, s.ytd_employer_ni, s.ytd_student_loan,
                   s.ytd_postgraduate_loan, s.ytd_pension_employee, s.ytd_pension_employer,
                   r.tax_year, r.period, coalesce(ps.frequency, 'MONTHLY'), r.period_start, r.period_end, e.ni_number, t.name
            from payslip s
            join employee e on e.tenant_id = s.tenant_id and e.employee_number = s.employee_number
            join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id
            join tenant t on t.code = s.tenant_id
            left join pay_schedule ps on ps.tenant_id = r.tenant_id and ps.code = r.schedule
            where s.tenant_id = ?""";

    private static Slip slip(ResultSet row) throws SQLException {
        Money[] figures = new Money[21];
        for (int f = 0; f < figures.length; f++) {
            figures[f] = Money.of(row.getBigDecimal(7 + f));
        }
        Period period = new Period(row.getString(28), row.getInt(29), row.getString(30), row.getDate(31).toLocalDate(),
                row.getDate(32).toLocalDate());
        return new Slip(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getDate(6).toLocalDate(), new ArrayList<>(), figures[0], figures[1], figures[2], figures[3], figures[4],
                figures[5], figures[6], figures[7], figures[8], figures[9], figures[10], figures[11],
                List.of(figures).subList(12, 21), period, masked(row.getString(33)), row.getString(34));
    }

    /** An NI number as a payslip shows it: only its last three characters. */
    static String masked(String niNumber) {
        String number = niNumber.strip();
        return "*".repeat(Math.max(0, number.length() - 3)) + number.substring(Math.max(0, number.length() - 3));
    }

    private static Line line(ResultSet row, int from) throws SQLException {
        return new Line(row.getString(from), row.getString(from + 1), Money.of(row.getBigDecimal(from + 2)), row.getBigDecimal(from + 3),
                row.getBigDecimal(from + 4));
    }

    private List<Slip> slips(String where, List<Object> parameters, int offset, int limit) {
        String tenant = session.current();
        List<Slip> slips = new ArrayList<>();
        try (PreparedStatement query = connection().prepareStatement(SLIPS + " and " + where
                + " order by r.pay_date desc, s.employee_number offset ? limit ?")) {
            int i = 0;
            query.setString(++i, tenant);
            for (Object parameter : parameters) {
                query.setObject(++i, parameter);
            }
            query.setInt(++i, offset);
            query.setInt(++i, limit);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    slips.add(slip(row));
                }
            }
            lines(tenant, slips);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return slips;
    }

    /** The lines of a page of payslips, in one query for them all rather than one each. */
    private void lines(String tenant, List<Slip> slips) throws SQLException {
        if (slips.isEmpty()) {
            return;
        }
        Map<String, Slip> byKey = new HashMap<>();
        Long[] runs = new Long[slips.size()];
        String[] employees = new String[slips.size()];
        for (int i = 0; i < slips.size(); i++) {
            Slip slip = slips.get(i);
            byKey.put(slip.runId() + "/" + slip.employeeNumber(), slip);
            runs[i] = slip.runId();
            employees[i] = slip.employeeNumber();
        }
        try (PreparedStatement query = connection().prepareStatement("""
                select l.run_id, l.employee_number, l.kind, l.description, l.amount, l.hours, l.rate
                from payslip_line l join unnest(?::int8[], ?::varchar[]) k(run_id, employee_number)
                  on l.run_id = k.run_id and l.employee_number = k.employee_number
                where l.tenant_id = ? order by l.run_id, l.employee_number, l.line_no""")) {
            query.setArray(1, connection().createArrayOf("int8", runs));
            query.setArray(2, connection().createArrayOf("varchar", employees));
            query.setString(3, tenant);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    byKey.get(row.getLong(1) + "/" + row.getString(2)).lines().add(line(row, 3));
                }
            }
        }
    }

    private long count(String sql, long id) {
        try (PreparedStatement query = connection().prepareStatement(sql)) {
            query.setString(1, session.current());
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public PayrollRun find(long id) {
        return Optional.ofNullable(em.find(PayrollRun.class, id)).orElseThrow(() -> new Absent("There is no payroll run " + id + "."));
    }

    private Connection connection() {
        return session.connection();
    }
}
