package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * What the leaflet says of one service ({@code fragments/leaflet-service.html}), rendered by the same template
 * engine the app uses. Round 14 (new-user trial): a service with only a web address showed it twice, as
 * "Contact" and as "Website"; a walk at its district's centre read "about 0.0 miles".
 */
class LeafletServiceTest {

    private static String rendered(ServiceSuggestion s) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(inline);
        Context context = new Context();
        context.setVariable("s", s);
        return engine.process("<div th:replace=\"~{fragments/leaflet-service :: details(${s})}\"></div>", context);
    }

    /** Each way to reach the service is shown once, in one contact line. */
    @ParameterizedTest(name = "phone={0} url={1}")
    @CsvSource(delimiter = '|', textBlock = """
                          | https://example.org/walk
            01634 000000  | https://example.org/walk
            01634 000000  |
            """)
    void eachWayToReachTheServiceIsShownOnce(String phone, String url) {
        String words = phone != null ? "call " + phone : "see " + url;
        ServiceSuggestion s = new ServiceSuggestion("id", "Walk", null, "", null, phone,
                ServiceSuggestion.tel(phone), url, words, "Free", false, 0.0);
        String html = rendered(s);
        if (url != null) {
            assertThat(html.split(java.util.regex.Pattern.quote(url), -1)).as(html).hasSize(3); // href and text, once
        }
        if (phone != null) {
            assertThat(html.split(phone, -1)).as(html).hasSize(2);
        }
        assertThat(html).doesNotContain("Website:").contains("Contact:").contains("in your area")
                .doesNotContain("0.0");
    }

    /**
     * Round 15 (issue 13): the leaflet gives miles to a tenth only from a full postcode; from a place known only to
     * its district or town centre it says "about" and whole miles, or names the town ("-": a full postcode).
     */
    @ParameterizedTest(name = "{0} miles from {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2.4 | -       | 2.4 miles away
            2.6 | ''      | about 3 miles away
            2.6 | Chatham | about 3 miles from Chatham
            0.3 | Chatham | in or near Chatham
            """)
    void theLeafletSaysHowPreciseTheDistanceIs(double miles, String approximateFrom, String words) {
        ServiceSuggestion s = new ServiceSuggestion("id", "Walk", null, "", null, "01634 000000",
                ServiceSuggestion.tel("01634 000000"), null, "call 01634 000000", "Free", false, miles, approximateFrom);
        String html = rendered(s);
        assertThat(html).contains(words);
        if (approximateFrom != null) {
            assertThat(html).doesNotContain(miles + " miles");
        }
    }

    /**
     * Round 15 (new-user trial: an 84-year-old with poor sight and no internet was shown a web address alone): every
     * way the directory lists is shown, phone first, and a web address alone is said to be online only.
     */
    @ParameterizedTest(name = "phone={0} email={1} url={2}")
    @CsvSource(delimiter = '|', textBlock = """
                          |                | https://example.org/a | true
            01634 000000  |                | https://example.org/a | false
            01634 000000  | help@example.org | https://example.org/a | false
                          | help@example.org | https://example.org/a | false
            01634 000000  | help@example.org |                     | false
            """)
    void everyWayIsShownAndAWebAddressAloneIsSaidToBeOnlineOnly(String phone, String email, String url,
                                                                boolean onlineOnly) {
        String words = ServiceSuggestion.contactWords(phone, email, url);
        ServiceSuggestion s = new ServiceSuggestion("id", "Advice", null, "", null, phone,
                ServiceSuggestion.tel(phone), url, words, "Free", false, null);
        String html = rendered(s);
        assertThat(s.onlineOnly()).as(words).isEqualTo(onlineOnly);
        assertThat(s.email()).as(words).isEqualTo(email);
        assertThat(html.contains("online only")).as(html).isEqualTo(onlineOnly);
        assertThat(s.asLine().contains("online only")).as(s.asLine()).isEqualTo(onlineOnly);
        if (phone != null) {
            assertThat(html).contains("tel:01634000000");
            assertThat(words).startsWith("call " + phone);
        }
        if (email != null) {
            assertThat(html).contains("mailto:" + email);
            assertThat(s.asLine()).contains("email " + email);
        }
        if (url != null) {
            assertThat(html.split(java.util.regex.Pattern.quote(url), -1)).as(html).hasSize(3);
        }
    }
}
