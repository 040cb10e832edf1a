package org.guildhall.platform.pages;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guildhall.platform.tenant.control.Tenants;
import org.guildhall.platform.tenant.entity.Tenant;
import org.guildhall.platform.security.GuildhallAuthentication;
import org.guildhall.platform.security.OpenId;

/** The sign-in form. A failed attempt comes back with a GOV.UK error summary and the message by the field. */
@WebServlet("/login")
public class SignInPage extends HttpServlet {

    @Inject
    SecurityContext security;

    @Inject
    org.guildhall.platform.security.PageSignIns signIns;

    @Inject
    Templates templates;

    @Inject
    OpenId openId;

    @Inject
    org.guildhall.platform.security.Caller caller;

    @Inject
    Tenants tenants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (security.getCallerPrincipal() != null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        Map<String, Object> scope = scope(request, "");
        if (request.getParameter("signedOut") != null) {
            scope.put("signedOut", true);
        }
        templates.render(response, 200, "sign-in", scope);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username") == null ? "" : request.getParameter("username").strip();
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        if (!Csrf.valid(request)) {
            showError(response, request, username, "username", "Your session expired. Sign in again.", 400);
            return;
        }
        if (username.isEmpty()) {
            showError(response, request, username, "username", "Enter your username", 200);
            return;
        }
        if (password.isEmpty()) {
            showError(response, request, username, "password", "Enter your password", 200);
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            Optional<String> closed = closedOut();
            if (closed.isPresent()) {
                // every organisation the user acts in is suspended or gone: signed straight out again, and told why
                try {
                    request.logout();
                } catch (jakarta.servlet.ServletException e) {
                    throw new IOException("could not sign the user out again", e);
                }
                if (request.getSession(false) != null) {
                    signIns.endWith(request.getSession(false));
                }
                showError(response, request, username, "username", closed.get(), 403);
                return;
            }
            response.sendRedirect(request.getContextPath() + "/");
        } else if (request.getAttribute(GuildhallAuthentication.RETRY_AFTER) instanceof Long seconds) {
            response.setHeader("Retry-After", seconds.toString());
            showError(response, request, username, "username", GuildhallAuthentication.tryAgain(seconds), 429);
        } else {
            showError(response, request, username, "username", "Enter a correct username and password", 200);
        }
    }

    /** Why a user who has just signed in may not use Guildhall now: each tenant they act in is suspended or gone. */
    private Optional<String> closedOut() {
        if (!caller.platformRoles().isEmpty()) {
            return Optional.empty();
        }
        List<Tenant> theirs = caller.memberships().stream().map(m -> tenants.find(m.tenant())).flatMap(Optional::stream).toList();
        if (theirs.isEmpty() || theirs.stream().anyMatch(t -> t.status() == Tenant.Status.ACTIVE)) {
            return Optional.empty();
        }
        return Optional.of(Tenants.closedMessage(theirs.get(0)));
    }

    private void showError(HttpServletResponse response, HttpServletRequest request, String username, String field,
                           String message, int status) throws IOException {
        Map<String, Object> scope = scope(request, username);
        scope.put("errors", List.of(Map.of("field", field, "message", message)));
        scope.put("hasErrors", true);
        scope.put(field + "Error", message);
        templates.render(response, status, "sign-in", scope);
    }

    private Map<String, Object> scope(HttpServletRequest request, String username) {
        Map<String, Object> scope = new HashMap<>();
        scope.put("sso", openId.configured());
        scope.put("title", "Sign in");
        scope.put("csrf", Csrf.token(request));
        scope.put("username", username);
        return scope;
    }
}
