package uk.lantern.engine.safeguarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies a chat message so the safeguarding rules can read it with simple phrases. Two forms
 * are made:
 * <ul>
 *   <li>{@link #words}: lower case, apostrophes dropped ("I'd" becomes "id"), digits and symbols
 *       used as letters read as letters ("k1ll", "su1c!de"), other punctuation turned into
 *       spaces, letters held down ("killll") shortened;</li>
 *   <li>{@link #repaired}: the words with common misspellings corrected ("sucide", "kil",
 *       "myslef") and abbreviations spelt out ("kms" is "kill myself").</li>
 * </ul>
 * Both start and end with one space, with single spaces between words.
 */
final class MessageWording {

    private static final Map<Character, Character> LETTER_LIKE = Map.of(
            '1', 'i', '!', 'i', '3', 'e', '4', 'a', '@', 'a', '0', 'o', '5', 's', '$', 's', '7', 't');
    private static final Pattern OVERDOSED = Pattern.compile("\\bo\\.?d'e?d\\b");
    private static final Pattern HELD_DOWN = Pattern.compile("([a-z])\\1{2,}");

    /** Whole words or phrases and what they stand for, applied in this order. */
    private static final Map<String, String> REPAIRS = new LinkedHashMap<>();

    static {
        for (String misspelt : new String[] {"sucide", "suicde", "suicid", "suiside", "suicidee", "suecide", "sucicide",
            "suside", "suisid", "suicied", "suicede", "suiced", "siucide", "suicdie", "sewerslide", "sewer slide",
            "sooicide", "suey slide", "s word"}) {
            REPAIRS.put(misspelt, "suicide");
        }
        for (String misspelt : new String[] {"sucidal", "suicdal", "suicidle", "suisidal", "sucicidal", "suiciadal",
            "suicidel", "suecidal", "siucidal"}) {
            REPAIRS.put(misspelt, "suicidal");
        }
        for (String misspelt : new String[] {"myslef", "myelf", "mysef", "mysefl", "mysel", "meself", "mself", "msyelf",
            "myslf", "my self", "me self", "myselff", "mysellf"}) {
            REPAIRS.put(misspelt, "myself");
        }
        REPAIRS.put("kil", "kill");
        REPAIRS.put("kll", "kill");
        REPAIRS.put("kiil", "kill");
        REPAIRS.put("killin", "killing");
        REPAIRS.put("kiling", "killing");
        REPAIRS.put("unalive", "kill");
        REPAIRS.put("unaliving", "killing");
        REPAIRS.put("un alive", "kill");
        REPAIRS.put("kms", "kill myself");
        REPAIRS.put("k m s", "kill myself");
        REPAIRS.put("kys", "kill yourself");
        REPAIRS.put("ctb", "kill myself");
        REPAIRS.put("wanna", "want to");
        REPAIRS.put("wana", "want to");
        REPAIRS.put("wnat", "want");
        REPAIRS.put("gonna", "going to");
        REPAIRS.put("gunna", "going to");
        REPAIRS.put("dieing", "dying");
        REPAIRS.put("ded", "dead");
        REPAIRS.put("anymore", "any more");
        REPAIRS.put("pils", "pills");
        REPAIRS.put("tabs", "tablets");
        REPAIRS.put("paracetomol", "paracetamol");
        REPAIRS.put("paracetemol", "paracetamol");
        REPAIRS.put("parecetamol", "paracetamol");
        REPAIRS.put("overdoze", "overdose");
        REPAIRS.put("selfharm", "self harm");
        REPAIRS.put("selfharming", "self harming");
        REPAIRS.put("noone", "no one");
        REPAIRS.put("some1", "someone");
        REPAIRS.put("somei", "someone");
        REPAIRS.put("sum1", "someone");
        REPAIRS.put("sumi", "someone");
    }

    /** One-word repairs, looked up word by word in one pass; the rest are patterns. */
    private static final Map<String, String> WORD_REPAIRS = new java.util.HashMap<>();
    private static final Map<Pattern, String> REPAIR_PATTERNS = new LinkedHashMap<>();
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    static {
        REPAIRS.forEach((from, to) -> {
            if (from.indexOf(' ') < 0) {
                WORD_REPAIRS.put(from, to);
            } else {
                REPAIR_PATTERNS.put(Pattern.compile(" " + Pattern.quote(from) + "(?= )"), " " + to);
            }
        });
    }

    private static final Map<String, Pattern> SET_ASIDE = new ConcurrentHashMap<>();

    /**
     * The tidying steps, in order, named for a device that repeats them (lantern-safeguarding-check.js):
     * it refuses data naming a step it does not know, so a new step here cannot be silently skipped there.
     */
    static final List<String> STEPS = List.of("lower-case", "curly-apostrophes", "spell-out-tokens", "overdosed",
            "letter-like", "drop-apostrophes", "not-letter-or-digit", "held-down", "spaced", "word-repairs",
            "phrase-repairs", "note-opening", "spell-out-phrases", "grammar", "spaced");

    /**
     * The tidying's own data as plain data ({@link PortableCheck}): {@code steps}, {@code letterLike}
     * (symbol to letter), the {@code overdosed} and {@code heldDown} patterns, {@code wordRepairs}
     * (one word to its repair) and {@code phraseRepairs} ({@code [typed, meant]} in order).
     */
    static Map<String, Object> portable() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("steps", STEPS);
        Map<String, String> letters = new java.util.TreeMap<>();
        LETTER_LIKE.forEach((from, to) -> letters.put(String.valueOf(from), String.valueOf(to)));
        out.put("letterLike", letters);
        out.put("overdosed", OVERDOSED.pattern());
        out.put("heldDown", HELD_DOWN.pattern());
        out.put("wordRepairs", new java.util.TreeMap<>(WORD_REPAIRS));
        out.put("phraseRepairs", REPAIRS.entrySet().stream().filter(e -> e.getKey().indexOf(' ') >= 0)
                .map(e -> List.of(e.getKey(), e.getValue())).toList());
        return out;
    }

    private MessageWording() {
    }

    static String words(String typed) {
        return words(typed, Lexicon.EMPTY);
    }

    /** The words, with the lexicon's text-speak tokens spelt out first ("2" as "to", "sa'd"). */
    static String words(String typed, Lexicon lexicon) {
        if (typed == null) {
            return " ";
        }
        String lower = typed.toLowerCase(Locale.UK).replace('\u2019', '\'').replace('\u2018', '\'');
        lower = lexicon.spellOut(lower);
        lower = OVERDOSED.matcher(lower).replaceAll("overdosed");
        StringBuilder out = new StringBuilder(" ");
        for (String chunk : WHITE_SPACE.split(lower)) {
            out.append(lettersFor(chunk)).append(' ');
        }
        String plain = NOT_LETTER_OR_DIGIT.matcher(out.toString().replace("'", "")).replaceAll(" ");
        plain = HELD_DOWN.matcher(plain).replaceAll("$1");
        return spaced(plain);
    }

    static String repaired(String words) {
        return repaired(words, Lexicon.EMPTY);
    }

    /** The repaired text, with the lexicon's text-speak phrases spelt out after the repairs. */
    static String repaired(String words, Lexicon lexicon) {
        StringBuilder byWord = new StringBuilder(" ");
        for (String word : SPACES.split(words.strip())) {
            byWord.append(WORD_REPAIRS.getOrDefault(word, word)).append(' ');
        }
        String text = byWord.toString();
        for (Map.Entry<Pattern, String> repair : REPAIR_PATTERNS.entrySet()) {
            text = repair.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(repair.getValue()));
        }
        return spaced(lexicon.rephrase(spaced(text)));
    }

    /** The text with every match of the pattern replaced by a space. */
    static String without(String text, String pattern) {
        Pattern compiled = SET_ASIDE.computeIfAbsent(pattern, Pattern::compile);
        return spaced(compiled.matcher(text).replaceAll(" "));
    }

    /** Reads digits and symbols as letters in a chunk that has letters ("k1ll", "su1c!de"), leaving numbers alone. */
    private static String lettersFor(String chunk) {
        if (chunk.chars().noneMatch(Character::isLetter)) {
            return chunk;
        }
        char[] chars = chunk.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            Character letter = LETTER_LIKE.get(chars[i]);
            if (letter != null && betweenLetters(chars, i)) {
                chars[i] = letter;
            }
        }
        return new String(chars);
    }

    /** A digit counts as a letter beside a letter; a symbol only inside a word. */
    private static boolean betweenLetters(char[] chars, int i) {
        boolean before = i > 0 && Character.isLetter(chars[i - 1]);
        boolean after = i + 1 < chars.length && Character.isLetter(chars[i + 1]);
        return Character.isDigit(chars[i]) ? before || after : before && after;
    }

    private static String spaced(String text) {
        String collapsed = SPACES.matcher(text.strip()).replaceAll(" ");
        return collapsed.isEmpty() ? " " : " " + collapsed + " ";
    }
}
