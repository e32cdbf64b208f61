package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.web.signpost.FreshDirectoryIndex;
import uk.lantern.web.signpost.Persona;
import uk.lantern.web.signpost.ServiceFinder;
import uk.lantern.web.signpost.ServiceSuggestion;

/**
 * The persona suite through the chat's closing message: the place read as the chat reads it, the
 * answers assessed, and the services message checked for who must and must not be offered, "near"
 * only for a known place, and each service once.
 */
@SpringBootTest
class ClosingPersonaTest extends FreshDirectoryIndex {

    @Autowired
    ScreeningEngine engine;

    @Autowired
    LocalServicesDirectory directory;

    final AnswerInterpreter interpreter = new AnswerInterpreter();

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.lantern.web.signpost.FreshDirectoryIndex#personas")
    void theClosingMessageOffersWhatFits(Persona p) {
        String place = null;
        if (p.place() != null) {
            // round 20 (g27): the place as the chat's dialogue keeps it, not as PlaceAnswer.read alone reads it
            // (a place given but not known, "12345", "round the back of the co-op", is kept as typed)
            PlaceAnswer.Hearing heard = PlaceAnswer.hear(p.place(), engine.ruleBase().questionnaire().questions()
                    .stream().filter(q -> q.type() == AnswerType.POSTCODE).findFirst(), interpreter,
                    directory.gazetteer());
            assertThat(heard.place()).as("the chat keeps %s as a place (%s)", p.place(), heard.heard()).isNotNull();
            place = heard.place();
        }
        Map<String, Object> answers = new LinkedHashMap<>(p.answers());
        Assessment assessment = engine.assess(engine.ruleBase().questionnaire().validateGiven(answers));
        Summary summary = new Closing(engine.ruleBase().catalogue(), new ServiceFinder(directory))
                .summarise(assessment, answers, place, false, List.of());
        String text = Closing.services(summary);
        List<String> names = summary.services().stream().map(ServiceSuggestion::name).toList();
        String shown = p + ":\n" + text;

        // the writer's reading of the place held back (Persona.PLACE): its status and excludes are reported by
        // SignpostPersonaApiTest, not checked here; all else is
        String status = p.placePending() ? null : p.status();
        if ("known".equals(status)) {
            assertThat(summary.servicesLead()).as(shown).contains("near");
        } else if (status != null) {
            // never "near you"; the person's own words, quoted back, may hold "near" ("near the Pentagon centre"),
            // as SignpostPersonaApiTest allows
            assertThat(place == null ? text : text.replace("\"" + place + "\"", "")).as(shown).doesNotContain("near");
        }
        if ("unknown".equals(status)) {
            // round 10: a code outside the area is named and said to be not covered yet; any other place, not known
            assertThat(text).as(shown).containsAnyOf("don't know", "is outside the area I cover so far")
                    .contains("change my postcode");
        }
        assertThat(text).as(shown).doesNotContainIgnoringCase("matches your words");
        for (String name : names) {
            assertThat(text.split(java.util.regex.Pattern.quote("- " + name), -1)).as("once: " + shown).hasSize(2);
        }
        for (String id : p.include()) {
            assertThat(text).as(shown).contains(name(id));
        }
        for (String id : p.placePending() ? List.<String>of() : p.exclude()) {
            assertThat(text).as(shown).doesNotContain("- " + name(id) + ":");
        }
        if (p.first() != null) {
            assertThat(names).as(shown).first().isEqualTo(name(Persona.PREFIX + p.first()));
        }
    }

    private String name(String id) {
        return Optional.of(id).flatMap(directory::service).orElseThrow(() -> new AssertionError("no service " + id))
                .name();
    }
}
