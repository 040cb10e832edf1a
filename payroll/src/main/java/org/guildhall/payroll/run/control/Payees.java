package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.payroll.calculation.entity.PayFrequency;
import org.guildhall.payroll.run.entity.Payee;
import org.guildhall.payroll.run.entity.PayrollProfile;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.SalaryHistory;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Reads what a run needs of its employees in bulk, with plain JDBC on the transaction's connection (already in the
 * tenant, so row-level security applies as well as the tenant predicate each query carries): who is in the run, and
 * for a page of them everything the calculation needs in four queries, never one per employee.
 */
@ApplicationScoped
public class Payees {

    /**
     * Who a run pays: employees on its schedule (and, on the standard MONTHLY schedule, anyone with no profile, who
     * then shows as an exception) employed for at least a day of the period, whom no other approved run of the period
     * paid (so an off-cycle run pays only those the regular run missed). Parameters: tenant, schedule, schedule again,
     * period end, period start, the run, its schedule, tax year and period.
     */
    private static final String SCOPE = """
            from employee e left join payroll_profile p on p.tenant_id = e.tenant_id and p.employee_number = e.employee_number
            where e.tenant_id = ? and (p.schedule = ? or (p.employee_number is null and ? = 'MONTHLY'))
              and e.start_date <= ? and (e.end_date is null or e.end_date >= ?)
              and not exists (select 1 from payslip s join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id
                              where s.tenant_id = e.tenant_id and s.employee_number = e.employee_number and r.id <> ?
                                and r.schedule = ? and r.tax_year = ? and r.period = ? and r.status = 'APPROVED')""";

    @Inject
    TenantSession session;

