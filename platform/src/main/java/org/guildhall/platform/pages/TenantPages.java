package org.guildhall.platform.pages;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guildhall.platform.domain.DomainException;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.TenantRole;
import org.guildhall.platform.tenancy.TenantGate;

/**
 * A module's pages under {@code /{module}/{tenant}/...}: the tenant from the path, the CSRF check on every POST, the
 * same gate as the API (sign-in, 404 without a role there, 403 without an allowed one), and any failure shown as a
 * page with its status. Subclasses answer {@link #shown} and {@link #posted} for the rest of the path.
 */
public abstract class TenantPages extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z][a-z0-9-]{1,31})(/.*)?");

    @Inject
    protected TenantGate gate;

    @Inject
    protected Templates templates;

    /** The roles that may read these pages; by default any role in the tenant (the use cases check the rest). */
    protected Set<TenantRole> readers() {
        return Set.of();
    }

    /** The roles that may post to these pages; by default any role in the tenant. */
    protected Set<TenantRole> writers() {
        return Set.of();
    }

    /** A GET of {@code rest} (the path after the tenant, "" for none); {@code scope} has the page basics. */
    protected abstract void shown(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                                  Map<String, Object> scope) throws IOException;

    protected abstract void posted(HttpServletRequest request, HttpServletResponse response, String tenant, String rest,
                                   Map<String, Object> scope) throws IOException;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, true);
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            if (!path.matches()) {
                throw new Problem.NotFound("There is nothing at this address.");
            }
            String tenant = path.group(1);
            String rest = path.group(2) == null ? "" : path.group(2);
            if (post && !Csrf.valid(request)) {
                throw new Problem.BadRequest("Your session expired. Go back, reload the page and try again.");
            }
            gate.admit(tenant, post ? writers() : readers());
            Map<String, Object> scope = new HashMap<>();
            scope.put("signedIn", true);
            scope.put("csrf", Csrf.token(request));
            scope.put("tenant", tenant);
            if (post) {
                posted(request, response, tenant, rest, scope);
            } else {
                shown(request, response, tenant, rest, scope);
            }
        } catch (Problem.Unauthenticated signIn) {
            response.sendRedirect(request.getContextPath() + "/login");
        } catch (Problem problem) {
            show(problem, request, response);
        } catch (DomainException refusal) {
            show(Problem.of(refusal), request, response);
        }
    }

    private void show(Problem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        showProblem(templates, problem, request, response);
    }

    /** A refusal as a page for someone signed in: its title and detail, with its status. */
    static void showProblem(Templates templates, Problem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", problem.title());
        scope.put("signedIn", true);
        scope.put("csrf", Csrf.token(request));
        scope.put("detail", problem.getMessage());
        templates.render(response, problem.status(), "problem", scope);
    }
}
