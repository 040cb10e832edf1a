package org.guildhall.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.guildhall.platform.crypto.FieldCipher;

/**
 * Guildhall for a benchmark: its own embedded PostgreSQL (or the server {@code GUILDHALL_DB_URL} names, with the
 * {@code GUILDHALL_DB_*} users) and the application on it through {@code scripts/run} on a free port, with a fresh
 * operator password and data key; closing stops both and removes the scratch directory (kept, with the server's log,
 * when {@code GUILDHALL_BENCH_KEEP} is set).
 */
final class BenchServer implements AutoCloseable {

    final Path data;
    final String base;
    final String url;
    final String ownerUser;
    final String ownerPassword;
    final String operatorPassword;
    final FieldCipher cipher;
    private final EmbeddedDatabase embedded;
    private final ProcessBuilder run;
    private Process app;

    private BenchServer(Path data, String base, String url, String ownerUser, String ownerPassword, String operatorPassword, FieldCipher cipher,
                        EmbeddedDatabase embedded, ProcessBuilder run, Process app) {
        this.data = data;
        this.base = base;
        this.url = url;
        this.ownerUser = ownerUser;
        this.ownerPassword = ownerPassword;
        this.operatorPassword = operatorPassword;
        this.cipher = cipher;
        this.embedded = embedded;
        this.run = run;
        this.app = app;
    }

    /** Starts the database and the application (with {@code -Xmx1g} unless GUILDHALL_JAVA_OPTS says otherwise) and waits until it is healthy. */
    static BenchServer start(String name) throws Exception {
        return start(name, false);
    }

    /** {@link #start(String)}, building the demo centre on its first start when {@code demo}. */
    static BenchServer start(String name, boolean demo) throws Exception {
        Map<String, String> env = System.getenv();
        Path data = Files.createTempDirectory("guildhall-bench-" + name);
        EmbeddedDatabase embedded = null;
        String url = env.get("GUILDHALL_DB_URL");
        String appUser = env.get("GUILDHALL_DB_USER");
        String appPassword = env.get("GUILDHALL_DB_PASSWORD");
        String ownerUser = env.getOrDefault("GUILDHALL_DB_OWNER_USER", appUser);
        String ownerPassword = env.getOrDefault("GUILDHALL_DB_OWNER_PASSWORD", appPassword);
        if (url == null || url.isBlank()) {
            embedded = EmbeddedDatabase.start(data.resolve("postgres"));
            url = embedded.url();
            appUser = EmbeddedDatabase.APP;
            appPassword = EmbeddedDatabase.APP_PASSWORD;
            ownerUser = EmbeddedDatabase.OWNER;
            ownerPassword = EmbeddedDatabase.OWNER_PASSWORD;
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String operatorPassword = "bench-operator-" + System.nanoTime();
        ProcessBuilder run = new ProcessBuilder("scripts/run").redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile());
        run.environment().putAll(Map.of("GUILDHALL_DB_URL", url, "GUILDHALL_DB_USER", appUser, "GUILDHALL_DB_PASSWORD", appPassword,
                "GUILDHALL_DB_OWNER_USER", ownerUser, "GUILDHALL_DB_OWNER_PASSWORD", ownerPassword, "GUILDHALL_PORT", Integer.toString(port),
                "GUILDHALL_DEMO", Boolean.toString(demo), "GUILDHALL_OPERATOR_PASSWORD", operatorPassword, "GUILDHALL_DATA_DIR", data.toString()));
        run.environment().putIfAbsent("GUILDHALL_JAVA_OPTS", "-Xmx1g");
        // a benchmark may seal data with the server's key, so it chooses the key
        String dataKey = env.getOrDefault("GUILDHALL_DATA_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));
        run.environment().put("GUILDHALL_DATA_KEY", dataKey);
        Process app = run.start();
        BenchServer server = new BenchServer(data, "http://localhost:" + port, url, ownerUser, ownerPassword, operatorPassword,
                FieldCipher.fromBase64(dataKey), embedded, run, app);
        try {
            OnboardingBenchmark.waitForHealth(server.base);
        } catch (Exception e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Stops the application and starts it again on the same database, waiting until it is healthy: a later start. */
    void restart() throws Exception {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
        run.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()));
        app = run.start();
        OnboardingBenchmark.waitForHealth(base);
    }

    /** The application's log so far. */
    String log() throws IOException {
        return Files.readString(data.resolve("app.log"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (System.getenv("GUILDHALL_BENCH_KEEP") == null) {
            try (java.util.stream.Stream<Path> paths = Files.walk(data)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } else {
            System.out.println("Server log: " + data.resolve("app.log"));
        }
    }
}
