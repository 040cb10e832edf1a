package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker tries first: guessing passwords, odd characters in credentials and addresses, reading the server's
 * name, learning other tenants' usernames, and reading HR's data through the audit; and switching an account off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInHardeningIT {

    private static final int LOCKS_AFTER = 5;

    @ArquillianResource
    URL base;

    private Fixtures fixtures() {
        return new Fixtures(base);
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountWith429AndTheLockIsAudited() {
        String tenant = fixtures().onboard("lock");
        String username = "guessed-" + tenant;
        Api right = fixtures().userIn(tenant, username, "EMPLOYEE");
        assertEquals(200, right.get("api/v1/me").status());
        Api wrong = fixtures().anonymous().as(username, "not-the-password-at-all");
        for (int i = 0; i < LOCKS_AFTER; i++) {
            assertProblem(wrong.get("api/v1/me"), 401);
        }
        Api.Reply locked = right.get("api/v1/me");
        assertProblem(locked, 429);
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, locked.header("Retry-After"));
        assertEquals("nosniff", locked.header("X-Content-Type-Options"), "answered before the filters, still with the headers");

        // an unknown username is counted the same way and gets the very same answer: nothing tells them apart
        Api nobody = fixtures().anonymous().as("nobody-" + UUID.randomUUID(), "not-the-password-at-all");
        Api.Reply unknown = null;
        for (int i = 0; i < LOCKS_AFTER; i++) {
            unknown = nobody.get("api/v1/me");
            assertProblem(unknown, 401);
        }
        Api.Reply unknownLocked = nobody.get("api/v1/me");
        assertProblem(unknownLocked, 429);
        assertEquals(locked.body(), unknownLocked.body());

        JsonObject audit = fixtures().adminOf(tenant).get("api/v1/tenants/" + tenant + "/audit?entity=UserAccount&entityId=" + username).json();
        JsonObject lock = audit.getJsonArray("items").getJsonObject(0);
        assertEquals("SIGN_IN_LOCK", lock.getString("action"), audit.toString());
        assertTrue(lock.getString("after").contains("\"failures\":5"), lock.toString());
    }

    @Test
    void theSignInFormIsThrottledToo() throws Exception {
        Pages pages = new Pages();
        String username = "form-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < LOCKS_AFTER; i++) {
            assertEquals(200, pages.signIn(username, "wrong-password-here").status());
        }
        Api.Reply locked = pages.signIn(username, "wrong-password-here");
        assertEquals(429, locked.status());
        assertNotNull(locked.header("Retry-After"));
        assertTrue(locked.body().contains("Too many failed sign-ins"), locked.body());
    }

    @Test
    void theSessionCookieIsSameSiteLaxInTheHeaderItself() throws Exception {
        Pages pages = new Pages();
        assertTrue(pages.cookieHeader.contains("SameSite=Lax"), pages.cookieHeader);
        assertTrue(pages.cookieHeader.contains("HttpOnly"), pages.cookieHeader);
        Api.Reply signedIn = pages.signIn("demo.admin", "demo-password-not-for-real-use");
        assertEquals(302, signedIn.status(), signedIn.toString());
        String renewed = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GUILDHALL_SESSION=")).findFirst().orElseThrow();
        assertTrue(renewed.contains("SameSite=Lax"), renewed);
    }

    @Test
    void controlCharactersInCredentialsAre401AndInTheAddress400() {
        assertProblem(fixtures().anonymous().as("oper\u0000ator", "x").get("api/v1/me"), 401);
        assertProblem(fixtures().anonymous().as("operator", "pass\u0000word").get("api/v1/me"), 401);
        String tenant = fixtures().onboard("nul");
        Api admin = fixtures().adminOf(tenant);
        // an encoded NUL in the path is refused by the HTTP layer itself, before any application code: a bare 400
        assertEquals(400, admin.post("api/v1/tenants/" + tenant + "/users/a%00b/disable", "").status());
        Api.Reply path = admin.post("api/v1/tenants/" + tenant + "/users/a%07b/disable", "");
        assertProblem(path, 400);
        assertEquals("path", path.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(admin.get("api/v1/tenants/" + tenant + "/audit?entity=a%00b"), 400);
    }

    @Test
    void noAnswerNamesTheServerAndUnknownAddressesGetTheProductsOwn404() {
        Api.Reply health = fixtures().anonymous().get("api/v1/health");
        assertEquals(200, health.status());
        assertNull(health.header("Server"), "Server: " + health.header("Server"));
        assertNull(health.header("X-Powered-By"));

        Api.Reply page = fixtures().anonymous().get("no-such-page");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Page not found – Guildhall"), page.body());
        assertFalse(page.body().toLowerCase().contains("payara"), page.body());
        assertNull(page.header("Server"));

        assertProblem(fixtures().anonymous().get("api/v9/nothing"), 404);
    }

    @Test
    void aTenantAdminCannotLearnThatAUsernameExistsInAnotherTenant() {
        String mine = fixtures().onboard("mine");
        String theirs = fixtures().onboard("theirs");
        String taken = "taken-" + theirs;
        fixtures().userIn(theirs, taken, "EMPLOYEE");
        String here = "here-" + mine;
        fixtures().userIn(mine, here, "EMPLOYEE");
        Api admin = fixtures().adminOf(mine);
        String body = "{\"username\": \"%s\", \"displayName\": \"X\", \"password\": \"" + Fixtures.PASSWORD + "\", \"roles\": [\"EMPLOYEE\"]}";
        Api.Reply elsewhere = admin.post("api/v1/tenants/" + mine + "/users", body.formatted(taken));
        Api.Reply ownTenant = admin.post("api/v1/tenants/" + mine + "/users", body.formatted(here));
        assertProblem(elsewhere, 409);
        assertEquals(ownTenant.body(), elsewhere.body(), "the same answer whichever tenant has the name");
        assertFalse(elsewhere.body().contains(taken));
    }

    @Test
    void aTenantAdminSeesTheAuditWithPersonalFieldsHiddenAndAnAuditorSeesThemWhole() {
        Team team = Team.onboard(fixtures(), "mask");
        Api auditor = fixtures().userIn(team.tenant(), "auditor-" + team.tenant(), "AUDITOR");
        String query = team.path("audit?entity=Employee&entityId=E1");
        String masked = team.admin().get(query).json().getJsonArray("items").getJsonObject(0).getString("after");
        assertFalse(masked.contains("AB100002A"), masked);
        assertFalse(masked.contains("1985-05-20"), masked);
        assertFalse(masked.contains("34000.00"), masked);
        assertTrue(masked.contains("\"niNumber\":\"(hidden)\"") && masked.contains("Erin"), masked);
        String whole = auditor.get(query).json().getJsonArray("items").getJsonObject(0).getString("after");
        assertTrue(whole.contains("AB100002A") && whole.contains("34000.00"), whole);
        assertTrue(team.admin().get(team.path("audit/verification")).json().getBoolean("valid"));
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgainAndBothAreAudited() {
        String tenant = fixtures().onboard("off");
        String username = "leaver-" + tenant;
        Api leaver = fixtures().userIn(tenant, username, "EMPLOYEE");
        Api admin = fixtures().adminOf(tenant);
        String users = "api/v1/tenants/" + tenant + "/users/";
        assertProblem(leaver.post(users + "admin-of-" + tenant + "/disable", ""), 403);

        Api.Reply disabled = admin.post(users + username + "/disable", "");
        assertEquals(200, disabled.status(), disabled.toString());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertProblem(leaver.get("api/v1/me"), 401);
        List<JsonObject> listed = admin.get("api/v1/tenants/" + tenant + "/users").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertFalse(listed.stream().filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow().getBoolean("enabled"));

        assertProblem(admin.post(users + "admin-of-" + tenant + "/disable", ""), 409);
        assertProblem(admin.post(users + "nobody-here/disable", ""), 404);

        assertEquals(200, admin.post(users + username + "/enable", "").status());
        assertEquals(200, leaver.get("api/v1/me").status());
        JsonObject audit = admin.get("api/v1/tenants/" + tenant + "/audit?entity=UserAccount&entityId=" + username).json();
        assertEquals(List.of("ENABLE", "DISABLE", "CREATE"), audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList());
    }

    /** The sign-in page as a browser without JavaScript uses it: the form's token and the session cookie. */
    private final class Pages {
        private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
        final String cookieHeader;
        private final String cookie;
        private final String csrf;

        Pages() {
            Api.Reply form = fixtures().anonymous().get("login");
            assertEquals(200, form.status());
            cookieHeader = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GUILDHALL_SESSION="))
                    .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + form.headers()));
            cookie = cookieHeader.substring(0, cookieHeader.indexOf(';'));
            Matcher token = CSRF.matcher(form.body());
            assertTrue(token.find(), form.body());
            csrf = token.group(1);
        }

        Api.Reply signIn(String username, String password) {
            String body = "csrf=" + enc(csrf) + "&username=" + enc(username) + "&password=" + enc(password);
            return fixtures().anonymous().send("POST", "login", body, "application/x-www-form-urlencoded", "Cookie", cookie);
        }

        private static String enc(String text) {
            return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
