package org.guildhall.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class GuildhallAuthenticationTest {

    private static String basic(String raw) {
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBasicTokenSplitsAtTheFirstColonSoPasswordsMayContainColons() {
        UsernamePasswordCredential credential = GuildhallAuthentication.decode(basic("ada:pa:ss:word£"));
        assertEquals("ada", credential.getCaller());
        assertEquals("pa:ss:word£", credential.getPasswordAsString());
    }

    @Test
    void malformedTokensAreRefused() {
        assertNull(GuildhallAuthentication.decode("%%% not base64"));
        assertNull(GuildhallAuthentication.decode(basic("no-colon")));
        assertNull(GuildhallAuthentication.decode(basic(":password-without-user")));
    }
}
