package uk.lantern.web.worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.safeguarding.AnswerTopics;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.Helpline;
import uk.lantern.engine.safeguarding.PortableCheck;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * What counts as urgent on the doorstep tablet, derived from the rule base when the application
 * starts, so the tablet's copy cannot drift from it: {@code GET /worker/safeguarding.json}.
 * The tablet keeps the answer on the device and checks answers and notes with no signal
 * ({@code /js/lantern-safeguarding.js}).
 *
 * <p>Shape: {@code {urgentAnswers: [{question, value, help}], check: {...}, help: {label:
 * {opening, worker, lines: [line]}}, deaf: {worker, lines: [line]}}}. {@code deaf} (the ways to reach
 * help without a voice call: 999 BSL, emergencySMS, Relay UK) is listed under every urgent panel on
 * the tablet, headed for a person who may be deaf or unable to talk on the phone. {@code urgentAnswers} are found by asking the screening
 * rules about every yes/no and single-choice answer on its own; {@code check} is the whole
 * safeguarding check as data ({@link PortableCheck}: tidying, lexicon, every concern and
 * look-alike rule, the wording model) plus {@code urgency}, the kinds of help most urgent first,
 * which {@code /js/lantern-safeguarding-check.js} runs on typed notes and free-text answers.
 * It fails at start-up when a rule uses a form that check cannot weigh.
 */
@RestController
class UrgentOnTheTablet {


    private final Map<String, Object> body;

    UrgentOnTheTablet(ScreeningEngine engine, SafeguardingCheck check, CrisisResponse crisis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("urgentAnswers", urgentAnswers(engine));
        out.put("check", check(check, crisis));
        Map<String, Object> help = new LinkedHashMap<>();
        for (Help h : Help.values()) {
            CrisisResponse.HelpGiven given = crisis.help(h);
            help.put(h.label(), Map.of("opening", given.opening(), "worker", given.workerGuidance(),
                    "lines", given.lines().stream().map(Helpline::line).toList()));
        }
        out.put("help", help);
        if (!crisis.deafLines().isEmpty()) {
            out.put("deaf", Map.of("worker", crisis.deafWorkerGuidance(),
                    "lines", crisis.deafLines().stream().map(Helpline::line).toList()));
        }
        this.body = Map.copyOf(out);
    }

    @GetMapping("/worker/safeguarding.json")
    ResponseEntity<Map<String, Object>> urgent() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).body(body);
    }

    Map<String, Object> body() {
        return body;
    }

    private static List<Map<String, String>> urgentAnswers(ScreeningEngine engine) {
        List<Map<String, String>> found = new ArrayList<>();
        for (Question q : engine.ruleBase().questionnaire().questions()) {
            List<String> values = q.type() == AnswerType.YES_NO ? List.of("yes", "no")
                    : q.options().stream().map(o -> o.id()).toList();
            for (String value : values) {
                try {
                    for (Assessment.UrgentConcern c : engine.urgentConcernsSoFar(Map.of(q.id(), value))) {
                        found.add(Map.of("question", q.id(), "value", value, "help", c.help()));
                    }
                } catch (InvalidAnswersException notOnItsOwn) {
                    // asked only after another answer: it cannot be urgent on its own
                }
            }
        }
        return List.copyOf(found);
    }

    /** The whole safeguarding check as data, with the kinds of help in the order the page lists them. */
    private static Map<String, Object> check(SafeguardingCheck check, CrisisResponse crisis) {
        Map<String, Object> data = new LinkedHashMap<>(PortableCheck.of(check));
        data.put("urgency", crisis.urgency().stream().map(Help::label).toList());
        // Round 19: the questions whose "yes" means a death, and the words an answer there is read beside
        // (AnswerTopics, as the chat reads it): the tablet's check(text, questionId) takes the bereaved wish the same way.
        AnswerTopics topics = AnswerTopics.load();
        data.put("deathQuestions", topics.questionsWhoseYesMeansADeath());
        data.put("deathContext", AnswerTopics.DEATH_CONTEXT);
        return data;
    }
}
