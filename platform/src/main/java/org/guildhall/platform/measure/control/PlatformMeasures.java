package org.guildhall.platform.measure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import org.guildhall.platform.measure.MeasureSource;
import org.guildhall.platform.measure.Measured;
import org.guildhall.platform.measure.WorkingHours;
import org.guildhall.platform.tenancy.TenantSession;

/** Active users: everyone who changed something in the tenant in the month, by its audit chain. */
@ApplicationScoped
public class PlatformMeasures implements MeasureSource {

    @Inject
    TenantSession session;

    @Override
    public List<Measured> measure(YearMonth month) {
        try (PreparedStatement query = session.connection().prepareStatement(
                "select count(distinct actor) from audit_event where tenant_id = ? and occurred_at >= ? and occurred_at < ?")) {
            query.setString(1, session.current());
            query.setTimestamp(2, Timestamp.from(month.atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            query.setTimestamp(3, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(WorkingHours.UK).toInstant()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long users = row.getLong(1);
                return List.of(Measured.figure("ACTIVE_USERS", Measured.Unit.COUNT, BigDecimal.valueOf(users).setScale(2), users));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the active users", e);
        }
    }
}
