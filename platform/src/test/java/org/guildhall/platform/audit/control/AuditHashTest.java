package org.guildhall.platform.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-04-01T09:30:00.123456789Z");

    private static String hash(String before, String after) {
        return AuditHash.of(AuditHash.GENESIS, "dwp", 1, AT, "ada", null, "Tenant", "dwp", "CREATE", before, after);
    }

    @Test
    void theSameContentGivesTheSameHash() {
        assertEquals(hash(null, "{\"a\":1}"), hash(null, "{\"a\":1}"));
        assertTrue(hash(null, "{}").matches("[0-9a-f]{64}"));
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String original = hash(null, "{\"amount\":\"100.00\"}");
        assertNotEquals(original, hash(null, "{\"amount\":\"100.01\"}"));
        assertNotEquals(original, AuditHash.of("1".repeat(64), "dwp", 1, AT, "ada", null, "Tenant", "dwp", "CREATE", null, "{\"amount\":\"100.00\"}"));
        assertNotEquals(original, AuditHash.of(AuditHash.GENESIS, "dwp", 2, AT, "ada", null, "Tenant", "dwp", "CREATE", null, "{\"amount\":\"100.00\"}"));
        assertNotEquals(original, AuditHash.of(AuditHash.GENESIS, "dwp", 1, AT, "eve", null, "Tenant", "dwp", "CREATE", null, "{\"amount\":\"100.00\"}"));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not serialise alike, nor an absent value like an empty one
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, "t", 1, AT, "ab", null, "c", "x", "A", null, null),
                AuditHash.of(AuditHash.GENESIS, "t", 1, AT, "a", null, "bc", "x", "A", null, null));
        assertNotEquals(hash(null, "{}"), hash("", "{}"));
    }

    @Test
    void instantsCountToTheMicrosecondAsTheDatabaseKeepsThem() {
        Instant stored = Instant.parse("2026-04-01T09:30:00.123456Z");
        assertEquals(AuditHash.of(AuditHash.GENESIS, "t", 1, AT, "a", null, "e", "x", "A", null, null),
                AuditHash.of(AuditHash.GENESIS, "t", 1, stored, "a", null, "e", "x", "A", null, null));
    }
}
