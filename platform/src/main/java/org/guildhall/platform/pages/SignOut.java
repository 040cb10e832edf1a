package org.guildhall.platform.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sign-out is a POST with the form's CSRF token, so another site cannot sign people out. It ends the session's sign-in
 * for every instance of a cluster, some of which may still hold a copy of the session.
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    @jakarta.inject.Inject
    org.guildhall.platform.security.PageSignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!Csrf.valid(request)) {
            response.sendError(400);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            signIns.endWith(session);
        }
        request.logout();
        response.sendRedirect(request.getContextPath() + "/login?signedOut");
    }
}
