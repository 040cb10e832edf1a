package org.guildhall.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.List;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.problem.ProblemResponses;

/**
 * The one authentication mechanism, for the API and the pages alike, over the same accounts:
 * <ul>
 * <li>the API ({@code /api/...}) takes HTTP Basic on each request and never a session cookie, so it needs no CSRF
 * defence; a wrong password is a 401 problem;</li>
 * <li>pages sign in through the form, which calls {@code SecurityContext.authenticate} with the credential; the
 * session (id renewed at sign-in) then carries the username, re-checked against the account on every request.</li>
 * </ul>
 * Whether a signed-out caller may see a resource is decided by the resource, not here.
 */
@ApplicationScoped
public class GuildhallAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "guildhall.user";

    @Inject
    AccountIdentityStore accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");

        Credential offered = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && offered != null) {
            return formSignIn(request, context, offered);
        }
        String header = request.getHeader("Authorization");
        if (api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decode(header.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT : accounts.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return refuse(response);
        }
        if (!api) {
            HttpSession session = request.getSession(false);
            Object username = session == null ? null : session.getAttribute(SESSION_USER);
            if (username instanceof String name) {
                CredentialValidationResult result = accounts.resume(name);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                session.invalidate();
            }
        }
        return context.doNothing();
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context, Credential offered) {
        CredentialValidationResult result = accounts.validate(offered);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response) {
        try {
            Problem.Unauthenticated problem = new Problem.Unauthenticated();
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Guildhall\", charset=\"UTF-8\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(ProblemResponses.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ProblemResponses.body(401, problem.type(), problem.title(),
                    "The username or password is not right.", List.of()));
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
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
