package uk.lantern.web.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.safeguarding.AnswerTopics;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.web.browser.HeadlessChromium;

/**
 * The tablet's safeguarding check ({@code /js/lantern-safeguarding-check.js}, run in the real
 * headless Chromium on the data {@code /worker/safeguarding.json} serves) gives the same kinds of
 * help as the server's {@link SafeguardingCheck} for every message of every labelled corpus file
 * in the rules module, the shipped tuning sets and the sealed sets waiting to be tuned on, plus
 * messages that test the tidying's edges. No server: the page is blank and the script is run in it.
 */
class SafeguardingParityBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Path> CORPUS_FOLDERS = List.of(
            Path.of("../rules/src/main/resources/lantern/safeguarding/corpus"),
            Path.of("../rules/src/test/resources/safeguarding/next-tuning"));
    /** Messages beyond the corpus for the tidying's edges: Unicode, curly quotes, digits, notes, blanks. */
    private static final List<String> EDGES = List.of("", "   ", "\u00a0", "\t\n", "I\u2019m going to k1ll mys3lf",
            "dont want 2 b here 4 2 days", "4 3 days i had 2 tablets", "su1c!de", "killllll myself", "\u0130stanbul",
            "Visited today. She says her son hits her and takes her pension", "she said she\u2019s going to end it all",
            "O.D'd last night", "sa'd at a party", "r*ped", "i'm 13 and my uncle makes me do sexual stuff",
            "I could murder a cup of tea", "this form is killing me and I want to die", "\u00e9t\u00e9 kill myself",
            "\uD83D\uDE22 i want to die \uD83D\uDE22", "kms", "KMS!!!", "my   self   harm", "2", "u wont c me again",
            "Client's son hits her and takes her pension", "Clients son says he wants to die",
            "Gentleman says he has saved his tablets for when he is ready", "Mrs K won't be a bother much longer");

    private static SafeguardingCheck check;
    private static String data;
    private static String script;
    private static List<String> messages;

    @BeforeAll
    static void load() throws IOException {
        check = SafeguardingCheck.load();
        UrgentOnTheTablet tablet = new UrgentOnTheTablet(new ScreeningEngine(RuleBase.load()), check,
                CrisisResponse.load());
        data = JSON.writeValueAsString(tablet.body().get("check"));
        try (InputStream in = SafeguardingParityBrowserTest.class.getResourceAsStream(
                "/static/js/lantern-safeguarding-check.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        messages = new ArrayList<>();
        for (Path folder : CORPUS_FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue; // next-tuning exists only between a sealed set's opening and its move into the corpus
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                    messages.addAll(corpusMessages(file));
                }
            }
        }
        messages.addAll(EDGES);
    }

    private static List<String> corpusMessages(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("family\t"))
                    .map(l -> l.split("\t", -1)[2]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTabletGivesTheServersHelpForEveryMessage() {
        Map<String, String> disagreements = disagreements(data);
        System.out.printf("Safeguarding parity: the tablet agreed with the server on %d of %d messages%n",
                messages.size() - disagreements.size(), messages.size());
        assertThat(messages).as("corpus messages").hasSizeGreaterThan(2500);
        assertThat(disagreements).as("messages where the tablet's help differs from the server's (of %d)",
                messages.size()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void leavingOffTheCombinedRulesIsNoticed() throws IOException {
        Map<String, Object> broken = new LinkedHashMap<>(JSON.readValue(data, Map.class));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) broken.get("rules");
        broken.put("rules", rules.stream().filter(r -> !(r.get("help") != null
                && ((List<Object>) r.get("when")).getFirst().equals("all"))).toList());
        assertThat(((List<?>) broken.get("rules")).size()).isLessThan(rules.size());
        assertThat(disagreements(JSON.writeValueAsString(broken))).as("disagreements without the combined rules")
                .isNotEmpty();
    }

    /**
     * A rule that never settles (its set-aside removes nothing, so it holds after every firing) stops
     * at the server's cap of firings on the tablet too: no hang, no error, and the wording model reads
     * the message, as {@code SafeguardingCheck} does. Before round 8 the tablet threw at 10,000.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aLoopingRuleSetStopsAtTheServersCapAndTheModelStillReads() throws IOException {
        Map<String, Object> looping = new LinkedHashMap<>(JSON.readValue(data, Map.class));
        assertThat(looping.get("mostFirings")).as("the server's cap goes to the tablet").isEqualTo(1000);
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("name", "A rule that never settles");
        loop.put("file", "test.drl");
        loop.put("concern", "LOOK_ALIKE");
        loop.put("help", null);
        loop.put("salience", 1000);
        loop.put("loadOrder", 0);
        loop.put("when", List.of("true"));
        loop.put("then", List.of(List.of("setAside", " words that are not there(?= )")));
        List<Object> rules = new ArrayList<>((List<Object>) looping.get("rules"));
        rules.addFirst(loop);
        looping.put("rules", rules);
        browser.driver().get("about:blank");
        Object answer = browser.script("""
                (0, eval)(arguments[0]);
                var check = LanternSafeguardingCheck.prepare(JSON.parse(arguments[1]));
                try { return check(arguments[2]).join(','); } catch (e) { return 'threw: ' + e.message; }""",
                script, JSON.writeValueAsString(looping), "I want to die");
        assertThat(answer).as("the tablet's answer when the rules loop").isEqualTo("suicide_self_harm");
    }

    /**
     * Round 19: the question supplies context. Answers typed at a question whose "yes" means a death (every such row
     * of the answers-at-a-question files, ours and the outsiders') get the same help on the tablet, with the question
     * id, as from the server's {@link AnswerTopics#check}; and "yes my wife, and I just want to be with her now"
     * gets the suicide help at the question on both, though not as a message on its own.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anAnswerAtTheLossQuestionIsReadBesideTheLossOnTheTabletAsOnTheServer() throws IOException {
        AnswerTopics topics = AnswerTopics.load();
        assertThat(topics.questionsWhoseYesMeansADeath()).contains("recent_loss");
        List<String> questions = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../rules/src/test/resources/lantern/answer-topics"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (!line.startsWith("#") && f.length >= 3 && topics.questionsWhoseYesMeansADeath().contains(f[0])) {
                        questions.add(f[0]);
                        answers.add(f[f.length - 1]);
                    }
                }
            }
        }
        String wish = "yes my wife, and I just want to be with her now";
        questions.add("recent_loss");
        answers.add(wish);
        questions.add(null);
        answers.add(wish);
        browser.driver().get("about:blank");
        List<Object> tablet = (List<Object>) browser.script("""
                (0, eval)(arguments[0]);
                var questions = arguments[3];
                var check = LanternSafeguardingCheck.prepare(JSON.parse(arguments[1]));
                return arguments[2].map(function (m, i) { return check(m, questions[i]).join(','); });""",
                script, data, answers, questions);
        Map<String, String> differ = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            String server = String.join(",", topics.check(check, questions.get(i), answers.get(i)).kinds().stream()
                    .map(Concern::help).distinct().map(h -> h.label()).sorted().toList());
            String onTablet = String.join(",", Stream.of(((String) tablet.get(i)).split(","))
                    .filter(s -> !s.isEmpty()).sorted().toList());
            if (!server.equals(onTablet)) {
                differ.put(questions.get(i) + ": " + answers.get(i), "server [" + server + "] tablet [" + onTablet + "]");
            }
        }
        System.out.printf("Safeguarding parity at the loss question: the tablet agreed with the server on %d of %d answers%n",
                answers.size() - differ.size(), answers.size());
        assertThat(answers).hasSizeGreaterThan(30);
        assertThat(differ).as("answers at the loss question where the tablet's help differs").isEmpty();
        assertThat(tablet.get(answers.size() - 2)).as("the wish at recent_loss on the tablet").isEqualTo("suicide_self_harm");
        assertThat(tablet.get(answers.size() - 1)).as("the same words with no question on the tablet").isEqualTo("");
    }

    /** The messages where the tablet's kinds of help differ from the server's, with both answers. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> disagreements(String checkData) {
        browser.driver().get("about:blank");
        List<Object> tablet = (List<Object>) browser.script("""
                (0, eval)(arguments[0]);
                var check = LanternSafeguardingCheck.prepare(JSON.parse(arguments[1]));
                return arguments[2].map(function (m) { return check(m).join(','); });""", script, checkData, messages);
        Map<String, String> differ = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            String message = messages.get(i);
            String server = String.join(",", check.check(message).kinds().stream().map(Concern::help).distinct()
                    .map(h -> h.label()).sorted().toList());
            String onTablet = String.join(",", Stream.of(((String) tablet.get(i)).split(","))
                    .filter(s -> !s.isEmpty()).sorted().toList());
            if (!server.equals(onTablet)) {
                differ.put(message, "server [" + server + "] tablet [" + onTablet + "]");
            }
        }
        return differ;
    }
}
