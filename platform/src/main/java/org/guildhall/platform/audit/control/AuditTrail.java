package org.guildhall.platform.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.tenancy.TenantSession;

/**
 * Appends to the tenant's audit chain and checks it. Appends take the tenant's chain head row for update, so
 * concurrent changes in one tenant queue here for the rest of their transaction; tenants never wait on each other.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String LOCK_HEAD = "select seq, hash from audit_chain_head where tenant_id = ? for update";
    private static final String NEW_HEAD = "insert into audit_chain_head (tenant_id, seq, hash) values (?, 0, ?) on conflict do nothing";
    private static final String MOVE_HEAD = "update audit_chain_head set seq = ?, hash = ? where tenant_id = ?";
    private static final String APPEND = "insert into audit_event (tenant_id, seq, occurred_at, actor, on_behalf_of, entity, "
            + "entity_id, action, before_state, after_state, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CHAIN = "select seq, occurred_at, actor, on_behalf_of, entity, entity_id, action, before_state, "
            + "after_state, prev_hash, hash from audit_event where tenant_id = ? order by seq";

    private static final String HEAD_KEY = AuditTrail.class.getName() + ".head";

    @Inject
    TenantSession session;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Records a change in the transaction's tenant, by the signed-in caller. */
    public void record(String entity, String entityId, String action, JsonObject before, JsonObject after) {
        record(entity, entityId, action, before, after, null);
    }

    /**
     * Records a change the caller made on someone else's behalf (HR booking leave for an employee, say):
     * {@code onBehalfOf} names that person (an employee number), or is null when the caller acted for themselves.
     */
    public void record(String entity, String entityId, String action, JsonObject before, JsonObject after, String onBehalfOf) {
        append(List.of(new Entry(entity, entityId, action, before, after)), onBehalfOf);
    }

    /** One change, for {@link #recordAll}. */
    public record Entry(String entity, String entityId, String action, JsonObject before, JsonObject after) {
    }

    /** Records many changes by the caller, in order, as one call each would, in one batch of statements (a bulk load's). */
    public void recordAll(List<Entry> entries) {
        if (!entries.isEmpty()) {
            append(entries, null);
        }
    }

    private void append(List<Entry> entries, String onBehalfOf) {
        String tenant = session.current();
        Connection connection = session.connection();
        try {
            // the first record of a transaction takes the chain head's lock; later ones continue from where it left off
            Head head = (Head) transaction.getResource(HEAD_KEY);
            if (head == null) {
                head = lockHead(connection, tenant);
            }
            long seq = head.seq();
            String previous = head.hash();
            Instant at = AuditHash.truncate(clock.instant());
            String actor = caller.name();
            try (PreparedStatement append = connection.prepareStatement(APPEND)) {
                for (Entry entry : entries) {
                    seq++;
                    String beforeText = entry.before() == null ? null : entry.before().toString();
                    String afterText = entry.after() == null ? null : entry.after().toString();
                    String hash = AuditHash.of(previous, tenant, seq, at, actor, onBehalfOf, entry.entity(), entry.entityId(), entry.action(),
                            beforeText, afterText);
                    append.setString(1, tenant);
                    append.setLong(2, seq);
                    append.setTimestamp(3, Timestamp.from(at));
                    append.setString(4, actor);
                    append.setString(5, onBehalfOf);
                    append.setString(6, entry.entity());
                    append.setString(7, entry.entityId());
                    append.setString(8, entry.action());
                    append.setString(9, beforeText);
                    append.setString(10, afterText);
                    append.setString(11, previous);
                    append.setString(12, hash);
                    if (entries.size() == 1) {
                        append.executeUpdate();
                    } else {
                        append.addBatch();
                    }
                    previous = hash;
                }
                if (entries.size() > 1) {
                    append.executeBatch();
                }
            }
            try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
                move.setLong(1, seq);
                move.setString(2, previous);
                move.setString(3, tenant);
                move.executeUpdate();
            }
            transaction.putResource(HEAD_KEY, new Head(seq, previous));
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit record", e);
        }
    }

    private static Head lockHead(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(NEW_HEAD)) {
            insert.setString(1, tenant);
            insert.setString(2, AuditHash.GENESIS);
            insert.executeUpdate();
        }
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD)) {
            lock.setString(1, tenant);
            try (ResultSet head = lock.executeQuery()) {
                head.next();
                return new Head(head.getLong(1), head.getString(2));
            }
        }
    }

    /** The chain head as this transaction left it (a transaction is in one tenant, and holds the head's lock). */
    private record Head(long seq, String hash) {
    }

    /**
     * Recomputes the transaction tenant's chain from the first row. A row edited in place, removed, or inserted out of
     * turn breaks it at that row; removing the newest rows is caught by the head row, which holds the last hash.
     */
    public Verification verify() {
        String tenant = session.current();
        Connection connection = session.connection();
        String expectedPrevious = AuditHash.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (PreparedStatement chain = connection.prepareStatement(CHAIN)) {
            chain.setString(1, tenant);
            chain.setFetchSize(1000);
            try (ResultSet row = chain.executeQuery()) {
                while (row.next()) {
                    long seq = row.getLong(1);
                    String stored = row.getString(11);
                    String recomputed = AuditHash.of(row.getString(10), tenant, seq, row.getTimestamp(2).toInstant(),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9));
                    if (seq != expectedSeq || !row.getString(10).equals(expectedPrevious) || !recomputed.equals(stored)) {
                        return new Verification(false, checked, expectedSeq);
                    }
                    expectedPrevious = stored;
                    expectedSeq++;
                    checked++;
                }
            }
            try (PreparedStatement head = connection.prepareStatement("select seq, hash from audit_chain_head where tenant_id = ?")) {
                head.setString(1, tenant);
                try (ResultSet last = head.executeQuery()) {
                    boolean headMatches = last.next() ? last.getLong(1) == checked && last.getString(2).equals(expectedPrevious) : checked == 0;
                    return headMatches ? new Verification(true, checked, null) : new Verification(false, checked, expectedSeq);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit chain", e);
        }
    }

    /** The result of checking a chain: the first sequence number that does not fit, when one does not. */
    public record Verification(boolean valid, long checkedEvents, Long firstInvalidSeq) {
    }
}
