package org.guildhall.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary and a streaming hot-standby replica of it, from Debian's PostgreSQL packages (the newest
 * version under {@code /usr/lib/postgresql}), with the Guildhall database and roles of {@link EmbeddedDatabase}: for
 * trying reports on a replica ({@code scripts/run-cluster --replica}) and for tests. Both keep their data in the given
 * directory and start again from it; they listen on free loopback ports and trust local connections, replication
 * included: for development and tests, never for production. The embedded PostgreSQL cannot serve here: its binaries
 * have no {@code pg_basebackup}, and a replica must run the primary's major version.
 *
 * <p>PostgreSQL refuses to run as root; as root, the servers run as the {@value #SYSTEM_USER} user Debian's packages
 * create, and the data directories are given to it.
 */
public final class ReplicatedDatabase implements AutoCloseable {

    /** The role the replica streams as: a login with REPLICATION and nothing else. */
    public static final String REPLICATION = "guildhall_replication";
    static final String SYSTEM_USER = "postgres";
    private static final String SLOT = "guildhall_replica";
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    private final Path directory;
    private final Path bin;
    private int primaryPort;
    private int replicaPort;
    private boolean primaryRunning;
    private boolean replicaRunning;

    private ReplicatedDatabase(Path directory, Path bin) {
        this.directory = directory;
        this.bin = bin;
    }

    /**
     * Starts the primary and the replica whose data live in {@code directory} (creating both on first use) and waits
     * until the replica has replayed all the primary holds.
     */
    public static ReplicatedDatabase start(Path directory) throws IOException, SQLException, InterruptedException {
        ReplicatedDatabase database = new ReplicatedDatabase(directory.toAbsolutePath(), binaries());
        try {
            database.startBoth();
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The newest PostgreSQL Debian's packages installed, by major version. */
    static Path binaries() {
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+") && Files.isExecutable(v.resolve("bin/pg_basebackup")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under " + DEBIAN + ": install Debian's postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server under " + DEBIAN + ": install Debian's postgresql", e);
        }
    }

    private void startBoth() throws IOException, SQLException, InterruptedException {
        Files.createDirectories(directory);
        giveToServerUser(directory);
        primaryPort = freePort();
        replicaPort = freePort();
        Path primary = directory.resolve("primary");
        if (!Files.exists(primary.resolve("PG_VERSION"))) {
            run("initdb", "-D", primary.toString(), "-A", "trust", "-U", SYSTEM_USER, "-E", "UTF8", "--locale=C", "--no-instructions");
            Files.writeString(primary.resolve("postgresql.auto.conf"), """
                    listen_addresses = '127.0.0.1'
                    unix_socket_directories = ''
                    max_connections = 200
                    shared_buffers = '128MB'
                    wal_level = replica
                    max_wal_senders = 5
                    max_replication_slots = 5
                    """, java.nio.file.StandardOpenOption.APPEND);
        }
        startServer("primary", primaryPort);
        primaryRunning = true;
        try (Connection admin = admin(primaryPort, "postgres"); Statement sql = admin.createStatement()) {
            EmbeddedDatabase.prepare(admin);
            if (!EmbeddedDatabase.exists(admin, "select 1 from pg_roles where rolname = ?", REPLICATION)) {
                sql.execute("create role " + REPLICATION + " login replication");
            }
        }
        Path replica = directory.resolve("replica");
        if (!Files.exists(replica.resolve("PG_VERSION"))) {
            // -R writes the standby's settings; the slot keeps the WAL the replica still needs while it is stopped
            run("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primaryPort), "-U", REPLICATION, "-D", replica.toString(),
                    "-R", "-X", "stream", "-C", "-S", SLOT, "-c", "fast");
            Files.writeString(replica.resolve("postgresql.auto.conf"), """
                    hot_standby = on
                    hot_standby_feedback = on
                    """, java.nio.file.StandardOpenOption.APPEND);
        }
        startReplica();
    }

    /** Starts the replica again after {@link #stopReplica()}, pointed at the primary's current port. */
    public void startReplica() throws IOException, SQLException, InterruptedException {
        // the primary's port is new each start: the standby's connection string follows it
        Path conf = directory.resolve("replica/postgresql.auto.conf");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(conf)) {
            if (!line.startsWith("primary_conninfo") && !line.startsWith("primary_slot_name")) {
                lines.add(line);
            }
        }
        lines.add("primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=" + REPLICATION + " application_name=guildhall_replica'");
        lines.add("primary_slot_name = '" + SLOT + "'");
        Files.write(conf, lines);
        startServer("replica", replicaPort);
        replicaRunning = true;
        awaitReplayed(Duration.ofSeconds(60));
    }

    /** Waits until the replica has replayed everything the primary held when this was called. */
    public void awaitReplayed(Duration limit) throws SQLException, InterruptedException {
        String position;
        try (Connection primary = admin(primaryPort, EmbeddedDatabase.DATABASE); Statement sql = primary.createStatement();
             ResultSet row = sql.executeQuery("select pg_current_wal_lsn()::text")) {
            row.next();
            position = row.getString(1);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        try (Connection replica = admin(replicaPort, EmbeddedDatabase.DATABASE);
             var replayed = replica.prepareStatement("select coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)")) {
            replayed.setString(1, position);
            while (true) {
                try (ResultSet row = replayed.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the replica had not replayed the primary's WAL to " + position + " after " + limit);
                }
                Thread.sleep(20);
            }
        }
    }

    /** The primary, for the application and its migrations. */
    public String primaryUrl() {
        return url(primaryPort);
    }

    /** The replica, read only, for reports. */
    public String replicaUrl() {
        return url(replicaPort);
    }

    /**
     * What Payara Micro needs to run on this pair ({@code GUILDHALL_DB_*}), as {@link Launcher#payaraMicro} takes it: the
     * application and owner roles on the primary, and the replica for reports (the same application role).
     */
    public Map<String, String> environment() {
        return Map.of(
                "GUILDHALL_DB_URL", primaryUrl(),
                "GUILDHALL_DB_USER", EmbeddedDatabase.APP,
                "GUILDHALL_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD,
                "GUILDHALL_DB_OWNER_USER", EmbeddedDatabase.OWNER,
                "GUILDHALL_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD,
                "GUILDHALL_DB_REPLICA_URL", replicaUrl());
    }

    /** Stops the replica (fast shutdown), as a replica host that goes down; the primary runs on. */
    public void stopReplica() throws IOException, InterruptedException {
        if (replicaRunning) {
            replicaRunning = false;
            run("pg_ctl", "-D", directory.resolve("replica").toString(), "-m", "fast", "-w", "-t", "60", "stop");
        }
    }

    /** Stops the replica, then the primary; their data stay in the directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopReplica();
        } finally {
            if (primaryRunning) {
                primaryRunning = false;
                run("pg_ctl", "-D", directory.resolve("primary").toString(), "-m", "fast", "-w", "-t", "60", "stop");
            }
        }
    }

    private void startServer(String name, int port) throws IOException, InterruptedException {
        Path log = directory.resolve(name + ".log");
        try {
            run("pg_ctl", "-D", directory.resolve(name).toString(), "-l", log.toString(), "-o", "-p " + port, "-w", "-t", "60", "start");
        } catch (IllegalStateException failed) {
            String tail = Files.exists(log) ? Files.readString(log) : "";
            throw new IllegalStateException(failed.getMessage() + "; its log: " + tail.substring(Math.max(0, tail.length() - 2000)), failed);
        }
    }

    /** Runs one of PostgreSQL's programs, as the server's user when this is root; fails with its output unless it succeeds. */
    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("postgres-" + program, ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish in two minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " failed (" + process.exitValue() + "): " + Files.readString(output).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** As root, gives the directory to the server's user, who must create and own the data directories in it. */
    private static void giveToServerUser(Path path) throws IOException {
        if (isRoot()) {
            UserPrincipal owner = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
            Files.setOwner(path, owner);
        }
    }

    private static Connection admin(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, SYSTEM_USER, "");
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabase.DATABASE;
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }
}
