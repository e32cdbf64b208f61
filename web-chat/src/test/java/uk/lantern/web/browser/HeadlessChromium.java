package uk.lantern.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven through its own chromedriver, for the browser tests: no tool
 * ever downloads a browser or driver. Also checks pages with axe-core against WCAG 2.2 A and AA.
 *
 * <p>A test class holds one as {@code @RegisterExtension static final HeadlessChromium browser =
 * new HeadlessChromium();}: a fresh browser with an empty profile starts before the class's tests
 * and is closed after them.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private Path profileDir;
    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Starts a fresh browser with its own empty profile. */
    private void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: apt-get install chromium chromium-driver");
        }
        SELENIUM_LOG.setLevel(Level.SEVERE); // no CDP version warnings
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("lantern-chromium");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=en-GB", "--window-size=1024,900",
                    "--user-data-dir=" + profile.toAbsolutePath());
            profileDir = profile;
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nobody is listening on, for a server the browser must be allowed to reach. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test server", e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.pollingEvery(Duration.ofMillis(100));
        // A page that redraws its messages (on reconnect, on resume) leaves the elements an
        // earlier poll found stale; that only means "look again", never a failure.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /**
     * Fails with every axe-core WCAG 2.2 A/AA violation on the current page, named by {@code state},
     * and with every element that carries the {@code hidden} attribute but is still drawn (a style
     * that gives it a display of its own, as GOV.UK's buttons and tags have, beats the attribute).
     */
    public void assertNoAccessibilityProblems(String state) {
        assertThat(script("""
                return Array.from(document.querySelectorAll('[hidden]'))
                  .filter(e => getComputedStyle(e).display !== 'none')
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className);"""))
                .as("elements with the hidden attribute that are still drawn, in the %s state", state)
                .asList().isEmpty();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("axe-core WCAG problems in the %s state:%n%s", state, violations.stream()
                        .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * Fails with every request the current page made that the server answered with 400 or more
     * (a missing font, image or script: each is a console error), once the page's fonts have loaded.
     * Uses the browser's Resource Timing entries (their {@code responseStatus}), so it sees what the
     * page's styles fetched, not only what the test asked for.
     */
    public void assertNoFailedRequests(String state) {
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(function () { setTimeout(done, 50); });");
        assertThat(script("""
                return performance.getEntriesByType('resource')
                  .filter(e => e.responseStatus >= 400 || e.name.indexOf('/assets/fonts/') >= 0)
                  .map(e => e.responseStatus + ' ' + e.name);"""))
                .as("requests that failed (or asked for GOV.UK's fonts) in the %s state", state)
                .asList().isEmpty();
    }

    /**
     * Every link on the current page that would print its own web address twice: GOV.UK Frontend's
     * print styles add " (address)" after a link, so a link whose words are already that address
     * reads "https://x (https://x)" on paper. Checked with the page's media emulated as print.
     */
    @SuppressWarnings("unchecked")
    public List<String> linksPrintedTwice() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            return (List<String>) script("""
                    return Array.from(document.querySelectorAll('a[href]'))
                      .filter(a => {
                        var after = getComputedStyle(a, '::after').content;
                        var words = a.textContent.trim();
                        return after && after !== 'none' && after !== 'normal' && words.length > 0
                          && (after.indexOf(words) >= 0
                            || (after.indexOf('attr(href)') >= 0 && words === a.getAttribute('href')));
                      })
                      .map(a => a.textContent.trim() + ' ' + getComputedStyle(a, '::after').content);""");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }
}
