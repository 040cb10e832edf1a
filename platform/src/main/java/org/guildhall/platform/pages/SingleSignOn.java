package org.guildhall.platform.pages;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;
import org.guildhall.platform.security.OpenId;
import org.guildhall.platform.security.OpenIdCredential;

/**
 * Signing in through the OpenID provider (authorisation code flow with PKCE): {@code /login/sso} sends the browser to
 * the provider with a fresh state, nonce and code challenge kept in the session; the provider sends it back to
 * {@code /login/sso/callback} with a code, exchanged here for an ID token that must carry that nonce. A person the
 * provider knows but Guildhall has no enabled account for is not signed in.
 */
@WebServlet({"/login/sso", "/login/sso/callback"})
public class SingleSignOn extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FLOW = "guildhall.sso";

    @Inject
    OpenId openId;

    @Inject
    SecurityContext security;

    @Inject
    Templates templates;

    /** What the session remembers between leaving for the provider and coming back. */
    private record Flow(String state, String nonce, String verifier) implements java.io.Serializable {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!openId.configured()) {
            refuse(response, 404, "Single sign-on is not set up", "Sign in with your Guildhall username and password.");
            return;
        }
        try {
            if (request.getServletPath().endsWith("/callback")) {
                callback(request, response);
            } else {
                Flow flow = new Flow(random(), random(), random());
                request.getSession(true).setAttribute(FLOW, flow);
                response.sendRedirect(openId.authorisation(redirect(request), flow.state(), flow.nonce(), challenge(flow.verifier()))
                        .toString());
            }
        } catch (OpenId.Refused refused) {
            LOG.warning(() -> "single sign-on refused: " + refused.getMessage());
            refuse(response, 401, "You could not be signed in",
                    "Your organisation's sign-in did not work. Try again, or sign in with your Guildhall username and password.");
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException, OpenId.Refused {
        HttpSession session = request.getSession(false);
        Flow flow = session == null ? null : (Flow) session.getAttribute(FLOW);
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (flow == null || state == null || code == null || !MessageDigest.isEqual(flow.state().getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8))) {
            throw new OpenId.Refused("the answer does not belong to a sign-in this browser started", null);
        }
        session.removeAttribute(FLOW);
        String idToken = openId.idToken(code, redirect(request), flow.verifier());
        String username = openId.usernameFromIdToken(idToken, flow.nonce());
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new OpenIdCredential(username)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new OpenId.Refused("no enabled account for the person the provider named", null);
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    private void refuse(HttpServletResponse response, int status, String title, String detail) throws IOException {
        templates.render(response, status, "problem", Map.of("title", title, "detail", detail));
    }

    /** The callback address, as the browser reached this server. */
    private static String redirect(HttpServletRequest request) {
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/login/sso/callback";
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required", e);
        }
    }
}
