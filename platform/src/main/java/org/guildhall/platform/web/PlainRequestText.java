package org.guildhall.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.guildhall.platform.pages.Templates;
import org.guildhall.platform.problem.Problem;
import org.guildhall.platform.problem.ProblemResponses;

/**
 * Refuses, before anything reads them, addresses and form fields that hold control characters (other than tab, line
 * feed and carriage return) or broken percent-encoding: a NUL in a path segment, a query parameter or a page's form
 * would otherwise reach PostgreSQL, which cannot store it. JSON bodies are checked as they are read ({@link StrictJson});
 * multipart uploads by their own readers. The API answers a 400 problem naming the part; pages a 400 page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PlainRequestText extends HttpFilter {

    @Inject
    Templates templates;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refused = refusal(request);
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Problem.BadRequest problem = Problem.BadRequest.invalid(refused, StrictJson.CONTROL_CHARACTER);
            ProblemResponses.write(response, 400, problem.type(), problem.title(), problem.getMessage(), problem.errors());
            return;
        }
        templates.render(response, 400, "problem", Map.of("title", "The address or form cannot be read",
                "detail", "It holds characters that cannot be taken. Go back and try again without them."));
    }

    /** The part of the request that is refused ("path", "query", a form field's name), or null when all is plain. */
    static String refusal(HttpServletRequest request) {
        if (!plain(request.getRequestURI(), false)) {
            return "path";
        }
        if (request.getQueryString() != null && !plain(request.getQueryString(), true)) {
            return "query";
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
                if (StrictJson.hasControlCharacter(field.getKey())) {
                    return "form";
                }
                for (String value : field.getValue()) {
                    if (StrictJson.hasControlCharacter(value)) {
                        return field.getKey();
                    }
                }
            }
        }
        return null;
    }

    /** True when the percent-encoded text decodes, as UTF-8, to text without control characters. */
    static boolean plain(String encoded, boolean query) {
        try {
            String decoded = URLDecoder.decode(query ? encoded : encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            return !StrictJson.hasControlCharacter(decoded);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
