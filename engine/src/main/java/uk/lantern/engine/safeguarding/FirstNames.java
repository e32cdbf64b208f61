package uk.lantern.engine.safeguarding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import uk.lantern.engine.CompiledRules;
import uk.lantern.engine.RuleBaseException;

/**
 * People's first names, which the {@link WordingModel} reads as one placeholder word,
 * {@value #PLACEHOLDER}: a name says who someone is, never whether they need help, so "since Jean
 * passed" must weigh the same as "since Brian passed". Without this the model learnt that "jean"
 * leans towards suicide because a few crisis examples name a Jean (docs/safeguarding.md, "Round 13").
 *
 * <p>Read from {@value #FILE} beside the rules: whitespace-separated lower-case names under
 * {@code == names ==}, and under {@code == ordinary words ==} names that are also everyday words
 * ("will", "may", "hope", "bill"), which stay words because the model reads lower-cased text and
 * cannot tell "I will" from "Will"; {@code #} starts a comment. Immutable.
 */
public final class FirstNames {

    /** The file of names under the rules' folder; without it the model reads names as words. */
    public static final String FILE = "first-names.txt";
    /** The one word every name becomes; it cannot come out of tidying, which keeps only letters, digits and spaces. */
    public static final String PLACEHOLDER = "<name>";
    /** No names: every word is read as itself. */
    public static final FirstNames NONE = new FirstNames(Set.of());

    private final Set<String> names;

    private FirstNames(Set<String> names) {
        // A hashed set: every word of every message is looked up once.
        this.names = Set.copyOf(names);
    }

    /**
     * Loads {@value #FILE} from a classpath folder, or {@link #NONE} when there is none.
     *
     * @throws RuleBaseException when the file has a word outside a section, a word that is not
     *                           lower-case letters, or an unknown section
     */
    public static FirstNames load(String location, ClassLoader loader) {
        if (loader.getResource(location + FILE) == null) {
            return NONE;
        }
        return parse(location + FILE, CompiledRules.readResource(loader, location + FILE));
    }

    static FirstNames parse(String file, String text) {
        Set<String> names = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        Set<String> section = null;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("==")) {
                section = switch (line) {
                    case "== names ==" -> names;
                    case "== ordinary words ==" -> words;
                    default -> throw new RuleBaseException(file + ":" + (i + 1) + ": unknown section " + line);
                };
                continue;
            }
            for (String word : line.split("\\s+")) {
                if (section == null || !word.matches("[a-z]+")) {
                    throw new RuleBaseException(file + ":" + (i + 1) + ": \"" + word
                            + "\" must be lower-case letters under == names == or == ordinary words ==");
                }
                section.add(word.toLowerCase(Locale.ROOT));
            }
        }
        names.removeAll(words);
        return new FirstNames(names);
    }

    /** The word as the model reads it: {@value #PLACEHOLDER} for a first name, else the word itself. */
    String asRead(String word) {
        return names.contains(word) ? PLACEHOLDER : word;
    }

    /** The names read as the placeholder, sorted; for the tablet's copy of the model. */
    List<String> names() {
        return List.copyOf(new TreeSet<>(names));
    }
}
