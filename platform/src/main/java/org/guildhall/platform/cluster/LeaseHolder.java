package org.guildhall.platform.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One holder of leases ({@code id}, unique to a process start) and what it does to the {@code job_lease} table, each
 * on the connection given, in that connection's transaction. Expiry is the database's clock alone: a lease is set to
 * last {@code ttl} from the statement's own time ({@code clock_timestamp()}) and counts as expired once that is before
 * the transaction's start ({@code now()}).
 *
 * <p>The fence rests on PostgreSQL's row locks: {@link #guard} takes a key-share lock on the row that lasts to the end
 * of the writing transaction; renewing (which changes no key) does not wait for it, but taking the lease over does
 * (it locks the row for update), so a takeover never lands between a chunk's check and its commit.
 */
public record LeaseHolder(String id, Duration ttl) {

    /**
     * Claims the work: a new lease, or one taken over from a holder that let it expire; empty while anyone (this holder
     * included) holds it live, which means the work is under way.
     */
    public Optional<Lease> claim(Connection connection, String work, String kind, String tenant) {
        return upsert(connection, work, kind, tenant, "where job_lease.expires_at < now()");
    }

    /**
     * Takes the work's lease whoever holds it, live or not: for work known to be over (a payroll run no longer being
     * calculated) whose job has yet to let go of its lease; the fence keeps that job from writing anything more.
     */
    public Lease seize(Connection connection, String work, String kind, String tenant) {
        Lease seized = upsert(connection, work, kind, tenant, "").orElseThrow();
        return new Lease(seized.work(), seized.kind(), seized.tenant(), seized.token(), null);
    }

    private Optional<Lease> upsert(Connection connection, String work, String kind, String tenant, String onlyIf) {
        try (PreparedStatement claim = connection.prepareStatement("""
                insert into job_lease (work, kind, tenant, holder, token, expires_at)
                values (?, ?, ?, ?, nextval('job_lease_token'), clock_timestamp() + ? * interval '1 millisecond')
                on conflict (work) do update set kind = excluded.kind, tenant = excluded.tenant, holder = excluded.holder,
                  token = excluded.token, expires_at = excluded.expires_at
                """ + onlyIf + " returning token, execution")) {
            claim.setString(1, work);
            claim.setString(2, kind);
            claim.setString(3, tenant);
            claim.setString(4, id);
            claim.setLong(5, ttl.toMillis());
            try (ResultSet row = claim.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Lease(work, kind, tenant, row.getLong(1), row.getObject(2, Long.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim the lease on " + work, e);
        }
    }

    /**
     * Whether this holder still holds the work's lease with {@code token}; if so, no one can take it over before the
     * transaction ends.
     */
    public boolean holds(Connection connection, String work, long token) {
        try (PreparedStatement held = connection.prepareStatement(
                "select 1 from job_lease where work = ? and holder = ? and token = ? for key share")) {
            held.setString(1, work);
            held.setString(2, id);
            held.setLong(3, token);
            try (ResultSet row = held.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the lease on " + work, e);
        }
    }

    /** The fence: fails with {@link LeaseLost} unless this holder still holds the lease with {@code token}. */
    public void guard(Connection connection, String work, long token) {
        if (!holds(connection, work, token)) {
            throw new LeaseLost(work, token);
        }
    }

    /** Notes the job execution working for the lease, which is marked failed if this holder is lost. */
    public void started(Connection connection, String work, long token, long execution) {
        update(connection, "update job_lease set execution = ? where work = ? and holder = ? and token = ?", execution, work, id, token);
    }

    /** Extends every lease this holder holds by the time to live from now; answers how many. */
    public int renew(Connection connection) {
        return update(connection, "update job_lease set expires_at = clock_timestamp() + ? * interval '1 millisecond' where holder = ?",
                ttl.toMillis(), id);
    }

    /** Lets go of the lease, if it is still this holder's with {@code token} (never a later holder's); false if not. */
    public boolean release(Connection connection, String work, long token) {
        return update(connection, "delete from job_lease where work = ? and holder = ? and token = ?", work, id, token) == 1;
    }

    /**
     * Takes over every expired lease of the given kinds, each with a new token; skips any a writing transaction still
     * has locked (that holder is alive, and the next look will see whether it renews).
     */
    public List<Lease> takeOverExpired(Connection connection, Collection<String> kinds) {
        List<Lease> taken = new ArrayList<>();
        try (PreparedStatement takeOver = connection.prepareStatement("""
                update job_lease set holder = ?, token = nextval('job_lease_token'),
                  expires_at = clock_timestamp() + ? * interval '1 millisecond'
                where work in (select work from job_lease where expires_at < now() and kind = any(?) for update skip locked)
                returning work, kind, tenant, token, execution""")) {
            Array array = connection.createArrayOf("varchar", kinds.toArray());
            takeOver.setString(1, id);
            takeOver.setLong(2, ttl.toMillis());
            takeOver.setArray(3, array);
            try (ResultSet row = takeOver.executeQuery()) {
                while (row.next()) {
                    taken.add(new Lease(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getObject(5, Long.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take over expired leases", e);
        }
        return taken;
    }

    private static int update(Connection connection, String sql, Object... values) {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update a lease", e);
        }
    }
}
