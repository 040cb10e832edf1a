package org.guildhall.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guildhall.launcher.BatchRepository;
import org.guildhall.launcher.EmbeddedDatabase;
import org.guildhall.launcher.Launcher;
import org.guildhall.launcher.OnboardingBenchmark;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real PostgreSQL for the whole test run, fresh each run, started before Arquillian boots its first container
 * (which reads the connection settings from these system properties via arquillian.xml).
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String OPERATOR_PASSWORD = "operator-it-password";
    /** The test deployment's data key: 32 bytes of 7, Base64. */
    public static final String DATA_KEY = java.util.Base64.getEncoder().encodeToString(new byte[] {
            7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7});
    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String data = System.getProperty("guildhall.it.data");
        if (data == null || database != null) {
            return; // not the failsafe run (surefire has no integration tests), or already started
        }
        try {
            Path directory = Path.of(data);
            deleteRecursively(directory);
            database = EmbeddedDatabase.start(directory);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the test PostgreSQL", e);
        }
        System.setProperty("guildhall.it.db.url", database.url());
        System.setProperty("guildhall.it.db.user", EmbeddedDatabase.APP);
        System.setProperty("guildhall.it.db.password", EmbeddedDatabase.APP_PASSWORD);
        System.setProperty("guildhall.it.db.owner.user", EmbeddedDatabase.OWNER);
        System.setProperty("guildhall.it.db.owner.password", EmbeddedDatabase.OWNER_PASSWORD);
        System.setProperty("guildhall.it.operator.password", OPERATOR_PASSWORD);
        System.setProperty("guildhall.it.data.key", DATA_KEY);
        System.setProperty("guildhall.it.clock.start", Fixtures.CLOCK_START.toString());
        try {
            List<String> options = BatchRepository.microOptions(Path.of(data + "-batch.asadmin"), database.url(),
                    EmbeddedDatabase.APP, EmbeddedDatabase.APP_PASSWORD);
            // --nocluster: each test's Payara stands alone, and never joins another build's on this machine
            System.setProperty("guildhall.it.micro.options", String.join(" ", options) + " --nocluster");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                database = null;
            }
        }
    }

    /** A connection as the application's role: row-level security applies. */
    public static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(database.url(), EmbeddedDatabase.APP, EmbeddedDatabase.APP_PASSWORD);
    }

    /** A connection as the schema owner, which can change rows the application may not (to simulate tampering). */
    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(database.url(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER_PASSWORD);
    }

    /**
     * A connection as the server's superuser, which sees every tenant's rows (row-level security is forced even on the
     * schema owner): for tests that must see the whole database, such as "nothing was stored".
     */
    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(database.url(), "postgres", "postgres");
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * The environment of a Payara Micro of a test's own (not the suite's shared deployment) on {@code database}: the
     * test data key, the operator's password, no demo, the suite's clock.
     */
    static Map<String, String> serverEnvironment(EmbeddedDatabase database, String operatorPassword) {
        return Map.of(
                "GUILDHALL_DB_URL", database.url(),
                "GUILDHALL_DB_USER", org.guildhall.launcher.EmbeddedDatabase.APP,
                "GUILDHALL_DB_PASSWORD", org.guildhall.launcher.EmbeddedDatabase.APP_PASSWORD,
                "GUILDHALL_DB_OWNER_USER", org.guildhall.launcher.EmbeddedDatabase.OWNER,
                "GUILDHALL_DB_OWNER_PASSWORD", org.guildhall.launcher.EmbeddedDatabase.OWNER_PASSWORD,
                "GUILDHALL_DATA_KEY", DATA_KEY,
                "GUILDHALL_OPERATOR_PASSWORD", operatorPassword,
                "GUILDHALL_DEMO", "false",
                "GUILDHALL_CLOCK_START", Fixtures.CLOCK_START.toString());
    }

    /**
     * Starts Payara Micro with the built WAR as a process of a test's own on {@code port}, with {@code env}, its log in
     * {@code data}/{@code name}.log; answers once it is healthy, or fails with the log.
     */
    static Process startServer(Map<String, String> env, int port, Path data, String name) throws IOException, InterruptedException {
        List<String> command = Launcher.payaraMicro(Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("guildhall.war")),
                Integer.toString(port), "-Xmx512m -XX:+UseSerialGC", data.resolve(name + "-batch.asadmin"), env);
        Path log = data.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process started = builder.start();
        try {
            OnboardingBenchmark.waitForHealth("http://localhost:" + port);
        } catch (IllegalStateException notUp) {
            throw new IllegalStateException(notUp.getMessage() + "; its log: " + Files.readString(log), notUp);
        }
        return started;
    }
}
