package org.guildhall.platform.measure.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.platform.cluster.Leases;
import org.guildhall.platform.measure.Distribution;
import org.guildhall.platform.measure.MeasureSource;
import org.guildhall.platform.measure.Measured;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Works out and keeps the service measures: one tenant's for a month in a transaction of its own, scoped to the
 * tenant, from every module's {@link MeasureSource}, replacing what was kept for that month; and reads them back.
 */
@ApplicationScoped
public class ServiceMeasures {

    @Inject
    TenantSession session;

    @Inject
    @Any
    Instance<MeasureSource> sources;

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    /** One kept measure of a tenant. */
    public record Kept(String tenant, YearMonth month, Measured measured) {
    }

    /** Works out {@code tenant}'s measures of {@code month} and keeps them; answers how many there were. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int compute(String tenant, YearMonth month) {
        return compute(tenant, month, null, 0);
    }

    /**
     * As {@link #compute(String, YearMonth)}, for a job working under the lease on {@code work} with {@code token}:
     * keeps nothing, failing with {@code LeaseLost}, once another instance has taken the lease over.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int compute(String tenant, YearMonth month, String work, long token) {
        session.enter(tenant);
        if (work != null) {
            leases.guard(work, token);
        }
        List<Measured> measured = new ArrayList<>();
        for (MeasureSource source : sources) {
            measured.addAll(source.measure(month));
        }
        Connection connection = session.connection();
        try (PreparedStatement clear = connection.prepareStatement("delete from service_measure where tenant_code = ? and month = ?");
             PreparedStatement keep = connection.prepareStatement("""
                     insert into service_measure (tenant_code, month, measure, unit, count, p10, p50, p90, max, value, computed_at)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            clear.setString(1, tenant);
            clear.setDate(2, Date.valueOf(month.atDay(1)));
            clear.executeUpdate();
            Timestamp now = Timestamp.from(clock.instant());
            for (Measured m : measured) {
                Distribution d = m.distribution();
                keep.setString(1, tenant);
                keep.setDate(2, Date.valueOf(month.atDay(1)));
                keep.setString(3, m.measure());
                keep.setString(4, m.unit().name());
                keep.setLong(5, m.count());
                keep.setBigDecimal(6, d == null ? null : d.p10());
                keep.setBigDecimal(7, d == null ? null : d.p50());
                keep.setBigDecimal(8, d == null ? null : d.p90());
                keep.setBigDecimal(9, d == null ? null : d.max());
                keep.setBigDecimal(10, m.value());
                keep.setTimestamp(11, now);
                keep.addBatch();
            }
            keep.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the service measures of " + tenant, e);
        }
        return measured.size();
    }

    /** Every tenant's kept measures of {@code month}, by tenant then measure; read in the caller's transaction. */
    public List<Kept> of(Connection connection, YearMonth month) {
        try (PreparedStatement query = connection.prepareStatement("""
                select tenant_code, month, measure, unit, count, p10, p50, p90, max, value from service_measure where month = ?
                order by tenant_code, measure""")) {
            query.setDate(1, Date.valueOf(month.atDay(1)));
            return read(query);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the service measures", e);
        }
    }

    /**
     * {@code tenant}'s kept {@code measure} in each month from {@code from} to {@code to} (both included) that has it,
     * oldest first: one query for a trend, however many months it covers. Read in the caller's transaction.
     */
    public List<Kept> of(Connection connection, String tenant, String measure, YearMonth from, YearMonth to) {
        try (PreparedStatement query = connection.prepareStatement("""
                select tenant_code, month, measure, unit, count, p10, p50, p90, max, value from service_measure
                where tenant_code = ? and measure = ? and month between ? and ? order by month""")) {
            query.setString(1, tenant);
            query.setString(2, measure);
            query.setDate(3, Date.valueOf(from.atDay(1)));
            query.setDate(4, Date.valueOf(to.atDay(1)));
            return read(query);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the service measures", e);
        }
    }

    /** The names of the measures kept for {@code tenant} in any month, alphabetically. */
    public List<String> measuresOf(Connection connection, String tenant) {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select distinct measure from service_measure where tenant_code = ? order by measure")) {
            query.setString(1, tenant);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    names.add(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the service measures", e);
        }
        return names;
    }

    private static List<Kept> read(PreparedStatement query) throws SQLException {
        List<Kept> kept = new ArrayList<>();
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                BigDecimal p50 = row.getBigDecimal(7);
                Distribution distribution = p50 == null ? null : new Distribution(row.getBigDecimal(6), p50, row.getBigDecimal(8),
                        row.getBigDecimal(9), row.getLong(5));
                kept.add(new Kept(row.getString(1), YearMonth.from(row.getDate(2).toLocalDate()), new Measured(row.getString(3),
                        Measured.Unit.valueOf(row.getString(4)), distribution, row.getBigDecimal(10), row.getLong(5))));
            }
        }
        return kept;
    }
}
