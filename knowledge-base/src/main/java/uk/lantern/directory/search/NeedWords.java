package uk.lantern.directory.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import uk.lantern.directory.taxonomy.NeedsTaxonomy;

/**
 * Everyday words that name a need outright ("deaf club", "anything in BSL?"), from the curated list
 * {@value #RESOURCE} (its source and editing rules are in the file). A search in a person's words that
 * names such a need is answered only with services for it, whoever asks: the directory's search API, the
 * chat and the relevance harness all go through {@code LocalServicesDirectory.find}. Round 16 moved the
 * chat's own Deaf-request filter here.
 */
public final class NeedWords {

    static final String RESOURCE = "/lantern/directory/need-words.txt";

    /** The curated list shipped with Lantern. */
    public static final NeedWords CURATED = read(RESOURCE);

    /**
     * One line of the list.
     *
     * @param name    what the group is about ("hearing"), for callers that answer it specially
     * @param need    the need its services answer
     * @param phrases its words and phrases, lower case
     */
    record Group(String name, String need, List<String> phrases, Pattern pattern) {}

    private final List<Group> groups;

    private NeedWords(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The needs the words name outright, in list order; empty for none or null words. */
    public Set<String> needsNamedBy(String words) {
        Set<String> needs = new LinkedHashSet<>();
        String text = plain(words);
        for (Group g : groups) {
            if (text != null && g.pattern().matcher(text).find()) {
                needs.add(g.need());
            }
        }
        return needs;
    }

    /**
     * True when the words, besides naming the need, ask for a kind of help the curated synonyms know of another kind
     * ("mum is going deaf, can someone visit her": a visit; "deaf and partially sighted": sight). Such a request is
     * not narrowed to the named need, only led by it; "deaf club", "bsl social group" or "sign language coffee
     * morning" name nothing else the synonyms know (a club, a group, a coffee morning say what form help takes, not
     * what it is), so they are narrowed. A synonym group that shares a phrase with the need's group (the hearing
     * synonyms) does not count.
     */
    public boolean asksForMoreThanTheNeed(String words) {
        String text = plain(words);
        if (text == null) {
            return false;
        }
        for (List<String> synonyms : DirectoryAnalysis.SYNONYM_GROUPS) {
            List<String> entries = synonyms.stream().map(e -> plain(e).strip()).filter(e -> !e.isEmpty()).toList();
            boolean sameNeed = groups.stream().anyMatch(g -> g.phrases().stream().anyMatch(entries::contains));
            if (!sameNeed && entries.stream().anyMatch(e -> text.contains(" " + e + " "))) {
                return true;
            }
        }
        return false;
    }

    /** True when the words (null for none) use a word of the group so named ("hearing"). */
    public boolean names(String group, String words) {
        String text = plain(words);
        return text != null && groups.stream().anyMatch(g -> g.name().equals(group) && g.pattern().matcher(text)
                .find());
    }

    /**
     * Lower case, with hyphens, apostrophes and other marks as spaces, and without the small words a request may drop
     * ("hard hearing" for "hard of hearing", as the chat's service questions pass them), so whole words and phrases
     * match.
     */
    private static String plain(String words) {
        return words == null ? null : " " + words.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ")
                .replaceAll("\\b(?:of|the|a|an)\\b", " ").replaceAll("\\s+", " ").strip() + " ";
    }

    static NeedWords read(String resource) {
        try (InputStream in = NeedWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The need words " + resource + " are missing from the classpath.");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the need words " + resource, e);
        }
    }

    /**
     * Reads the list's text.
     *
     * @throws IllegalArgumentException naming the line when it has not three tab-separated fields or its need is not
     *                                  one the taxonomy knows
     */
    static NeedWords parse(String text) {
        List<Group> groups = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("Need words line " + (i + 1) + ": expected a name, a need and the "
                        + "words, tab-separated");
            }
            if (!NeedsTaxonomy.contains(f[1].strip())) {
                throw new IllegalArgumentException("Need words line " + (i + 1) + ": \"" + f[1].strip()
                        + "\" is not a need the taxonomy knows");
            }
            List<String> phrases = Arrays.stream(f[2].split(",")).map(p -> plain(p).strip())
                    .filter(p -> !p.isEmpty()).distinct().toList();
            Pattern pattern = Pattern.compile(" (?:" + String.join("|", phrases.stream().map(Pattern::quote).toList())
                    + ") ");
            groups.add(new Group(f[0].strip(), f[1].strip(), phrases, pattern));
        }
        return new NeedWords(groups);
    }
}
