package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.payroll.run.entity.PayeReference;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.TaxYear;

/**
 * What a leaver's P45 says, read once the run that pays them to their leaving date is approved: the employer's PAYE
 * reference, the employee, the leaving date, the tax code in use then (with its week 1 / month 1 basis), whether student
 * or postgraduate loan deductions go on, and the last entries on the payroll (tax year, period, pay and tax to date, and
 * this employment's own figures when pay from an earlier employment in the year was counted). Only the employee and
 * payroll admins read it.
 */
@ApplicationScoped
@Transactional
@InTenant
public class LeaverForms {

    @Inject
    TenantSession session;

    @Inject
    Myself me;

    @Inject
    PayeReferences references;

    /** The P45's content. {@code thisEmploymentPay} and {@code thisEmploymentTax} are null when nothing came from before. */
    public record P45(String employer, PayeReference reference, String employeeNumber, String niNumber, String familyName,
                      String givenNames, LocalDate birthDate, LocalDate leavingDate, String taxCode, boolean studentLoan,
                      boolean postgraduateLoan, String taxYear, int period, String frequency, Money totalPay, Money totalTax,
                      Money thisEmploymentPay, Money thisEmploymentTax) {
    }

    public P45 p45(String employeeNumber) {
        boolean own = me.employeeNumber().filter(employeeNumber::equals).isPresent();
        if (!own && !me.holds(TenantRole.PAYROLL_ADMIN)) {
            throw new Absent("There is no employee " + employeeNumber + ".");
        }
        String tenant = session.current();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select e.given_name, e.family_name, e.ni_number, e.date_of_birth, e.start_date, e.end_date, t.name,
                       last.tax_code, last.tax_year, last.period, last.frequency, last.period_end, last.ytd_taxable_pay, last.ytd_tax,
                       coalesce(p.student_loan_plans, ''), p.previous_taxable_pay, p.previous_tax_paid
                from employee e
                join tenant t on t.code = e.tenant_id
                left join payroll_profile p on p.tenant_id = e.tenant_id and p.employee_number = e.employee_number
                left join lateral (
                  select s.tax_code, r.tax_year, r.period, coalesce(ps.frequency, 'MONTHLY') frequency, r.period_end, s.ytd_taxable_pay, s.ytd_tax
                  from payslip s join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id and r.status = 'APPROVED'
                  left join pay_schedule ps on ps.tenant_id = r.tenant_id and ps.code = r.schedule
                  where s.tenant_id = e.tenant_id and s.employee_number = e.employee_number
                  order by r.pay_date desc, r.id desc limit 1) last on true
                where e.tenant_id = ? and e.employee_number = ?""")) {
            query.setString(1, tenant);
            query.setString(2, employeeNumber);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new Absent("There is no employee " + employeeNumber + ".");
                }
                LocalDate leaving = row.getDate(6) == null ? null : row.getDate(6).toLocalDate();
                if (leaving == null) {
                    throw new StateConflict(employeeNumber + " has no leaving date: a P45 is for someone leaving.");
                }
                if (row.getString(8) == null || row.getDate(12).toLocalDate().isBefore(leaving)) {
                    throw new StateConflict("A P45 is issued once the payroll run that pays " + employeeNumber + " to their leaving date, "
                            + leaving + ", is approved.");
                }
                PayeReference reference = references.current().orElseThrow(() -> new RuleRefused(
                        "A P45 carries the employer's PAYE reference, which is not set yet: a payroll admin sets it at paye-reference."));
                TaxYear year = TaxYear.parse(row.getString(9));
                Money pay = Money.of(row.getBigDecimal(13));
                Money tax = Money.of(row.getBigDecimal(14));
                BigDecimal previousPay = row.getBigDecimal(16);
                boolean before = previousPay != null && year.contains(row.getDate(5).toLocalDate());
                String plans = row.getString(15);
                return new P45(row.getString(7), reference, employeeNumber, row.getString(3).strip(), row.getString(2), row.getString(1),
                        row.getDate(4).toLocalDate(), leaving, row.getString(8), plans.matches(".*PLAN_.*"), plans.contains("POSTGRADUATE"),
                        row.getString(9), row.getInt(10), row.getString(11),
                        before ? pay.plus(Money.of(previousPay)) : pay, before ? tax.plus(Money.of(row.getBigDecimal(17))) : tax,
                        before ? pay : null, before ? tax : null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
