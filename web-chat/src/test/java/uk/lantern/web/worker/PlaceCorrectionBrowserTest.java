package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import uk.lantern.web.records.NewScreening;
import uk.lantern.web.records.ScreeningRecords;
import uk.lantern.web.records.StoredScreening;
import uk.lantern.web.security.StaffAccounts;

/**
 * A worker corrects a place Lantern did not know on a stored record, in headless Chromium at tablet
 * (768x1024) and phone (375x667) sizes: an empty box gets the GOV.UK error summary linking to it, a
 * known postcode brings back the record with a success banner and services near the new place, and
 * the leaflet lists them. axe-core checks each state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PlaceCorrectionBrowserTest {

    private static final int PORT = HeadlessChromium.freePort();
    private static final String BASE = "http://localhost:" + PORT;

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static ChromeDriver driver;

    @Autowired
    AccountStore accounts;

    @Autowired
    ScreeningRecords records;

    @DynamicPropertySource
    static void serverOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("lantern.chat.allowed-origins", () -> BASE);
    }

    @BeforeAll
    static void startBrowser() {
        driver = browser.driver();
    }

    private StoredScreening storedWithAPostcodeLanternDoesNotKnow() {
        return storedWith("SW1A 1AA");
    }

    private StoredScreening storedWith(String place) {
        Map<String, Object> answers = new HashMap<>(WorkerPagesTest.lonelyAnswers());
        answers.put("postcode", place);
        return records.save(new NewScreening(UUID.randomUUID(), true,
                "REF-" + UUID.randomUUID().toString().substring(0, 8), answers), StaffAccounts.WORKER).record();
    }

    private void submitPlace(String place) {
        WebElement box = driver.findElement(By.id("place"));
        box.clear();
        box.sendKeys(place);
        driver.findElement(By.id("place-submit")).click();
    }

    @Test
    void theWorkerCorrectsThePlaceAtTabletAndPhoneSizes() {
        new StaffAccounts(accounts);
        TabletSteps.signInOnAnEmptyTablet(driver, browser, BASE, () -> { });
        for (Dimension size : List.of(new Dimension(768, 1024), new Dimension(375, 667))) {
            driver.manage().window().setSize(size);
            String at = " at " + size.width + "x" + size.height;
            StoredScreening record = storedWithAPostcodeLanternDoesNotKnow();
            driver.get(BASE + "/worker/screenings/" + record.id());
            assertThat(driver.findElement(By.id("services-lead")).getText())
                    .startsWith("Lantern does not cover SW1A 1AA yet");
            browser.assertNoAccessibilityProblems("record with an unknown place" + at);

            submitPlace("");
            WebElement summary = browser.waitUpTo(10).until(d -> d.findElement(By.id("error-summary")));
            assertThat(summary.getText()).contains(RecordController.PLACE_MISSING);
            assertThat(driver.findElement(By.id("place-error")).getText()).contains(RecordController.PLACE_MISSING);
            browser.assertNoAccessibilityProblems("place left empty" + at);
            summary.findElement(By.cssSelector("a[href='#place']")).click();
            assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("place");

            submitPlace("me7 1ab");
            WebElement done = browser.waitUpTo(10).until(d -> d.findElement(By.id("place-saved")));
            assertThat(done.getText()).contains("The place has been changed to ME7 1AB");
            assertThat(driver.getCurrentUrl()).doesNotContainIgnoringCase("me7");
            assertThat(driver.findElement(By.id("services-lead")).getText())
                    .isEqualTo("Services near ME7 1AB that fit them:");
            List<String> services = driver.findElements(By.cssSelector("#services .lantern-service h3")).stream()
                    .map(WebElement::getText).toList();
            assertThat(services).isNotEmpty();
            browser.assertNoAccessibilityProblems("place corrected" + at);

            driver.get(BASE + "/worker/screenings/" + record.id() + "/leaflet");
            String leaflet = driver.findElement(By.tagName("main")).getText();
            services.forEach(name -> assertThat(leaflet).contains(name));
        }
    }

    /**
     * Issue 13, round 11: a postcode Lantern cannot place ("ME7 1CI": no unit uses C or I) is shown on the record as
     * not known, never as services near its district; a correction not known is refused and kept in the box, and
     * the worker's correction is read by the gazetteer's rule ("Rochester, and I go to a knitting group in Chatham"
     * is Rochester, never Chatham).
     */
    @Test
    void aPlaceNotKnownIsShownHonestlyAndCorrectedOnTheRecord() {
        new StaffAccounts(accounts);
        TabletSteps.signInOnAnEmptyTablet(driver, browser, BASE, () -> { });
        driver.manage().window().setSize(new Dimension(768, 1024));
        StoredScreening record = storedWith("ME7 1CI");
        driver.get(BASE + "/worker/screenings/" + record.id());
        assertThat(driver.findElement(By.id("services-lead")).getText())
                .startsWith("Lantern does not know the place \"ME7 1CI\"").doesNotContain("near");
        browser.assertNoAccessibilityProblems("record with a place not known");

        submitPlace("Gravesend");
        WebElement summary = browser.waitUpTo(10).until(d -> d.findElement(By.id("error-summary")));
        assertThat(summary.getText()).contains(RecordController.PLACE_UNKNOWN);
        assertThat(driver.findElement(By.id("place")).getDomProperty("value")).isEqualTo("Gravesend");

        submitPlace("Rochester, and I go to a knitting group in Chatham");
        WebElement done = browser.waitUpTo(10).until(d -> d.findElement(By.id("place-saved")));
        assertThat(done.getText()).contains("The place has been changed to Rochester");
        assertThat(driver.findElement(By.id("services-lead")).getText())
                .isEqualTo("Services near Rochester that fit them:");
    }
}
