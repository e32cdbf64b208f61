package uk.lantern.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.lantern.web.browser.HeadlessChromium;


/**
 * The chat page in Debian's headless Chromium: a whole screening answered by typing plain words,
 * ending in a summary with services, with axe-core finding no WCAG 2.2 AA problems on the way.
 *
 * <p>The server runs on a free port picked here, so the chat's allowed origins can name it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ChatPageBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();

    private static final Map<String, String> TYPED = uk.lantern.web.chat.TypedAnswers.OLDER_WIDOW;

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static WebDriver driver;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void serverOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("lantern.chat.allowed-origins", () -> "http://localhost:" + PORT);
    }

    @BeforeAll
    static void startBrowser() {
        driver = browser.driver();
    }

    private WebDriverWait waitUpTo(int seconds) {
        return browser.waitUpTo(seconds);
    }

    private List<WebElement> botMessages() {
        return driver.findElements(By.cssSelector("#transcript .lantern-msg--bot"));
    }

    /** Waits for the next question or the summary after the first {@code seen} bot messages. */
    private WebElement nextQuestionOrSummary(int seen) {
        return waitUpTo(10).withMessage("Lantern to ask something or give the summary").until(d -> {
            List<WebElement> messages = botMessages();
            for (int i = seen; i < messages.size(); i++) {
                String kind = messages.get(i).getDomAttribute("data-kind");
                if ("question".equals(kind) || "summary".equals(kind)) {
                    return messages.get(i);
                }
            }
            return null;
        });
    }

    /** Types into the chat box and presses Enter, as a keyboard user would. */
    private WebElement type(String text) throws InterruptedException {
        Thread.sleep(250); // stays well inside the chat's rate limit
        int seen = botMessages().size();
        WebElement input = driver.findElement(By.id("say-input"));
        input.sendKeys(text, Keys.ENTER);
        return nextQuestionOrSummary(seen);
    }

    private void assertNoAccessibilityProblems(String state) {
        browser.assertNoAccessibilityProblems(state);
    }

    @Test
    void aWholeScreeningTypedInPlainWordsReachesASummaryWithServicesAndStaysAccessible() throws Exception {
        driver.manage().window().setSize(new Dimension(320, 800));
        driver.get("http://localhost:" + port + "/");
        WebElement place = nextQuestionOrSummary(0);
        assertThat(place.getDomAttribute("data-question-id")).isEqualTo("place");
        assertThat(driver.findElement(By.id("transcript")).getDomAttribute("role")).isEqualTo("log");
        assertThat(driver.findElement(By.id("transcript")).getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(driver.findElements(By.cssSelector("#quick-replies button"))).isNotEmpty();
        Object overflow = script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling at 320px wide").isLessThanOrEqualTo(0);
        assertNoAccessibilityProblems("opening (320px wide)");

        driver.manage().window().setSize(new Dimension(1024, 900));
        String token = (String) script("return sessionStorage.getItem('lantern.chat.token');");
        assertThat(token).as("the chat token is kept in sessionStorage").hasSize(22);
        assertThat(driver.getCurrentUrl()).doesNotContain(token);

        WebElement asked = type("ME7 1AB");
        int answered = 0;
        boolean crisisShown = false;
        while ("question".equals(asked.getDomAttribute("data-kind")) && answered++ < 60) {
            String questionId = asked.getDomAttribute("data-question-id");
            assertThat(TYPED).as("a typed answer for the question %s", questionId).containsKey(questionId);
            if (answered == 3) {
                driver.navigate().refresh();
                WebElement resumed = nextQuestionOrSummary(0);
                assertThat(resumed.getDomAttribute("data-question-id")).as("the same question after a reload")
                        .isEqualTo(questionId);
                assertThat(script("return sessionStorage.getItem('lantern.chat.token');")).isEqualTo(token);
            }
            if (answered == 4) {
                WebElement largerText = driver.findElement(By.id("switch-larger-text"));
                largerText.click();
                assertThat(largerText.getDomAttribute("aria-pressed")).isEqualTo("true");
                assertThat(driver.findElement(By.tagName("html")).getDomAttribute("class"))
                        .contains("lantern-larger-text");
                assertNoAccessibilityProblems("mid-conversation");
                largerText.sendKeys(Keys.SPACE);
                assertThat(largerText.getDomAttribute("aria-pressed")).isEqualTo("false");
            }
            if (answered == 6 && !crisisShown) {
                int before = driver.findElements(By.cssSelector("#transcript .lantern-msg--crisis")).size();
                WebElement again = type("I want to end my life");
                List<WebElement> crisis = driver.findElements(By.cssSelector("#transcript .lantern-msg--crisis"));
                assertThat(crisis).as("a crisis message").hasSizeGreaterThan(before);
                assertThat(crisis.getLast().findElements(By.cssSelector("a[href='tel:999']"))).isNotEmpty();
                assertThat(crisis.getLast().findElements(By.cssSelector("a[href='tel:116123']"))).isNotEmpty();
                assertThat(again.getDomAttribute("data-question-id")).isEqualTo(questionId);
                assertNoAccessibilityProblems("crisis");
                // The same kind of disclosure again: the help is not listed a second time.
                type("honestly I want to kill myself");
                List<WebElement> twice = driver.findElements(By.cssSelector("#transcript .lantern-msg--crisis"));
                assertThat(twice).hasSize(crisis.size() + 1);
                assertThat(twice.getLast().findElements(By.cssSelector("a[href='tel:999']"))).isNotEmpty();
                assertThat(twice.getLast().findElements(By.cssSelector("a[href='tel:116123']"))).isEmpty();
                crisisShown = true;
            }
            WebElement next = type(TYPED.get(questionId));
            assertThat(next.getDomAttribute("data-question-id"))
                    .as("Lantern understood \"%s\" for %s", TYPED.get(questionId), questionId)
                    .isNotEqualTo(questionId);
            asked = next;
        }

        assertThat(asked.getDomAttribute("data-kind")).isEqualTo("summary");
        // After the disclosure the summary leads with the help and never reassures.
        assertThat(asked.findElement(By.cssSelector(".govuk-warning-text")).getText()).contains("Please do this first");
        assertThat(asked.getText()).contains("You told me something that matters", "Samaritans: call 116 123")
                .doesNotContain("stands out as a worry").doesNotContain("good connections");
        assertThat(asked.getText().indexOf("You told me something that matters"))
                .isLessThan(asked.getText().indexOf(asked.findElement(By.cssSelector(".lantern-service__name")).getText()));
        assertThat(asked.findElements(By.cssSelector(".lantern-service"))).as("services in the summary").isNotEmpty();
        assertThat(asked.findElement(By.cssSelector(".lantern-service__name")).getText()).isNotBlank();
        assertThat(asked.findElement(By.cssSelector("button.lantern-print-summary")).getText())
                .isEqualTo("Print or save this summary");
        assertNoAccessibilityProblems("summary");

        // The printable view: printing itself is replaced, as a headless browser has no printer.
        script("window.print = function () { window.lanternPrinted = true; };");
        asked.findElement(By.cssSelector("button.lantern-print-summary")).click();
        WebElement printView = driver.findElement(By.id("print-view"));
        waitUpTo(5).withMessage("the printable summary").until(d -> printView.isDisplayed()
                && Boolean.TRUE.equals(script("return window.lanternPrinted === true;")));
        assertThat(driver.findElement(By.id("chat-view")).isDisplayed()).isFalse();
        assertThat(printView.findElements(By.cssSelector(".lantern-service"))).isNotEmpty();
        assertNoAccessibilityProblems("printable summary");
        driver.findElement(By.id("back-to-chat")).click();
        assertThat(driver.findElement(By.id("chat-view")).isDisplayed()).isTrue();
    }

    private Object script(String javascript) {
        return browser.script(javascript);
    }
}
