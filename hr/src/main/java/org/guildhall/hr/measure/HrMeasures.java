package org.guildhall.hr.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.measure.MeasureSource;
import org.guildhall.platform.measure.Measured;
import org.guildhall.platform.measure.WorkingHours;
import org.guildhall.platform.tenancy.TenantSession;
import org.guildhall.platform.time.Nation;
import org.guildhall.platform.time.WorkingDays;

/**
 * HR's service measures: how long leave requests and expense claims waited for a decision, in working hours, over those
 * decided in the month; and, for metering, the expense claims submitted in it.
 */
@ApplicationScoped
public class HrMeasures implements MeasureSource {

    static final WorkingDays WORKING_DAYS = WorkingDays.in(Nation.ENGLAND);

    @Inject
    TenantSession session;

    @Override
    public List<Measured> measure(YearMonth month) {
        return List.of(
                Measured.time("LEAVE_DECISION", Measured.Unit.WORKING_HOURS, waits("""
                        select requested_at, decided_at from leave_request where tenant_id = ? and decided_at >= ? and decided_at < ?
                          and status in ('APPROVED', 'REJECTED')""", month)),
                Measured.time("EXPENSE_DECISION", Measured.Unit.WORKING_HOURS, waits("""
                        select submitted_at, decided_at from expense_claim where tenant_id = ? and decided_at >= ? and decided_at < ?
                          and submitted_at is not null""", month)),
                count("EXPENSE_CLAIMS", "select count(*) from expense_claim where tenant_id = ? and submitted_at >= ? and submitted_at < ?", month),
                onboardingErrors(month));
    }

    /**
     * Problems found per 1,000 rows in the onboarding workbooks checked or loaded in the month (none when no rows were):
     * how clean the data departments send is, and how much putting it right costs them.
     */
    private Measured onboardingErrors(YearMonth month) {
        try (PreparedStatement query = session.connection().prepareStatement("""
                select coalesce(sum(row_count), 0), coalesce(sum(errors), 0) from onboarding_check
                where tenant_id = ? and checked_at >= ? and checked_at < ?""")) {
            query.setString(1, session.current());
            query.setTimestamp(2, Timestamp.from(month.atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            query.setTimestamp(3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return onboardingErrors(row.getLong(1), row.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the onboarding checks of " + month, e);
        }
    }

    /** {@code errors} per 1,000 of {@code rows}, to two places; counted over the rows, and no figure without any. */
    static Measured onboardingErrors(long rows, long errors) {
        BigDecimal rate = rows == 0 ? null
                : BigDecimal.valueOf(errors * 1000).divide(BigDecimal.valueOf(rows), 2, java.math.RoundingMode.HALF_UP);
        return Measured.figure("ONBOARDING_ERRORS", Measured.Unit.PER_THOUSAND, rate, rows);
    }

    /** A count for metering: the rows {@code sql} counts in the month. */
    private Measured count(String measure, String sql, YearMonth month) {
        try (PreparedStatement query = session.connection().prepareStatement(sql)) {
            query.setString(1, session.current());
            query.setTimestamp(2, Timestamp.from(month.atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            query.setTimestamp(3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long count = row.getLong(1);
                return Measured.figure(measure, Measured.Unit.COUNT, BigDecimal.valueOf(count).setScale(2), count);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count " + measure, e);
        }
    }

    private List<BigDecimal> waits(String sql, YearMonth month) {
        List<BigDecimal> hours = new ArrayList<>();
        try (PreparedStatement query = session.connection().prepareStatement(sql)) {
            query.setFetchSize(5_000);
            query.setString(1, session.current());
            query.setTimestamp(2, Timestamp.from(month.atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            query.setTimestamp(3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    hours.add(WorkingHours.between(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant(), WORKING_DAYS));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the decisions of " + month, e);
        }
        return hours;
    }
}
