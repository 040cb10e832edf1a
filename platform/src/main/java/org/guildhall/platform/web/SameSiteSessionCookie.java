package org.guildhall.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts {@code SameSite=Lax} on the session cookie. Payara Micro drops the attribute that the pages' session cookie
 * settings give it through the servlet API, so the cookie header is completed here, as soon as the session is made or its id renewed
 * (before the answer is committed, as a redirect after sign-in commits it at once).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameSiteSessionCookie extends HttpFilter {

    public static final String NAME = "GUILDHALL_SESSION";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                boolean had = super.getSession(false) != null;
                HttpSession session = super.getSession(create);
                if (!had && session != null) {
                    complete(response);
                }
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String changeSessionId() {
                String id = super.changeSessionId();
                complete(response);
                return id;
            }
        }, response);
    }

    /** Adds the attribute to each session cookie header that lacks it; other cookies are left as they are. */
    public static void complete(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> headers = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (headers.stream().noneMatch(SameSiteSessionCookie::lacksSameSite)) {
            return;
        }
        boolean first = true;
        for (String header : headers) {
            String completed = lacksSameSite(header) ? header + "; SameSite=Lax" : header;
            if (first) {
                response.setHeader("Set-Cookie", completed);
                first = false;
            } else {
                response.addHeader("Set-Cookie", completed);
            }
        }
    }

    static boolean lacksSameSite(String header) {
        return header.startsWith(NAME + "=") && !header.toLowerCase(Locale.ROOT).contains("samesite=");
    }
}
