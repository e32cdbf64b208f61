package uk.lantern.web.worker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.CompiledRules;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.Helpline;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * What counts as urgent on the doorstep tablet, derived from the rule base when the application
 * starts, so the tablet's copy cannot drift from it: {@code GET /worker/safeguarding.json}.
 * The tablet keeps the answer on the device and checks answers and notes with no signal
 * ({@code /js/lantern-safeguarding.js}).
 *
 * <p>Shape: {@code {urgentAnswers: [{question, value, help}], words: [{help, pattern}],
 * help: {label: {opening, worker, lines: [line]}}}}. {@code urgentAnswers} are found by asking
 * the screening rules about every yes/no and single-choice answer on its own; {@code words} are
 * the patterns of the safeguarding concern rules that stand alone (one {@code text matches}, or
 * concepts joined only by "or"), as regular expressions over the tidied note (lower case,
 * letters and digits, single spaces, a space at each end), to be matched whole.
 */
@RestController
class UrgentOnTheTablet {

    private static final Pattern RULE = Pattern.compile("(?s)rule \"[^\"]*\"(.*?)\\nend");
    private static final Pattern CONCERN = Pattern.compile("@concern\\(\"([A-Z_]+)\"\\)");
    private static final Pattern WHEN = Pattern.compile("(?s)when\\s*(.*?)\\s*then");
    private static final Pattern ONE_TEXT_MATCH = Pattern.compile("(?s)\\$?\\w*\\s*:?\\s*ScreenedMessage\\(\\s*text matches \"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern ONLY_CONCEPTS = Pattern.compile(
            "(?s)ScreenedMessage\\(\\s*(concepts contains \"[a-z_]+\"(\\s*\\|\\|\\s*concepts contains \"[a-z_]+\")*)\\s*\\)");
    private static final Pattern CONCEPT = Pattern.compile("concepts contains \"([a-z_]+)\"");

    private final Map<String, Object> body;

    UrgentOnTheTablet(ScreeningEngine engine, SafeguardingCheck check, CrisisResponse crisis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("urgentAnswers", urgentAnswers(engine));
        out.put("words", words(check));
        Map<String, Object> help = new LinkedHashMap<>();
        for (Help h : Help.values()) {
            CrisisResponse.HelpGiven given = crisis.help(h);
            help.put(h.label(), Map.of("opening", given.opening(), "worker", given.workerGuidance(),
                    "lines", given.lines().stream().map(Helpline::line).toList()));
        }
        out.put("help", help);
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

    private static List<Map<String, String>> words(SafeguardingCheck check) {
        List<Map<String, String>> words = new ArrayList<>();
        ClassLoader loader = UrgentOnTheTablet.class.getClassLoader();
        String location = SafeguardingCheck.DEFAULT_LOCATION;
        for (String file : CompiledRules.readResource(loader, location + SafeguardingCheck.FILE_LIST).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            Matcher rule = RULE.matcher(CompiledRules.readResource(loader, location + file));
            while (rule.find()) {
                Matcher concern = CONCERN.matcher(rule.group(1));
                Matcher when = WHEN.matcher(rule.group(1));
                if (!concern.find() || concern.group(1).equals("LOOK_ALIKE") || !when.find()) {
                    continue;
                }
                String help = uk.lantern.engine.safeguarding.Concern.valueOf(concern.group(1)).help().label();
                String condition = when.group(1).strip();
                Matcher text = ONE_TEXT_MATCH.matcher(condition);
                Matcher concepts = ONLY_CONCEPTS.matcher(condition);
                if (text.matches()) {
                    words.add(Map.of("help", help, "pattern", text.group(1).replace("\\\"", "\"").replace("\\\\", "\\")));
                } else if (concepts.matches()) {
                    Matcher each = CONCEPT.matcher(concepts.group(1));
                    while (each.find()) {
                        words.add(Map.of("help", help,
                                "pattern", ".*" + check.lexicon().concept(each.group(1)).pattern() + ".*"));
                    }
                }
            }
        }
        return List.copyOf(words);
    }
}
