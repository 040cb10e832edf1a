package org.guildhall.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = PasswordHasher.hash("correct horse battery".toCharArray());
        assertTrue(PasswordHasher.verify("correct horse battery".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("correct horse batterz".toCharArray(), stored));
        assertFalse(PasswordHasher.verify("".toCharArray(), stored));
    }

    @Test
    void hashesAreSaltedAndInTheJakartaSecurityForm() {
        String first = PasswordHasher.hash("same password".toCharArray());
        String second = PasswordHasher.hash("same password".toCharArray());
        assertNotEquals(first, second);
        String[] parts = first.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(PasswordHasher.ITERATIONS, Integer.parseInt(parts[1]));
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        for (String stored : new String[] {null, "", "plain", "MD5:1:abc:def", "PBKDF2WithHmacSHA256:x:abc:def",
                "PBKDF2WithHmacSHA256:1000:not base64!:AAAA"}) {
            assertFalse(PasswordHasher.verify("anything".toCharArray(), stored), String.valueOf(stored));
        }
    }

    @Test
    void randomPasswordsHaveTheLengthAskedForAndDiffer() {
        String one = PasswordHasher.randomPassword(20);
        assertEquals(20, one.length());
        assertNotEquals(one, PasswordHasher.randomPassword(20));
        assertTrue(one.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0));
    }
}
