package uk.lantern.web.worker;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import uk.lantern.web.browser.HeadlessChromium;
import uk.lantern.web.security.StaffAccounts;

/** Steps the doorstep browser tests share: signing in as the worker on an empty tablet, and reading the flow's step. */
final class TabletSteps {

    private TabletSteps() {
    }

    /** Signs in through the form as {@link StaffAccounts#WORKER} and wipes anything of theirs an earlier test left on the tablet. */
    static void signInOnAnEmptyTablet(ChromeDriver driver, HeadlessChromium browser, String base, Runnable onSignInPage) {
        driver.get(base + "/sign-in");
        onSignInPage.run();
        driver.findElement(By.id("username")).sendKeys(StaffAccounts.WORKER);
        driver.findElement(By.id("password")).sendKeys(StaffAccounts.PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
        browser.waitUpTo(10).withMessage("the worker's list").until(d -> d.getCurrentUrl().endsWith("/worker"));
        browser.script("localStorage.clear();");
        driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                window.lanternTabletStore.wipe(arguments[0]).then(function () { done(); }, function () { done(); });""",
                StaffAccounts.WORKER);
    }

    /** The question on screen, "check" on the check page, waiting for it to differ from {@code previous}. */
    static String stepAfter(HeadlessChromium browser, String previous) {
        return browser.waitUpTo(10).withMessage("the next step after " + previous)
                .ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> forms = d.findElements(By.id("question-form"));
            String now = !forms.isEmpty() ? forms.getFirst().getDomAttribute("data-question-id")
                    : !d.findElements(By.id("check-answers")).isEmpty() ? "check" : null;
            return now != null && !now.equals(previous) ? now : null;
        });
    }
}
