package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.payroll.run.entity.PayException;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.Payslip;
import org.guildhall.payroll.run.entity.PayslipCalculation;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Writes and clears a run's results in bulk: payslips, their lines and exceptions go in JDBC batches (which the driver
 * sends as multi-row inserts), in the caller's transaction and tenant.
 */
@ApplicationScoped
public class PayslipStore {

    @Inject
    TenantSession session;

    /** Writes a chunk's outcomes: the payslips of those paid and the exceptions of those held back. */
    public void write(long run, int calculation, List<PayslipCalculation.Outcome> outcomes) {
        List<Payslip> payslips = new ArrayList<>(outcomes.size());
        List<PayException> exceptions = new ArrayList<>();
        for (PayslipCalculation.Outcome outcome : outcomes) {
            if (outcome.payslip() != null) {
                payslips.add(outcome.payslip());
            }
            exceptions.addAll(outcome.exceptions());
        }
        write(run, calculation, payslips, exceptions);
    }

    /**
     * Writes a chunk's payslips and exceptions: one statement for the payslips and one for their lines, each taking its rows as one
     * array per column and inserting from {@code unnest} (fewer parameters to bind and statements to parse than a
     * multi-row insert; COPY, faster still, is refused on a table with row-level security).
     */
    public void write(long run, int calculation, List<Payslip> payslips, List<PayException> exceptions) {
        String tenant = session.current();
        Connection connection = session.connection();
        try {
            if (!payslips.isEmpty()) {
                writePayslips(connection, tenant, run, calculation, payslips);
                writeLines(connection, tenant, run, payslips);
            }
            if (!exceptions.isEmpty()) {
                try (PreparedStatement held = connection.prepareStatement("""
                        insert into payroll_exception (tenant_id, run_id, employee_number, code, message) values (?, ?, ?, ?, ?)""")) {
                    for (PayException e : exceptions) {
                        held.setString(1, tenant);
                        held.setLong(2, run);
                        held.setString(3, e.employeeNumber());
                        held.setString(4, e.code().name());
                        held.setString(5, e.message().length() > 500 ? e.message().substring(0, 500) : e.message());
                        held.addBatch();
                    }
                    held.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the run's payslips: " + e.getMessage(), e);
        }
    }

    private static final int AMOUNTS = 26;

    private static void writePayslips(Connection connection, String tenant, long run, int calculation, List<Payslip> payslips)
            throws SQLException {
        int n = payslips.size();
        String[] employees = new String[n];
        String[] codes = new String[n];
        String[] letters = new String[n];
        String[] costCentres = new String[n];
        BigDecimal[][] amounts = new BigDecimal[AMOUNTS][n];
        for (int r = 0; r < n; r++) {
            Payslip p = payslips.get(r);
            employees[r] = p.employeeNumber();
            codes[r] = p.taxCode();
            letters[r] = String.valueOf(p.niCategory());
            costCentres[r] = p.costCentre();
            Money[] row = {p.gross(), p.taxablePay(), p.niablePay(), p.tax(), p.employeeNi(), p.employerNi(), p.studentLoan(),
                    p.postgraduateLoan(), p.pensionEmployee(), p.pensionEmployer(), p.expenses(), p.deductions(), p.net(),
                    p.yearToDate().gross(), p.yearToDate().taxablePay(), p.yearToDate().tax(), p.yearToDate().employeeNi(),
                    p.yearToDate().employerNi(), p.yearToDate().studentLoan(), p.yearToDate().postgraduateLoan(),
                    p.yearToDate().pensionEmployee(), p.yearToDate().pensionEmployer(), p.niAtLel(), p.niLelToPt(), p.niPtToUel(),
                    p.arrearsOutstanding()};
            for (int c = 0; c < AMOUNTS; c++) {
                amounts[c][r] = row[c].amount();
            }
        }
        try (PreparedStatement slip = connection.prepareStatement("""
                insert into payslip (tenant_id, run_id, calculation, employee_number, tax_code, ni_category, cost_centre, gross,
                  taxable_pay, niable_pay, tax, employee_ni, employer_ni, student_loan, postgraduate_loan, pension_employee,
                  pension_employer, expenses, deductions, net, ytd_gross, ytd_taxable_pay, ytd_tax, ytd_employee_ni,
                  ytd_employer_ni, ytd_student_loan, ytd_postgraduate_loan, ytd_pension_employee, ytd_pension_employer, ni_at_lel,
                  ni_lel_to_pt, ni_pt_to_uel, arrears_outstanding)
                select ?, ?, ?, u.* from unnest(?::varchar[], ?::varchar[], ?::char(1)[], ?::varchar[]""" + ", ?::numeric[]".repeat(AMOUNTS) + ") u")) {
            int i = 0;
            slip.setString(++i, tenant);
            slip.setLong(++i, run);
            slip.setInt(++i, calculation);
            for (String[] column : new String[][] {employees, codes, letters, costCentres}) {
                slip.setArray(++i, connection.createArrayOf("varchar", column));
            }
            for (BigDecimal[] column : amounts) {
                slip.setArray(++i, connection.createArrayOf("numeric", column));
            }
            slip.executeUpdate();
        }
    }

    private static void writeLines(Connection connection, String tenant, long run, List<Payslip> payslips) throws SQLException {
        int n = payslips.stream().mapToInt(p -> p.lines().size()).sum();
        if (n == 0) {
            return;
        }
        String[] employees = new String[n];
        Short[] numbers = new Short[n];
        String[] kinds = new String[n];
        String[] descriptions = new String[n];
        BigDecimal[] amounts = new BigDecimal[n];
        Long[] claims = new Long[n];
        BigDecimal[] hours = new BigDecimal[n];
        BigDecimal[] rates = new BigDecimal[n];
        Long[] arrears = new Long[n];
        int r = 0;
        for (Payslip p : payslips) {
            short number = 0;
            for (Payslip.Line l : p.lines()) {
                employees[r] = p.employeeNumber();
                numbers[r] = ++number;
                kinds[r] = l.kind();
                descriptions[r] = l.description();
                amounts[r] = l.amount().amount();
                claims[r] = l.claimId();
                hours[r] = l.hours();
                rates[r] = l.rate();
                arrears[r] = l.arrearsOf();
                r++;
            }
        }
        try (PreparedStatement line = connection.prepareStatement("""
                insert into payslip_line (tenant_id, run_id, employee_number, line_no, kind, description, amount, claim_id, hours, rate,
                  arrears_of_run)
                select ?, ?, u.* from unnest(?::varchar[], ?::int2[], ?::varchar[], ?::varchar[], ?::numeric[], ?::int8[], ?::numeric[],
                                             ?::numeric[], ?::int8[]) u""")) {
            line.setString(1, tenant);
            line.setLong(2, run);
            line.setArray(3, connection.createArrayOf("varchar", employees));
            line.setArray(4, connection.createArrayOf("int2", numbers));
            line.setArray(5, connection.createArrayOf("varchar", kinds));
            line.setArray(6, connection.createArrayOf("varchar", descriptions));
            line.setArray(7, connection.createArrayOf("numeric", amounts));
            line.setArray(8, connection.createArrayOf("int8", claims));
            line.setArray(9, connection.createArrayOf("numeric", hours));
            line.setArray(10, connection.createArrayOf("numeric", rates));
            line.setArray(11, connection.createArrayOf("int8", arrears));
            line.executeUpdate();
        }
    }

    /** Removes a run's results, before it is calculated again. */
    public void clear(long run) {
        Connection connection = session.connection();
        try {
            for (String table : new String[] {"payslip_line", "payslip", "payroll_exception"}) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where tenant_id = ? and run_id = ?")) {
                    delete.setString(1, session.current());
                    delete.setLong(2, run);
                    delete.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The run's totals, added up from its payslips by the database. */
    public PayrollRun.Totals totals(long run) {
        try (PreparedStatement query = session.connection().prepareStatement("""
                select count(*), coalesce(sum(gross), 0), coalesce(sum(tax), 0), coalesce(sum(employee_ni), 0),
                       coalesce(sum(employer_ni), 0), coalesce(sum(student_loan), 0), coalesce(sum(postgraduate_loan), 0),
                       coalesce(sum(pension_employee), 0), coalesce(sum(pension_employer), 0), coalesce(sum(expenses), 0),
                       coalesce(sum(deductions), 0), coalesce(sum(net), 0)
                from payslip where tenant_id = ? and run_id = ?""")) {
            query.setString(1, session.current());
            query.setLong(2, run);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Money[] sums = new Money[11];
                for (int i = 0; i < sums.length; i++) {
                    BigDecimal value = row.getBigDecimal(i + 2);
                    sums[i] = Money.of(value.setScale(2));
                }
                return new PayrollRun.Totals(row.getInt(1), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7],
                        sums[8], sums[9], sums[10]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Employees with a payslip or an exception in the run: the calculation's progress. */
    public int done(long run) {
        try (PreparedStatement query = session.connection().prepareStatement("""
                select (select count(*) from payslip where tenant_id = ? and run_id = ?)
                     + (select count(distinct employee_number) from payroll_exception where tenant_id = ? and run_id = ?)""")) {
            query.setString(1, session.current());
            query.setLong(2, run);
            query.setString(3, session.current());
            query.setLong(4, run);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
