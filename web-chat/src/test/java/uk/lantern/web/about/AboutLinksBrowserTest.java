package uk.lantern.web.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.browser.HeadlessChromium;
import uk.lantern.web.security.StaffAccounts;

/**
 * The accessibility statement, privacy notice and "who runs this service" page are linked, in
 * sight, from the footer of every public page and every staff page, on a phone and on a desktop,
 * and each link opens its page. Staff pages are visited signed in as the role that may see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class AboutLinksBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();
    private static final List<String> ABOUT = List.of("/accessibility", "/privacy", "/who-runs-this-service");
    private static final List<String> PUBLIC = List.of("/", "/sign-in", "/accessibility", "/privacy",
            "/who-runs-this-service", "/no-such-page");
    private static final List<String> WORKER_PAGES = List.of("/worker", "/worker/screen", "/training",
            "/training/catalogue", "/training/rules", "/training/cases", "/training/sandbox", "/training/quiz",
            "/account/password");
    private static final List<String> TRAINER_PAGES = List.of("/training/group");
    private static final List<String> ADMIN_PAGES = List.of("/admin/accounts", "/admin/teams", "/admin/audit",
            "/admin/erasure");

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static WebDriver driver;

    @Autowired
    AccountStore accounts;

    @DynamicPropertySource
    static void serverOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @BeforeAll
    static void startBrowser() {
        driver = browser.driver();
    }

    /** Static: the admin stays enrolled in the one database across this class's tests. */
    private static final uk.lantern.web.browser.SecondFactorInTheBrowser secondFactor =
            new uk.lantern.web.browser.SecondFactorInTheBrowser();

    @BeforeEach
    void staff() {
        new StaffAccounts(accounts);
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + PORT + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
        browser.waitUpTo(10).withMessage("signing in as " + username)
                .until(d -> !d.getCurrentUrl().endsWith("/sign-in") && !d.getCurrentUrl().contains("/sign-in?"));
        secondFactor.passIfAsked(driver, browser, username);
        browser.waitUpTo(10).withMessage("signed in as " + username)
                .until(d -> !d.getCurrentUrl().contains("/sign-in"));
    }

    /** Every about link is in the page's footer and shown; the one at {@code follow} is followed. */
    private void assertAboutLinksOn(String path, int width, String follow) {
        driver.get("http://localhost:" + PORT + path);
        assertThat(driver.getCurrentUrl()).as("%s was shown, not a sign-in", path).doesNotContain("/sign-in?");
        for (String about : ABOUT) {
            List<WebElement> links = driver.findElements(By.cssSelector("footer a[href='" + about + "']"));
            assertThat(links).as("a footer link to %s on %s at %spx", about, path, width).isNotEmpty();
            assertThat(links.getFirst().isDisplayed()).as("the link to %s on %s at %spx is shown", about, path, width)
                    .isTrue();
        }
        if (follow != null) {
            driver.findElement(By.cssSelector("footer a[href='" + follow + "']")).click();
            browser.waitUpTo(10).withMessage(follow + " from " + path).until(d -> d.getCurrentUrl().endsWith(follow));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} wide")
    @ValueSource(ints = {390, 1280})
    void everyPublicAndStaffPageLinksTheAboutPages(int width) {
        driver.manage().window().setSize(new Dimension(width, 844));
        driver.manage().deleteAllCookies();
        int page = 0;
        for (String path : PUBLIC) {
            assertAboutLinksOn(path, width, ABOUT.get(page++ % ABOUT.size()));
        }
        signIn(StaffAccounts.WORKER);
        for (String path : WORKER_PAGES) {
            assertAboutLinksOn(path, width, ABOUT.get(page++ % ABOUT.size()));
        }
        signIn(StaffAccounts.TRAINER);
        for (String path : TRAINER_PAGES) {
            assertAboutLinksOn(path, width, ABOUT.get(page++ % ABOUT.size()));
        }
        signIn(StaffAccounts.ADMIN);
        for (String path : ADMIN_PAGES) {
            assertAboutLinksOn(path, width, ABOUT.get(page++ % ABOUT.size()));
        }
    }

    /**
     * A member of the public who mistypes an address gets the public "Page not found" (404) with the
     * way to the chat, at phone and tablet sizes; a staff address still goes to the staff sign-in.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"375, 667", "768, 1024"})
    void aMistypedPublicAddressGetsThePublicPageNotFound(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + PORT + "/chatt");
        assertThat(driver.getCurrentUrl()).endsWith("/chatt");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(driver.getTitle()).isEqualTo("Page not found – Lantern");
        assertThat(driver.findElement(By.id("to-the-chat")).getDomAttribute("href")).isEqualTo("/");
        assertThat(driver.findElements(By.id("password"))).as("a sign-in form").isEmpty();
        assertThat(((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/chatt').then(function (r) { done(r.status); }, function () { done(-1); });"""))
                .isEqualTo(404L);
        browser.assertNoAccessibilityProblems("public page not found at " + width + "px");
        driver.findElement(By.id("to-the-chat")).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().equals("http://localhost:" + PORT + "/"));

        driver.get("http://localhost:" + PORT + "/worker/no-such-page");
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/sign-in"));
    }
}
