package org.guildhall.platform.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of one audit row: SHA-256 over the previous row's hash and this row's content, each field length-prefixed
 * so that no two different rows serialise alike. Instants are taken to the microsecond, as PostgreSQL stores them.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, String tenant, long seq, Instant occurredAt, String actor,
                            String onBehalfOf, String entity, String entityId, String action, String before, String after) {
        StringBuilder content = new StringBuilder(256);
        for (String field : new String[] {previousHash, tenant, Long.toString(seq), truncate(occurredAt).toString(),
                actor, onBehalfOf, entity, entityId, action, before, after}) {
            if (field == null) {
                content.append("-1:");
            } else {
                content.append(field.length()).append(':').append(field);
            }
            content.append('|');
        }
        return sha256(content.toString());
    }

    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required", e);
        }
    }
}
