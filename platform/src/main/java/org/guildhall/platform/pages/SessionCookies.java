package org.guildhall.platform.pages;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.guildhall.platform.web.SameSiteSessionCookie;

/**
 * Session cookie flags: HttpOnly, SameSite=Lax, Secure unless {@code GUILDHALL_SECURE_COOKIES=false} (browsers accept
 * Secure cookies from http://localhost, so the default holds for local use too), and never a session id in a URL.
 */
@WebListener
public class SessionCookies implements ServletContextListener {


    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setName(SameSiteSessionCookie.NAME);
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("guildhall.secure.cookies", Boolean.class).orElse(true));
        cookie.setAttribute("SameSite", "Lax"); // not written by Payara Micro: SameSiteSessionCookie completes the header
        context.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        context.setSessionTimeout(30);
    }
}
