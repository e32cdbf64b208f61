package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import uk.lantern.engine.CompiledRules;
import uk.lantern.engine.RuleBaseException;
import uk.lantern.engine.RuleInfo;

/**
 * Checks a chat message for crisis language with the safeguarding rules. The rules are DRL files
 * under {@value #DEFAULT_LOCATION} on the classpath, listed one a line in
 * {@value #FILE_LIST}; they are compiled once with the executable model.
 *
 * <p>Beside the rules sits a {@link WordingModel} trained on the labelled corpus listed in
 * {@value #WORDING_EXAMPLES}: when no rule fired (neither a concern nor a look-alike) and the
 * model is at least {@link #WORDING_THRESHOLD} sure the message needs help, it raises the concern
 * it is worded like, and the result says so in plain words with the words that weighed most. The
 * model reads every first name listed in {@value FirstNames#FILE} as one placeholder.
 *
 * <p>Thread-safe: each check borrows a session from a pool, inserts one
 * {@link ScreenedMessage}, fires the rules and hands the session back. Build one per
 * application.
 */
public final class SafeguardingCheck {

    public static final String DEFAULT_LOCATION = "lantern/safeguarding/";
    public static final String FILE_LIST = "rule-files.txt";

    /** The labelled corpus files the wording model is trained on, listed one a line under the rules' folder. */
    public static final String WORDING_EXAMPLES = "wording-examples.txt";
    /**
     * How sure the wording model must be that a message needs help before it raises a concern the
     * rules did not: chosen by cross-validation over the corpus (docs/safeguarding.md) as the
     * lowest that keeps false alarms at or under 5%, because a miss is worse than a false alarm.
     */
    public static final double WORDING_THRESHOLD = 0.98;

    /**
     * Most rule firings one message may take. A look-alike rule whose condition still matches after
     * its own set-aside would fire for ever (a message would hang the chat turn); a message needs a
     * few dozen firings at most, so a rule set that reaches this count is looping. The tablet's
     * offline copy stops at its own cap too.
     */
    static final int MOST_FIRINGS = 1_000;

    private static final System.Logger LOG = System.getLogger(SafeguardingCheck.class.getName());

    private final KieSessionsPool sessions;
    private final CompiledRules compiled;
    private final List<RuleInfo> rules;
    private final Lexicon lexicon;
    private final Optional<WordingModel> wording;

    private SafeguardingCheck(CompiledRules compiled, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.sessions = compiled.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.compiled = compiled;
        this.rules = compiled.rules();
        this.wording = Optional.empty();
        requireConcerns(rules);
    }

    private SafeguardingCheck(SafeguardingCheck rulesFrom, Optional<WordingModel> wording) {
        this.lexicon = rulesFrom.lexicon;
        this.sessions = rulesFrom.sessions;
        this.compiled = rulesFrom.compiled;
        this.rules = rulesFrom.rules;
        this.wording = wording;
    }

    /** Every rule must say what it looks for, so a firing can always be reported. */
    private static void requireConcerns(List<RuleInfo> rules) {
        for (RuleInfo rule : rules) {
            String concern = rule.metadata().getOrDefault(HeardRules.CONCERN, "");
            boolean known = HeardRules.LOOK_ALIKE.equals(concern)
                    || Arrays.stream(Concern.values()).anyMatch(c -> c.name().equals(concern));
            if (!known) {
                throw new RuleBaseException("Safeguarding rule \"" + rule.name() + "\" in " + rule.file()
                        + " needs @concern with one of " + Arrays.toString(Concern.values())
                        + " or " + HeardRules.LOOK_ALIKE + ", not \"" + concern + "\"");
            }
        }
    }

    /** Loads the safeguarding rules the {@code rules} module ships. */
    public static SafeguardingCheck load() {
        return load(DEFAULT_LOCATION, SafeguardingCheck.class.getClassLoader());
    }

    /**
     * Loads the DRL files listed in {@value #FILE_LIST} under a classpath folder, with the
     * {@link Lexicon} beside them.
     */
    public static SafeguardingCheck load(String location, ClassLoader loader) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : CompiledRules.readResource(loader, location + FILE_LIST).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            sources.put(file, CompiledRules.readResource(loader, location + file));
        }
        SafeguardingCheck check = fromSources(location, sources, Lexicon.load(location, loader));
        String examples = location + WORDING_EXAMPLES;
        if (loader.getResource(examples) == null) {
            return check;
        }
        List<WordingModel.Example> training = new ArrayList<>();
        for (String file : CompiledRules.readResource(loader, examples).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            training.addAll(LabelledCorpus.read(file, CompiledRules.readResource(loader, location + file), check.lexicon));
        }
        return check.withWording(WordingModel.train(training, FirstNames.load(location, loader)));
    }

    /** The same rules and lexicon with this wording model beside them; for cross-validation and tools. */
    public SafeguardingCheck withWording(WordingModel model) {
        return new SafeguardingCheck(this, Optional.of(model));
    }

    /** The same rules and lexicon with no wording model: the rules alone. */
    public SafeguardingCheck rulesOnly() {
        return new SafeguardingCheck(this, Optional.empty());
    }

    /** Compiles the given DRL texts, keyed by file name, with no lexicon; for tests and tools. */
    public static SafeguardingCheck fromSources(String location, Map<String, String> drlByFile) {
        return fromSources(location, drlByFile, Lexicon.EMPTY);
    }

    /** Compiles the given DRL texts, keyed by file name, reading messages with the lexicon. */
    public static SafeguardingCheck fromSources(String location, Map<String, String> drlByFile, Lexicon lexicon) {
        return new SafeguardingCheck(CompiledRules.compile("safeguarding", location, drlByFile), lexicon);
    }

    /** The word lists the messages are read with. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Checks one message as the person typed it. */
    public SafeguardingResult check(String message) {
        if (message == null || message.isBlank()) {
            return SafeguardingResult.nothingFound();
        }
        ScreenedMessage fact = ScreenedMessage.of(message, lexicon);
        String tidied = fact.getText();
        HeardRules heard = new HeardRules();
        boolean looped;
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener(heard);
            session.insert(fact);
            looped = session.fireAllRules(MOST_FIRINGS) >= MOST_FIRINGS;
        } finally {
            session.removeEventListener(heard);
            session.dispose();
        }
        SafeguardingResult byRules = heard.result();
        if (looped) {
            // The message is not logged (it is what a person typed); the rules that looped are
            // in the result's look-alikes. Their set-asides cannot be trusted, so the model reads.
            LOG.log(System.Logger.Level.WARNING, "event=safeguarding.rules_looped firings=" + MOST_FIRINGS);
        }
        // The rules speak first: when a concern rule fired they name the kinds (they know who a
        // message is about and the age boundaries), and when a look-alike rule set a figure of
        // speech aside that is a strong sign the message is everyday talk. Only a message the
        // rules passed over in silence is read by the model.
        if (wording.isEmpty() || byRules.crisis() || (!looped && !byRules.lookAlikes().isEmpty())) {
            return byRules;
        }
        WordingModel.Reading reading = wording.get().read(tidied);
        return reading.probability() >= WORDING_THRESHOLD ? byRules.raisedBy(reading) : byRules;
    }

    /** The compiled rules with their DRL sources, for {@link PortableCheck}. */
    CompiledRules compiled() {
        return compiled;
    }

    /** The wording model consulted after the rules, if any, for {@link PortableCheck}. */
    Optional<WordingModel> wording() {
        return wording;
    }

    /** Every safeguarding rule with its file and metadata, sorted by file then name. */
    public List<RuleInfo> rules() {
        return rules;
    }
}
