package org.guildhall.platform.pages;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.guildhall.platform.problem.ProblemResponses;
import org.guildhall.platform.web.SecurityHeaders;

/**
 * The answer to an error the container gives itself (an address nothing serves, a method a page does not take, a
 * failure before the application's own handlers): problem+json under {@code /api/}, elsewhere a page in the service's
 * style. Never Payara's page, which names the server and its version.
 */
@WebServlet("/error-page")
public class ErrorPage extends HttpServlet {

    @Inject
    Templates templates;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        SecurityHeaders.apply(request, response);
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(response, status, kind(status), title(status), detail(status), List.of());
            return;
        }
        templates.render(response, status, "problem", Map.of("title", title(status), "detail", detail(status)));
    }

    private static String kind(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Page not found";
            case 405 -> "Not allowed here";
            default -> status >= 500 ? "Sorry, there is a problem with the service" : "The request cannot be taken";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.";
            case 405 -> "This address does not take that kind of request.";
            default -> status >= 500 ? "Try again later." : "Check what you sent and try again.";
        };
    }
}
