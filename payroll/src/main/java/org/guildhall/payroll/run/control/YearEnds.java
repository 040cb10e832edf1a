package org.guildhall.payroll.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guildhall.hr.people.control.Myself;
import org.guildhall.payroll.calculation.entity.TaxCode;
import org.guildhall.payroll.run.entity.PayrollProfile;
import org.guildhall.payroll.run.entity.PayrollSchedule;
import org.guildhall.payroll.run.entity.PayrollYearEnd;
import org.guildhall.payroll.run.entity.TaxCodeUplift;
import org.guildhall.platform.audit.control.AuditTrail;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.InvalidInput;
import org.guildhall.platform.domain.RuleRefused;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.TaxYear;

/**
 * Closing a tax year's payroll, once every schedule in use has its last period approved: each payroll profile's code
 * moves to the next year as HMRC's P9X says (an L, M or N code by that year's uplift; every other code, and a week
 * 1/month 1 code such as the emergency 1257L W1, carried forward as it is), each change audited. The figures to date
 * need nothing: they are kept per tax year, so the next year's start at nothing.
 */
@ApplicationScoped
public class YearEnds {

    private static final Map<TaxYear, TaxCodeUplift> UPLIFTS = TaxCodeUplift.published();

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Inject
    TenantSession session;

    @Inject
    PaySchedules schedules;

    @Inject
    Myself me;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<PayrollYearEnd> find(String taxYear) {
        return Optional.ofNullable(em.find(PayrollYearEnd.class, parse(taxYear).toString()));
    }

    public PayrollYearEnd close(String taxYearText) {
        TaxYear year = parse(taxYearText);
        TaxYear next = new TaxYear(year.firstYear() + 1);
        TaxCodeUplift uplift = UPLIFTS.get(next);
        if (uplift == null) {
            throw new RuleRefused("HMRC's P9X for " + next + " is not in the product's rate tables yet, so " + year
                    + " cannot be closed: the codes to carry forward are not known.");
        }
        Connection connection = session.connection();
        String tenant = session.current();
        try {
            ensureLastPeriodsApproved(connection, tenant, year);
            Map<String, String> uplifted = new LinkedHashMap<>();
            int kept = 0;
            try (PreparedStatement query = connection.prepareStatement(
                    "select employee_number, tax_code from payroll_profile where tenant_id = ? order by employee_number")) {
                query.setString(1, tenant);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Optional<String> code = uplift.apply(TaxCode.parse(row.getString(2)));
                        if (code.isPresent()) {
                            uplifted.put(row.getString(1), code.get());
                        } else {
                            kept++;
                        }
                    }
                }
            }
            Instant now = clock.instant();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into payroll_year_end (tenant_id, tax_year, uplift_l, uplift_m, uplift_n, codes_uplifted, codes_kept, closed_by, closed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
                insert.setString(1, tenant);
                insert.setString(2, year.toString());
                insert.setInt(3, uplift.l());
                insert.setInt(4, uplift.m());
                insert.setInt(5, uplift.n());
                insert.setInt(6, uplifted.size());
                insert.setInt(7, kept);
                insert.setString(8, me.username());
                insert.setTimestamp(9, Timestamp.from(now));
                if (insert.executeUpdate() == 0) {
                    throw new StateConflict("The payroll for " + year + " is already closed.");
                }
            }
            for (Map.Entry<String, String> change : uplifted.entrySet()) {
                PayrollProfile profile = em.find(PayrollProfile.class, change.getKey());
                JsonObject before = profile.state();
                PayrollProfile.Content content = profile.content();
                profile.set(new PayrollProfile.Content(change.getValue(), content.niCategory(), content.studentLoanPlans(), content.schedule(),
                        content.pensionScheme(), content.employeeRate(), content.employerRate(), content.starterDeclaration(),
                        content.previousTaxablePay(), content.previousTaxPaid(), content.gender(), content.addressLines(), content.postcode()));
                em.flush();
                audit.record("PayrollProfile", change.getKey(), "YEAR_END", before, profile.state());
            }
            PayrollYearEnd closed = em.find(PayrollYearEnd.class, year.toString());
            audit.record("PayrollYearEnd", year.toString(), "CLOSE", null, closed.state());
            return closed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the payroll for " + year, e);
        }
    }

    /** Refuses (409) while a schedule someone is paid on has no approved run of its last period of the year. */
    private void ensureLastPeriodsApproved(Connection connection, String tenant, TaxYear year) throws SQLException {
        List<String> open = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select distinct schedule from payroll_profile where tenant_id = ?
                union select distinct schedule from payroll_run where tenant_id = ? and tax_year = ? order by 1""")) {
            query.setString(1, tenant);
            query.setString(2, tenant);
            query.setString(3, year.toString());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    PayrollSchedule schedule = schedules.find(row.getString(1));
                    int last = schedules.payDates(schedule, year).size();
                    if (!approved(connection, tenant, year, schedule.code(), last)) {
                        open.add(schedule.code() + " period " + last);
                    }
                }
            }
        }
        if (!open.isEmpty()) {
            throw new StateConflict(year + " closes once the last run of each schedule is approved; not yet: " + String.join(", ", open) + ".");
        }
    }

    private static boolean approved(Connection connection, String tenant, TaxYear year, String schedule, int period) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select 1 from payroll_run where tenant_id = ? and schedule = ? and tax_year = ? and period = ?
                  and not off_cycle and status = 'APPROVED'""")) {
            query.setString(1, tenant);
            query.setString(2, schedule);
            query.setString(3, year.toString());
            query.setInt(4, period);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static TaxYear parse(String taxYear) {
        try {
            return TaxYear.parse(taxYear);
        } catch (RuntimeException e) {
            throw new InvalidInput("The request has invalid fields.", List.of(new InvalidInput.Field("taxYear", "Give a tax year such as 2026-27")));
        }
    }
}
