package org.guildhall.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Points Payara Micro's Jakarta Batch runtime at PostgreSQL instead of its default H2 file in a temporary directory,
 * so job executions and checkpoints outlive a restart. Payara Micro takes server resources only as asadmin commands
 * run after boot; they create a connection pool as the application role (the tables come from Flyway's migration
 * V2) and make it the batch runtime's data source, its connections outside the application's transactions. The pool is a server resource, so the JDBC driver goes on the
 * server's class path as well as in the WAR.
 */
public final class BatchRepository {

    /**
     * Run in the same file: answers carry no {@code Server: Payara Micro} header, which told every caller what to look
     * up exploits for (the listener names are those of Payara Micro's own domain.xml).
     */
    static final String HIDE_SERVER = "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false\n"
            + "set configs.config.server-config.network-config.protocols.protocol.https-listener.http.server-header=false\n";

    /** The JNDI name of the batch runtime's data source. */
    public static final String DATA_SOURCE = "jdbc/guildhall-batch";
    private static final String POOL = "guildhall-batch-pool";

    private BatchRepository() {
    }

    /** The asadmin commands, one a line, for a database at {@code url} reached as {@code user}. */
    public static String commands(String url, String user, String password) {
        String properties = "url=" + escape(url) + ":user=" + escape(user) + ":password=" + escape(password);
        return "create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource"
                + " --restype=javax.sql.DataSource --isconnectvalidatereq=true --validationmethod=custom-validation"
                + " --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
                // the runtime writes a chunk's checkpoint while the chunk's transaction holds the application's own
                // (non-XA) connection, and a transaction takes only one non-XA resource: so the repository's writes
                // are not enlisted, and commit on their own (payroll's reader never trusts a checkpoint for that reason)
                + " --nontransactionalconnections=true"
                + " --property " + properties + " " + POOL + "\n"
                + "create-jdbc-resource --connectionpoolid=" + POOL + " " + DATA_SOURCE + "\n"
                + "set-batch-runtime-configuration --datasourcelookupname=" + DATA_SOURCE + "\n";
    }

    /**
     * Writes the commands to {@code file}, readable by the owner only (they hold the password), and the server's own
     * settings ({@link #HIDE_SERVER}) to a file beside it ending {@code .preboot}, and answers the Payara Micro options
     * that run them. The server's settings run before boot: set after boot, they restart the HTTP listener, which with
     * {@code --autoBindHttp} may come back on the next port while Payara Micro goes on reporting the first, so a client
     * finds nothing listening where it was told to go (it happened to whole test runs).
     */
    public static List<String> microOptions(Path file, String url, String user, String password) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, commands(url, user, password));
        Path preboot = file.resolveSibling(file.getFileName() + ".preboot");
        Files.writeString(preboot, HIDE_SERVER);
        preboot.toFile().deleteOnExit();
        return List.of("--addlibs", driverJar().toString(), "--prebootcommandfile", preboot.toString(), "--postbootcommandfile", file.toString());
    }

    /** The PostgreSQL JDBC driver's jar, wherever this class path has it. */
    static Path driverJar() {
        try {
            return Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the PostgreSQL driver's jar", e);
        }
    }

    /**
     * asadmin's property list separates pairs with ':' and names from values with '=', and the command file splits
     * arguments at white space; a backslash escapes the first two, and the last cannot be escaped at all.
     */
    static String escape(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the database URL, user and password must all be set");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the database URL, user and password may not contain white space");
        }
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
