package uk.lantern.web.browser;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import uk.lantern.web.secondfactor.TimeBasedCodes;

/**
 * Gets a signed-in admin past the second factor in a browser test, as the person would: on the
 * enrolment page it reads the key as an app would, and types the app's code; on the code page it
 * types the code for the key it enrolled before. A code works once, so a second sign-in in the same
 * 30-second step types the next step's code (the server accepts one step either side).
 */
public final class SecondFactorInTheBrowser {

    private static final Pattern ENROL_KEY = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");

    private final TimeBasedCodes codes = new TimeBasedCodes();
    private final Map<String, String> secrets = new HashMap<>();
    private final Map<String, Long> lastStep = new HashMap<>();

    /** When the browser is on a second-factor page for {@code username}, passes it; otherwise does nothing. */
    public void passIfAsked(WebDriver driver, HeadlessChromium browser, String username) {
        String url = driver.getCurrentUrl();
        if (url.contains("/sign-in/second-factor/enrol")) {
            Matcher shown = ENROL_KEY.matcher(driver.getPageSource());
            if (!shown.find()) {
                throw new AssertionError("no key on the enrolment page");
            }
            secrets.put(username, shown.group(1).replace(" ", ""));
            type(driver, username, "enrol-app");
        } else if (url.contains("/sign-in/second-factor")) {
            if (!secrets.containsKey(username)) {
                throw new AssertionError(username + " was enrolled outside this test; no key to make a code from");
            }
            type(driver, username, "check-code");
        } else {
            return;
        }
        browser.waitUpTo(10).withMessage("past the second factor as " + username)
                .until(d -> !d.getCurrentUrl().contains("/sign-in/second-factor"));
    }

    private void type(WebDriver driver, String username, String button) {
        Instant at = Instant.now();
        Long last = lastStep.get(username);
        if (last != null && TimeBasedCodes.step(at) <= last) {
            at = Instant.ofEpochMilli((last + 1) * TimeBasedCodes.STEP.toMillis());
        }
        lastStep.put(username, TimeBasedCodes.step(at));
        driver.findElement(By.id("code")).clear();
        driver.findElement(By.id("code")).sendKeys(codes.code(secrets.get(username), at));
        driver.findElement(By.id(button)).click();
    }
}
