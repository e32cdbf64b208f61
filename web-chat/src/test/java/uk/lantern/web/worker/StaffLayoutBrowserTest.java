package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.browser.HeadlessChromium;
import uk.lantern.web.browser.SecondFactorInTheBrowser;
import uk.lantern.web.security.StaffAccounts;

/**
 * The one staff layout in headless Chromium, at tablet (768x1024) and phone (375x667, and 320 px wide
 * for width): every staff page has one header, its section marked as the current page, one main and
 * the footer; the admin, training and tablet tables fit a phone without the page scrolling sideways;
 * and signing out from a training page with an unfinished screening on the tablet asks first, naming
 * it. axe-core finds no WCAG 2.2 A/AA problem on any of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class StaffLayoutBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final List<Dimension> SIZES = List.of(new Dimension(768, 1024), new Dimension(375, 667));

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static WebDriver driver;
    private final SecondFactorInTheBrowser secondFactor = new SecondFactorInTheBrowser();

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

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(BASE + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
        browser.waitUpTo(10).withMessage("signed in").until(d -> !d.getCurrentUrl().endsWith("/sign-in"));
        secondFactor.passIfAsked(driver, browser, username);
    }

    /** True when the page is no wider than the window: nothing scrolls sideways. */
    private boolean fitsTheWidth() {
        return (Boolean) browser.script(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    /** Opens a page and checks the shared layout, the current section and the width, at each size. */
    private void layoutOf(String path, String currentSection) {
        for (Dimension size : SIZES) {
            driver.manage().window().setSize(size);
            driver.get(BASE + path);
            String state = path + " at " + size.width + "px";
            assertThat(driver.findElements(By.cssSelector("header.govuk-header"))).as(state).hasSize(1);
            assertThat(driver.findElements(By.tagName("main"))).as(state).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("footer.govuk-footer"))).as(state).hasSize(1);
            assertThat(driver.getTitle()).as(state).endsWith(" – Lantern for staff");
            List<WebElement> current = driver.findElements(By.cssSelector(".lantern-staff-nav [aria-current='page']"));
            assertThat(current).as(state + ": the current section").hasSize(1);
            assertThat(current.get(0).getText()).as(state).isEqualTo(currentSection);
            assertThat(fitsTheWidth()).as(state + ": no sideways scroll").isTrue();
            browser.assertNoAccessibilityProblems(state);
            browser.assertNoFailedRequests(state);
        }
        driver.manage().window().setSize(new Dimension(320, 640));
        driver.get(BASE + path);
        assertThat(fitsTheWidth()).as(path + " at 320px: no sideways scroll").isTrue();
    }

    /** On a phone each row of a stacked table is a block and each cell says its column. */
    private void stackedOnAPhone(String path, String tableId, String firstLabel) {
        driver.manage().window().setSize(new Dimension(375, 667));
        driver.get(BASE + path);
        WebElement cell = browser.waitUpTo(10)
                .until(d -> d.findElement(By.cssSelector("#" + tableId + " tbody td")));
        assertThat(cell.getCssValue("display")).as(tableId + " cells on a phone").isEqualTo("block");
        assertThat(cell.getDomAttribute("data-label")).as(tableId).isEqualTo(firstLabel);
        driver.manage().window().setSize(new Dimension(768, 1024));
        assertThat(cell.getCssValue("display")).as(tableId + " cells on a tablet").isEqualTo("table-cell");
    }

    @Test
    void everyStaffPageWearsTheOneLayoutAndFitsAPhone() {
        new StaffAccounts(accounts);
        driver.get(BASE + "/sign-in");
        browser.assertNoFailedRequests("sign-in");
        signIn(StaffAccounts.WORKER);
        layoutOf("/worker", "Screenings");
        // Pages off the layout's list above that show GOV.UK captions, breadcrumbs and tags, which
        // asked for GOV.UK's fonts (404) until round 15.
        for (String path : List.of("/training/cases", "/training/cases/older-male-carer", "/training/sandbox", "/training/rules",
                "/worker/screen")) {
            driver.get(BASE + path);
            browser.assertNoFailedRequests(path);
        }
        layoutOf("/training", "Training");
        layoutOf("/training/quiz", "Training");
        layoutOf("/training/catalogue", "Training");
        layoutOf("/account/password", "Change password");
        stackedOnAPhone("/training/quiz", "quiz-cases", "Case");

        signIn(StaffAccounts.ADMIN);
        layoutOf("/admin/accounts", "Accounts");
        layoutOf("/admin/teams", "Teams");
        layoutOf("/admin/local-services", "Directory");
        layoutOf("/admin/erasure", "Erase records");
        layoutOf("/admin/audit", "Audit log");
        stackedOnAPhone("/admin/accounts", "accounts", "Username");
        stackedOnAPhone("/admin/audit", "audit", "When");
    }

    @Test
    void signingOutFromATrainingPageAsksFirstWhenAScreeningOnTheTabletIsUnfinished() {
        new StaffAccounts(accounts);
        signIn(StaffAccounts.WORKER);
        driver.manage().window().setSize(new Dimension(768, 1024));
        driver.get(BASE + "/worker/screen");
        browser.waitUpTo(10).until(d -> d.findElement(By.id("step-consent")).isDisplayed());
        driver.findElement(By.cssSelector("label[for='consent']")).click();
        driver.findElement(By.id("consent-continue")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("reference"))).sendKeys("LAYOUT-1");
        driver.findElement(By.id("continue")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("question-form")));

        // The tablet's own table (drawn by script) stacks on a phone and fits 320 px.
        stackedOnAPhone("/worker", "device-work-table", "Reference");
        driver.manage().window().setSize(new Dimension(320, 640));
        assertThat(fitsTheWidth()).as("the tablet's table at 320px").isTrue();

        for (Dimension size : SIZES) {
            driver.manage().window().setSize(size);
            driver.get(BASE + "/training/catalogue");
            browser.waitUpTo(10).until(d -> d.findElement(By.cssSelector("[data-sign-out]"))).click();
            browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/worker/sign-out"));
            String unsent = browser.waitUpTo(10).until(d -> {
                String text = d.findElement(By.id("sign-out-unsent")).getText();
                return text.isEmpty() ? null : text;
            });
            assertThat(unsent).matches("You have an unfinished screening started at \\d\\d:\\d\\d");
            browser.assertNoAccessibilityProblems("sign out from training, asking first, at " + size.width + "px");
            driver.findElement(By.id("sign-out-go-back")).click();
            browser.waitUpTo(10).withMessage("back on the training page")
                    .until(d -> d.getCurrentUrl().endsWith("/training/catalogue"));
        }
        driver.findElement(By.cssSelector("[data-sign-out]")).click();
        browser.waitUpTo(10).until(d -> d.findElement(By.id("sign-out-anyway"))).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/sign-in?signed-out"));
    }
}