    /** How many employees the run pays. */
    public int count(PayrollRun run) {
        try (PreparedStatement query = connection().prepareStatement("select count(*) " + SCOPE)) {
            scope(query, run);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The employees of one partition with nothing written for the run yet, in employee number order. What is written
     * commits with the chunk, so this, not the batch runtime's checkpoint (which commits on its own), says where a
     * calculation got to.
     */
    public List<String> pending(PayrollRun run, int partition, int partitions) {
        String sql = "select e.employee_number " + SCOPE + """
                  and ((hashtext(e.employee_number) & 2147483647) % ?) = ?
                  and not exists (select 1 from payslip s where s.tenant_id = e.tenant_id and s.run_id = ? and s.employee_number = e.employee_number)
                  and not exists (select 1 from payroll_exception x where x.tenant_id = e.tenant_id and x.run_id = ? and x.employee_number = e.employee_number)
                order by e.employee_number""";
        try (PreparedStatement query = connection().prepareStatement(sql)) {
            int i = scope(query, run);
            query.setInt(++i, partitions);
            query.setInt(++i, partition);
            query.setLong(++i, run.id());
            query.setLong(++i, run.id());
            query.setFetchSize(10_000);
            List<String> numbers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
            return numbers;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything the calculation needs of {@code numbers}, in their order. */
    public List<Payee> load(PayrollRun run, String unpaidLeaveType, List<String> numbers) {
        String tenant = session.current();
        Connection connection = connection();
        try {
            Array keys = connection.createArrayOf("varchar", numbers.toArray());
            Map<String, List<Payee.Item>> items = items(connection, tenant, run.id(), keys);
            Map<String, List<Payee.Claim>> claims = claims(connection, tenant, keys, run.calculatedAt());
            Map<String, BigDecimal> unpaid = unpaidDays(connection, tenant, keys, unpaidLeaveType, run.periodStart(), run.periodEnd());
            Map<String, List<SalaryHistory.Change>> changes = salaryChanges(connection, tenant, keys);
            Map<String, List<Paid>> paidBefore = paidBefore(connection, tenant, keys, run);
            Map<String, Payee> payees = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    select e.employee_number, e.cost_centre, e.start_date, e.end_date, e.annual_salary, e.fte,
                           p.employee_number, p.tax_code, p.ni_category, p.student_loan_plans, p.pension_scheme,
                           p.pension_employee_rate, p.pension_employer_rate, p.previous_taxable_pay, p.previous_tax_paid,
                           y.employee_number, y.gross, y.taxable_pay, y.tax, y.employee_ni, y.employer_ni, y.student_loan,
                           y.postgraduate_loan, y.pension_employee, y.pension_employer,
                           b.status = 'CONFIRMED'
                    from employee e
                    left join payroll_profile p on p.tenant_id = e.tenant_id and p.employee_number = e.employee_number
                    left join payroll_ytd y on y.tenant_id = e.tenant_id and y.employee_number = e.employee_number and y.tax_year = ?
                    left join employee_bank_account b on b.tenant_id = e.tenant_id and b.employee_number = e.employee_number
                    where e.tenant_id = ? and e.employee_number = any(?)""")) {
                query.setString(1, run.taxYear().toString());
                query.setString(2, tenant);
                query.setArray(3, keys);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        String number = row.getString(1);
                        Payee.Profile profile = row.getString(7) == null ? null : new Payee.Profile(row.getString(8), row.getString(9).charAt(0),
                                PayrollProfile.loans(row.getString(10)), row.getString(11), row.getBigDecimal(12), row.getBigDecimal(13),
                                money(row, 14), money(row, 15));
                        Payee.YearToDate toDate = row.getString(16) == null ? null : new Payee.YearToDate(money(row, 17), money(row, 18),
                                money(row, 19), money(row, 20), money(row, 21), money(row, 22), money(row, 23), money(row, 24), money(row, 25));
                        LocalDate start = row.getDate(3).toLocalDate();
                        BigDecimal salary = row.getBigDecimal(5);
                        BigDecimal fte = row.getBigDecimal(6);
                        List<SalaryHistory.Change> history = changes.getOrDefault(number, List.of());
                        List<Payee.PaidPeriod> periods = new ArrayList<>();
                        for (Paid paid : paidBefore.getOrDefault(number, List.of())) {
                            periods.add(new Payee.PaidPeriod(paid.run, paid.taxYear, paid.period, paid.frequency, paid.from, paid.to,
                                    SalaryHistory.between(start.isAfter(paid.from) ? start : paid.from, paid.to, salary, fte, history), paid.paid));
                        }
                        payees.put(number, new Payee(number, row.getString(2), start, row.getDate(4) == null ? null : row.getDate(4).toLocalDate(),
                                SalaryHistory.between(start.isAfter(run.periodStart()) ? start : run.periodStart(), run.periodEnd(),
                                        salary, fte, history), profile, toDate,
                                items.get(number), claims.get(number), unpaid.get(number), row.getBoolean(26), null, periods));
                    }
                }
            }
            List<Payee> ordered = new ArrayList<>(numbers.size());
            for (String number : numbers) {
                Payee payee = payees.get(number);
                if (payee != null) {
                    ordered.add(payee);
                }
            }
            return ordered;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<Payee.Item>> items(Connection connection, String tenant, long run, Array keys) throws SQLException {
        Map<String, List<Payee.Item>> items = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select employee_number, kind, description, amount, hours, rate from pay_item
                where tenant_id = ? and run_id = ? and employee_number = any(?) order by id""")) {
            query.setString(1, tenant);
            query.setLong(2, run);
            query.setArray(3, keys);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    items.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                            .add(new Payee.Item(row.getString(2), row.getString(3), Money.of(row.getBigDecimal(4)), row.getBigDecimal(5), row.getBigDecimal(6)));
                }
            }
        }
        return items;
    }

    /** Each employee's salary changes, in date order. */
    private static Map<String, List<SalaryHistory.Change>> salaryChanges(Connection connection, String tenant, Array keys) throws SQLException {
        Map<String, List<SalaryHistory.Change>> changes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select employee_number, effective_from, salary_before, fte_before, annual_salary, fte from salary_change "
                        + "where tenant_id = ? and employee_number = any(?) order by employee_number, effective_from")) {
            query.setString(1, tenant);
            query.setArray(2, keys);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    changes.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(new SalaryHistory.Change(row.getDate(2).toLocalDate(),
                            row.getBigDecimal(3), row.getBigDecimal(4), row.getBigDecimal(5), row.getBigDecimal(6)));
                }
            }
        }
        return changes;
    }

    /** A period an approved run paid, and the salary paid for it so far. */
    private record Paid(long run, String taxYear, int period, PayFrequency frequency, LocalDate from, LocalDate to, Money paid) {
    }

    /**
     * For employees with a salary change not yet settled that starts before this run's period: each period an
     * approved run paid them from that change's date on, oldest first, with the salary paid for it (its salary lines
     * and the arrears and recoveries of it in approved runs since). Nobody else reads a row.
     */
    private static Map<String, List<Paid>> paidBefore(Connection connection, String tenant, Array keys, PayrollRun run) throws SQLException {
        Map<String, List<Paid>> paid = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                with reach as (
                    select employee_number, min(effective_from) as since from salary_change
                    where tenant_id = ? and settled_by_run is null and employee_number = any(?) and effective_from < ?
                    group by employee_number)
                select s.employee_number, r.id, r.tax_year, r.period, k.frequency, r.period_start, r.period_end,
                       coalesce((select sum(l.amount) from payslip_line l
                                 where l.tenant_id = s.tenant_id and l.run_id = r.id and l.employee_number = s.employee_number
                                   and l.kind = 'SALARY'), 0)
                     + coalesce((select sum(l.amount) from payslip_line l
                                 join payroll_run a on a.tenant_id = l.tenant_id and a.id = l.run_id and a.status = 'APPROVED'
                                 where l.tenant_id = s.tenant_id and l.employee_number = s.employee_number and l.arrears_of_run = r.id), 0)
                from reach c
                join payslip s on s.tenant_id = ? and s.employee_number = c.employee_number
                join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id
                join pay_schedule k on k.tenant_id = r.tenant_id and k.code = r.schedule
                where r.status = 'APPROVED' and r.id <> ? and r.period_end >= c.since and r.period_start < ?
                order by s.employee_number, r.period_start""")) {
            query.setString(1, tenant);
            query.setArray(2, keys);
            query.setDate(3, Date.valueOf(run.periodStart()));
            query.setString(4, tenant);
            query.setLong(5, run.id());
            query.setDate(6, Date.valueOf(run.periodStart()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    paid.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(new Paid(row.getLong(2), row.getString(3),
                            row.getInt(4), PayFrequency.valueOf(row.getString(5)), row.getDate(6).toLocalDate(), row.getDate(7).toLocalDate(),
                            Money.of(row.getBigDecimal(8).setScale(2))));
                }
            }
        }
        return paid;
    }

    /**
     * Approved claims no run has repaid yet, decided by the time the calculation began ({@code asOf}, which starting
     * it sets): a claim decided while a run is being calculated waits for the next, however its pages are read.
     */
    private static Map<String, List<Payee.Claim>> claims(Connection connection, String tenant, Array keys, java.time.Instant asOf)
            throws SQLException {
        Map<String, List<Payee.Claim>> claims = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select employee_number, id, total from expense_claim
                where tenant_id = ? and status = 'APPROVED' and paid_by_run is null and employee_number = any(?)
                  and decided_at <= ? order by id""")) {
            query.setString(1, tenant);
            query.setArray(2, keys);
            query.setTimestamp(3, java.sql.Timestamp.from(asOf));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    claims.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                            .add(new Payee.Claim(row.getLong(2), Money.of(row.getBigDecimal(3))));
                }
            }
        }
        return claims;
    }

    /**
     * Working days of approved unpaid leave within the period. A request that runs over the period's edge counts the
     * share of its working days that fall in the period, by weekdays (so a bank holiday at the edge is shared out too).
     */
    private static Map<String, BigDecimal> unpaidDays(Connection connection, String tenant, Array keys, String leaveType,
                                                      LocalDate from, LocalDate to) throws SQLException {
        Map<String, BigDecimal> days = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select employee_number, start_date, end_date, working_days from leave_request
                where tenant_id = ? and status = 'APPROVED' and leave_type = ? and employee_number = any(?)
                  and start_date <= ? and end_date >= ?""")) {
            query.setString(1, tenant);
            query.setString(2, leaveType);
            query.setArray(3, keys);
            query.setDate(4, Date.valueOf(to));
            query.setDate(5, Date.valueOf(from));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    LocalDate start = row.getDate(2).toLocalDate();
                    LocalDate end = row.getDate(3).toLocalDate();
                    BigDecimal working = row.getBigDecimal(4);
                    if (start.isBefore(from) || end.isAfter(to)) {
                        long all = weekdays(start, end);
                        long inside = weekdays(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end);
                        working = all == 0 ? BigDecimal.ZERO : working.multiply(BigDecimal.valueOf(inside))
                                .divide(BigDecimal.valueOf(all), 1, java.math.RoundingMode.HALF_UP);
                    }
                    days.merge(row.getString(1), working, BigDecimal::add);
                }
            }
        }
        return days;
    }

    static long weekdays(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    private int scope(PreparedStatement query, PayrollRun run) throws SQLException {
        query.setString(1, session.current());
        query.setString(2, run.schedule());
        query.setString(3, run.schedule());
        query.setDate(4, Date.valueOf(run.periodEnd()));
        query.setDate(5, Date.valueOf(run.periodStart()));
        query.setLong(6, run.id());
        query.setString(7, run.schedule());
        query.setString(8, run.taxYear().toString());
        query.setInt(9, run.period());
        return 9;
    }

    private static Money money(ResultSet row, int column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : Money.of(value);
    }

    private Connection connection() {
        return session.connection();
    }
}
