package uk.lantern.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.web.account.AccountStore;
import uk.lantern.web.browser.HeadlessChromium;
import uk.lantern.web.security.StaffAccounts;

/**
 * The admin directory page in headless Chromium against the real server (Tomcat parsing the
 * multipart forms, their CSRF tokens included): a file with a bad record is refused with an error
 * summary (its warning under a heading of its own), then imported with "Import the good services" after the admin
 * confirms replacing the sample data (the bad value left out and reported); a mapping naming a need Lantern does not
 * have is refused and kept as typed. axe-core finds no WCAG 2.2 A/AA problem at each step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class DirectoryPageBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static WebDriver driver;

    @Autowired
    AccountStore accounts;
    @Autowired
    LocalServicesDirectory directory;

    @TempDir
    Path dir;

    @DynamicPropertySource
    static void serverOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @BeforeAll
    static void startBrowser() {
        driver = browser.driver();
    }

    private String page() {
        return "http://localhost:" + PORT + DirectoryPageController.PAGE;
    }

    @Test
    void anAdminImportsAFileAndEditsTheMappingOnThePage() throws Exception {
        new StaffAccounts(accounts);
        driver.get("http://localhost:" + PORT + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(StaffAccounts.ADMIN);
        driver.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
        browser.waitUpTo(10).until(d -> !d.getCurrentUrl().endsWith("/sign-in"));
        new uk.lantern.web.browser.SecondFactorInTheBrowser().passIfAsked(driver, browser, StaffAccounts.ADMIN);

        driver.get(page());
        assertThat(driver.findElement(By.id("data-source")).getText()).contains("Sample data");
        assertThat(driver.findElement(By.id("history")).getText()).contains("sample");
        assertThat(driver.findElement(By.id("sample-warning")).getText()).contains("example services, not a real directory");
        browser.assertNoAccessibilityProblems("directory page");

        Path file = dir.resolve("council.json");
        Files.writeString(file, "[{\"id\": \"council-1\", \"name\": \"Strood lunch club\", \"status\": \"active\"},"
                + " {\"id\": \"council-2\", \"name\": \"Bad status\", \"status\": \"closed-ish\"}]");
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.id("import-file")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary"))).getText())
                .contains("1 problem found in council.json", "unknown status")
                // round 16 (a data officer's trial): the warning was listed here as ", needs: warning: ..."
                .doesNotContain("needs", "warning");
        assertThat(driver.findElement(By.id("import-warnings")).getText()).startsWith("Warnings")
                .contains("\nneeds: 1 service had no need").doesNotContain(", needs", "warning:");
        assertThat(directory.isSample()).isTrue();
        browser.assertNoAccessibilityProblems("directory page with import problems");

        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("label[for='partial']")).click();
        driver.findElement(By.id("import-file")).click();
        // round 16 (a data officer's trial): the first import replaced the sample unasked; now it asks, once
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.id("confirm-import"))).getText())
                .contains("The directory holds Lantern's sample data: " + directory.store().count()
                        + " example services. Importing council.json replaces all of them with its 1 service.");
        assertThat(directory.isSample()).isTrue();
        browser.assertNoAccessibilityProblems("directory page asking before the sample is replaced");
        driver.findElement(By.id("confirm-removals")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.id("directory-done"))).getText())
                // the unknown status is the problem; that the lunch club's need was read from its name (no
                // taxonomy term maps it) is a warning, counted apart since round 14
                .contains("The directory now holds the 1 service from council.json", "1 problem, 1 warning.");
        // Since round 9 the service with an unknown status is left out and reported (it used to be
        // kept without its status).
        assertThat(directory.store().ids()).containsExactly("council-1");
        assertThat(driver.findElement(By.id("data-source")).getText()).doesNotContain("Sample data");
        assertThat(driver.findElements(By.id("sample-warning"))).as("sample warning after a council's import").isEmpty();
        browser.assertNoAccessibilityProblems("directory page after an import");
        // once: the next import replaces the council's data without asking (it removes no more than a quarter)
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("label[for='partial']")).click();
        driver.findElement(By.id("import-file")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.id("directory-done"))).getText())
                .contains("The directory now holds the 1 service from council.json");
        assertThat(driver.findElements(By.id("confirm-import"))).isEmpty();

        driver.findElement(By.id("mapping")).sendKeys("\nesdServiceTypes,Good neighbours,neighbourliness,typo");
        driver.findElement(By.id("save-mapping")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.className("govuk-error-summary"))).getText())
                .contains("\"neighbourliness\" is not one of Lantern's needs");
        assertThat(driver.findElement(By.id("mapping")).getAttribute("value"))
                .contains("esdServiceTypes,Good neighbours,neighbourliness,typo");
        browser.assertNoAccessibilityProblems("directory page with a mapping problem");

        // Round 16b (a data officer's trial): at 1280 px a held import's open details squeezed the history's
        // number columns until their words broke letter by letter ("wo/ul/d be/2", "A/dd/ed"). Each text is measured
        // by its own lines, not its cell's: a tag's padded box sits a few pixels above its text and counted as a
        // second line, so every "applied" looked broken.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        Path other = dir.resolve("other.json");
        Files.writeString(other, "[{\"id\": \"council-3\", \"name\": \"Chatham lunch club\", \"status\": \"active\"}]");
        driver.findElement(By.id("file")).sendKeys(other.toString());
        driver.findElement(By.id("import-file")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("confirm-import")));
        assertThat(driver.findElement(By.id("history")).getText()).contains("would be 1");
        @SuppressWarnings("unchecked")
        java.util.List<String> broken = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("""
                        const brokenText = n => {
                          const words = n.textContent.trim().split(/\\s+/).length;
                          const r = document.createRange();
                          r.selectNodeContents(n);
                          return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > words;
                        };
                        return [...document.querySelectorAll('#history th, #history td:not([data-label="What"])')]
                          .filter(c => {
                            const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
                            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                              if (n.textContent.trim() && brokenText(n)) return true;
                            }
                            return false;
                          }).map(c => c.textContent.trim());
                        """);
        assertThat(broken).as("history cells broken inside a word at 1280 px").isEmpty();
        driver.findElement(By.id("cancel-import")).click();
    }
}
