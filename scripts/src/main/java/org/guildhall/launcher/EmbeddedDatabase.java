package org.guildhall.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of our own whose data outlives restarts, with the Guildhall database and its two roles: the
 * schema owner (migrations) and the application role, which is neither owner nor superuser so that row-level
 * security applies to it. The server listens on loopback only and trusts local connections: for development and
 * tests, never for production.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "guildhall";
    public static final String OWNER = "guildhall_owner";
    public static final String APP = "guildhall_app";
    /** Local, loopback-only server with trust authentication: the passwords only satisfy the drivers. */
    public static final String OWNER_PASSWORD = "guildhall-owner-local";
    public static final String APP_PASSWORD = "guildhall-app-local";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (creating on first use) the server whose data lives in {@code dataDirectory}. */
    public static EmbeddedDatabase start(Path dataDirectory) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.prepare();
        return database;
    }

    private void prepare() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            prepare(admin);
        }
    }

    /** Creates, where missing, the two roles and the database, over a superuser's connection to the server. */
    static void prepare(Connection admin) throws SQLException {
        try (Statement sql = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", OWNER)) {
                sql.execute("create role " + OWNER + " login password '" + OWNER_PASSWORD + "'");
            }
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", APP)) {
                sql.execute("create role " + APP + " login nosuperuser nobypassrls password '" + APP_PASSWORD + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE)) {
                sql.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
            }
        }
    }

    static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    public String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
