package uk.lantern.web.security;

import static org.assertj.core.api.Assertions.assertThat;


import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.browser.HeadlessChromium;
import uk.lantern.web.secondfactor.TimeBasedCodes;

/**
 * Sign-in, the admin's second factor (enrolling an app, a code at the next sign-in), the admin's pages, the idle-timeout warning and sign-out in headless Chromium, with
 * axe-core finding no WCAG 2.2 A/AA problem on each. The session is made short (one minute, with
 * the warning 58 seconds before) so the warning shows within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.servlet.session.timeout=60s", "lantern.session.warning=58s"})
class StaffPagesBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static WebDriver driver;
    private static final Pattern ENROL_KEY = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");
    private final TimeBasedCodes codes = new TimeBasedCodes();

    @Autowired
    AccountStore accounts;

    /** The application's clock, which the server's codes are checked against. */
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void serverOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @BeforeAll
    static void startBrowser() {
        driver = browser.driver();
    }

    private void signIn(String username, String password) {
        driver.get("http://localhost:" + PORT + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in-button")).click();
        browser.waitUpTo(10).withMessage("the answer to signing in")
                .until(d -> !d.getCurrentUrl().endsWith("/sign-in"));
    }

    @Test
    void anAdminSignsInManagesAccountsIsWarnedBeforeTimeoutAndSignsOut() {
        new StaffAccounts(accounts);

        signIn(StaffAccounts.ADMIN, "not the password");
        assertThat(driver.getCurrentUrl()).endsWith("/sign-in?error");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("The username or password is not right");
        // The error links to its field; the username is kept, the password never.
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getDomAttribute("href"))
                .isEqualTo("#username");
        assertThat(driver.findElement(By.id("username")).getDomProperty("value")).isEqualTo(StaffAccounts.ADMIN);
        assertThat(driver.findElement(By.id("password")).getDomProperty("value")).isEmpty();
        browser.assertNoAccessibilityProblems("sign-in with an error");

        // An admin's first sign-in sets up their authenticator app, confirmed with a code from it.
        signIn(StaffAccounts.ADMIN, StaffAccounts.PASSWORD);
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/sign-in/second-factor/enrol"));
        assertThat(driver.findElement(By.id("enrol-qr")).isDisplayed()).isTrue();
        browser.assertNoAccessibilityProblems("second-factor enrolment");
        driver.findElement(By.id("code")).sendKeys("12345");
        driver.findElement(By.id("enrol-app")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary"))).getText())
                .contains("Enter the 6-digit code from your authenticator app");
        browser.assertNoAccessibilityProblems("second-factor enrolment with an error");
        driver.findElement(By.className("govuk-details__summary")).click();
        assertThat(driver.findElement(By.id("enrol-secret")).isDisplayed()).isTrue();
        // The key as the page's source has it, as an app reading the QR code would get it.
        Matcher shown = ENROL_KEY.matcher(driver.getPageSource());
        assertThat(shown.find()).as("the key on the enrolment page").isTrue();
        String secret = shown.group(1).replace(" ", "");
        Instant enrolledAt = clock.instant();
        driver.findElement(By.id("code")).clear();
        driver.findElement(By.id("code")).sendKeys(codes.code(secret, enrolledAt));
        driver.findElement(By.id("enrol-app")).click();
        browser.waitUpTo(10).withMessage(() -> "the accounts page once the app is set up; on "
                        + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("main")).getText())
                .until(d -> d.getCurrentUrl().endsWith("/admin/accounts"));
        assertThat(driver.findElement(By.id("accounts")).getText()).contains(StaffAccounts.WORKER);
        browser.assertNoAccessibilityProblems("accounts");

        driver.findElement(By.id("username")).sendKeys("Bad Name!");
        driver.findElement(By.id("create-account")).click();
        WebElement problems = browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary")));
        assertThat(problems.getText()).contains("Username must be 3 to 60 characters", "Enter the person's name",
                "Choose a role", "Choose a team", "Password must be at least 12 characters");
        browser.assertNoAccessibilityProblems("accounts with errors");

        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys("sam.navigator");
        driver.findElement(By.id("displayName")).sendKeys("Sam Navigator");
        driver.findElement(By.id("role-WORKER")).click();
        new Select(driver.findElement(By.id("team"))).selectByVisibleText("Medway Fire");
        driver.findElement(By.id("password")).sendKeys("a long and unguessable phrase");
        driver.findElement(By.id("create-account")).click();
        assertThat(browser.waitUpTo(10)
                .until(d -> d.findElement(By.cssSelector("#accounts tr[data-username='sam.navigator']"))).getText())
                .contains("Sam Navigator", "Frontline worker", "Medway Fire", "Yes");

        WebElement warning = driver.findElement(By.id("idle-warning"));
        browser.waitUpTo(15).withMessage("the idle-timeout warning").until(d -> warning.isDisplayed());
        assertThat(driver.findElement(By.id("idle-warning-title")).getText()).isEqualTo("You will be signed out soon");
        browser.assertNoAccessibilityProblems("idle-timeout warning");
        driver.findElement(By.id("idle-continue")).click();
        browser.waitUpTo(5).withMessage("the warning to close once the session is kept alive")
                .until(d -> !warning.isDisplayed());

        driver.findElement(By.cssSelector("#accounts tr[data-username='sam.navigator'] a")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("save-account")));
        browser.assertNoAccessibilityProblems("change an account");
        driver.findElement(By.id("reset-password")).click();
        String oneTime = browser.waitUpTo(10).until(d -> d.findElement(By.id("one-time-password"))).getText();
        assertThat(oneTime).matches("[a-z0-9]{4}(-[a-z0-9]{4}){4}");
        browser.assertNoAccessibilityProblems("one-time password");

        driver.get("http://localhost:" + PORT + "/admin/teams");
        browser.assertNoAccessibilityProblems("teams");
        driver.findElement(By.id("name")).sendKeys("medway fire");
        driver.findElement(By.id("add-team")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary"))).getText())
                .contains("There is already a team called Medway Fire");
        browser.assertNoAccessibilityProblems("teams with errors");

        driver.get("http://localhost:" + PORT + "/admin/audit");
        assertThat(driver.findElement(By.id("audit")).getText()).contains("account created");
        browser.assertNoAccessibilityProblems("audit log");

        driver.get("http://localhost:" + PORT + "/admin/erasure");
        browser.assertNoAccessibilityProblems("erasure");
        driver.findElement(By.id("erase")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary"))).getText())
                .contains("Choose the team", "Enter the reference", "Confirm that the person asked");
        browser.assertNoAccessibilityProblems("erasure with errors");

        driver.findElement(By.cssSelector("[data-sign-out]")).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/sign-in?signed-out"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("You have signed out.");
        driver.get("http://localhost:" + PORT + "/admin/accounts");
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/sign-in"));

        // Every later sign-in asks for a code (AdminSecondFactorTest checks right, wrong and used codes in full).
        signIn(StaffAccounts.ADMIN, StaffAccounts.PASSWORD);
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/sign-in/second-factor"));
        browser.assertNoAccessibilityProblems("second-factor code");
        driver.findElement(By.id("code")).sendKeys("12345");
        driver.findElement(By.id("check-code")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary"))).getText())
                .contains("Enter the 6-digit code from your authenticator app");
        browser.assertNoAccessibilityProblems("second-factor code with an error");
        Instant now = clock.instant();
        Instant next = TimeBasedCodes.step(now) > TimeBasedCodes.step(enrolledAt) ? now : now.plus(TimeBasedCodes.STEP);
        driver.findElement(By.id("code")).clear();
        driver.findElement(By.id("code")).sendKeys(codes.code(secret, next));
        driver.findElement(By.id("check-code")).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/admin/accounts"));
        driver.findElement(By.cssSelector("[data-sign-out]")).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/sign-in?signed-out"));

        // The new worker signs in with the admin's one-time password and must choose their own first.
        signIn("sam.navigator", oneTime);
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/account/password"));
        assertThat(driver.findElement(By.id("forced")).getText()).contains("set by an administrator");
        browser.assertNoAccessibilityProblems("forced password change");
        driver.findElement(By.id("current")).sendKeys(oneTime);
        driver.findElement(By.id("password")).sendKeys("short");
        driver.findElement(By.id("confirm")).sendKeys("short");
        driver.findElement(By.id("change-password")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary"))).getText())
                .contains("Password must be at least 12 characters");
        browser.assertNoAccessibilityProblems("password change with errors");
        driver.findElement(By.id("current")).sendKeys(oneTime);
        driver.findElement(By.id("password")).sendKeys("sam's own long passphrase");
        driver.findElement(By.id("confirm")).sendKeys("sam's own long passphrase");
        driver.findElement(By.id("change-password")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("carry-on"))).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/worker"));
    }
}
