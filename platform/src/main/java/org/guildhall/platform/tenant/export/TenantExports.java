package org.guildhall.platform.tenant.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.platform.domain.Absent;
import org.guildhall.platform.domain.StateConflict;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * The exports of tenants: asked for, progressing table by table, ready or failed, downloaded. Each step is its own
 * short transaction, so that progress shows while the export's own long transaction reads the tenant's tables.
 */
@ApplicationScoped
public class TenantExports {

    @Inject
    TenantSession session;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.exports.dir")
    Optional<String> directory;

    /** An export as kept. */
    public record Export(String tenant, long id, String status, int tablesTotal, int tablesDone, long rows, Long bytes, String sha256,
                         Boolean chainValid, String failure, Instant startedAt, Instant finishedAt, String downloadedBy, Instant downloadedAt) {
    }

    /** Where the export's ZIP is written. */
    public Path file(String tenant, long id) {
        Path root = Path.of(directory.filter(d -> !d.isBlank()).orElse(System.getProperty("java.io.tmpdir") + "/guildhall-exports"));
        return root.resolve(tenant + "-" + id + ".zip");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(String tenant) {
        try (PreparedStatement insert = session.connection().prepareStatement("""
                insert into tenant_export (tenant_code, status, requested_by, started_at) values (?, 'RUNNING', ?, ?) returning id""")) {
            insert.setString(1, tenant);
            insert.setString(2, caller.name());
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the export", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(String tenant, long id, long execution) {
        update("update tenant_export set execution = ? where tenant_code = ? and id = ?", execution, tenant, id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String tenant, long id, int total, int done, long rows) {
        update("update tenant_export set tables_total = ?, tables_done = ?, row_count = ? where tenant_code = ? and id = ?", total, done, rows,
                tenant, id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ready(String tenant, long id, long bytes, String sha256, boolean chainValid) {
        update("update tenant_export set status = 'READY', bytes = ?, sha256 = ?, chain_valid = ?, finished_at = ? where tenant_code = ? and id = ?",
                bytes, sha256, chainValid, Timestamp.from(clock.instant()), tenant, id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String tenant, long id, String why) {
        update("update tenant_export set status = 'FAILED', failure = ?, finished_at = ? where tenant_code = ? and id = ?",
                why.length() > 500 ? why.substring(0, 500) : why, Timestamp.from(clock.instant()), tenant, id);
    }

    /** Marks a ready export downloaded by the caller, once its file has been sent whole. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void downloaded(String tenant, long id) {
        update("update tenant_export set downloaded_by = ?, downloaded_at = ? where tenant_code = ? and id = ?", caller.name(),
                Timestamp.from(clock.instant()), tenant, id);
    }

    @Transactional
    public Export find(String tenant, long id) {
        try (PreparedStatement query = session.connection().prepareStatement("""
                select status, tables_total, tables_done, row_count, bytes, sha256, chain_valid, failure, started_at, finished_at, downloaded_by,
                  downloaded_at from tenant_export where tenant_code = ? and id = ?""")) {
            query.setString(1, tenant);
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new Absent("Tenant " + tenant + " has no export " + id + ".");
                }
                long bytes = row.getLong(5);
                Long size = row.wasNull() ? null : bytes;
                boolean valid = row.getBoolean(7);
                Boolean chain = row.wasNull() ? null : valid;
                return new Export(tenant, id, row.getString(1), row.getInt(2), row.getInt(3), row.getLong(4), size, row.getString(6), chain,
                        row.getString(8), instant(row.getTimestamp(9)), instant(row.getTimestamp(10)), row.getString(11), instant(row.getTimestamp(12)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the export", e);
        }
    }

    /** The ready export to download: 409 while it is being made or when it failed. */
    @Transactional
    public Export downloadable(String tenant, long id) {
        Export export = find(tenant, id);
        if (!"READY".equals(export.status())) {
            throw new StateConflict("Export " + id + " of " + tenant + " is " + export.status() + (export.failure() == null ? ""
                    : " (" + export.failure() + ")") + ": only a ready export is downloaded.");
        }
        return export;
    }

    /** Whether the tenant has a ready export, started after {@code since}, that someone has downloaded: offboarding waits for one. */
    public boolean downloadedSince(Connection connection, String tenant, Instant since) {
        try (PreparedStatement query = connection.prepareStatement("""
                select 1 from tenant_export where tenant_code = ? and status = 'READY' and downloaded_at is not null and started_at >= ? limit 1""")) {
            query.setString(1, tenant);
            query.setTimestamp(2, Timestamp.from(since == null ? Instant.EPOCH : since));
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the exports", e);
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement update = session.connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the export's progress", e);
        }
    }
}
