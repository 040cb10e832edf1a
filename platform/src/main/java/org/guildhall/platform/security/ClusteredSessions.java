package org.guildhall.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Finds a page request's session when instances share sessions through the cluster. Payara writes a session to the
 * cluster after its answer has gone, so a browser quick enough (a redirect followed at once, a script) can reach
 * another instance a few milliseconds before the session does. A request that names a session this instance cannot
 * find waits for it a moment before carrying on without it; a session that really is gone (expired, signed out)
 * costs that request the wait, once, as the answer replaces its cookie.
 */
final class ClusteredSessions {

    /** Up to 25 looks 10 ms apart: replication on one machine took under 20 ms when measured. */
    private static final int LOOKS = 25;
    private static final long APART_MILLIS = 10;

    private ClusteredSessions() {
    }

    static HttpSession find(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        for (int look = 1; session == null && request.getRequestedSessionId() != null && look < LOOKS; look++) {
            try {
                Thread.sleep(APART_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            session = request.getSession(false);
        }
        return session;
    }
}
