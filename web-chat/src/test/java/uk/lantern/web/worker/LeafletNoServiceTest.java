package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * The leaflet with no service to list, rendered by the same template engine the app uses (the page's layout
 * is left out). Round 16b (new-user trial): an empty leaflet still said "Here are some services that could
 * suit you" and gave only The Silver Line's voice number, to a person recorded with hearing loss and a
 * language barrier, who cannot use a voice phone (round 15's rule, {@link uk.lantern.web.signpost.VoicePhone}).
 */
class LeafletNoServiceTest {

    private static final ServiceSuggestion WALK = new ServiceSuggestion("id", "Walk", null, "", null, "01634 000000",
            ServiceSuggestion.tel("01634 000000"), null, "call 01634 000000", "Free", false, null);

    private static String leaflet(List<ServiceSuggestion> services, boolean noVoicePhone) {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        Context context = new Context();
        context.setVariable("result", new ResultView("Some risk", "", "", null, "", services, null, List.of(),
                noVoicePhone));
        context.setVariable("leafletServices", services);
        return engine.process("worker/leaflet", context).replaceAll("\\s+", " ");
    }

    @Test
    void anEmptyLeafletSaysSoAndPromisesNoList() {
        String html = leaflet(List.of(), false);
        assertThat(html).contains("We could not find a service to list for you today", "Finding a service",
                "call 0800 4 70 80 90").doesNotContain("Here are some services", "friendly help nearby",
                "18001 0800 4 70 80 90", "Services you could try");
    }

    @Test
    void anEmptyLeafletGivesAWayWithoutAVoicePhoneToWhoeverCannotUseOne() {
        assertThat(leaflet(List.of(), true)).contains("If you cannot use a voice phone, use Relay UK",
                "18001 0800 4 70 80 90");
    }

    @Test
    void aLeafletWithServicesKeepsItsWords() {
        String html = leaflet(List.of(WALK), true);
        assertThat(html).contains("Here are some services that could suit you", "Services you could try", "Walk")
                .doesNotContain("could not find a service", "18001 0800 4 70 80 90");
    }
}
