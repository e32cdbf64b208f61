package uk.lantern.engine.safeguarding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Thread-safe: each check borrows a session from a pool, inserts one
 * {@link ScreenedMessage}, fires the rules and hands the session back. Build one per
 * application.
 */
public final class SafeguardingCheck {

    public static final String DEFAULT_LOCATION = "lantern/safeguarding/";
    public static final String FILE_LIST = "rule-files.txt";

    private final KieSessionsPool sessions;
    private final List<RuleInfo> rules;
    private final Lexicon lexicon;

    private SafeguardingCheck(CompiledRules compiled, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.sessions = compiled.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = compiled.rules();
        requireConcerns(rules);
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
        return fromSources(location, sources, Lexicon.load(location, loader));
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
        HeardRules heard = new HeardRules();
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener(heard);
            session.insert(fact);
            session.fireAllRules();
        } finally {
            session.removeEventListener(heard);
            session.dispose();
        }
        return heard.result();
    }

    /** Every safeguarding rule with its file and metadata, sorted by file then name. */
    public List<RuleInfo> rules() {
        return rules;
    }
}
