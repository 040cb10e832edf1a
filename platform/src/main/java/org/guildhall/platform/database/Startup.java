package org.guildhall.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jakarta.annotation.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the current schema before anything else runs, then seeds a first start. Migrations run as
 * the schema owner ({@code GUILDHALL_DB_OWNER_USER}, by default the application user); the application itself must
 * connect as a role that is neither superuser nor exempt from row-level security, or start-up stops here.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/guildhall",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=guildhall.db.url}",
        user = "${MPCONFIG=guildhall.db.user}",
        password = "${MPCONFIG=guildhall.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {"fish.payara.is-connection-validation-required=true", "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=30",
                // the driver sends a JDBC batch of inserts as multi-row statements: payroll runs write payslips in bulk
                "reWriteBatchedInserts=true"})
@jakarta.ejb.Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    @ConfigProperty(name = "guildhall.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "guildhall.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "guildhall.db.password")
    String password;

    @Inject
    @ConfigProperty(name = "guildhall.db.owner.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "guildhall.db.owner.password")
    Optional<String> ownerPassword;

    @Resource(lookup = "java:app/jdbc/guildhall")
    DataSource dataSource;

    @Inject
    FirstStart firstStart;

    @PostConstruct
    void start() {
        migrate();
        refuseUnprotectedRole();
        if (firstStart.seedOperator()) {
            firstStart.seedDemo();
        }
    }

    void migrate() {
        var result = Flyway.configure(Startup.class.getClassLoader())
                .dataSource(url, ownerUser.orElse(user), ownerPassword.orElse(password))
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", user))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations run)");
    }

    private void refuseUnprotectedRole() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet role = statement.executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            if (role.next() && role.getBoolean(1)) {
                throw new IllegalStateException("The application's database role " + user + " is a superuser or bypasses row-level "
                        + "security, so tenant isolation would rest on the ORM alone. Connect as an ordinary role.");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the application's database role", e);
        }
    }
}
