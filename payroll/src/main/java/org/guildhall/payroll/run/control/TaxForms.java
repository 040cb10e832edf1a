package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.payroll.run.entity.PayeReference;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.money.Money;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.InTenant;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.TaxYear;

/**
 * The tax forms an employee is given: a leaver's P45, read once the run that pays them to their leaving date is approved
 * (the employer's PAYE reference, the employee, the leaving date, the tax code then with its week 1 / month 1 basis,
 * whether loan deductions go on, and the last entries on the payroll: tax year, period, pay and tax to date, and this
 * employment's own figures when pay from an earlier employment in the year was counted); and the P60 for a tax year,
 * once the last run of that year on their schedule is approved (pay and tax before, here and in total, the final tax
 * code, NI-able earnings in their bands and the employee's NI per letter, loans in whole pounds; someone who left before
 * the year ended has a P45 instead). Only the employee and payroll admins read them.
 */
@ApplicationScoped
@Transactional
@InTenant
public class TaxForms {

    @Inject
    TenantSession session;

    @Inject
    Myself me;

    @Inject
    PayeReferences references;

    @Inject
    PaySchedules schedules;

    /** The P45's content. {@code thisEmploymentPay} and {@code thisEmploymentTax} are null when nothing came from before. */
    public record P45(String employer, PayeReference reference, String employeeNumber, String niNumber, String familyName,
                      String givenNames, LocalDate birthDate, LocalDate leavingDate, String taxCode, boolean studentLoan,
                      boolean postgraduateLoan, String taxYear, int period, String frequency, Money totalPay, Money totalTax,
                      Money thisEmploymentPay, Money thisEmploymentTax) {
    }

    public P45 p45(String employeeNumber) {
        me.requireSelfOr(TenantRole.PAYROLL_ADMIN, employeeNumber);
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

    /** One NI letter's figures for the year in this employment. */
    public record Letter(char letter, Money atLel, Money lelToPt, Money ptToUel, Money employeeNi) {
    }

    /** The P60's content; {@code previousPay} and {@code previousTax} are null when no earlier employment was counted. */
    public record P60(String employer, PayeReference reference, String employeeNumber, String niNumber, String name, TaxYear taxYear,
                      Money previousPay, Money previousTax, Money pay, Money tax, String finalTaxCode, List<Letter> letters,
                      Money studentLoan, Money postgraduateLoan) {
    }

    public P60 p60(String employeeNumber, String taxYearText) {
        me.requireSelfOr(TenantRole.PAYROLL_ADMIN, employeeNumber);
        TaxYear year;
        try {
            year = TaxYear.parse(taxYearText);
        } catch (RuntimeException e) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("taxYear", "Give a tax year such as 2026-27")));
        }
        String tenant = session.current();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select e.given_name || ' ' || e.family_name, e.ni_number, e.start_date, e.end_date, t.name,
                       last.tax_code, last.schedule, last.period, y.taxable_pay, y.tax, y.student_loan, y.postgraduate_loan,
                       p.previous_taxable_pay, p.previous_tax_paid
                from employee e
                join tenant t on t.code = e.tenant_id
                left join payroll_profile p on p.tenant_id = e.tenant_id and p.employee_number = e.employee_number
                left join payroll_ytd y on y.tenant_id = e.tenant_id and y.employee_number = e.employee_number and y.tax_year = ?
                left join lateral (
                  select s.tax_code, r.schedule, r.period from payslip s
                  join payroll_run r on r.tenant_id = s.tenant_id and r.id = s.run_id and r.status = 'APPROVED' and r.tax_year = ?
                  where s.tenant_id = e.tenant_id and s.employee_number = e.employee_number
                  order by r.pay_date desc, r.id desc limit 1) last on true
                where e.tenant_id = ? and e.employee_number = ?""")) {
            query.setString(1, year.toString());
            query.setString(2, year.toString());
            query.setString(3, tenant);
            query.setString(4, employeeNumber);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new Absent("There is no employee " + employeeNumber + ".");
                }
                if (row.getString(6) == null) {
                    throw new Absent(employeeNumber + " was not paid by an approved run in " + year + ".");
                }
                LocalDate left = row.getDate(4) == null ? null : row.getDate(4).toLocalDate();
                if (left != null && !left.isAfter(year.end())) {
                    throw new StateConflict(employeeNumber + " left on " + left + ", before " + year + " ended: a leaver has a P45, not a P60.");
                }
                PayrollSchedule schedule = schedules.find(row.getString(7));
                int last = schedules.payDates(schedule, year).size();
                if (row.getInt(8) < last) {
                    throw new StateConflict("A P60 is issued after the last run of " + year + " is approved: " + employeeNumber
                            + " was last paid in period " + row.getInt(8) + " of " + last + " on " + schedule.code() + ".");
                }
                PayeReference reference = references.current().orElseThrow(() -> new RuleRefused(
                        "A P60 carries the employer's PAYE reference, which is not set yet: a payroll admin sets it at paye-reference."));
                Money pay = money(row.getBigDecimal(9));
                Money tax = money(row.getBigDecimal(10));
                boolean before = row.getBigDecimal(13) != null && year.contains(row.getDate(3).toLocalDate());
                return new P60(row.getString(5), reference, employeeNumber, row.getString(2).strip(), row.getString(1), year,
                        before ? Money.of(row.getBigDecimal(13)) : null, before ? Money.of(row.getBigDecimal(14)) : null, pay, tax,
                        row.getString(6), letters(tenant, employeeNumber, year), money(row.getBigDecimal(11)), money(row.getBigDecimal(12)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Letter> letters(String tenant, String employeeNumber, TaxYear year) throws SQLException {
        List<Letter> letters = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement("""
                select ni_letter, at_lel, lel_to_pt, pt_to_uel, employee_ni from payroll_ytd_ni
                where tenant_id = ? and employee_number = ? and tax_year = ? order by ni_letter""")) {
            query.setString(1, tenant);
            query.setString(2, employeeNumber);
            query.setString(3, year.toString());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    letters.add(new Letter(row.getString(1).charAt(0), Money.of(row.getBigDecimal(2)), Money.of(row.getBigDecimal(3)),
                            Money.of(row.getBigDecimal(4)), Money.of(row.getBigDecimal(5))));
                }
            }
        }
        return letters;
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.of(amount);
    }
}
