package uk.lantern.engine.safeguarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import uk.lantern.engine.CompiledRules;
import uk.lantern.engine.RuleBaseException;

/**
 * The safeguarding rule base's word lists, read from two files beside the DRL:
 * <ul>
 *   <li>{@value #TEXT_SPEAK}: how people write words, spelt out before any rule looks.
 *       Section {@code == tokens ==} holds {@code typed = meant} for one typed token kept with its
 *       apostrophes and asterisks ({@code sa'd = sexually assaulted}, {@code r*ped = raped}, a lone
 *       digit {@code 2 = to}); section {@code == phrases ==} holds {@code typed = meant} for whole
 *       words in the tidied text ({@code wont c me = wont see me}); section {@code == counted ==}
 *       lists the words after which a lone digit stays a number ("2 days", "4 tablets");
 *       section {@code == grammar ==} holds {@code pattern = replacement} rewrites of a grammar
 *       other than standard English's (BSL-style English, round 13: "me want die" as "i want to
 *       die"), each a regular expression over the tidied text applied in file order after the
 *       phrases, {@code $1} naming its first group.</li>
 *   <li>{@value #CONCEPTS}: one section {@code == concept ==} per concept, one phrase a line. A
 *       phrase is matched as whole words in the tidied text and may use regular-expression groups
 *       ({@code (hits|hit) me}). The rules ask {@code concepts contains "concept"}.</li>
 * </ul>
 * Lines starting with {@code #} are notes for editors. Immutable and thread-safe.
 */
public final class Lexicon {

    public static final String TEXT_SPEAK = "text-speak.txt";
    public static final String CONCEPTS = "concepts.txt";

