package uk.lantern.directory.signpost;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.TaxonomyTerm;

/**
 * The towns an {@code eligibility_description} limits a service to, beside its HSDS service areas:
 * "Older or disabled people in Rochester and Strood" is for people living in Rochester or Strood,
 * though its service area is all of Medway. Read once at import ({@link #recorded}, from
 * {@link Eligibility#recorded}) and stored with the service as {@value #TAXONOMY_ID} terms, beside the
 * groups read from its words: kept in the index's own field for Lantern's reading, never in the record
 * as sent, and read again from the database's records whenever the index is rebuilt. Signposting uses
 * the stored towns ({@link #stored}); it no longer reads the words each time a service is judged
 * (round 15: the reading was per judgement until then).
 *
 * <p>A limit is a town the gazetteer knows (the shipped list: Medway's towns) after words that say
 * who the service is for: "living in", "who live in", "residents of", "resident in", or "in" right
 * after a word for people ("people in", "carers in", "those in"). Towns joined by "and", "or", "&amp;"
 * or commas are all named ("in Rochester and Strood" is either town). Since round 15 also a town
 * after words for the area a service covers ("for the Strood area", "covering Gillingham &amp; Rainham",
 * "serving Rochester", "for Strood") and a description that starts with its towns and says they are
 * its area ("Strood and surrounding villages", "Rainham area only", "Chatham residents"). Not a limit: where the service
 * meets or is based ("meets in Rochester", "based in Strood"), a town that is one of the service's own
 * areas (the "Medway" of "Women living in Medway", which its area already says), and a description
 * that opens the service to everyone ("open to all", "everyone welcome").
 */
public final class TownLimit {
    /** Taxonomy of the terms that record the towns, one term per town, its code the town in lower case. */
    public static final String TAXONOMY_ID = "lantern-town-limit";
    /** Words that say who the service is for, then the place they live in. */
    private static final Pattern FOR_PEOPLE_IN = Pattern.compile("\\b(?:living in|who (?:lives?|are living) in"
            + "|that lives? in|residing in|residents? (?:of|in)|(?:people|persons?|person|those|anyone|adults|families"
            + "|carers|men|women|households|folk|residents) (?:from|in)) (?:the )?(?=[a-z])");
    /** Towns joined in a list: "rochester and strood", "chatham, gillingham or rainham". */
    private static final Pattern JOINER = Pattern.compile("^\\s*(?:,\\s*(?:and |or )?|and |or |& |\\+ )\\s*");
    /** Words for the area a service covers, then its towns: "for the strood area", "covering gillingham". */
    private static final Pattern COVERING = Pattern.compile("\\b(?:for|cover|covering|covers|serving|serves|across"
            + "|throughout|within) (?:the )?(?:whole of |towns of |town of )?(?=[a-z])");
    /** What must follow a town read after bare "for" or "within": nothing else, or its area ("for strood[.]"). */
    private static final Pattern AREA_AFTER = Pattern.compile("^(?:'s?)?(?: (?:area|areas|district|town|towns"
            + "|residents|and (?:the )?surrounding|and nearby|and district|only|$)\\b|\\s*[.;,]|\\s*$)");
    /** A description that starts with its towns, then says they are its area: "strood and surrounding villages". */
    private static final Pattern STARTS_WITH_AREA = Pattern.compile("^(?:the )?(?=[a-z])");
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
            list(text, m.end(), isTown, ownAreas, false, towns);
        }
        Matcher covering = COVERING.matcher(text);
        while (covering.find()) {
            // "for" and "within" name an area only when the town ends the clause or says "area" after it
            boolean needsArea = covering.group().startsWith("for ") || covering.group().startsWith("within ");
            list(text, covering.end(), isTown, ownAreas, needsArea, towns);
        }
        Matcher start = STARTS_WITH_AREA.matcher(text);
        if (start.find()) {
            list(text, start.end(), isTown, ownAreas, true, towns);
        }
        return towns;
    }

    /**
     * Adds the towns of the list starting at {@code at} ("rochester and strood"); with {@code needsArea},
     * only when the list ends the clause or is followed by words for an area ({@link #AREA_AFTER}).
     */
    private static void list(String text, int at, Predicate<String> isTown, Set<String> ownAreas, boolean needsArea,
                             Set<String> towns) {
        Set<String> read = new LinkedHashSet<>();
        while (at < text.length()) {
            String town = townAt(text, at, isTown);
            if (town == null) {
                break;
            }
            if (!ownAreas.contains(PlaceAreas.norm(town))) {
                read.add(town);
            }
            at += town.length();
            Matcher join = JOINER.matcher(text.substring(at));
            if (!join.find() || townAt(text, at + join.end(), isTown) == null) {
                break;
            }
            at += join.end();
        }
        if (!needsArea || AREA_AFTER.matcher(text.substring(at)).find()) {
            towns.addAll(read);
        }
    }

    /**
     * The service with the towns its {@code eligibility_description} limits it to recorded as
     * {@value #TAXONOMY_ID} terms (description {@link Eligibility#FROM_DESCRIPTION}), read with the
     * shipped towns ({@link Gazetteer#namesShippedTown}); unchanged when it names none or they are
     * already recorded. Run once at import and when the index is rebuilt from the database.
     */
    static Service recorded(Service s) {
        if (s.eligibilityDescription() == null || s.otherTerms().stream().anyMatch(t -> TAXONOMY_ID.equals(t.taxonomyId()))) {
            return s;
        }
        Set<String> own = new java.util.HashSet<>();
        s.serviceAreas().forEach(a -> own.add(PlaceAreas.norm(a.name())));
        Set<String> towns = READ.get(new Words(s.eligibilityDescription(), Set.copyOf(own)),
                w -> java.util.Collections.unmodifiableSet(read(w.description(), Gazetteer::namesShippedTown, w.ownAreas())));
        return towns.isEmpty() ? s : s.withTerms(towns.stream().map(TownLimit::term).toList());
    }

    /** A description and the service's own areas: all the reading of {@link #recorded} depends on. */
    private record Words(String description, Set<String> ownAreas) {
    }

    /** Each distinct description (with its areas) read once, as {@link Eligibility} keeps its groups (issue 12, round 16). */
    private static final Cache<Words, Set<String>> READ = Caffeine.newBuilder().maximumSize(20_000).build();

    /** The towns recorded for the service at import ({@link #recorded}), in lower case; empty for none. */
    static Set<String> stored(Service s) {
        Set<String> towns = null;
        for (TaxonomyTerm t : s.otherTerms()) {
            if (TAXONOMY_ID.equals(t.taxonomyId()) && t.code() != null) {
                if (towns == null) {
                    towns = new LinkedHashSet<>();
                }
                towns.add(t.code());
            }
        }
        return towns == null ? Set.of() : towns;
    }

    /**
     * The term that records one town, as {@link #recorded} adds it; for the index, which keeps the
     * town beside the record and makes the term again when it reads the service back.
     *
     * @param town a town in lower case ("strood")
     */
    public static TaxonomyTerm term(String town) {
        return new TaxonomyTerm(town, town, PlaceAreas.title(town), Eligibility.FROM_DESCRIPTION, TAXONOMY_ID);
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
