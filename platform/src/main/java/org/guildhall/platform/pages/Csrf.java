package org.guildhall.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Synchroniser tokens bound to the session: a keyed MAC of the session's id, sent back in a hidden field by every form
 * that changes state. Nothing is kept in the session for it, so in a cluster the token checks out on every instance
 * the moment the session's id exists, with no wait for the session itself to be copied there (Payara copies it after
 * the answer has gone, and a quick browser can be faster). The key comes from the deployment's data key, which every
 * instance shares; without one, from a random key of this instance's own, which serves a single instance.
 */
public final class Csrf {

    public static final String FIELD = "csrf";
    private static final String ALGORITHM = "HmacSHA256";
    private static volatile SecretKeySpec key;

    private Csrf() {
    }

    public static String token(HttpServletRequest request) {
        return mac(request.getSession(true).getId());
    }

    public static boolean valid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String id = request.isRequestedSessionIdFromCookie() ? request.getRequestedSessionId() : session == null ? null : session.getId();
        String offered = request.getParameter(FIELD);
        return id != null && offered != null
                && MessageDigest.isEqual(mac(id).getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }

    private static String mac(String sessionId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** A key of its own, derived from the data key (so that it never serves as the key of anything else). */
    private static SecretKeySpec key() throws GeneralSecurityException {
        SecretKeySpec current = key;
        if (current == null) {
            String configured = ConfigProvider.getConfig().getOptionalValue("guildhall.data.key", String.class).orElse("");
            byte[] base = new byte[32];
            if (configured.isBlank()) {
                new SecureRandom().nextBytes(base);
            } else {
                base = Base64.getDecoder().decode(configured.trim());
            }
            Mac derive = Mac.getInstance(ALGORITHM);
            derive.init(new SecretKeySpec(base, ALGORITHM));
            current = new SecretKeySpec(derive.doFinal("guildhall csrf tokens".getBytes(StandardCharsets.UTF_8)), ALGORITHM);
            key = current;
        }
        return current;
    }
}