    /** No word lists: the tidying in {@link MessageWording} alone, and no concepts. */
    public static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of(), Set.of(), null, Map.of());

    /** A worker's note's third person read as the first: she/he as I, his as my, herself as myself. */
    private static final Map<String, String> FIRST_PERSON = Map.of(
            "she", "i", "he", "i", "shes", "im", "hes", "im", "his", "my", "herself", "myself", "himself", "myself");
    /** After "her", these words make it the object ("pushed her and"), read as "me"; otherwise "my". */
    private static final Set<String> AFTER_OBJECT_HER = Set.of("and", "when", "if", "in", "on", "at", "with", "to",
            "for", "from", "so", "because", "but", "inappropriately", "again", "every", "all", "leave", "go", "see",
            "out", "have", "use", "do", "be", "sign", "eat", "wash", "feel", "alone", "about", "up", "down", "into",
            "bruising", "badly", "regularly", "often", "daily", "hard", "sometimes", "around", "over", "off", "back",
            "while", "whilst", "during", "then", "now", "too", "also", "visible");

    private static final Pattern AROUND_TOKEN = Pattern.compile("^[^a-z0-9'*]+|[^a-z0-9'*]+$");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Map<String, String> tokens;
    private final Map<Pattern, String> phrases;
    private final Set<String> counted;
    private final Pattern noteOpening;
    private final Map<String, Pattern> concepts;
    /**
     * The phrases that start with a plain word, filed under each word they can start with, so a
     * message's own words pick the few phrases worth a regular-expression search instead of every
     * phrase of every concept being tried.
     */
    private final Map<String, List<Phrase>> phrasesByAnchor = new HashMap<>();
    /** The phrases that start with a pattern: searched in every message. */
    private final List<Phrase> unanchored = new ArrayList<>();
    /** Every concept's phrases in file order, for {@link #portable()}. */
    private final Map<String, List<Phrase>> phrasesOfConcepts = new LinkedHashMap<>();
    /** The whole-word phrases as typed and meant, in file order, for {@link #portable()}. */
    private final List<List<String>> typedPhrases = new ArrayList<>();
    /** The grammar rewrites, in file order, applied after the phrases. */
    private final Map<Pattern, String> grammar = new LinkedHashMap<>();
    /** The grammar rewrites as written, {@code [pattern, replacement]}, for {@link #portable()}. */
    private final List<List<String>> typedGrammar = new ArrayList<>();
    /**
     * When the grammar rewrites apply ({@code when = pattern} in the grammar section): only to a
     * message that reads as BSL-style English, so standard English is never rewritten; null when
     * the file sets no condition (the rewrites then always apply).
     */
    private Pattern grammarWhen;

    /**
     * One phrase of a concept, with the words one of which must be in the text for it to match
     * (empty when the phrase has no plain word or group of words every match must hold), and
     * whether every match starts with one of them ({@code leading}: the phrase starts with that
     * word or group), so it need only be tried where such a word starts.
     */
    private record Phrase(String concept, Pattern pattern, Set<String> anchors, boolean leading) {

        static Phrase of(String concept, String line) {
            Set<String> leadingWords = leadingAnchors(line);
            return new Phrase(concept, Pattern.compile("(?<= )(?:" + line + ")(?= )"),
                    leadingWords.isEmpty() ? laterAnchors(line) : leadingWords, !leadingWords.isEmpty());
        }

        /** Whether the phrase matches starting exactly at {@code wordStart} (just after a space). */
        boolean matchesAt(String text, int wordStart) {
            Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            return matcher.region(wordStart, text.length()).lookingAt();
        }

        /** The words a phrase starts with, when it starts with a plain word or group; else empty. */
        private static Set<String> leadingAnchors(String line) {
            Matcher word = LEADING_WORD.matcher(line);
            if (word.lookingAt()) {
                return Set.of(word.group(1));
            }
            Matcher group = LEADING_GROUP.matcher(line);
            if (!group.lookingAt()) {
                return Set.of();
            }
            Set<String> anchors = new HashSet<>();
            for (String alternative : group.group(1).split("\\|")) {
                Matcher first = LEADING_WORD.matcher(alternative);
                if (!first.lookingAt()) {
                    return Set.of();
                }
                anchors.add(first.group(1));
            }
            return Set.copyOf(anchors);
        }

        /**
         * For a phrase that starts with a pattern ("(a |the )?(rope|noose) (is )?(ready|tied)"),
         * the words of a later part every match must have: the phrase is split at the spaces
         * outside brackets, and the first part that is a plain word, or a group of plain
         * alternatives with no quantifier after it, gives them. Empty when there is none, or
         * when the phrase is itself a choice at the top ("a b|c d").
         */
        private static Set<String> laterAnchors(String line) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return Set.of();
                } else if (c == ' ' && depth == 0) {
                    parts.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(line.substring(start));
            for (String part : parts.subList(1, parts.size())) {
                if (PLAIN_WORD.matcher(part).matches()) {
                    return Set.of(part);
                }
                Matcher group = PLAIN_GROUP.matcher(part);
                if (group.matches()) {
                    Set<String> anchors = new HashSet<>();
                    for (String alternative : group.group(1).split("\\|")) {
                        anchors.add(alternative.split(" ")[0]);
                    }
                    return Set.copyOf(anchors);
                }
            }
            return Set.of();
        }
    }

    /**
     * A plain word at the start, followed by a space, the end, or a group that starts with a
     * space ("pain( [a-z]+){0,3} down"): then the word is whole in any text the phrase matches.
     * Not a word followed by a group of letters ("thank(ing|ed)"), which is only part of a word.
     */
    private static final Pattern LEADING_WORD = Pattern.compile("([a-z0-9]+)(?: |\\( |$)");
    /** A group of plain alternatives at the start, not optional, followed likewise: "(im|i am) ". */
    private static final Pattern LEADING_GROUP = Pattern.compile("\\(([a-z0-9 |]+)\\)(?: |\\( |$)");
    /** A later part of a phrase that is one plain word. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z0-9]+");
    /** A later part that is a group of alternatives, each plain words: "(rope|noose)", "(is|has been)". */
    private static final Pattern PLAIN_GROUP = Pattern.compile("\\(((?:[a-z0-9]+(?: [a-z0-9]+)*)(?:\\|[a-z0-9]+(?: [a-z0-9]+)*)*)\\)");

    private Lexicon(Map<String, String> tokens, Map<Pattern, String> phrases, Set<String> counted,
            Pattern noteOpening, Map<String, Pattern> concepts) {
        this.tokens = tokens;
        this.phrases = phrases;
        this.counted = counted;
        this.noteOpening = noteOpening;
        this.concepts = concepts;
    }

    private Lexicon withPhrases(Map<String, List<String>> lines) {
        lines.forEach((concept, phrases) -> {
            for (String line : phrases) {
                Phrase phrase = Phrase.of(concept, line);
                phrasesOfConcepts.computeIfAbsent(concept, c -> new ArrayList<>()).add(phrase);
                if (phrase.anchors().isEmpty()) {
                    unanchored.add(phrase);
                }
                for (String anchor : phrase.anchors()) {
                    phrasesByAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).add(phrase);
                }
            }
        });
        return this;
    }

    /**
     * Loads both files from a classpath folder.
     *
     * @throws RuleBaseException when a file is missing, a line is not {@code typed = meant}, or a
     *                           phrase is not a valid regular expression
     */
    public static Lexicon load(String location, ClassLoader loader) {
        return read(CompiledRules.readResource(loader, location + TEXT_SPEAK),
                CompiledRules.readResource(loader, location + CONCEPTS));
    }

    /** Reads the two files' text; for tests and tools. */
    public static Lexicon read(String textSpeak, String conceptText) {
        Map<String, List<String>> speak = sections(textSpeak, TEXT_SPEAK);
        Map<String, String> tokens = new HashMap<>();
        for (String line : speak.getOrDefault("tokens", List.of())) {
            String[] pair = pair(line);
            tokens.put(pair[0], pair[1]);
        }
        Map<Pattern, String> phrases = new LinkedHashMap<>();
        List<List<String>> typed = new ArrayList<>();
        for (String line : speak.getOrDefault("phrases", List.of())) {
            String[] pair = pair(line);
            phrases.put(Pattern.compile(" " + Pattern.quote(pair[0]) + "(?= )"), " " + pair[1]);
            typed.add(List.of(pair[0], pair[1]));
        }
        Set<String> counted = new HashSet<>(speak.getOrDefault("counted", List.of()));
        List<String> openings = speak.getOrDefault("note openings", List.of());
        Pattern noteOpening = openings.isEmpty() ? null
                : Pattern.compile("^ (?:" + String.join("|", openings) + ")(s?) ");
        Map<String, Pattern> concepts = new LinkedHashMap<>();
        Map<String, List<String>> conceptLines = sections(conceptText, CONCEPTS);
        conceptLines.forEach((concept, lines) -> {
            try {
                concepts.put(concept, Pattern.compile("(?<= )(?:" + String.join("|", lines) + ")(?= )"));
            } catch (PatternSyntaxException e) {
                throw new RuleBaseException(CONCEPTS + ": concept " + concept + " has a phrase that is not a valid "
                        + "pattern: " + e.getDescription());
            }
        });
        Lexicon lexicon = new Lexicon(Map.copyOf(tokens), phrases, Set.copyOf(counted), noteOpening, concepts)
                .withPhrases(conceptLines);
        lexicon.typedPhrases.addAll(typed);
        for (String line : speak.getOrDefault("grammar", List.of())) {
            String[] pair = pair(line);
            if (pair[0].equals("when")) {
                try {
                    lexicon.grammarWhen = Pattern.compile(pair[1]);
                } catch (PatternSyntaxException e) {
                    throw new RuleBaseException(TEXT_SPEAK + ": grammar's when \"" + pair[1]
                            + "\" is not a valid pattern: " + e.getDescription());
                }
                continue;
            }
            if (pair[1].indexOf('\\') >= 0) {
                throw new RuleBaseException(TEXT_SPEAK + ": grammar \"" + line
                        + "\" has a backslash in its replacement");
            }
            try {
                lexicon.grammar.put(Pattern.compile(pair[0]), pair[1]);
            } catch (PatternSyntaxException e) {
                throw new RuleBaseException(TEXT_SPEAK + ": grammar \"" + pair[0] + "\" is not a valid pattern: "
                        + e.getDescription());
            }
            lexicon.typedGrammar.add(List.of(pair[0], pair[1]));
        }
        return lexicon;
    }

    /**
     * The word lists as plain data, for a device that tidies and reads messages with no signal
     * ({@link PortableCheck}): {@code tokens} (typed token to meant), {@code counted} words,
     * {@code phrases} as {@code [typed, meant]} in the order they are spelt out,
     * {@code noteOpening} (a pattern over the tidied text, or null; its group 1 is the possessive
     * "s": the opening is read as "i", or "my" when the group is not empty), {@code firstPerson} and
     * {@code afterObjectHer} for reading a worker's note, {@code grammar} as {@code [pattern,
     * replacement]} in the order applied, and {@code concepts}: each concept's
     * phrases as {@code {pattern, anchors}}, a phrase matching only when one of its anchor words
     * (if it has any) is among the text's words.
     */
    Map<String, Object> portable() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tokens", new java.util.TreeMap<>(tokens));
        out.put("counted", new TreeSet<>(counted));
        out.put("phrases", List.copyOf(typedPhrases));
        out.put("noteOpening", noteOpening == null ? null : noteOpening.pattern());
        out.put("firstPerson", new java.util.TreeMap<>(FIRST_PERSON));
        out.put("afterObjectHer", new TreeSet<>(AFTER_OBJECT_HER));
        out.put("grammar", List.copyOf(typedGrammar));
        out.put("grammarWhen", grammarWhen == null ? null : grammarWhen.pattern());
        Map<String, Object> concepts = new LinkedHashMap<>();
        phrasesOfConcepts.forEach((concept, phrases) -> concepts.put(concept, phrases.stream()
                .map(p -> Map.of("pattern", p.pattern().pattern(), "anchors", new TreeSet<>(p.anchors()))).toList()));
        out.put("concepts", concepts);
        return out;
    }

    /** The names of every concept, sorted. */
    public Set<String> conceptNames() {
        return new TreeSet<>(concepts.keySet());
    }

    /** The phrases of one concept as one pattern over tidied text, or null for an unknown concept. */
    public Pattern concept(String name) {
        return concepts.get(name);
    }

    /** The concepts found in tidied text (which starts and ends with a space). */
    Set<String> conceptsIn(String text) {
        Set<String> found = new HashSet<>();
        if (concepts.isEmpty()) {
            return found;
        }
        for (Phrase phrase : unanchored) {
            if (!found.contains(phrase.concept()) && phrase.pattern().matcher(text).find()) {
                found.add(phrase.concept());
            }
        }
        // A phrase that starts with its anchor word is tried only where that word starts (a
        // regular expression run from one place, not searched through the whole text); one
        // anchored later in the phrase is searched for once, the first time its word is seen.
        Set<String> words = new HashSet<>();
        int from = 1;
        for (int space = text.indexOf(' ', from); space > 0; space = text.indexOf(' ', from)) {
            String word = text.substring(from, space);
            int wordStart = from;
            from = space + 1;
            List<Phrase> phrases = phrasesByAnchor.get(word);
            if (phrases == null) {
                continue;
            }
            boolean firstTime = words.add(word);
            for (Phrase phrase : phrases) {
                if (found.contains(phrase.concept())) {
                    continue;
                }
                boolean matches = phrase.leading() ? phrase.matchesAt(text, wordStart)
                        : firstTime && phrase.pattern().matcher(text).find();
                if (matches) {
                    found.add(phrase.concept());
                }
            }
        }
        return found;
    }

    /**
     * A typed message with each token written as text-speak spelt out: tokens are split on
     * white space and compared without the punctuation around them, and a lone digit is left a
     * number before a counted word ("2 days").
     */
    String spellOut(String lowerCase) {
        if (tokens.isEmpty()) {
            return lowerCase;
        }
        String[] chunks = WHITE_SPACE.split(lowerCase);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chunks.length; i++) {
            String bare = AROUND_TOKEN.matcher(chunks[i]).replaceAll("");
            String meant = tokens.get(bare);
            if (meant != null && !(bare.chars().allMatch(Character::isDigit) && beforeCount(chunks, i))) {
                out.append(chunks[i].replace(bare, meant));
            } else {
                out.append(chunks[i]);
            }
            out.append(' ');
        }
        return out.toString();
    }

    private boolean beforeCount(String[] chunks, int i) {
        if (i + 1 >= chunks.length) {
            return true;
        }
        String next = NOT_ALPHANUMERIC.matcher(chunks[i + 1]).replaceAll("");
        if (!next.isEmpty() && next.chars().allMatch(Character::isDigit)) {
            // "4 3 days" is "for 3 days": a digit before a counted number is a word.
            return i + 2 >= chunks.length || !counted.contains(NOT_ALPHANUMERIC.matcher(chunks[i + 2]).replaceAll(""));
        }
        return next.isEmpty() || counted.contains(next);
    }

    /**
     * Tidied text with a worker's note read in the first person, whole-word phrases spelt out and
     * the grammar rewrites applied.
     * The note's opening names the person the worker is with, so it is read as "i" ("client
     * gave away the dog" as "i gave away the dog"), or "my" when possessive ("clients son" as
     * "my son"): the note is about the person at risk, not a worry about someone else.
     */
    String rephrase(String text) {
        Matcher opening = noteOpening == null ? null : noteOpening.matcher(text);
        String out = opening != null && opening.find()
                ? firstPerson((opening.group(1).isEmpty() ? " i " : " my ") + text.substring(opening.end()))
                : text;
        for (Map.Entry<Pattern, String> phrase : phrases.entrySet()) {
            out = phrase.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(phrase.getValue()));
        }
        if (grammarWhen == null || grammarWhen.matcher(out).find()) {
            for (Map.Entry<Pattern, String> rewrite : grammar.entrySet()) {
                out = rewrite.getKey().matcher(out).replaceAll(rewrite.getValue());
            }
        }
        return out;
    }

    private static String firstPerson(String text) {
        String[] words = text.strip().split(" ");
        StringBuilder out = new StringBuilder(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("her")) {
                boolean object = i + 1 >= words.length || AFTER_OBJECT_HER.contains(words[i + 1]);
                word = object ? "me" : "my";
            } else {
                word = FIRST_PERSON.getOrDefault(word, word);
            }
            out.append(word).append(' ');
        }
        return out.toString();
    }

    private static String[] pair(String line) {
        int eq = line.indexOf(" = ");
        if (eq < 1) {
            throw new RuleBaseException(TEXT_SPEAK + ": \"" + line + "\" is not typed = meant");
        }
        return new String[] {line.substring(0, eq).strip(), line.substring(eq + 3).strip()};
    }

    private static Map<String, List<String>> sections(String text, String file) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ") && line.endsWith(" ==")) {
                String name = line.substring(3, line.length() - 3).strip();
                current = sections.computeIfAbsent(name, k -> new ArrayList<>());
            } else if (current == null) {
                throw new RuleBaseException(file + ": \"" + line + "\" comes before any == section ==");
            } else {
                current.add(line.toLowerCase(Locale.UK));
            }
        }
        return sections;
    }
}
