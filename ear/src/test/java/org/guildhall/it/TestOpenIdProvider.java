package org.guildhall.it;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real OpenID Connect provider (NAV's mock-oauth2-server: discovery, published keys, the authorisation code flow and
 * signed tokens) in the test JVM for the whole run; the deployed application is configured with it as its single
 * sign-on issuer through arquillian.xml.
 */
public class TestOpenIdProvider implements LauncherSessionListener {

    public static final String ISSUER_ID = "guildhall";
    public static final String CLIENT_ID = "guildhall-it";
    public static final String CLIENT_SECRET = "it-client-secret";
    private static MockOAuth2Server server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("guildhall.it.data") == null || server != null) {
            return;
        }
        server = new MockOAuth2Server();
        server.start();
        System.setProperty("guildhall.it.oidc.issuer", server.issuerUrl(ISSUER_ID).toString());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /** An access token for this client naming {@code username}, valid for {@code seconds} from now (negative: expired). */
    public static String accessToken(String username, long seconds) {
        return server.issueToken(ISSUER_ID, "sub-" + username, CLIENT_ID, Map.of("preferred_username", username), seconds).serialize();
    }

    /** A token signed by the provider but for another client. */
    public static String tokenForAnotherClient(String username) {
        return server.issueToken(ISSUER_ID, "sub-" + username, "someone-else", Map.of("preferred_username", username), 3600).serialize();
    }

    /** The next sign-in through the provider's pages will be as {@code username}. */
    public static void nextSignInAs(String username) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + username, "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", username), 3600));
    }
}
