package org.guildhall.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.guildhall.platform.tenant.entity.Tenant;

/** Puts the current transaction in one tenant, for the ORM and the database alike. */
@ApplicationScoped
public class TenantSession {

    /** The PostgreSQL setting row-level security policies compare tenant_id with. */
    public static final String DATABASE_SETTING = "guildhall.tenant";
    private static final String KEY = TenantSession.class.getName();

    @PersistenceContext(unitName = "guildhall")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * Scopes the active transaction to {@code tenant}. Must be called before the transaction touches any tenant
     * entity, once; entering a second tenant in the same transaction is refused.
     */
    public void enter(String tenant) {
        if (tenant == null || !Tenant.CODE.matcher(tenant).matches()) {
            throw new IllegalArgumentException("not a tenant code");
        }
        scope(tenant);
    }

    /**
     * Scopes the active transaction to a tenant group's own records, {@link #GROUP_PREFIX} and its code: its audit
     * chain. No tenant's rows are visible in it.
     */
    public void enterGroup(String group) {
        if (group == null || !org.guildhall.platform.tenant.entity.TenantGroup.CODE.matcher(group).matches()) {
            throw new IllegalArgumentException("not a tenant group code");
        }
        scope(GROUP_PREFIX + group);
    }

    /** What a group's scope starts with: no tenant code has a colon. */
    public static final String GROUP_PREFIX = "g:";

    private void scope(String tenant) {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("a tenant can only be entered inside a transaction");
        }
        Object current = transaction.getResource(KEY);
        if (current != null) {
            if (!current.equals(tenant)) {
                throw new IllegalStateException("this transaction is already scoped to another tenant");
            }
            return;
        }
        em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant);
        try {
            setting(connection(), tenant);
        } catch (SQLException e) {
            throw new IllegalStateException("could not scope the database session to the tenant", e);
        }
        transaction.putResource(KEY, tenant);
    }

    /**
     * Scopes {@code other}'s open transaction as this transaction is scoped: to the same tenant (or group), for the
     * database's row-level security, or to none when this transaction entered none, so that it sees what this one's own
     * connection would. For reads on another server (a streaming replica) within this transaction.
     */
    public void scopeAlike(Connection other) throws SQLException {
        Object scope = transaction.getTransactionKey() == null ? null : transaction.getResource(KEY);
        if (scope != null) {
            setting(other, (String) scope);
        }
    }

    /** Sets the row-level security setting for the rest of the connection's transaction. */
    private static void setting(Connection connection, String scope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, DATABASE_SETTING);
            statement.setString(2, scope);
            statement.execute();
        }
    }

    /** The tenant of the active transaction; fails if none was entered. */
    public String current() {
        Object tenant = transaction.getTransactionKey() == null ? null : transaction.getResource(KEY);
        return Objects.requireNonNull((String) tenant, "no tenant entered in this transaction");
    }

    /**
     * The JDBC connection of the active transaction, for the few statements JPA cannot express. EclipseLink begins
     * its transaction on it, so later JPA reads and writes of this transaction use the same connection.
     */
    public Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("no transactional connection");
        }
        return connection;
    }
}
