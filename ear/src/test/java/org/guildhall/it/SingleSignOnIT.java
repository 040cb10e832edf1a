package org.guildhall.it;

import static org.guildhall.it.Fixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on against a real OpenID provider started by the tests ({@link TestOpenIdProvider}): its access tokens on
 * the API, and signing in to the pages through its authorisation code flow in Chromium. Local accounts keep working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    @ArquillianResource
    URL base;

    private Fixtures fixtures() {
        return new Fixtures(base);
    }

    private Api bearer(String token) {
        return fixtures().anonymous().bearer(token);
    }

    @Test
    void theProvidersAccessTokenSignsInTheAccountItsClaimNames() {
        String tenant = fixtures().onboard("sso");
        String username = "sso-user-" + tenant;
        fixtures().userIn(tenant, username, "EMPLOYEE");
        Api api = bearer(TestOpenIdProvider.accessToken(username, 3600));
        Api.Reply me = api.get("api/v1/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals(username, me.json().getString("username"));
        assertEquals(200, api.get("api/v1/tenants/" + tenant).status());

        // another tenant is as closed to a bearer as to a password: 404, not 403
        String other = fixtures().onboard("sso-other");
        assertProblem(api.get("api/v1/tenants/" + other), 404);
    }

    @Test
    void expiredForeignAndUnmatchedTokensAre401() {
        String tenant = fixtures().onboard("sso-bad");
        String username = "sso-bad-" + tenant;
        fixtures().userIn(tenant, username, "EMPLOYEE");
        Api.Reply expired = bearer(TestOpenIdProvider.accessToken(username, -3600)).get("api/v1/me");
        assertProblem(expired, 401);
        assertTrue(expired.header("WWW-Authenticate").startsWith("Bearer"), expired.header("WWW-Authenticate"));
        assertProblem(bearer(TestOpenIdProvider.tokenForAnotherClient(username)).get("api/v1/me"), 401);
        assertProblem(bearer(TestOpenIdProvider.accessToken("nobody-" + tenant, 3600)).get("api/v1/me"), 401);
        assertProblem(bearer("not.a.token").get("api/v1/me"), 401);
        String forged = TestOpenIdProvider.accessToken(username, 3600);
        assertProblem(bearer(forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl").get("api/v1/me"), 401);
    }

    @Test
    void aDisabledAccountCannotUseAToken() {
        String tenant = fixtures().onboard("sso-off");
        String username = "sso-off-" + tenant;
        fixtures().userIn(tenant, username, "EMPLOYEE");
        assertEquals(200, fixtures().adminOf(tenant).post("api/v1/tenants/" + tenant + "/users/" + username + "/disable", "").status());
        assertProblem(bearer(TestOpenIdProvider.accessToken(username, 3600)).get("api/v1/me"), 401);
    }

    @Test
    void signingInThroughTheProviderInTheBrowserShowsTheHomePage() {
        String tenant = fixtures().onboard("sso-page");
        String username = "sso-page-" + tenant;
        fixtures().userIn(tenant, username, "EMPLOYEE");
        TestOpenIdProvider.nextSignInAs(username);
        ChromeDriver browser = Browser.start(true);
        try {
            browser.get("http://localhost:" + base.getPort() + "/login");
            Browser.follow(browser, By.id("sign-in-sso"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "Home – Guildhall".equals(d.getTitle()));
            String tenants = browser.findElement(By.id("tenants")).getText();
            assertTrue(tenants.contains(tenant), tenants);
        } finally {
            browser.quit();
        }
    }
}
