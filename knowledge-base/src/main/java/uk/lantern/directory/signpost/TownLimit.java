package uk.lantern.directory.signpost;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The towns an {@code eligibility_description} limits a service to, beside its HSDS service areas:
 * "Older or disabled people in Rochester and Strood" is for people living in Rochester or Strood,
 * though its service area is all of Medway. Read when the service is judged, from the words kept
 * beside its record, as the other eligibility read from words is ({@link Eligibility#of}).
 *
 * <p>A limit is a town the gazetteer knows (the shipped list: Medway's towns) after words that say
 * who the service is for: "living in", "who live in", "residents of", "resident in", or "in" right
 * after a word for people ("people in", "carers in", "those in"). Towns joined by "and", "or", "&amp;"
 * or commas are all named ("in Rochester and Strood" is either town). Not a limit: where the service
 * meets or is based ("meets in Rochester", "based in Strood"), a town that is one of the service's own
 * areas (the "Medway" of "Women living in Medway", which its area already says), and a description
 * that opens the service to everyone ("open to all", "everyone welcome").
 */
final class TownLimit {
    /** Words that say who the service is for, then the place they live in. */
    private static final Pattern FOR_PEOPLE_IN = Pattern.compile("\\b(?:living in|who (?:lives?|are living) in"
            + "|that lives? in|residing in|residents? (?:of|in)|(?:people|persons?|person|those|anyone|adults|families"
            + "|carers|men|women|households|folk|residents) (?:from|in)) (?:the )?(?=[a-z])");
    /** Towns joined in a list: "rochester and strood", "chatham, gillingham or rainham". */
    private static final Pattern JOINER = Pattern.compile("^\\s*(?:,\\s*(?:and |or )?|and |or |& |\\+ )\\s*");
    /** A description that opens the service to everyone, whatever else it says. */
    private static final Pattern OPEN_TO_ALL = Pattern.compile("\\b(?:open to (?:all|everyone|anyone|everybody)"
            + "|(?:all|everyone|anyone|everybody) (?:is |are )?welcome|no matter where you live)\\b");
    /** The longest town name read, in words ("hoo st werburgh"). */
    private static final int MOST_WORDS = 4;

    private TownLimit() {
    }

    /**
     * The towns the description limits the service to, in lower case as written; empty when it names
     * no such limit (most services).
     *
     * @param description the service's {@code eligibility_description}, or null
     * @param isTown      whether words are exactly the name of a town Lantern knows ({@code Gazetteer#namesLocalTown})
     * @param ownAreas    the normalised names of the service's own areas ({@link PlaceAreas#norm}), never a limit
     */
    static Set<String> read(String description, Predicate<String> isTown, Set<String> ownAreas) {
        if (description == null || description.isBlank()) {
            return Set.of();
        }
        String text = description.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        if (OPEN_TO_ALL.matcher(text).find()) {
            return Set.of();
        }
        Set<String> towns = new LinkedHashSet<>();
        Matcher m = FOR_PEOPLE_IN.matcher(text);
        while (m.find()) {
            int at = m.end();
            while (at < text.length()) {
                String town = townAt(text, at, isTown);
                if (town == null) {
                    break;
                }
                if (!ownAreas.contains(PlaceAreas.norm(town))) {
                    towns.add(town);
                }
                at += town.length();
                Matcher join = JOINER.matcher(text.substring(at));
                if (!join.find()) {
                    break;
                }
                at += join.end();
            }
        }
        return towns;
    }

    /** The longest known town name starting at {@code at}, ending at a word boundary; null if none. */
    private static String townAt(String text, int at, Predicate<String> isTown) {
        String[] words = text.substring(at).split("(?=[^a-z'-])", -1);
        // words keeps each separator at the start of the next piece: rebuild up to MOST_WORDS words
        String best = null;
        StringBuilder name = new StringBuilder();
        int taken = 0;
        for (String piece : words) {
            if (taken == MOST_WORDS) {
                break;
            }
            if (!piece.isEmpty() && !piece.matches("[ a-z'-]+") ) {
                break; // punctuation ends a name
            }
            name.append(piece);
            if (piece.isBlank()) {
                continue;
            }
            taken++;
            String candidate = name.toString();
            if (isTown.test(candidate)) {
                best = candidate;
            }
        }
        return best;
    }
}
