package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.browser.HeadlessChromium;
import uk.lantern.web.security.StaffAccounts;

/**
 * The idle timeout on the tablet tells the truth, in headless Chromium at tablet and phone sizes:
 * a worker moving through the question pages (which change without loading a page) and typing
 * stays signed in past the idle timeout, is never warned while busy, is warned only once they stop,
 * and the timed-out page shows them signed out (no name, no "Sign out"). The idle timeout is made
 * short (20 seconds, warned 8 seconds before) so the test runs in under a minute per size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.servlet.session.timeout=20s", "lantern.session.warning=8s"})
class IdleSessionBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();
    private static final String BASE = "http://localhost:" + PORT;
    /** Longer than the idle timeout, so a session kept alive only by page loads would have ended. */
    private static final long BUSY_MILLIS = 28_000;
    /** Answers to the questions typed rather than chosen; any other question gets "no" where that is a choice, else its first choice. */
    private static final Map<String, String> TYPED = Map.of("age", "82", "postcode", "me7 1ab", "household_size", "1");

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static ChromeDriver driver;

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

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"768, 1024", "375, 667"})
    void activityKeepsTheSessionAliveAndOnlyRealIdlenessSignsOut(int width, int height) throws InterruptedException {
        new StaffAccounts(accounts);
        driver.manage().window().setSize(new Dimension(width, height));
        TabletSteps.signInOnAnEmptyTablet(driver, browser, BASE, () -> { });
        driver.get(BASE + "/worker/screen");
        browser.waitUpTo(10).until(d -> d.findElement(By.id("step-consent")).isDisplayed());
        driver.findElement(By.cssSelector("label[for='consent']")).click();
        driver.findElement(By.id("consent-continue")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("reference")))
                .sendKeys("IDLE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        driver.findElement(By.id("continue")).click();

        // Busy for longer than the idle timeout: one question page after another, typing and choosing.
        WebElement warning = driver.findElement(By.id("idle-warning"));
        long busyUntil = System.currentTimeMillis() + BUSY_MILLIS;
        String step = stepAfter(null);
        while (System.currentTimeMillis() < busyUntil) {
            assertThat(warning.isDisplayed()).as("the idle warning while the worker is busy, on " + step).isFalse();
            if (!step.equals("check")) {
                answer(step);
                step = stepAfter(step);
            } else {
                // Out of answers: back a page and forward again, still without loading a page.
                driver.findElement(By.id("back-link")).click();
                step = stepAfter(step);
                driver.navigate().forward();
                step = stepAfter(step);
            }
            Thread.sleep(1_200);
        }
        assertThat(driver.getCurrentUrl()).contains("/worker/screen");
        assertThat(keepAliveStatus()).as("the server's session, kept alive by the activity").isEqualTo(204);

        // Then nothing: the warning comes, and after it the signed-out page.
        browser.waitUpTo(25).withMessage("the idle warning once the worker stops").until(d -> warning.isDisplayed());
        assertThat(driver.findElement(By.id("idle-warning-title")).getText()).isEqualTo("You will be signed out soon");
        browser.assertNoAccessibilityProblems("the idle warning at " + width + "px");
        browser.waitUpTo(25).withMessage("the timed-out page")
                .until(d -> d.getCurrentUrl().endsWith("/sign-in?timed-out"));
        assertThat(driver.findElement(By.className("govuk-notification-banner")).getText())
                .contains("You were signed out because nothing happened for a while");
        assertThat(driver.findElements(By.cssSelector("[data-sign-out]"))).as("a sign-out button when signed out")
                .isEmpty();
        assertThat(driver.findElement(By.tagName("header")).getText()).doesNotContain("Alex Worker");
        assertThat(driver.findElements(By.id("idle-warning"))).isEmpty();
        browser.assertNoAccessibilityProblems("the timed-out page at " + width + "px");
        driver.get(BASE + "/worker");
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/sign-in"));
    }

    /** What the keep-alive answers now: 204 while the session lives. */
    private long keepAliveStatus() {
        return (Long) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/session/keep-alive', { method: 'POST', headers: window.lanternSession.csrfHeaders(),
                    credentials: 'same-origin', redirect: 'manual' })
                  .then(function (r) { done(r.status); }, function () { done(-1); });""");
    }

    private String stepAfter(String previous) {
        return TabletSteps.stepAfter(browser, previous);
    }

    private void answer(String questionId) {
        WebElement form = driver.findElement(By.id("question-form"));
        List<WebElement> radios = form.findElements(By.cssSelector("input[type=radio]"));
        if (radios.isEmpty()) {
            WebElement input = form.findElement(By.id("answer"));
            input.clear();
            input.sendKeys(TYPED.getOrDefault(questionId, "1"));
        } else {
            List<WebElement> no = form.findElements(By.cssSelector("input[type=radio][value='no']"));
            WebElement radio = no.isEmpty() ? radios.getFirst() : no.getFirst();
            form.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")).click();
        }
        driver.findElement(By.id("continue")).click();
    }
}
