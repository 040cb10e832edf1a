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
        Path root = Path.of(System.getProperty("guildhall.root", ".")).toAbsolutePath().normalize();
        Path war = root.resolve("ear/target/ROOT.war");
        Path micro = root.resolve("scripts/target/payara-micro.jar");
        for (Path required : List.of(war, micro)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing: build with ./mvnw -DskipTests package");
            }
        }
        String port = env.getOrDefault("GUILDHALL_PORT", "8080");
        Path dataDirectory = Path.of(env.getOrDefault("GUILDHALL_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();

        ProcessBuilder payara = new ProcessBuilder().inheritIO();
        EmbeddedDatabase database = null;
        if (isBlank(env.get("GUILDHALL_DB_URL"))) {
            database = EmbeddedDatabase.start(dataDirectory.resolve("postgres"));
            System.out.println("Embedded PostgreSQL on port " + database.port() + ", data in " + dataDirectory.resolve("postgres"));
            payara.environment().putAll(Map.of(
                    "GUILDHALL_DB_URL", database.url(),
                    "GUILDHALL_DB_USER", EmbeddedDatabase.APP,
                    "GUILDHALL_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD,
                    "GUILDHALL_DB_OWNER_USER", EmbeddedDatabase.OWNER,
                    "GUILDHALL_DB_OWNER_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD));
        }
        Map<String, String> appEnv = payara.environment();
        if (isBlank(env.get("GUILDHALL_DATA_KEY"))) {
            appEnv.put("GUILDHALL_DATA_KEY", DataKeyFile.readOrCreate(dataDirectory.resolve("data-key")));
        }
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

    /**
     * The command that runs Payara Micro itself (no launcher between: stopping or killing the process stops the
     * server) with ROOT.war on {@code port}, standing alone, its batch repository on the database {@code appEnv}'s
     * {@code GUILDHALL_DB_*} settings name; {@code batchCommands} is a file for the repository's set-up commands.
     */
    public static List<String> payaraMicro(Path micro, Path war, String port, String javaOptions, Path batchCommands,
                                           Map<String, String> appEnv) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions.trim().split("\\s+")));
        command.add("-Duser.timezone=UTC");
        command.addAll(List.of("-jar", micro.toString(), "--deploy", war.toString(), "--port", port, "--nocluster"));
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
