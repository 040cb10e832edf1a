package org.guildhall.it;

import java.io.File;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium and ChromeDriver, headless, with no network beyond this machine. */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start(boolean javaScript) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("guildhall.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("guildhall.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000");
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        // a form post on a loaded machine can take a while to answer: look for what should appear for a few seconds
        // before failing (looking for what should not be there then takes that long too, which few tests do)
        driver.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(8));
        return driver;
    }

    /** Signs in afresh (no cookies kept) at {@code base}'s sign-in page and waits for the page that follows it. */
    public static void signIn(ChromeDriver browser, java.net.URL base, String username) {
        signIn(browser, base, username, Fixtures.PASSWORD);
    }

    /** {@link #signIn} for a user whose password is not the tests' usual one, such as the operator. */
    public static void signIn(ChromeDriver browser, java.net.URL base, String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + base.getPort() + "/login");
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        follow(browser, org.openqa.selenium.By.id("sign-in"));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(d -> !"Sign in – Guildhall".equals(d.getTitle()));
    }

    /**
     * Clicks a link or a form's button and waits until the browser has left the page it was on, so that what the test
     * reads next (a title, an error summary, a field's value) comes from the answer, never from the page before it,
     * however long the server takes. Without this, a page that carries the same element (a second error summary, a
     * field kept with what was typed) can be read before the answer arrives, which fails only on a busy machine.
     */
    public static void follow(WebDriver browser, By control) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(control).click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(60)).until(d -> left(before));
    }

    /**
     * True once {@code element}'s page is gone. Chromium says so in two ways: a stale element reference, or, when asked
     * in the middle of the navigation, "Node with given id does not belong to the document" as a plain WebDriverException
     * (which Selenium's own staleness condition lets through, failing the test on a busy machine).
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException gone) {
            if (String.valueOf(gone.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw gone;
        }
    }

    /** {@link #assertAccessible} on a desktop and at 320 CSS pixels wide, WCAG's reflow width (where targets crowd together). */
    public static void assertAccessibleWideAndNarrow(ChromeDriver browser, String page) {
        assertAccessible(browser, page);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 900));
        try {
            assertAccessible(browser, page + " at 320 pixels wide");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /**
     * Runs axe-core (from the npm registry, pinned in the front-end package) in the page the browser shows and fails
     * listing every WCAG 2.0, 2.1 and 2.2 A and AA violation: rule, impact, what to do and where. The browser must run
     * JavaScript (axe is a script), so pages are checked in a browser started with it.
     */
    public static void assertAccessible(ChromeDriver browser, String page) {
        String axe;
        try {
            axe = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("guildhall.axe",
                    "target/frontend/node_modules/axe-core/axe.min.js")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("axe-core is not installed (the build runs npm ci)", e);
        }
        browser.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        java.util.List<?> violations = (java.util.List<?>) result;
        if (!violations.isEmpty()) {
            throw new AssertionError(page + " (" + browser.getCurrentUrl() + ") breaks WCAG 2.2 AA:\n  "
                    + String.join("\n  ", violations.stream().map(Object::toString).toList()));
        }
    }
}
