package org.guildhall.platform.pages;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.guildhall.platform.domain.DomainException;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.security.Caller;
import org.guildhall.platform.security.PlatformRole;

/**
 * The shared service centre's console pages under {@code /centre}, in any module: operators only (sign-in first, then
 * 403 for anyone else, as the API's {@code @Allowed(platform = OPERATOR)} answers), read only (GET; a POST is the
 * container's 405), and any failure shown as a page with its status. Subclasses answer {@link #shown} for the path
 * after their mapping. No tenant is entered: these pages compare tenants, and read only what the centre keeps about
 * them.
 */
public abstract class CentrePages extends HttpServlet {

    @Inject
    protected Caller caller;

    @Inject
    protected Templates templates;

    /** A GET of {@code rest} (the servlet's path info, "" for none); {@code scope} has the page basics. */
    protected abstract void shown(HttpServletRequest request, HttpServletResponse response, String rest, Map<String, Object> scope)
            throws IOException;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            caller.require();
            if (!caller.platformRoles().contains(PlatformRole.OPERATOR)) {
                throw new Problem.Forbidden("These pages are for the shared service centre's operators.");
            }
            Map<String, Object> scope = new HashMap<>();
            scope.put("signedIn", true);
            scope.put("csrf", Csrf.token(request));
            shown(request, response, request.getPathInfo() == null ? "" : request.getPathInfo(), scope);
        } catch (Problem.Unauthenticated signIn) {
            response.sendRedirect(request.getContextPath() + "/login");
        } catch (Problem problem) {
            show(problem, request, response);
        } catch (DomainException refusal) {
            show(Problem.of(refusal), request, response);
        }
    }

    private void show(Problem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        TenantPages.showProblem(templates, problem, request, response);
    }
}
