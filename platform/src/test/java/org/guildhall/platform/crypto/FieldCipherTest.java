package org.guildhall.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final FieldCipher CIPHER = new FieldCipher(new byte[32]);

    @Test
    void aValueRoundTripsAndNeverAppearsInTheClear() {
        String sealed = CIPHER.encrypt("12345678", "dwp|E1|accountNumber");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("12345678"));
        assertEquals("12345678", CIPHER.decrypt(sealed, "dwp|E1|accountNumber"));
        assertNotEquals(sealed, CIPHER.encrypt("12345678", "dwp|E1|accountNumber"), "a fresh nonce each time");
    }

    @Test
    void aValueMovedToAnotherRowOrTenantOrAlteredDoesNotDecrypt() {
        String sealed = CIPHER.encrypt("12345678", "dwp|E1|accountNumber");
        assertThrows(IllegalStateException.class, () -> CIPHER.decrypt(sealed, "dwp|E2|accountNumber"));
        assertThrows(IllegalStateException.class, () -> CIPHER.decrypt(sealed, "hmrc|E1|accountNumber"));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> CIPHER.decrypt("v1:" + Base64.getEncoder().encodeToString(raw), "dwp|E1|accountNumber"));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThrows(IllegalStateException.class, () -> new FieldCipher(other).decrypt(sealed, "dwp|E1|accountNumber"));
    }

    @Test
    void keysMustBe256Bits() {
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> FieldCipher.fromBase64("not base64!"));
    }
}
