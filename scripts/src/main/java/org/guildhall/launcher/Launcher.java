package org.guildhall.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code scripts/run}: starts the database (embedded unless {@code GUILDHALL_DB_URL} is set), then Payara Micro with
 * ROOT.war as a child process that reads its configuration from the environment. Stopping the launcher stops both.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path root = root();
        Path war = built(root, "ear/target/ROOT.war");
        Path micro = built(root, "scripts/target/payara-micro.jar");
        String port = env.getOrDefault("GUILDHALL_PORT", "8080");
        Path dataDirectory = Path.of(env.getOrDefault("GUILDHALL_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();

        ProcessBuilder payara = new ProcessBuilder().inheritIO();
        Map<String, String> appEnv = payara.environment();
        EmbeddedDatabase database = database(env, dataDirectory, appEnv);
        Path batchCommands = Files.createTempFile("guildhall-batch", ".asadmin");
        batchCommands.toFile().deleteOnExit();

        Process app = payara.command(payaraMicro(micro, war, port, env.getOrDefault("GUILDHALL_JAVA_OPTS", "-Xmx1g"), batchCommands,
                appEnv)).start();

        EmbeddedDatabase started = database;
        Thread stop = new Thread(() -> stop(app, started), "guildhall-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = app.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            return; // Ctrl-C or SIGTERM: the hook is stopping Payara Micro and the database
        }
        stop(app, started); // Payara Micro ended by itself: the database still has to go
        System.exit(exit);
    }

    /** The project's directory, as the scripts name it. */
    static Path root() {
        return Path.of(System.getProperty("guildhall.root", ".")).toAbsolutePath().normalize();
    }

    /** {@code file} under {@code root}, which the build makes: refused with what to do when it is missing. */
    static Path built(Path root, String file) {
        Path built = root.resolve(file);
        if (!Files.isRegularFile(built)) {
            throw new IllegalStateException(built + " is missing: build with ./mvnw -DskipTests package");
        }
        return built;
    }

    /**
     * Starts the embedded PostgreSQL in {@code dataDirectory} unless {@code env} names a server in
     * {@code GUILDHALL_DB_URL}, and puts its settings, and the data key kept beside it unless {@code env} gives one, into
     * the application's environment {@code appEnv}. Answers the embedded server, or null when there is none to stop.
     */
    static EmbeddedDatabase database(Map<String, String> env, Path dataDirectory, Map<String, String> appEnv)
            throws IOException, java.sql.SQLException {
        EmbeddedDatabase database = null;
        if (isBlank(env.get("GUILDHALL_DB_URL"))) {
            database = EmbeddedDatabase.start(dataDirectory.resolve("postgres"));
            System.out.println("Embedded PostgreSQL on port " + database.port() + ", data in " + dataDirectory.resolve("postgres"));
            appEnv.putAll(Map.of(
                    "GUILDHALL_DB_URL", database.url(),
                    "GUILDHALL_DB_USER", EmbeddedDatabase.APP,
                    "GUILDHALL_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD,
                    "GUILDHALL_DB_OWNER_USER", EmbeddedDatabase.OWNER,
                    "GUILDHALL_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD));
        }
        if (isBlank(env.get("GUILDHALL_DATA_KEY"))) {
            appEnv.put("GUILDHALL_DATA_KEY", DataKeyFile.readOrCreate(dataDirectory.resolve("data-key")));
        }
        return database;
    }

    /**
     * The command that runs Payara Micro itself (no launcher between: stopping or killing the process stops the
     * server) with ROOT.war on {@code port}, standing alone, its batch repository on the database {@code appEnv}'s
     * {@code GUILDHALL_DB_*} settings name; {@code batchCommands} is a file for the repository's set-up commands.
     */
    public static List<String> payaraMicro(Path micro, Path war, String port, String javaOptions, Path batchCommands,
                                           Map<String, String> appEnv) throws IOException {
        return payaraMicro(micro, war, port, javaOptions, batchCommands, appEnv, List.of("--nocluster"));
    }

    /**
     * As {@link #payaraMicro(Path, Path, String, String, Path, Map)}, but a member of the cluster that
     * {@code clusterOptions} (Payara Micro's own options) describe rather than standing alone.
     */
    public static List<String> payaraMicro(Path micro, Path war, String port, String javaOptions, Path batchCommands,
                                           Map<String, String> appEnv, List<String> clusterOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions.trim().split("\\s+")));
        command.add("-Duser.timezone=UTC");
        command.addAll(List.of("-jar", micro.toString(), "--deploy", war.toString(), "--port", port));
        command.addAll(clusterOptions);
        command.addAll(BatchRepository.microOptions(batchCommands, appEnv.get("GUILDHALL_DB_URL"), appEnv.get("GUILDHALL_DB_USER"),
                appEnv.get("GUILDHALL_DB_PASSWORD")));
        return command;
    }

    private static void stop(Process app, EmbeddedDatabase database) {
        try {
            if (app.isAlive()) {
                app.destroy();
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (database != null) {
                try {
                    database.close();
                } catch (IOException e) {
                    System.err.println("Could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
                }
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
