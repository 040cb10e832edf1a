package org.guildhall.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.platform.tenancy.TenantSession;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a read-only report reads: a PostgreSQL streaming replica ({@code GUILDHALL_DB_REPLICA_URL}) when one is
 * configured, answers, and has replayed the primary to within {@code GUILDHALL_DB_REPLICA_MAX_LAG} seconds; otherwise
 * the primary, on the transaction's own connection, exactly as before. Either way the report's {@link DataAge} says
 * which, and what instant the data is complete to.
 *
 * <p>Lag is measured for each report on the connection it will read on, so the age it states is that of its own data:
 * the primary's WAL position is read first, then the replica's replayed position. A replica that has replayed that
 * position holds everything committed before it was read, however long ago its last transaction was (an idle replica is
 * current); one behind it is as old as the last transaction it replayed. A replica that failed or lagged is not asked
 * again for a second: reports in between read the primary. Each change of state is logged once.
 */
@ApplicationScoped
public class ReportDatabase {

    private static final Logger LOG = Logger.getLogger(ReportDatabase.class.getName());
    private static final String KEY = ReportDatabase.class.getName();
    private static final long RETRY_NANOS = Duration.ofSeconds(1).toNanos();

    /** What the last report found; logged when it changes. */
    enum State { REPLICA, LAGGING, UNAVAILABLE }

    @Inject
    @ConfigProperty(name = "guildhall.db.replica.url")
    Optional<String> replicaUrl;

    @Inject
    @ConfigProperty(name = "guildhall.db.replica.user")
    Optional<String> replicaUser;

    @Inject
    @ConfigProperty(name = "guildhall.db.replica.password")
    Optional<String> replicaPassword;

    @Inject
    @ConfigProperty(name = "guildhall.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "guildhall.db.password")
    String password;

    /** Seconds the replica may be behind the primary before reports read the primary instead. */
    @Inject
    @ConfigProperty(name = "guildhall.db.replica.max.lag", defaultValue = "5")
    long maxLagSeconds;

    @Inject
    TenantSession session;

    @Inject
    DataAge age;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private PGSimpleDataSource replica;
    private Duration maxLag;
    private volatile boolean roleChecked;
    private volatile long retryAt = System.nanoTime();
    private final AtomicReference<State> state = new AtomicReference<>();

    @PostConstruct
    void configure() {
        if (replicaUrl.isEmpty()) {
            return;
        }
        maxLag = Duration.ofSeconds(maxLagSeconds);
        replica = new PGSimpleDataSource();
        replica.setURL(replicaUrl.get());
        replica.setUser(replicaUser.orElse(user));
        replica.setPassword(replicaPassword.orElse(password));
        // a replica that is down or unreachable must cost a report little before it falls back
        replica.setConnectTimeout(2);
        replica.setLoginTimeout(3);
        replica.setReadOnly(true);
        replica.setApplicationName("guildhall-reports");
        LOG.info(() -> "Read-only reports read on the replica while it is at most " + maxLagSeconds + " s behind the primary");
    }

    /**
     * The connection this transaction's report reads on, scoped to the transaction's tenant as its primary connection
     * is; the same one for every call in a transaction. Read only from it: on a replica, writing fails.
     */
    public Connection connection() {
        Object chosen = transaction.getResource(KEY);
        if (chosen != null) {
            return (Connection) chosen;
        }
        Connection primary = session.connection();
        Connection connection = replica == null ? null : replicaConnection(primary);
        if (connection == null) {
            connection = primary;
            age.record(DataAge.Source.PRIMARY, Instant.now());
        }
        transaction.putResource(KEY, connection);
        return connection;
    }

    /** An open, tenant-scoped transaction on the replica when it is fit to read, or null to read the primary. */
    private Connection replicaConnection(Connection primary) {
        if (System.nanoTime() - retryAt < 0) {
            return null;
        }
        Connection connection = null;
        try {
            String position;
            Instant primaryNow;
            try (Statement statement = primary.createStatement();
                 ResultSet row = statement.executeQuery("select pg_current_wal_lsn()::text, clock_timestamp()")) {
                row.next();
                position = row.getString(1);
                primaryNow = row.getTimestamp(2).toInstant();
            }
            connection = replica.getConnection();
            checkRole(connection);
            Instant asOf;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select pg_is_in_recovery(), pg_last_wal_replay_lsn() >= ?::pg_lsn, pg_last_xact_replay_timestamp()")) {
                statement.setString(1, position);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    if (!row.getBoolean(1)) {
                        throw new SQLException("the server at the replica's address is not in recovery: it is not a replica");
                    }
                    Timestamp replayed = row.getTimestamp(3);
                    asOf = asOf(primaryNow, row.getBoolean(2), replayed == null ? null : replayed.toInstant());
                }
            }
            if (asOf == null || Duration.between(asOf, primaryNow).compareTo(maxLag) > 0) {
                Instant behind = asOf;
                changed(State.LAGGING, () -> "The replica is " + (behind == null ? "not yet replaying"
                        : Duration.between(behind, primaryNow).toMillis() + " ms behind the primary") + ", more than the "
                        + maxLagSeconds + " s allowed: reports read the primary");
                close(connection);
                retryAt = System.nanoTime() + RETRY_NANOS;
                return null;
            }
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // the snapshot is taken now, after the replayed position was read: the data is at least as new as asOf
            session.scopeAlike(connection);
            closeAtEnd(connection);
            age.record(DataAge.Source.REPLICA, asOf);
            changed(State.REPLICA, () -> "Reports read the replica, " + Duration.between(asOf, primaryNow).toMillis()
                    + " ms behind the primary");
            return connection;
        } catch (SQLException | RuntimeException e) {
            close(connection);
            retryAt = System.nanoTime() + RETRY_NANOS;
            changed(State.UNAVAILABLE, () -> "The replica cannot be read (" + e.getMessage() + "): reports read the primary");
            return null;
        }
    }

    /**
     * The instant a replica's data is complete to, or null if it has replayed nothing: the primary's time when its WAL
     * position was read, if the replica has replayed that far; else the commit time of the last transaction it replayed.
     */
    static Instant asOf(Instant primaryNow, boolean caughtUp, Instant lastReplayed) {
        if (caughtUp) {
            return primaryNow;
        }
        return lastReplayed;
    }

    /** Refuses a replica role that row-level security does not bind, as start-up refuses such a role on the primary. */
    private void checkRole(Connection connection) throws SQLException {
        if (roleChecked) {
            return;
        }
        try (Statement statement = connection.createStatement();
             ResultSet role = statement.executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            if (!role.next() || role.getBoolean(1)) {
                throw new SQLException("the replica's role is a superuser or bypasses row-level security");
            }
        }
        roleChecked = true;
    }

    private void closeAtEnd(Connection connection) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    LOG.log(Level.FINE, "could not end a read on the replica", e);
                }
                close(connection);
            }
        });
    }

    private void changed(State now, java.util.function.Supplier<String> message) {
        if (state.getAndSet(now) != now) {
            LOG.log(now == State.REPLICA ? Level.INFO : Level.WARNING, message);
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "could not close a connection to the replica", e);
            }
        }
    }
}
