package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.guildhall.payroll.run.entity.PayException;
import org.guildhall.payroll.run.entity.PayrollRun;
import org.guildhall.payroll.run.entity.Payslip;
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

    /** Writes a chunk's outcomes. */
    public void write(long run, int calculation, List<Payslip> payslips, List<PayException> exceptions) {
        String tenant = session.current();
        Connection connection = session.connection();
        try (PreparedStatement slip = connection.prepareStatement("""
                insert into payslip (tenant_id, run_id, employee_number, calculation, tax_code, ni_category, cost_centre, gross,
                  taxable_pay, niable_pay, tax, employee_ni, employer_ni, student_loan, postgraduate_loan, pension_employee,
                  pension_employer, expenses, deductions, net, ytd_gross, ytd_taxable_pay, ytd_tax, ytd_employee_ni,
                  ytd_employer_ni, ytd_student_loan, ytd_postgraduate_loan, ytd_pension_employee, ytd_pension_employer)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement line = connection.prepareStatement("""
                insert into payslip_line (tenant_id, run_id, employee_number, line_no, kind, description, amount, claim_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement held = connection.prepareStatement("""
                insert into payroll_exception (tenant_id, run_id, employee_number, code, message) values (?, ?, ?, ?, ?)""")) {
            int lines = 0;
            for (Payslip p : payslips) {
                int i = 0;
                slip.setString(++i, tenant);
                slip.setLong(++i, run);
                slip.setString(++i, p.employeeNumber());
                slip.setInt(++i, calculation);
                slip.setString(++i, p.taxCode());
                slip.setString(++i, String.valueOf(p.niCategory()));
                slip.setString(++i, p.costCentre());
                for (Money amount : new Money[] {p.gross(), p.taxablePay(), p.niablePay(), p.tax(), p.employeeNi(), p.employerNi(),
                        p.studentLoan(), p.postgraduateLoan(), p.pensionEmployee(), p.pensionEmployer(), p.expenses(), p.deductions(),
                        p.net(), p.yearToDate().gross(), p.yearToDate().taxablePay(), p.yearToDate().tax(), p.yearToDate().employeeNi(),
                        p.yearToDate().employerNi(), p.yearToDate().studentLoan(), p.yearToDate().postgraduateLoan(),
                        p.yearToDate().pensionEmployee(), p.yearToDate().pensionEmployer()}) {
                    slip.setBigDecimal(++i, amount.amount());
                }
                slip.addBatch();
                short number = 0;
                for (Payslip.Line l : p.lines()) {
                    line.setString(1, tenant);
                    line.setLong(2, run);
                    line.setString(3, p.employeeNumber());
                    line.setShort(4, ++number);
                    line.setString(5, l.kind());
                    line.setString(6, l.description());
                    line.setBigDecimal(7, l.amount().amount());
                    line.setObject(8, l.claimId(), java.sql.Types.BIGINT);
                    line.addBatch();
                    lines++;
                }
            }
            for (PayException e : exceptions) {
                held.setString(1, tenant);
                held.setLong(2, run);
                held.setString(3, e.employeeNumber());
                held.setString(4, e.code().name());
                held.setString(5, e.message().length() > 500 ? e.message().substring(0, 500) : e.message());
                held.addBatch();
            }
            if (!payslips.isEmpty()) {
                slip.executeBatch();
            }
            if (lines > 0) {
                line.executeBatch();
            }
            if (!exceptions.isEmpty()) {
                held.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the run's payslips: " + e.getMessage(), e);
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
