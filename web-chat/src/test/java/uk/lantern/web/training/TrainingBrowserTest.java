package uk.lantern.web.training;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
 * The trainer pages in Debian's headless Chromium: a worker changes answers in the sandbox and
 * watches the result follow, takes a quiz and sees the mark; a trainer then sees it in the group's
 * results. axe-core must find no WCAG 2.2 A or AA problem on any trainer page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class TrainingBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();
    private static final String BASE = "http://localhost:" + PORT;

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static WebDriver driver;

    @Autowired
    AccountStore accountStore;

    @DynamicPropertySource
    static void serverOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @BeforeAll
    static void startBrowser() {
        driver = browser.driver();
    }

    private void signIn(String username) {
        driver.get(BASE + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
        browser.waitUpTo(10).withMessage("signed in").until(d -> !d.getCurrentUrl().contains("/sign-in"));
    }

    private void open(String path, String state) {
        driver.get(BASE + path);
        assertThat(driver.findElement(By.tagName("h1")).getText()).as(state).isNotBlank();
        browser.assertNoAccessibilityProblems(state);
    }

    private void choose(String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void waitForResult(String band, String score) {
        browser.waitUpTo(10).withMessage("the sandbox to show " + band + ", " + score)
                .until(d -> text("result-band").equals(band) && text("result-score").equals(score));
    }

    @Test
    void aWorkerTriesTheSandboxAndAQuizAndTheirTrainerSeesTheResult() {
        new StaffAccounts(accountStore);
        signIn(StaffAccounts.WORKER);

        open("/training", "training start page");
        assertThat(driver.findElements(By.cssSelector("a[href='/training/group']"))).isEmpty();
        open("/training/catalogue", "risk factor catalogue");
        open("/training/catalogue?q=driving", "catalogue search results");
        assertThat(driver.findElements(By.cssSelector("section.lantern-factor"))).hasSize(1);
        open("/training/catalogue?q=zebra", "catalogue search with no match");
        assertThat(driver.findElement(By.id("no-match")).getText()).contains("No factor mentions");
        open("/training/rules", "rule list");
        open("/training/rules/having-stopped-driving-is-a-risk-factor", "rule page");
        open("/training/cases", "case list");
        open("/training/cases/widow-stopped-driving", "case page");

        // The sandbox: Graham starts low with 2 points.
        open("/training/sandbox/newly-retired-man", "sandbox");
        assertThat(text("result-band")).isEqualTo("Lower risk");
        assertThat(text("result-score")).isEqualTo("2 points");
        assertThat(driver.findElement(By.id("q-cares_for")).isDisplayed()).isFalse();

        choose("self_rated_health-poor");
        waitForResult("Some risk", "6 points");
        WebElement rule = driver.findElement(By.cssSelector(
                "#result-rules a[href='/training/rules/poor-self-rated-health-is-a-risk-factor']"));
        assertThat(rule.getText()).isEqualTo("Poor self-rated health is a risk factor");
        assertThat(driver.findElement(By.cssSelector("#result-factors a[href='/training/catalogue#factor-health_poor']"))
                .getText()).isEqualTo("Poor self-rated health");
        assertThat(text("sandbox-status")).contains("Some risk, 6 points");

        // Skip logic: saying he cares for someone brings up who he cares for, which must be answered.
        choose("is_carer-yes");
        browser.waitUpTo(10).withMessage("the question about who he cares for")
                .until(d -> d.findElement(By.id("q-cares_for")).isDisplayed()
                        && d.findElement(By.id("sandbox-problems")).isDisplayed());
        assertThat(text("sandbox-problem-list")).contains("Select who they look after");
        browser.assertNoAccessibilityProblems("sandbox asking for a new answer");
        choose("cares_for-partner");
        // carer 2 + male carer 2 + caring for a partner 1 on top of 6
        waitForResult("Higher risk", "11 points");
        assertThat(driver.findElement(By.id("result-needs")).getText()).contains("Carers' support", "Men's groups");
        assertThat(driver.findElements(By.cssSelector(
                "#result-rules a[href='/training/rules/a-man-caring-for-someone-is-at-added-risk']"))).hasSize(1);
        browser.assertNoAccessibilityProblems("sandbox after changes");

        // A number typed in: one person in the household adds living alone, and brings up how often
        // anyone visits (asked only of people living alone) in place of living with a partner.
        WebElement household = driver.findElement(By.id("household_size"));
        household.clear();
        household.sendKeys("1");
        browser.waitUpTo(10).withMessage("the question about visitors")
                .until(d -> d.findElement(By.id("q-visitors")).isDisplayed()
                        && !d.findElement(By.id("q-lives_with_partner")).isDisplayed());
        choose("visitors-monthly");
        waitForResult("Higher risk", "14 points");

        // The quiz on the same case, marked against the engine.
        open("/training/quiz", "quiz list");
        open("/training/quiz/newly-retired-man", "quiz question");
        driver.findElement(By.id("quiz-submit")).click();
        assertThat(browser.waitUpTo(10).until(d -> d.findElement(By.id("quiz-problems"))).getText())
                .contains("Choose the band");
        browser.assertNoAccessibilityProblems("quiz question with a problem");
        choose("band-low");
        choose("factor-recently_retired");
        choose("factor-no_group");
        driver.findElement(By.id("quiz-submit")).click();
        browser.waitUpTo(10).withMessage("the quiz result").until(d -> d.getCurrentUrl().contains("/training/quiz/attempts/"));
        assertThat(text("quiz-score")).isEqualTo("3 out of 3");
        assertThat(text("quiz-working")).contains("which is right. 1 point.");
        browser.assertNoAccessibilityProblems("quiz result");

        driver.findElement(By.cssSelector("[data-sign-out]")).click();
        browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/sign-in"));

        signIn(StaffAccounts.TRAINER);
        assertThat(driver.getCurrentUrl()).endsWith("/training");
        assertThat(driver.findElements(By.cssSelector("a[href='/training/group']"))).hasSize(1);
        open("/training/group", "group results");
        WebElement row = driver.findElement(By.cssSelector("#group-trainees tr[data-username='" + StaffAccounts.WORKER + "']"));
        assertThat(row.getText()).contains("Alex Worker", "100%");
        assertThat(driver.findElement(By.id("group-recent")).getText()).contains(StaffAccounts.WORKER, "3 out of 3");
    }
}
