package org.guildhall.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.guildhall.platform.web.SameSiteSessionCookie;
import org.guildhall.platform.web.SecurityHeaders;
import org.guildhall.platform.web.StrictJson;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.problem.ProblemResponses;

/**
 * The one authentication mechanism, for the API and the pages alike, over the same accounts:
 * <ul>
 * <li>the API ({@code /api/...}) takes HTTP Basic on each request and never a session cookie, so it needs no CSRF
 * defence; a wrong password is a 401 problem;</li>
 * <li>with single sign-on configured ({@link OpenId}), the API also takes the provider's access tokens as
 * {@code Authorization: Bearer}, for the account their claim names;</li>
 * <li>pages sign in through the form, which calls {@code SecurityContext.authenticate} with the credential, or through
 * the provider, whose checked ID token becomes an {@link OpenIdCredential}; the session (id renewed at sign-in) then
 * carries the username, re-checked against the account on every request.</li>
 * </ul>
 * Whether a signed-out caller may see a resource is decided by the resource, not here.
 */
@ApplicationScoped
public class GuildhallAuthentication implements HttpAuthenticationMechanism {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(GuildhallAuthentication.class.getName());

    public static final String SESSION_USER = "guildhall.user";
    /** The session's sign-in ({@link PageSignIns}): the session is signed in only while it stands. */
    public static final String SESSION_SIGN_IN = "guildhall.signIn";

    /** The request attribute that tells the sign-in page how many seconds to ask the person to wait. */
    public static final String RETRY_AFTER = "guildhall.retryAfter";

    @Inject
    AccountIdentityStore accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    PageSignIns signIns;

    @Inject
    OpenId openId;

    @Inject
    Event<SignInThrottle.Lock> locks;

    @Inject
    org.guildhall.platform.web.ClientAddress clients;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");

        Credential offered = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && offered != null) {
            return formSignIn(request, response, context, offered);
        }
        String header = request.getHeader("Authorization");
        if (api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decode(header.substring(6).trim());
            Optional<Duration> wait = throttle.admit(throttled(basic), clients.of(request));
            if (wait.isPresent()) {
                return tooMany(request, response, wait.get());
            }
            CredentialValidationResult result = check(basic, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return refuse(request, response);
        }
        if (api && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && openId.configured()) {
            return bearer(header.substring(7).trim(), request, response, context);
        }
        if (!api) {
            HttpSession session = ClusteredSessions.find(request);
            Object username = session == null ? null : session.getAttribute(SESSION_USER);
            if (username instanceof String name) {
                CredentialValidationResult result = session.getAttribute(SESSION_SIGN_IN) instanceof String signIn
                        && signIns.live(signIn, name) ? accounts.resume(name) : CredentialValidationResult.INVALID_RESULT;
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                session.invalidate();
            }
        }
        return context.doNothing();
    }

    /**
     * An access token from the OpenID provider: checked against its keys, then the account its claim names, which must
     * be enabled here. Anything else is a 401 naming no reason beyond "invalid_token".
     */
    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        try {
            String username = openId.usernameFromAccessToken(token);
            CredentialValidationResult result = accounts.resume(username);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        } catch (OpenId.Refused refused) {
            LOG.fine(() -> "bearer token refused: " + refused.getMessage());
        }
        Problem.Unauthenticated problem = new Problem.Unauthenticated();
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        write(request, response, 401, problem.type(), problem.title(), "The token is not valid here: it may have expired.");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                            Credential offered) {
        if (offered instanceof OpenIdCredential vouched) {
            return session(request, response, context, accounts.resume(vouched.username()));
        }
        Optional<Duration> wait = throttle.admit(throttled(offered), clients.of(request));
        if (wait.isPresent()) {
            request.setAttribute(RETRY_AFTER, seconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        return session(request, response, context, check(offered, request));
    }

    /** A page session for a checked person: a new session id, the cookie completed, the username kept. */
    private AuthenticationStatus session(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                         CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        SameSiteSessionCookie.complete(response);
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        session.setAttribute(SESSION_SIGN_IN, signIns.record(result.getCallerPrincipal().getName()));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The username an attempt is counted under: as given, or "" for one that holds control characters or is too long to
     * be anyone's (those are wrong without asking the database, as PostgreSQL cannot even compare a NUL).
     */
    private static String throttled(Credential offered) {
        return offered instanceof UsernamePasswordCredential login && !StrictJson.hasControlCharacter(login.getCaller())
                && !StrictJson.hasControlCharacter(login.getPasswordAsString()) && login.getCaller().length() <= 200
                ? login.getCaller() : "";
    }

    /**
     * Checks the password of an attempt the throttle admitted and ends it with its outcome, whatever happens; a lock
     * that a failure starts is announced, for the audit.
     */
    private CredentialValidationResult check(Credential offered, HttpServletRequest request) {
        String username = throttled(offered);
        String address = clients.of(request);
        boolean ended = false;
        try {
            CredentialValidationResult result = username.isEmpty() ? CredentialValidationResult.INVALID_RESULT : accounts.validate(offered);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(username, address);
                ended = true;
            } else {
                Optional<SignInThrottle.Lock> lock = throttle.failed(username, address);
                ended = true;
                lock.ifPresent(locks::fire);
            }
            return result;
        } finally {
            if (!ended) {
                throttle.abandoned(username, address);
            }
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static AuthenticationStatus tooMany(HttpServletRequest request, HttpServletResponse response, Duration wait) {
        long seconds = seconds(wait);
        response.setHeader("Retry-After", Long.toString(seconds));
        write(request, response, 429, "too-many-attempts", "Too many attempts",
                tryAgain(seconds));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The same words for every username, known or not, so that the answer cannot tell which exist. */
    public static String tryAgain(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return "Too many failed sign-ins. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        Problem.Unauthenticated problem = new Problem.Unauthenticated();
        response.setHeader("WWW-Authenticate", "Basic realm=\"Guildhall\", charset=\"UTF-8\"");
        write(request, response, 401, problem.type(), problem.title(), "The username or password is not right.");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A problem answer written here, before the filters run: so the security headers are set here too. */
    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                              String detail) {
        try {
            SecurityHeaders.apply(request, response);
            ProblemResponses.write(response, status, type, title, detail, List.of());
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    static UsernamePasswordCredential decode(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
