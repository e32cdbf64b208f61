package uk.lantern.directory.geo;

import java.util.ArrayList;
import java.util.List;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a place is read from what a person typed: odd spaces made plain, a postcode found among other
 * words and with the usual slips mended (letter O for zero, I or l for one), then a sector, then a
 * district; failing those the words that may name a town, and whether the text gives a place at all.
 * Measured by the place-reading corpus (knowledge-base/src/test/resources/places/, docs/places.md).
 */
final class PlaceWords {
    /** The 124 postcode areas of the UK and Crown dependencies (Royal Mail), so "now one" is never a postcode. */
    static final Set<String> AREAS = PostcodeDistricts.AREAS;
    /** Counties and nations people add after a town; a county not matching any namesake means "not known". */
    static final Set<String> COUNTIES = Set.of("kent", "medway", "essex", "surrey", "sussex", "east sussex",
            "west sussex", "london", "greater london", "hampshire", "berkshire", "buckinghamshire", "oxfordshire",
            "hertfordshire", "bedfordshire", "cambridgeshire", "norfolk", "suffolk", "lincolnshire",
            "northamptonshire", "leicestershire", "rutland", "nottinghamshire", "derbyshire", "staffordshire",
            "shropshire", "cheshire", "lancashire", "cumbria", "northumberland", "durham", "county durham",
            "tyne and wear", "north yorkshire", "south yorkshire", "west yorkshire", "east riding of yorkshire",
            "yorkshire", "merseyside", "greater manchester", "west midlands", "warwickshire", "worcestershire",
            "herefordshire", "gloucestershire", "wiltshire", "dorset", "somerset", "devon", "cornwall", "bristol",
            "isle of wight", "england", "wales", "scotland", "northern ireland", "uk", "united kingdom", "gb",
            "great britain", "britain");
    /**
     * Local authorities near the shipped area and in London, as the ONS names them (Local Authority Districts,
     * April 2023): a town qualified by one that is not its own ("Rainham, Havering" is London's Rainham, not
     * Medway's) is not the shipped town. Several are towns too (Maidstone, Dartford); after "near" they choose
     * nothing ("Chatham, near Maidstone" is Chatham).
     */
    static final Set<String> LOCAL_AUTHORITIES = Set.of("barking and dagenham", "barnet", "bexley", "brent",
            "bromley", "camden", "city of london", "croydon", "ealing", "enfield", "greenwich", "hackney",
            "hammersmith and fulham", "haringey", "harrow", "havering", "hillingdon", "hounslow", "islington",
            "kensington and chelsea", "kingston upon thames", "lambeth", "lewisham", "merton", "newham", "redbridge",
            "richmond upon thames", "southwark", "sutton", "tower hamlets", "waltham forest", "wandsworth",
            "westminster", "london borough of havering", "ashford", "canterbury", "dartford", "dover",
            "folkestone and hythe", "gravesham", "maidstone", "sevenoaks", "swale", "thanet", "tonbridge and malling",
            "tunbridge wells", "thurrock", "southend on sea", "southend", "basildon", "braintree", "brentwood",
            "castle point", "chelmsford", "colchester", "epping forest", "harlow", "maldon", "rochford", "tendring",
            "uttlesford");
    /**
     * Round 18 (a22): towns beside the namesakes elsewhere of the shipped towns (Gillingham in Dorset and Norfolk,
     * Rainham in Havering and Essex, Stroud in Gloucestershire, Hoo in Suffolk, Rochester and Chatham abroad), as
     * people place them: "Gillingham near Shaftesbury" is Dorset's, not Medway's.
     */
    static final Set<String> NAMESAKES_NEIGHBOURS = Set.of("shaftesbury", "sherborne", "blandford", "blandford forum",
            "wincanton", "mere", "salisbury", "yeovil", "sturminster newton", "motcombe", "bourton", "dorchester",
            "beccles", "bungay", "lowestoft", "norwich", "dagenham", "hornchurch", "romford", "upminster", "purfleet",
            "aveley", "grays", "ilford", "wennington", "gloucester", "cheltenham", "stonehouse", "nailsworth",
            "cirencester", "woodbridge", "ipswich", "buffalo", "syracuse", "minneapolis", "boston", "cape cod",
            "windsor ontario", "london ontario", "detroit");
    /** "near Shaftesbury", "nr Romford", "just outside Yeovil", "not far from Beccles", "close to Cheltenham". */
    private static final Pattern NEAR_NAMED = Pattern.compile("\\b(?:near|nr\\.?|outside|just outside|not far from|"
            + "close to|by|between)\\s+([a-z][a-z ]*?)(?=\\s*(?:[,;.!)]|$|\\s+(?:and|in|on|way|direction)\\b))",
            Pattern.CASE_INSENSITIVE);

    /**
     * The town beside a shipped town's namesake that the text places the person near ("Gillingham near
     * Shaftesbury" gives "shaftesbury"), or null when there is none.
     */
    static String namesakesNeighbour(String plain) {
        Matcher m = NEAR_NAMED.matcher(plain.toLowerCase(java.util.Locale.UK));
        while (m.find()) {
            String named = m.group(1).strip();
            if (NAMESAKES_NEIGHBOURS.contains(named)) {
                return named.substring(0, 1).toUpperCase(java.util.Locale.UK) + named.substring(1);
            }
        }
        return null;
    }

    /** Nations and the kingdom say nothing about which namesake is meant. */
    static final Set<String> NATIONS = Set.of("england", "wales", "scotland", "northern ireland", "uk",
            "united kingdom", "gb", "great britain", "britain");

    /** A full postcode: area letters, a space only before a real digit ("ME 7 1AA"), the rest of the outward code. */
    private static final Pattern FULL = Pattern.compile(
            "(?<![A-Z0-9])([A-Z]{1,2})(?: (?=[0-9]))?([0-9OIL])([A-Z0-9]?)[ -]?([0-9OILS])([A-Z]{2})(?![A-Z0-9])");
    /** A sector; one letter of the unit after it ("ME7 1A") is a unit begun and not finished, read as no sector. */
    private static final Pattern SECTOR = Pattern.compile(
            "(?<![A-Z0-9])([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9OIL])([A-Z]?)(?![A-Z0-9])");
    /**
     * Capitals in no postcode area's shape, then a district's number, as the whole text ("MEZ 1", "MMY 7 2"): a
     * postcode attempted, not known, never no place.
     */
    private static final Pattern AREA_SHAPE = Pattern.compile("[A-Z]{3,4} ?[0-9]{1,2}(?: [0-9][A-Z]{0,2})?");
    private static final Pattern DISTRICT = Pattern.compile("(?<![A-Z0-9])([A-Z]{1,2}[0-9][A-Z0-9]?)(?![A-Z0-9])");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\u2060\\uFEFF]+");
    /** A district with a zero before its digit ("ME07" is ME7): no UK district is written so. */
    private static final Pattern LEADING_ZERO = Pattern.compile("^([A-Z]{1,2})0([0-9])$");
    /** Letters in the two last places of a postcode: every letter but C, I, K, M, O and V (Royal Mail). */
    private static final String UNIT_LETTERS = "[ABD-HJLNP-UW-Z]";
    private static final Pattern UNIT = Pattern.compile(UNIT_LETTERS + "{2}");
    /**
     * A place corrected or denied after the one meant ("ME4 4TR not ME4 4RT", "Gillingham, not the one in
     * Dorset"): "not" (or "rather than", "instead of") before a name or code, to the end of its clause.
     */
    private static final Pattern NOT_THIS = Pattern.compile("\\b(?i:not|rather than|instead of) "
            + "(?:the one (?:in|at|near) |the (?=[A-Z][a-z]+ one\\b))?(?=[A-Z])[^,;]*");
    /** A move already made ("I moved to ME7 1AB", "but moved to Chatham"): where the person lives now. */
    private static final Pattern MOVED_TO = Pattern.compile("^.*?\\b(?:moved|relocated)"
            + "(?: (?!to\\b|into\\b)[\\w'\u2019]+){0,5}? (?:to|into) ",
            Pattern.CASE_INSENSITIVE);
    /**
     * A correction after the place first typed ("ME7 1AB, no sorry, ME7 1LX", "strood I mean rochester", "ME8
     * actually no ME7"), or a reply opening with the place denied ("not chatham, gillingham"): what follows the
     * last one is what the person meant, when it names a place.
     */
    private static final Pattern CORRECTION = Pattern.compile("(?:,\\s*well\\b(?=[^,;.]*\\breally\\s*$)|"
            // round 19 (a23): "Chatham, well Lordswood really": the place put more exactly, at the end
            + "\\b(?:no|nope|sorry|oops|wait|actually|i mean|"
            + "i meant|scratch that|correction|hang on|hold on)\\b|^not (?!far\\b|sure\\b|really\\b|much\\b|quite\\b)"
            + "[^,;.]+[,;.]"
            // "I put ME4 before, it's ME7", "I typed ME7 1AB earlier, it should be ME7 1LX": what was put first is wrong
            + "|\\b(?:i )?(?:put|typed|said|wrote|gave|entered|sent)\\b[^,;]*?\\b(?:before|earlier|by mistake|wrongly|"
            + "first time|last time)\\b[\\s,;.:!-]*(?:(?:but |and )?(?:it['\u2019]?s|its|it is|it should be|it should "
            + "have been|should be|i meant?|the right one is|the correct one is)\\b)?)"
            + "[\\s,;.:!-]*", Pattern.CASE_INSENSITIVE);

    /**
     * Words by which a person says a place is their own ("I'm in", "I live in", "home is", "I'm from", "born and bred
     * in"; "I'm ME5"): with two different places in one message, the one so marked is the answer.
     */
    private static final Pattern OWN = Pattern.compile("\\b(?:(?:i|we) live(?: (?:in|at|near|just outside|outside))?|"
            + "i['\u2019]?m living in|(?:i['\u2019]?m|im|i am|we['\u2019]re|we are|(?:i|we)(?:['\u2019]ve| have) been) "
            + "(?:now )?(?:settled|living|based|staying) (?:in|at)|mine(?:['\u2019]?s| is)|(?<=[a-z0-9] )is (?:me|mine)|"
            + "(?:that|this)['\u2019]?s me|(?:i['\u2019]?m|im|i am|we['\u2019]re|we are) (?:in|at|from|based in|over in|down in|"
            // "GP in Rochester, me in Strood": "me" opening a clause, then where
            + "up in|near)|(?<![\\w'\u2019] )(?<![\\w'\u2019])me (?:in|at|over in|down in|up in)(?= )|"
            + "i['\u2019]?m(?= [a-z]{1,2}[0-9])|(?:my |our )?home(?:['\u2019]s| is)|born and (?:bred|raised)"
            + "(?: in)?|(?:^|\\b(?:my|our) )(?:post ?code|address)(?:['\u2019]?s| is)|"
            // Round 17: "but my house is ME1 1LS", "Client's own home ME5"
            + "(?:my|our) (?:own )?(?:house|flat|bungalow)(?:['\u2019]s| is)|(?:client|patient|service user)['\u2019]?s? "
            + "own (?:home|house|flat|address)(?: is)?)\\b", Pattern.CASE_INSENSITIVE);
    /** Where a message's clauses part: signs, "but", "whereas", "while", and "and" before a person or a thing of theirs. */
    private static final Pattern PARTS = Pattern.compile("[,;.?!]|\\bbut\\b|\\bwhereas\\b|\\bwhile\\b|"
            + "(?=\\band (?:i|i['\u2019]m|im|we|my|our|home|the|his|her|their)\\b)", Pattern.CASE_INSENSITIVE);
    /** Places offered as alternatives or a list ("Chatham or Gillingham", "ME5 and ME7"). */
    private static final Pattern ALTERNATIVES = Pattern.compile("[,;]|/(?=\\s*[A-Za-z])|\\b(?:or|and|either|not sure which|"
            + "can'?t remember which|one of)\\b", Pattern.CASE_INSENSITIVE);

    /** The clauses of a message, as {@link #PARTS} divides it, trimmed and without empty ones. */
    static List<String> parts(String plain) {
        List<String> parts = new ArrayList<>();
        for (String part : PARTS.split(plain)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** The parts of a message offering alternatives ("Chatham or Gillingham"), trimmed, without empty ones. */
    static List<String> alternatives(String plain) {
        List<String> parts = new ArrayList<>();
        for (String part : ALTERNATIVES.split(plain)) {
            if (!part.replaceAll("[\\W_]", "").isEmpty()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /**
     * Words that say a place IS the person's ("mine's", "is me", "I live", "home is", "my postcode is", "settled in"),
     * as against where they are at ("I'm at the hospital in Gillingham"): only these set aside a bare place before them.
     */
    private static final Pattern OWN_STRONGLY = Pattern.compile("\\b(?:mine|is me|(?:that|this)['\u2019]?s me|live|"
            + "home|house|flat|post ?code|address|settled|based)\\b", Pattern.CASE_INSENSITIVE);

    /** Whether a clause marked as the person's own says the place is theirs, not only where they are at. */
    static boolean ownStrongly(String clause) {
        return own(clause) && OWN_STRONGLY.matcher(clause).find();
    }

    /** Whether a clause says its place is the person's own ("home is ME5", "I'm in Rainham"). */
    static boolean own(String clause) {
        return OWN.matcher(clause).find();
    }

    /** Whether the text speaks of another time than now anywhere ("originally", "used to", "moving"). */
    static boolean otherTime(String plain) {
        return OTHER_TIME.matcher(plain).find() || originThenNow(plain);
    }

    /** A clause saying where the person comes from ("from Glasgow", "I'm from Leeds", "originally Cardiff"). */
    private static final Pattern ORIGIN = Pattern.compile("^\\s*(?:(?:i['\u2019]?m|im|i am|we['\u2019]re|we are)\\s+)?"
            + "(?:originally\\s+)?from\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the text says where the person comes from and, in another clause, where they are now ("from
     * Glasgow, now living in Rochester ME1"): the place they come from is then the past, never their place.
     */
    static boolean originThenNow(String plain) {
        if (!NOW.matcher(plain).find()) {
            return false;
        }
        for (String clause : CLAUSES.split(plain)) {
            if (ORIGIN.matcher(clause).find() && !NOW.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Still living where the person comes from ("I'm from Gillingham originally and still here", "Chatham originally
     * and never left"): the words about staying and "originally", taken out.
     */
    private static final Pattern STILL_THERE = Pattern.compile("(?:[\\s,;.]+(?:and|but)?\\s*)?(?:(?:i['\u2019]?m|im|i am|"
            + "we['\u2019]re|we are|i|we)\\s+)?(?:still (?:here|there|in it|live (?:here|there)|living (?:here|there))|"
            + "never (?:left|moved(?: away)?))\\b[\\s,;.!]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINALLY = Pattern.compile("\\b(?:originally|born and (?:bred|raised)(?: in)?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The place of a text saying the person comes from a place and still lives there, as that place alone
     * ("From Rainham originally, still live there" is "From Rainham"), or null when it does not say so.
     */
    static String stillThere(String plain) {
        Matcher still = STILL_THERE.matcher(plain);
        if (!still.find() || !(ORIGINALLY.matcher(plain).find() || ORIGIN.matcher(plain).find())) {
            return null;
        }
        String rest = ORIGINALLY.matcher(plain.substring(0, still.start())).replaceAll(" ")
                .replaceAll("[\\s,;.]+$", "").replaceAll("\\s+", " ").strip();
        return rest.isEmpty() || NOW.matcher(rest).find() || OTHER_TIME.matcher(rest).find() ? null : rest;
    }

    /** Words that give a clause a role beside its place ("my GP is in", "is where I work", "the family are in"). */
    private static final Set<String> ROLE_WORDS = Set.of("is", "are", "s", "lives", "live", "living", "work", "works",
            "working", "my", "our", "his", "her", "their", "the", "go", "goes", "going", "where", "in", "at", "way",
            "stays", "staying");

    /**
     * Whether a clause is a place and nothing more ("Gillingham ME7 1LX", "Rainham", "ME4"): after a clause
     * marked as the person's own it completes the address or qualifies it, rather than naming another place.
     */
    static boolean bare(String clause) {
        // "ME2.4AT" has no role word "at": a code's letters are not words
        for (String word : clause.toLowerCase(Locale.UK).split("[^a-z0-9]+")) {
            if (ROLE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A clause without the words that mark its place as the person's own ("home is ME5" is "ME5"). */
    static String withoutOwn(String clause) {
        return OWN.matcher(clause).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** What follows the last correction in the text ("ME7 1LX that's the right one"), or null when there is none. */
    static String afterCorrection(String plain) {
        Matcher m = CORRECTION.matcher(plain);
        int end = -1;
        while (m.find()) {
            // a word of apology at the end corrects nothing ("ME5 8TJ... no wait ME5 8TH sorry" is ME5 8TH)
            if (m.end() < plain.length()) {
                end = m.end();
            }
        }
        return end < 0 || end >= plain.length() ? null : plain.substring(end).strip();
    }

    /**
     * A clause about a place the person goes to rather than lives in ("but I come over to Chatham for the groups",
     * "I travel into Chatham most days", "I go to the lunch club in Chatham"): left out when another clause
     * gives where they live.
     */
    private static final Pattern VISIT = Pattern.compile("\\b(?:come|comes|coming|go|goes|get|gets|travel|travels|"
            + "pop|pops|nip|nips|head|heads|drive|drives|walk|walks|commute|commutes|work|works|shop|shops)\\b"
            + "(?: [\\w']+){0,4}? (?:to|into|in)\\b", Pattern.CASE_INSENSITIVE);
    /** When a move was made, after its place ("to Sittingbourne last year", "to ME7 in the spring"). */
    private static final Pattern WHEN = Pattern.compile("\\s+(?:(?:last|this) (?:year|month|week|spring|summer|autumn|"
            + "winter)|in (?:the )?(?:spring|summer|autumn|winter|[a-z]+ (?:ago))|(?:a )?(?:few |couple of )?\\w+ "
            + "(?:years?|months?|weeks?) ago|recently)\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATER = Pattern.compile("\\b(next|soon|will|going to|plan\\w*|hope\\w*|want\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A postcode attempted but malformed beyond mending ("MEE 1AB", "ME 1AB", "ME? 1AB"): letters typed as
     * capitals, perhaps a stray sign, then a well-formed inward code.
     */
    private static final Pattern MALFORMED = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{1,4}[^A-Za-z0-9\\s]?\\s?[0-9]"
            + UNIT_LETTERS + "{2}(?![A-Za-z0-9])");
    /**
     * A district, then three capitals where the inward code belongs ("ME7 ABC", "me8 XYZ please"): a postcode
     * attempted, not the district alone, unless the capitals mend to an inward code ("ME8 OHH" is ME8 0HH).
     */
    private static final Pattern BAD_INWARD = Pattern.compile("(?<![A-Za-z0-9])((?i:[a-z]{1,2})[0-9][A-Za-z0-9]?) "
            + "([A-Z]{3})(?![A-Za-z0-9])");
    /** Three-letter words that may follow a district in a text typed all in capitals ("I'M IN ME7 NOW"). */
    private static final Set<String> CAPITAL_WORDS = Set.of("AND", "THE", "NOW", "TOO", "YES", "PLS", "THX", "LOL",
            "ETC", "ISH", "BUT", "NOT", "FOR", "OFF", "WAY", "END", "BIT");
    /** A foreign postal code given as such ("my zip code is 90210"). */
    private static final Pattern FOREIGN_CODE = Pattern.compile("\\b(zip|zipcode|zip code|postal code|plz|eircode)\\b"
            + "\\D*[0-9]");
    /** Postcode area letters alone, typed as capitals ("ME"): a postcode begun, not a word. */
    private static final Pattern AREA_ALONE = Pattern.compile("^[A-Z]{2}\\W*$");
    /** Clauses about another time than now: where someone lived, was born or is moving to. */
    private static final Pattern OTHER_TIME = Pattern.compile("\\b(used to|was|were|lived|born(?! and (?:bred|raised))|grew up|brought up|"
            + "moving|moved|move|relocated|previously|previous|formerly|former|originally|old (?:address|adress|postcode|post code)|next (week|month|year)|soon|will be|going to|"
            + "any ?more|no longer|(?:i|we|i've|we've) left)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOW = Pattern.compile("\\b(right now|for now|now|nowadays|currently|at the moment|"
            + "at present|these days)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The people a place can belong to instead of the person ("my son", "my sisters", "our in-laws"), one or many,
     * shared by {@link #OTHER_PERSON} and {@link #WITH_SOMEONE_IN}.
     */
    private static final String PEOPLE = "(?:son|daughter|mum|mother|mom|dad|father|parent|sister|brother|friend|"
            + "partner|husband|wife|boyfriend|girlfriend|family|grandson|granddaughter|grandchildren|grandkid|kid|"
            + "children|nan|nana|gran|granny|grandma|grandad|grandpa|aunt|auntie|uncle|cousin|niece|nephew|carer|"
            + "neighbour|in-law)s?";
    private static final Pattern CLAUSES = Pattern.compile("[,;.]|\\bbut\\b|\\bwhereas\\b|(?=\\bnow\\b)|"
            + "(?=\\b(?:near|visiting|staying with) (?:my|our|his|her)\\b)|(?=\\band (?:i |i'm |we )?(?:go|come|get|travel|pop|work|head)\\b)|(?=\\bvisiting\\b)|"
            // "ME5 9QT and my son is round the corner": someone else's clause after "and" is a clause of its own
            + "(?=\\band (?:my|our|his|her|their) (?:\\w+ )?" + PEOPLE + "\\b)|(?<=[a-z]) (?=near [A-Z])",
            Pattern.CASE_INSENSITIVE);
    /**
     * A clause about someone else's place or a visit ("my son lives in Chatham", "visiting my mum in Rochester",
     * "near my sister in Strood"): not where the person lives, so never read as it.
     */
    private static final Pattern OTHER_PERSON = Pattern.compile("\\b(?:(?:(?<!with )(?:my|our|his|her|their) (?:\\w+ )?|^)(?:" + PEOPLE + ")(?:(?:'?s)?(?: (?:lives?|living|is|are|stays?|staying|has moved|moved))? (?:in|at|near|"
            + "down in|up in|over in|round)\\b|'?s (?:postcode|address|house|place|flat|home)\\b"
            // "ME5 is my daughter's": a place said to be someone else's, ending its clause
            + "|(?<=\\bis (?:my|our|his|her|their) (?:\\w{1,20} )?\\w{2,20})['\u2019]s(?=\\s*(?:[,;.!?]|$))"
            // "my son is ME7", "my sister's ME8": someone else's district given straight after them
            + "|(?:'s| is| lives) (?=[a-z]{1,2}[0-9][a-z0-9]?\\b))|visiting|staying with)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Living with someone said after their place ("my son lives in ME8 and I live with him", "and I stay with her"):
     * the person lives where they do.
     */
    private static final Pattern LIVING_WITH = Pattern.compile("(?:[,;.]\\s*|\\s+and\\s+|^)(?:so\\s+)?(?:i|we) "
            + "(?:live|stay|am living|am staying|['\u2019]?m living|['\u2019]?m staying|(?:have )?moved in) with "
            + "(?:him|her|them)\\b[^,;.]*", Pattern.CASE_INSENSITIVE);
    /**
     * Living or staying with someone at their place, said now ("Living with my brother in Twydall", "I'm staying
     * with my sister in Strood for now"): the person is where they are, even when their own home is named too. A
     * clause opening with it only, so "I used to live with my nan in Strood" is not.
     */
    private static final Pattern WITH_SOMEONE_IN = Pattern.compile("(?:^|[,;.]\\s*|\\b(?:but|and|so)\\s+)(?:(?:i|we)"
            + "(?:['\u2019]m|['\u2019]re| am| are)?\\s+)?(?:(?:currently|now|at the moment)\\s+)?(?:living|staying|live|stay)"
            + " with (?:my|our) (?:[a-z]+ )?(?:" + PEOPLE + ")"
            + " (?:in|at|near|over in|down in|up in) ([^,;.]+)", Pattern.CASE_INSENSITIVE);
    /** Between two places ("in between Rochester and Strood", "on the border of Rainham and Gillingham"). */
    private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|border of|borders of) ([^,;.]+?) and "
            + "([^,;.]+)", Pattern.CASE_INSENSITIVE);

    /** Saying a place named is not where the person lives ("but I dont live there", "it's not where I live"). */
    private static final Pattern DENIAL = Pattern.compile("\\b(?:(?:i|we) (?:do ?n['\u2019]?t|do not|never|no longer) "
            + "(?:actually )?live (?:there|here|in it|at it)|(?:it['\u2019]?s |that['\u2019]?s |but )?not where (?:i|we) "
            + "live)\\b[\\s,;.:!-]*", Pattern.CASE_INSENSITIVE);
    /**
     * Living somewhere for a span up to now ("Lived in Rainham 30 years", "I've been in Strood all my life"):
     * where the person lives, unless the text goes on to another time ("...before I moved to Hoo").
     */
    /**
     * Where the person is now, said after a span lived somewhere ("..., now in a care home in Gravesend", "but these
     * days I'm at my son's in Hoo"): the span is then the past, not where they live. "It's still home now" is not.
     */
    private static final Pattern NOW_ELSEWHERE = Pattern.compile(NOW.pattern() + "[^,;.]*?\\b(?:in|at)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a clause may open: after a sign, "but" or "and". */
    private static final Pattern CLAUSE_START = Pattern.compile("[,;.]\\s*|\\b(?:but|and)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIVED_FOR = Pattern.compile("^(?:(?:i|we)(?:['\u2019]ve| have) )?(?:lived|been|"
            + "living) (?:in|at) ([^,;.]+?) (?:for )?(?:(?:(?:over|nearly|almost|about|getting on for) )?(?:[0-9]+|a few|"
            + "a couple of|many|ten|twenty|thirty|forty|fifty|sixty|seventy) (?:years|yrs|year)|all (?:my|our) "
            + "li(?:fe|ves))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The place of the person someone lives with ("My son lives in ME8 and I live with him" is "ME8"), or null
     * when the text does not say they live with the person whose place it names.
     */
    static String livingWith(String plain) {
        Matcher in = WITH_SOMEONE_IN.matcher(plain);
        if (in.find()) {
            return in.group(1).strip(); // "Living with my brother in Twydall, my own flat's in Chatham": Twydall
        }
        Matcher with = LIVING_WITH.matcher(plain);
        if (!with.find()) {
            return null;
        }
        String rest = (plain.substring(0, with.start()) + " " + plain.substring(with.end())).strip();
        if (!OTHER_PERSON.matcher(rest).find()) {
            return null;
        }
        String theirs = OTHER_PERSON.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return theirs.isEmpty() ? null : theirs;
    }

    /** Places that are not a home (a church, office, surgery, club, centre, work, form, letter), as labels name them. */
    private static final String THINGS = "(?:church|chapel|mosque|temple|gurdwara|synagogue|office|offices|surgery|gp|"
            + "doctors?|clinic|practice|hospital|work|workplace|club|centre|center|school|college|library|gym|shop|pub|"
            + "hall|form|letter|bank|charity|group|business|company|solicitors?|council|hub|day centre|lunch club|"
            // Round 17: "My care agency is ME4 4TR": the agency's office, not the person's home
            + "agency|agencies)";
    /**
     * A code said to be a place of something or someone else's ("ME2 4AT is the church I go to", "..., but that's
     * the council office", "ME7 1AB - that's my daughter's"): "is", "that's" or "it's", then the, my, our or a, up to
     * two words, and a place that is not a home (a church, office, surgery, club, centre, work, form, letter) or a
     * person's ("my daughter's").
     */
    private static final Pattern LABELLED = Pattern.compile("(?:\\bis|['\u2019]s|\\bthats|\\bthat is|\\bits|\\bit is)"
            + " (?:the|my|our|a|an|his|her|their) (?:[\\w'\u2019-]+ ){0,2}?(?:" + THINGS + "\\b|(?:" + PEOPLE
            + ")['\u2019]s\\b)", Pattern.CASE_INSENSITIVE);
    /**
     * Something or someone else named as the subject of an aside ("the lunch club I go to", "my GP surgery", "my
     * daughter's", "my friend"): an aside so opened speaks of their place, not the person's.
     */
    private static final Pattern ELSEWHERE = Pattern.compile("^\\W*(?:and |so |but |though )?(?:(?:the|my|our|a|an|his|"
            + "her|their) (?:[\\w'\u2019-]+ ){0,2}?" + THINGS + "\\b|(?:that['\u2019]?s |thats |that is |it['\u2019]?s )?"
            + "(?:my|our|his|her|their) (?:[\\w-]+ )?" + PEOPLE + "\\b)", Pattern.CASE_INSENSITIVE);
    /** An aside: words in round or square brackets, or after a spaced dash to the end ("ME7 2 - the club is ME1 1AA"). */
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)\\]|\\s[-\u2013\u2014]\\s+(.*)$");

    /**
     * An aside speaking of something or someone else's place ("me1 3 (the lunch club I go to is ME2 4AT)", "ME4 4TR
     * - my friend is next door at ME4 4TS", "ME2 4AT (the lunch club I go to)"): the text outside it and the aside,
     * or null when there is no aside or it is about the person ("ME7 1AB (that's my house)", "Strood (ME2)").
     *
     * @return the text outside the aside, the aside, the text before it and the text after it; or null
     */
    static String[] asideElsewhere(String plain) {
        Matcher m = ASIDE.matcher(plain);
        while (m.find()) {
            String inside = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            // ("ME7 1AD - my daughter's, I'm at ME7 1AB": an aside going on to the person's own place is no aside)
            if (ELSEWHERE.matcher(inside).find() && !own(inside)) {
                String outside = (plain.substring(0, m.start()) + " " + plain.substring(m.end())).strip();
                return new String[] {outside, inside.strip(), plain.substring(0, m.start()).strip(),
                    plain.substring(m.end()).strip()};
            }
        }
        return null;
    }

    /**
     * The person's own place given in an aside after someone or something else's ("my son lives at ME7 1AD (I'm at
     * ME7 1AB)", "the club is in Rochester - I live in Gillingham", "my sister lives in Rainham (we're in Hoo)"): the
     * aside, or null when no aside is marked as the person's own or the text outside it is not about someone or
     * something else ("Chatham (I'm in the flats by the station)" stays Chatham).
     */
    static String ownAside(String plain) {
        Matcher m = ASIDE.matcher(plain);
        while (m.find()) {
            String inside = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String outside = (plain.substring(0, m.start()) + " " + plain.substring(m.end())).strip();
            if (own(inside) && (someoneElses(outside) || ELSEWHERE.matcher(outside).find()
                    || LABELLED.matcher(outside).find())) {
                return inside.replaceAll("^\\W*(?:me|and|but|so)\\b\\W*", "").strip();
            }
        }
        return null;
    }

    /**
     * A thing named as the subject of its own full postcode ("the club is ME1 1AA", "my GP is at ME7 1AB", "the day
     * centre I go to is ME5 9QT"): the code is the building's, never the person's. Only a full postcode: a GP's town or
     * district alone is read as the person's, as the older sets label it ("my GP is in Gillingham").
     */
    private static final Pattern THING_SUBJECT = Pattern.compile("^\\W*(?:and |so |but )?"
            // round 18 (a22): "only know the day centre's: ME4 4TR": the thing's code, all the person knows
            + "(?:(?:i )?(?:only |just )?(?:know|have|got) )?(?:the|my|our|a|an|his|her|"
            + "their) (?:[\\w'\u2019-]+ ){0,2}?" + THINGS + "\\b[^,;.]{0,30}?(?:\\bis|\\bare|['\u2019]s:?)"
            + "(?: (?:at|in|on))? (?=\\S)", Pattern.CASE_INSENSITIVE);

    /** Whether a clause gives a thing's full postcode as the thing's ("the lunch club is at ME2 4AT"). */
    static boolean thingsCode(String clause) {
        Matcher m = THING_SUBJECT.matcher(clause);
        return m.find() && postcode(clause.substring(m.end())).filter(Postcode::isFull).isPresent();
    }

    /**
     * A code, "or", then only the part that changes ("ME7 2 or 3", "ME5 8 or maybe 9", "ME7 1AB or 1AD", "ME1 or 2"),
     * not followed by a unit of distance, time or count ("ME7, 2 or 3 minutes from the station" has a comma anyway).
     */
    private static final Pattern SHORT_ALTERNATIVE = Pattern.compile("(?i)\\b([A-Z]{1,2})([0-9][0-9A-Z]?)"
            + "(?: ([0-9])([A-Z]{2})?)? or (?:maybe |perhaps |possibly |it might be |might be )?([0-9][A-Z]{2}|[0-9]{1,2})"
            + "\\b(?! ?(?:min|mins|minutes?|miles?|hours?|doors?|times?|days?|weeks?|months?|years?|yards?|streets?|"
            + "roads?|houses?|stops?|o['\u2019]?clock|am|pm)\\b)");

    /**
     * The text with a second code given in short form written out in full ("ME7 2 or 3" is "ME7 2 or ME7 3", "ME7 1AB
     * or 1AD" is "ME7 1AB or ME7 1AD", "ME1 or 2" is "ME1 or ME2"), or null when there is none. The short form must
     * be the same kind as what it replaces: a sector's digit after a sector, a unit after a full postcode, a district's
     * number after a district.
     */
    static String shortAlternatives(String plain) {
        Matcher m = SHORT_ALTERNATIVE.matcher(plain);
        if (!m.find() || !AREAS.contains(m.group(1).toUpperCase(Locale.UK))) {
            return null;
        }
        String area = m.group(1);
        String district = m.group(2);
        String other = m.group(5);
        String full;
        if (m.group(3) == null && other.matches("[0-9]{1,2}")) {
            full = area + other; // "ME1 or 2": another district of the area
        } else if (m.group(3) != null && m.group(4) == null && other.matches("[0-9]")) {
            full = area + district + " " + other; // "ME7 2 or 3": another sector of the district
        } else if (m.group(4) != null && other.matches("[0-9][A-Za-z]{2}")) {
            full = area + district + " " + other; // "ME7 1AB or 1AD": another postcode of the district
        } else {
            return null;
        }
        return plain.substring(0, m.end(5) - other.length()).replaceAll("(?i)(or )(?:maybe |perhaps |possibly |it might "
                + "be |might be )?$", "$1") + full + plain.substring(m.end(5));
    }

    /** An amount given as a range ("2 or 3 minutes", "one or two miles"): the first number and "or" go. */
    private static final Pattern RANGE = Pattern.compile("(?i)\\b(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|"
            + "nine|ten|twenty) or (?=(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) "
            + "(?:min|mins|minutes?|miles?|hours?|doors?|stops?|streets?|roads?|yards?)\\b)");

    /** The text with every amount given as a range made one amount ("2 or 3 minutes" is "3 minutes"). */
    static String withoutRanges(String plain) {
        return RANGE.matcher(plain).replaceAll("");
    }

    /** An aside that only names what a place before it is ("the lunch club I go to", "that's my daughter's"). */
    private static final Pattern LABEL_ASIDE = Pattern.compile("^\\W*(?:that['\u2019]?s |thats |it['\u2019]?s |its |is )?"
            + "(?:the|my|our|a|an|his|her|their) (?:[\\w'\u2019-]+ ){0,2}?(?:" + THINGS + "\\b|(?:" + PEOPLE
            + ")['\u2019]s\\b)(?!.*\\b(?:is|are|was|were)\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an aside only names what the code just before it is ("ME2 4AT (the lunch club I go to)"); a town
     * before it is not labelled so ("Gillingham (the hospital)" is where the hospital is).
     */
    static boolean labelAside(String before, String aside) {
        return LABEL_ASIDE.matcher(aside).find() && postcode(before).isPresent();
    }

    /** A clause opening with someone else ("and my son is a few doors down", "my friend's next door"). */
    private static final Pattern OPENS_WITH_PERSON = Pattern.compile("^\\W*(?:and |so |but )?(?:my|our|his|her|their) "
            + "(?:[\\w-]+ )?" + PEOPLE + "\\b", Pattern.CASE_INSENSITIVE);

    /** Whether a clause is about someone else ("my son lives in Chatham", "and my son is a few doors down"). */
    static boolean someoneElses(String clause) {
        return aboutSomeoneElse(clause) || OPENS_WITH_PERSON.matcher(clause).find();
    }

    /**
     * A place given by a source other than the person ("the post office says Rochester", "my letters say Rainham",
     * "the council calls it Rochester"): beside a place the person gives unmarked, they are not sure which.
     */
    private static final Pattern SOURCE_SAYS = Pattern.compile("\\b(?:post office|post|postman|postie|royal mail|"
            + "council|letters?|forms?|bills?|map|maps|sat ?nav|google|address|envelopes?|paperwork)\\b[^,;.]*?"
            + "\\b(?:says?|said|calls? it|called it|puts?|put it|has it|have it|gives?|lists? it)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether a clause gives a place as a source's word, not the person's ("though the post office says Rochester"). */
    static boolean sourceSays(String clause) {
        return SOURCE_SAYS.matcher(clause).find();
    }

    /**
     * The text without a code said to be a place of something or someone else's and the clause saying so ("ME2 4AT
     * is the church I go to, I don't want to give my own" is "I don't want to give my own"; "The form says ME4 4TR
     * but thats the council office, I actually live in Luton" is "I actually live in Luton"), or null when no code
     * is so labelled. The label stands in the code's clause or the clause straight after it.
     */
    static String labelledElsewhere(String plain) {
        List<String> parts = parts(plain);
        for (int i = 0; i < parts.size(); i++) {
            if (thingsCode(parts.get(i))) {
                // "the club is ME1 1AA and it's round the corner": the thing's own code, in its own clause
                List<String> rest = new ArrayList<>(parts.subList(0, i));
                rest.addAll(parts.subList(i + 1, parts.size()));
                return String.join(", ", rest);
            }
            if (!LABELLED.matcher(parts.get(i)).find()) {
                continue;
            }
            int from = postcode(parts.get(i)).isPresent() ? i
                    : i > 0 && postcode(parts.get(i - 1)).isPresent() ? i - 1 : -1;
            if (from < 0) {
                continue;
            }
            List<String> rest = new ArrayList<>(parts.subList(0, from));
            rest.addAll(parts.subList(i + 1, parts.size()));
            return String.join(", ", rest);
        }
        return null;
    }

    /**
     * A part of a wide area ("Medway. The Rochester end", "Kent, the Strood side"): the area and the part's name,
     * or null. The caller takes the part when the first is an area and the part a place in it.
     */
    private static final Pattern PART_OF = Pattern.compile("^(.+?)[\\s,.;:!-]+(?:(?:the|at the|on the|in the) )?"
            + "([A-Za-z][A-Za-z' ]*?) (?:end|side|part|bit|edge)(?: of (?:things|it|town|the town|the area))?\\W*$",
            Pattern.CASE_INSENSITIVE);

    static String[] partOf(String plain) {
        Matcher m = PART_OF.matcher(plain);
        return m.matches() ? new String[] {m.group(1).strip(), m.group(2).strip()} : null;
    }

    /**
     * A sector, then x's in small letters where the unit's two letters go ("me7 2xx", "ME8 0xx", "me1 1x x"): the
     * person keeps back or does not know the end. In capitals ("ME14 1XX") XX is a unit like any other and is read.
     */
    private static final Pattern PLACEHOLDER_UNIT = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][A-Za-z0-9]? [0-9])"
            + " ?x ?x(?![A-Za-z0-9])");

    /** An inward code standing alone ("9EW"), as the second half of a code given in two halves; not "5th". */
    private static final Pattern INWARD_ALONE = Pattern.compile("(?<![A-Z0-9])([0-9]" + UNIT_LETTERS + "{2})(?![A-Z0-9])");
    private static final Pattern ORDINAL = Pattern.compile("[0-9](?:ST|ND|RD|TH)");

    /**
     * A code given in two halves with words between them ("The first bit is ME5 and the second bit is 9EW", "first
     * part ME7, second part 1AB"): one district, then later an inward code standing alone and ending the text; as
     * one postcode, or empty.
     */
    static Optional<Postcode> halves(String plain) {
        String known = PLACEHOLDER_UNIT.matcher(plain).replaceAll("$1"); // "me7 2xx" gives no second half
        String upper = ROAD.matcher(known.toUpperCase(Locale.ROOT)).replaceAll(" ");
        Matcher district = DISTRICT.matcher(upper);
        if (!district.find() || !area(district.group(1)) || !districtExists(withoutLeadingZero(district.group(1)))) {
            return Optional.empty();
        }
        Matcher inward = INWARD_ALONE.matcher(upper);
        if (!inward.find(district.end()) || ORDINAL.matcher(inward.group(1)).matches()
                || !upper.substring(inward.end()).matches("\\W*")) {
            return Optional.empty();
        }
        return Optional.of(new Postcode(withoutLeadingZero(district.group(1)), inward.group(1)));
    }

    /** Letters' names as said aloud ("em", "ee", "ay", "bee"), to their letters. */
    private static final java.util.Map<String, String> LETTER_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("ay", "A"), java.util.Map.entry("bee", "B"), java.util.Map.entry("cee", "C"),
            java.util.Map.entry("see", "C"), java.util.Map.entry("dee", "D"), java.util.Map.entry("ee", "E"),
            java.util.Map.entry("ef", "F"), java.util.Map.entry("eff", "F"), java.util.Map.entry("gee", "G"),
            java.util.Map.entry("aitch", "H"), java.util.Map.entry("haitch", "H"), java.util.Map.entry("jay", "J"),
            java.util.Map.entry("kay", "K"), java.util.Map.entry("el", "L"), java.util.Map.entry("ell", "L"),
            java.util.Map.entry("em", "M"), java.util.Map.entry("en", "N"), java.util.Map.entry("pee", "P"),
            java.util.Map.entry("cue", "Q"), java.util.Map.entry("ar", "R"), java.util.Map.entry("es", "S"),
            java.util.Map.entry("ess", "S"), java.util.Map.entry("tee", "T"), java.util.Map.entry("vee", "V"),
            java.util.Map.entry("ex", "X"), java.util.Map.entry("wye", "Y"), java.util.Map.entry("zed", "Z"));
    /** Number words, to digits: one digit, or a district's number said whole ("fourteen"). */
    private static final java.util.Map<String, String> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("zero", "0"), java.util.Map.entry("nought", "0"), java.util.Map.entry("one", "1"),
            java.util.Map.entry("two", "2"), java.util.Map.entry("three", "3"), java.util.Map.entry("four", "4"),
            java.util.Map.entry("five", "5"), java.util.Map.entry("six", "6"), java.util.Map.entry("seven", "7"),
            java.util.Map.entry("eight", "8"), java.util.Map.entry("nine", "9"), java.util.Map.entry("ten", "10"),
            java.util.Map.entry("eleven", "11"), java.util.Map.entry("twelve", "12"), java.util.Map.entry("thirteen", "13"),
            java.util.Map.entry("fourteen", "14"), java.util.Map.entry("fifteen", "15"),
            java.util.Map.entry("sixteen", "16"), java.util.Map.entry("seventeen", "17"),
            java.util.Map.entry("eighteen", "18"), java.util.Map.entry("nineteen", "19"),
            java.util.Map.entry("twenty", "20"));

    /**
     * A code spelt out in words ("em ee seven one ay bee", "ME seven", "m e two four a t"): the whole text is letters'
     * names, single letters, area letters typed as capitals and number words or digits, with at least one number
     * word, and its letters before the first number are a postcode area. Returned as its characters spaced apart
     * ("M E 7 1 A B"), to be read by the spaced-out rule (so "ME one four", ME14 or ME1 4, is asked, never guessed);
     * null when the text is not one. "give me five" and "I'm seventy one" are sentences, not codes.
     */
    static String spelt(String plain) {
        String text = END_SIGNS.matcher(plain.strip()).replaceAll("").strip();
        text = text.replaceFirst("(?i)^(?:(?:my )?post ?code(?: is)?:?|it['\u2019]?s|it is) +", "");
        if (text.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean numberWord = false;
        for (String token : text.split("[\\s,]+")) {
            String lower = token.toLowerCase(Locale.UK);
            if (NUMBER_WORDS.containsKey(lower)) {
                String number = NUMBER_WORDS.get(lower);
                if (!out.isEmpty() && out.getLast().equals("20") && number.length() == 1 && !number.equals("0")) {
                    out.set(out.size() - 1, "2" + number); // "twenty five" is 25, no district and its sector
                } else {
                    out.add(number);
                }
                numberWord = true;
            } else if (LETTER_NAMES.containsKey(lower)) {
                out.add(LETTER_NAMES.get(lower));
            } else if (token.matches("[A-Za-z]|[0-9]") || token.matches("[A-Z]{2}") && AREAS.contains(token)
                    // "me five", "Me eight": area letters in any case opening a reply that is all a code
                    || out.isEmpty() && token.matches("[A-Za-z]{2}") && AREAS.contains(token.toUpperCase(Locale.ROOT))) {
                out.addAll(List.of(token.toUpperCase(Locale.ROOT).split("")));
            } else {
                return null;
            }
        }
        StringBuilder area = new StringBuilder();
        for (String c : out) {
            if (!c.matches("[A-Z]")) {
                break;
            }
            area.append(c);
        }
        return numberWord && AREAS.contains(area.toString()) ? String.join(" ", out) : null;
    }

    /**
     * Around a place denied as home: the text before the denial and the text after it ("ME4 4TR is the info
     * centre I use", "I'm in Wigmore"), or null when there is no denial.
     */
    static String[] denied(String plain) {
        Matcher m = DENIAL.matcher(plain);
        return m.find() ? new String[] {plain.substring(0, m.start()).strip(), plain.substring(m.end()).strip()} : null;
    }

    /**
     * The text with a span of living somewhere up to now said as living there ("Lived in Rainham 30 years, my
     * carer..." is "I live in Rainham, my carer..."), also after clauses only about the past ("born in Gillingham,
     * lived in Rainham 30 years" is "I live in Rainham", the past left out), or null when there is no such span
     * or the text goes on to another time.
     */
    static String livedFor(String plain) {
        Matcher m = LIVED_FOR.matcher(plain);
        boolean found = m.find();
        // "born in Gillingham, lived in Rainham 30 years": a span up to now after clauses about the past only
        for (Matcher clause = CLAUSE_START.matcher(plain); !found && clause.find(); ) {
            String before = plain.substring(0, clause.start());
            if ((OTHER_TIME.matcher(before).find() || ORIGIN.matcher(before).find())
                    && !OTHER_PERSON.matcher(before).find()) {
                found = m.region(clause.end(), plain.length()).find();
            }
        }
        if (!found || OTHER_TIME.matcher(plain.substring(m.end())).find()
                || NOW_ELSEWHERE.matcher(plain.substring(m.end())).find()) {
            return null;
        }
        return "I live in " + m.group(1) + plain.substring(m.end());
    }

    /** The two places a text says the person is between ("between Rochester and Strood"), or null. */
    /** Round 17: a place marked as the person's by an aside after it: "ME7 1LX (mine) ME7 1AB (my mum's)". */
    private static final Pattern MINE_ASIDE = Pattern.compile("([^,;.()]+?)\\s*\\((?:that['\u2019]?s |thats |it['\u2019]?s |its )?"
            + "(?:mine|me|my own|my (?:own )?(?:house|home|flat|address)|home)\\)", Pattern.CASE_INSENSITIVE);

    /** The place just before an aside saying it is the person's ("ME7 1LX (mine)"), or null. */
    static String markedMine(String plain) {
        Matcher m = MINE_ASIDE.matcher(plain);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * Round 17: a move still to come, "moving from Strood to Hoo next month": the person lives where they move from.
     * A move already made ("moved from Strood to Hoo") is left to {@link #current}.
     */
    private static final Pattern MOVING_FROM = Pattern.compile("\\b(?:moving|going to move|about to move|due to move"
            + "|will be moving|to move)(?: house| home)? from ([^,;.]+?) to [^,;.]+", Pattern.CASE_INSENSITIVE);

    /** The place a move still to come starts from ("moving from Strood to Hoo next month" is Strood), or null. */
    static String movingFrom(String plain) {
        Matcher m = MOVING_FROM.matcher(plain);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * Round 17: answering for someone else ("I'm filling this in for dad, he's ME1 1LS, I'm in London"): the person
     * being screened is the one the form is for, so their place is the answer.
     */
    private static final Pattern FILLING_IN_FOR = Pattern.compile("\\b(?:filling (?:this|it) (?:in|out)|doing (?:this|it)"
            + "|answering(?: this)?|on behalf of) for (?:my |our )?(?:[\\w-]+ )?" + PEOPLE + "\\b|\\bon behalf of (?:my |our )?"
            + PEOPLE + "\\b", Pattern.CASE_INSENSITIVE);
    /** Their place, said of them: "he's ME1 1LS", "she lives in Strood", "his postcode is ME5 9QT". */
    private static final Pattern THEIR_PLACE = Pattern.compile("\\b(?:he['\u2019]?s|she['\u2019]?s|he is|she is|he lives|"
            + "she lives|his is|hers is|her(?:s)? is|(?:his|her) (?:post ?code|address|house|home)(?: is|['\u2019]s)?)"
            + "(?: (?:in|at))? ([^,;.]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Round 19 (a23): a place only compared with ("nearer Rochester than anywhere", "closer to Chatham than
     * Gillingham"), to the end of its clause.
     */
    private static final Pattern COMPARISON = Pattern.compile("[,;]?\\s*\\b(?:nearer|closer|nearest|closest)(?: to)? "
            + "[^,;.]*?\\bthan\\b[^,;.]*", Pattern.CASE_INSENSITIVE);

    /** The text without a place only compared with, when it has one and something is left; else null. */
    static String withoutComparison(String plain) {
        Matcher m = COMPARISON.matcher(plain);
        if (!m.find()) {
            return null;
        }
        String left = (plain.substring(0, m.start()) + plain.substring(m.end())).strip();
        return left.isEmpty() || left.equals(plain) ? null : left;
    }

    /** What the person being answered for gives as their place, or null when the text is not answered for another. */
    static String answeredFor(String plain) {
        if (!FILLING_IN_FOR.matcher(plain).find()) {
            return null;
        }
        Matcher m = THEIR_PLACE.matcher(plain);
        return m.find() ? m.group(1).strip() : null;
    }

    /**
     * Round 17: living in a home of care or sheltered housing and giving its code ("I live at the Elms care home,
     * their postcode is ME1 1LS"): the home's code is the person's.
     */
    private static final Pattern HOME_ITS_CODE = Pattern.compile("\\b(?:i|we) (?:live|am|['\u2019]m|m)(?: living)? (?:in|at) "
            + "[^,;.]*?\\b(?:care home|nursing home|residential home|retirement (?:home|flats?|village)|sheltered "
            + "(?:housing|flats?|accommodation)|home)\\b[^,;.]*[,;.]?\\s*(?:and |so )?(?:their|its|it['\u2019]?s|the home['\u2019]?s|"
            + "the) (?:post ?code|address)(?: is|['\u2019]s)? ([^,;.]+)", Pattern.CASE_INSENSITIVE);

    /** The code of the home the person lives in, as they give it, or null. */
    static String homesCode(String plain) {
        Matcher m = HOME_ITS_CODE.matcher(plain);
        return m.find() ? m.group(1).strip() : null;
    }

    static String[] between(String plain) {
        Matcher m = BETWEEN.matcher(plain);
        return m.find() ? new String[] {m.group(1).strip(), m.group(2).strip()} : null;
    }

    /** Whether the text speaks of someone else's place or a visit ("my daughter lives in ME5"). */
    static boolean aboutSomeoneElse(String plain) {
        return OTHER_PERSON.matcher(plain).find();
    }
    /**
     * Round 20 (a24): a code said to be his, her or their own, pointing back to someone named before it ("send it to
     * my carer, her postcode is ME8 7HP"): that person's place, not the person's. Not a home's ("I'm in Pine Lodge
     * care home, their postcode is ...", {@link #homesCode}).
     */
    private static final Pattern THEIR_CODE = Pattern.compile("\\b(?:his|her|their) (?:post ?code|address|pc)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Someone named whom "his", "her" or "their" may point back to ("my carer", "our neighbour"). */
    private static final Pattern PERSON_NAMED = Pattern.compile("\\b(?:my|our) (?:\\w+ )?" + PEOPLE + "\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Where someone else's code is the person's too: they live or stay with them ("I live with my son, his postcode
     * is ...", "staying at my sister's ..., her postcode is ..."), or someone types for them ("I'm filling this in for my mum, her postcode is ...").
     */
    private static final Pattern NOT_THEIRS_ALONE = Pattern.compile("\\b(?:live|lives|living|stay|stays|staying|"
            + "moved in|move in|am) (?:with|at (?:my|our|his|her|their))\\b|\\bfor (?:him|her|them)\\b|\\bon (?:his|her|their) behalf\\b|\\bfilling\\b"
            + "|\\bclient|\\bdoing this for\\b|\\bhelping (?:him|her|them|my|our)\\b", Pattern.CASE_INSENSITIVE);
    /** A clause placing somewhere near another ("near Chatham", "close to Rochester"). */
    private static final Pattern NEAR_CLAUSE = Pattern.compile("^\\s*(?:near|nr|close to|not far from)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Places abroad people add after a town ("Rochester, New York"): the town is then not the local one. */
    static final Set<String> ABROAD = Set.of("new york", "ny", "usa", "us", "america", "united states", "canada",
            "ontario", "minnesota", "new jersey", "california", "texas", "florida", "australia", "new zealand",
            "france", "spain", "germany", "poland", "india", "jamaica", "nigeria", "south africa", "republic of ireland",
            // round 16: "Chatham, Massachusetts"
            "massachusetts", "mass", "virginia", "new hampshire", "ohio", "michigan", "illinois", "pennsylvania");
    /**
     * Round 16: countries and cities abroad named as where the person is, with no place here ("I'm in Spain at the
     * mo", "Kraków"): a place given that Lantern cannot know, not no place at all. Never the short "us" or "ny".
     */
    static final Set<String> ABROAD_ALONE = Set.of("spain", "france", "germany", "poland", "portugal", "italy",
            "greece", "cyprus", "turkey", "india", "pakistan", "bangladesh", "jamaica", "nigeria", "ghana", "kenya",
            "america", "usa", "united states", "canada", "australia", "new zealand", "south africa", "ireland",
            "republic of ireland", "romania", "lithuania", "ukraine", "the netherlands", "holland", "belgium",
            "krakow", "warsaw", "gdansk", "paris", "madrid", "barcelona", "malaga", "alicante", "benidorm",
            "tenerife", "lanzarote", "majorca", "mallorca", "lisbon", "dublin", "lagos", "delhi", "bucharest",
            "vilnius", "amsterdam", "new york", "toronto", "sydney", "abroad", "overseas");

    /** Round 16: whether the text names only a place abroad ({@link #ABROAD_ALONE}), its accents made plain. */
    static boolean namesAbroad(String plain) {
        String words = " " + Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.UK).replace("\u0142", "l").replaceAll("[^a-z]+", " ").strip() + " ";
        return ABROAD_ALONE.stream().anyMatch(p -> words.contains(" " + p + " "));
    }

    /** Round 16: a district alone whose second digit is typed as O, I or l ("ME1O"). */
    private static final Pattern SLIPPED_DISTRICT = Pattern.compile("^\\s*([A-Z]{1,2}[0-9])([OIL])\\s*$");

    /** Round 16: a code of another country's shape ("1234 AB", Dutch): a place given, never no place. */
    static final Pattern FOREIGN_SHAPE = Pattern.compile("^\\s*\\d{4,5}\\s?[A-Za-z]{2}\\s*$");

    /**
     * Saying there is no place to give: refusals, not knowing, no fixed home ("NFA", the housing and
     * police shorthand for no fixed abode; sofa surfing, sleeping rough, a hostel, between addresses).
     */
    private static final Pattern NO_PLACE = Pattern.compile("\\b(rather not|prefer not|don'?t (want|wish|know|"
            + "like|have)|do not (want|wish|know|have)|not (sure|telling|saying|say|now|giving)|no idea|dunno|idk|"
            + "skip|pass|none of your|n/?a|no thanks?|private|won'?t say|can'?t remember|cannot remember|forg[oe]t|"
            + "no fixed|homeless|of no fixed|nowhere|not applicable|n\\.? ?f\\.? ?a|sofa[- ]?surf\\w*|"
            + "not (really |quite |too |entirely |totally )sure|sleep(ing)? rough|rough sleep\\w*|on the streets?|hostel|night shelter|between (addresses|homes|places)|"
            + "no (permanent|settled|fixed) (address|abode|home)|living in (my|a|the) (car|van|tent)|"
            // round 19 (a23): a worker's note of a refusal ("client declined to give", "refused to say", "withheld")
            + "declin(ed|es|ing) to (give|say|share|tell)|refus(ed|es|ing) to (give|say|share|tell)|"
            + "would ?n'?t (give|say|tell)|did ?n'?t want to (give|say)|withheld|not disclosed|"
            // round 20 (a24): asking to go on without answering ("move on please", "next question")
            + "move on|moving on|move along|next question|next one|go on to the next|come back to (it|that|this))\\b");
    /**
     * A street or landmark after a name ("42 Canterbury Street", "near Maidstone hospital"): a place given,
     * even when Lantern cannot place it. The word before must be a name, so "in the hospital" is not one.
     */
    private static final Pattern STREET_OR_LANDMARK = Pattern.compile("\\b([a-z][a-z'-]*) (?:police station|"
            + "shopping centre|retail park|street|road|lane|avenue|close|drive|crescent|gardens|terrace|grove|court|"
            + "walk|row|square|parade|hill|rise|mews|hospital|infirmary|station|cathedral|library|church|school|centre|shops|"
            + "outlet|museum|theatre|park|castle|dockyard|docks|stadium|college|university|barracks|village|hamlet)\\b");
    /**
     * A landmark near where the person lives, named without a town ("near the dockyard", "by the castle"):
     * a place given, though not one Lantern can place. "In the hospital" says where someone is today instead.
     */
    private static final Pattern NEAR_LANDMARK = Pattern.compile("\\b(?:near|by|opposite|next to|next door to|behind|"
            + "beside|close to|round the corner from|outside|from) the (?:[a-z]+ )?(?:dockyard|docks|castle|cathedral|"
            + "station|ground|stadium|tunnel|bridge|surgery|cemetery|crematorium|industrial estate|retail park|"
            + "hospital|museum|theatre|park|library|church|high street|seafront|river|marina|barracks|university|"
            + "college|precinct|town hall|lido|pool|swimming pool|beach|pier|common|green|rec|allotments|pub|"
            + "leisure centre|golf course)\\b");
    /**
     * A region or nation given as the whole answer ("the south east", "the Midlands", "East Anglia", "the UK"):
     * a place given, too wide to place anyone.
     */
    private static final Pattern REGION = Pattern.compile("^(?:(?:in|from|down|up|over) )?(?:the )?(?:(?:north|south)"
            + "(?: ?(?:east|west))?|east|west|(?:east |west )?midlands|east anglia|west country|home counties|"
            + "uk|united kingdom|england|britain|great britain|scotland|wales|northern ireland)(?: of (?:england|"
            + "the country|the uk))?\\W*$");
    /**
     * A landmark named with capitals after near, by, behind and the like, with no town ("near Dickens World that
     * was", "up by Fort Amherst", "behind the old Lines"), or a name of capitalised words after "the" ("the Great
     * Lines"): a place given, though Lantern holds no table of landmarks to place it. Read on the text as typed.
     */
    private static final Pattern NAMED_LANDMARK = Pattern.compile("(?:\\b(?i:near|by|behind|opposite|next to|beside|"
            + "close to|outside|round the corner from|across from)\\s+(?:(?i:the)\\s+)?(?:[a-z]+\\s+)?|^(?i:the)\\s+)"
            + "([A-Z][a-z'-]+(?:\\s+[A-Z][a-z'-]+)*)");
    /** A street with its type shortened and no town ("14 Watling St", "22 High St, "): a place given. */
    private static final Pattern SHORT_STREET = Pattern.compile("\\b[0-9]+[a-z]?,? (?:[a-z'-]+ ){1,3}(?:st|rd|ave|ln|"
            + "dr|cres|gdns|tce|terr)\\b\\.?\\s*(?:,|$)");
    /**
     * A bare number of five to eight digits given for a postcode ("12345", "123456", as zip and PIN codes are
     * written): a place attempted, though no UK postcode is all digits. Shorter numbers (a year, "999") and
     * phone numbers are no place.
     */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(?:[0-9]{5,8}|(?=(?:[0-9] ?){4,8}(?![0-9 ]))[0-9]+(?: [0-9]+)+)"
            + "(?:\\W+(?i:lol|lmao|haha+|ha|hehe|jk|x+))*"
            + "\\W*$");
    /** Area letters, then a number of three or more digits ("ME 1234", "ME 99999"): a postcode attempted. */
    private static final Pattern AREA_DIGITS = Pattern.compile("^([A-Z]{1,2}) ?[0-9]{3,}\\W*$");
    /**
     * A road's number where a road is meant ("just off the M2, junction 4", "on the A228", "M20 junction 3"): a
     * place given, though not one Lantern can place, and never the postcode district of the same letters (M2 is
     * also a Manchester district). Read on the text in capitals.
     */
    static final Pattern ROAD = Pattern.compile("(?:\\b(?:THE|OFF|ALONG|VIA) +[MAB][0-9]{1,4}(?:\\(M\\))?"
            + "|\\b[MAB][0-9]{1,4}(?:\\(M\\))? *,? *(?:JUNCTION|JCT|J[0-9]|MOTORWAY|ROUNDABOUT|SLIP|SERVICES))\\b");
    /** A British Forces Post Office address ("BFPO 58"). */
    private static final Pattern BFPO = Pattern.compile("\\bbfpo ?[0-9]{1,4}\\b");
    /** A capitalised name, then words about where it lies ("Sheerness on the Isle of Sheppey"). */
    private static final Pattern NAME_THEN_ABOUT = Pattern.compile("^([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?) (?:on|in) the\\b");
    /**
     * A shop people find their way by ("near the big Asda", "by Tesco Extra"): a place given, though Lantern
     * holds no table of shops to place it.
     */
    private static final Pattern SHOP = Pattern.compile("\\b(tesco|asda|sainsbury'?s|morrisons|aldi|lidl|co-?op|"
            + "waitrose|iceland|boots|b ?& ?q|ikea|mcdonald'?s|wetherspoons?)\\b");
    /** Words that end a street's name: a town's name before one is the street's, not the town ("Rochester Road"). */
    static final Set<String> STREET_TYPES = Set.of("street", "road", "lane", "avenue", "close", "drive", "crescent",
            "gardens", "terrace", "grove", "hill", "park", "rise", "row", "parade", "square", "mews");
    /** A whole text of one or two codes each with a digit ("ME7 1ABC", "7ME 1AA"): a postcode attempted. */
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z0-9]*[0-9][A-Z0-9]*(?: [A-Z0-9]*[0-9][A-Z0-9]*)?");
    /** A full postcode with its characters run together, once separators are taken out. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");
    /** Nothing but letters and digits split by spaces or signs ("ME4 4T R", "ME4,4TR", "ME8/7HP"). */
    private static final Pattern SPLIT_CODE = Pattern.compile("[A-Z0-9]+(?:[\\s,./_-]+[A-Z0-9]+)+");
    /** Words before a postcode given alone ("Post code is M E 5 8 T Q"). */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:MY )?POST ?CODE(?: IS)?:?|IT'?S|IT IS) +");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,./_-]+");
    private static final Pattern END_SIGNS = Pattern.compile("[.,!?]+$");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:well|um+|er+|hi|hello|yes|yeah|ok|okay|oh)\\b,?\\s*)?"
            + "(?:i live (?:in|at|near|just outside|outside|by|around|close to)|i'?m (?:in|from|near|based in)|"
            + "i am (?:in|from|near|based in)|im (?:in|from|near)|i'?m living in|we live in|we'?re in|"
            + "living in|live in|based in|from|near|nr|in|at|around|close to|just outside|outside|it'?s|its|"
            + "it is|my town is|town is|the town is|my town|i'?m a|i live)\\b\\s*");
    private static final Set<String> TRAILING = Set.of("please", "thanks", "thank you", "ta", "mate", "love", "area",
            "town", "town centre", "way", "ish", "pls", "thx");
    /** Words that do not occur in place names but make up sentences without one. */
    private static final Set<String> NOT_PLACE_WORDS = Set.of("i", "me", "my", "you", "your", "the", "a", "an", "is",
            "are", "was", "am", "be", "do", "dont", "not", "no", "yes", "yeah", "why", "what", "who", "how", "where",
            "when", "want", "know", "tell", "say", "need", "have", "it", "that", "this", "just", "ok", "okay", "sure",
            "maybe", "hello", "hi", "hey", "thanks", "thank", "sorry", "help", "lonely", "feel", "feeling", "sad",
            "can", "cant", "cannot", "will", "would", "should", "could", "here", "home", "house", "somewhere",
            "anywhere", "everywhere", "lol", "haha", "hmm", "um", "er", "test", "testing", "blah", "stuff", "thing",
            "nothing", "something", "up", "postcode", "address", "live", "living", "street", "road", "flat",
            "planet", "earth", "world", "moon", "mars", "universe", "question", "next", "whatever", "dunno", "nah",
            "yep", "nope", "hate", "love", "like", "mum", "dad", "family", "alone", "please", "bed", "bored",
            "good", "bad", "fine", "great", "old", "new", "big", "small", "town", "city", "village", "country",
            "countryside", "local", "nearby", "same", "usual", "there", "we", "us", "they", "them", "he", "she",
            "his", "her", "our", "their", "did", "does", "done", "go", "going", "went", "come", "came", "about",
            "right", "wrong", "pain", "hospital", "trouble", "hurry", "debt", "care", "bits", "general", "real",
            "middle", "sticks", "back", "beyond", "moment", "today", "tomorrow", "yesterday", "week", "month", "year",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "asdf", "qwerty", "xyz", "abc", "etc", "mine", "yours", "if", "or", "but", "so",
            // what a person asks for or answers instead of a place ("tea please", "not sure")
            "tea", "coffee", "cup", "cuppa", "drink", "milk", "sugar", "biscuit", "biscuits", "food",
            "lunch", "dinner", "breakfast", "really", "quite", "rather", "prefer", "well", "ill", "tired",
            "happy", "unhappy", "upset", "anxious", "worried", "scared", "depressed", "skip", "pass", "nobody",
            "someone", "anyone", "everyone", "because", "cos",
            // interjections and asides ("Whoo, that's a personal question", "bear with me 1 sec")
            "whoo", "whoa", "woah", "wow", "ooh", "oh", "ah", "blimey", "gosh", "crikey", "bear", "sec", "hang",
            "hold", "wait", "personal",
            // hedges after a place ("ME4 or thereabouts")
            "thereabouts", "roughly", "approximately", "abouts",
            // retorts instead of a place ("Nosey!", "Cheeky!", "Nosy parker")
            "nosey", "nosy", "parker", "cheeky", "cheek", "rude", "busybody", "charming",
            // number words ("I'm seventy one") and the parts of a code half given ("ME4 5 and then some letters")
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "some", "then", "letters", "letter", "numbers", "digits", "rest",
            // how a village is described ("a quiet little village")
            "little", "tiny", "quiet", "lovely", "nice", "pretty");
    private static final Set<String> PREPOSITIONS = Set.of("in", "near", "outside", "by", "from", "around");
    private static final List<String> KEYBOARD_ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm");

    private PlaceWords() {
    }

    /**
     * Compatibility forms made plain (NFKC: fullwidth "\uFF2D\uFF25\uFF17" is "ME7"), soft hyphens dropped and
     * odd spaces (non-breaking, em, thin, figure, narrow, zero-width) as plain single spaces, trimmed.
     */
    static String plain(String input) {
        if (input == null) {
            return "";
        }
        String compatible = Normalizer.normalize(input, Normalizer.Form.NFKC).replace("\u00AD", "");
        String spaced = ODD_SPACES.matcher(compatible).replaceAll(" ").strip();
        // "M.E.7", "m.e. 8": a postcode area written with dots, as initials are, then its district's number; the
        // illness "M.E." has no number after it and stays as typed
        Matcher dotted = DOTTED_AREA.matcher(spaced);
        StringBuilder out = new StringBuilder();
        while (dotted.find()) {
            String area = dotted.group(1) + dotted.group(2);
            dotted.appendReplacement(out, AREAS.contains(area.toUpperCase(Locale.ROOT))
                    ? Matcher.quoteReplacement(area) : Matcher.quoteReplacement(dotted.group()));
        }
        dotted.appendTail(out);
        // "me-7", "ME-5 8": a dash between a postcode area's two letters and its district's number
        Matcher dashed = DASHED_AREA.matcher(out);
        StringBuilder joined = new StringBuilder();
        while (dashed.find()) {
            dashed.appendReplacement(joined, Matcher.quoteReplacement(AREAS.contains(dashed.group(1)
                    .toUpperCase(Locale.ROOT)) ? dashed.group(1) : dashed.group()));
        }
        return dashed.appendTail(joined).toString();
    }

    /** Two letters, a dash, then a district's number ("me-7"); "me-time" has no digit and "A-1" one letter. */
    private static final Pattern DASHED_AREA = Pattern.compile("(?<![A-Za-z0-9-])([A-Za-z]{2})-(?=[0-9]{1,2}(?![0-9]))");

    /** Two letters each followed by a dot, then a digit ("M.E.7", "M.E. 4"). */
    private static final Pattern DOTTED_AREA = Pattern.compile("(?<![A-Za-z0-9.])([A-Za-z])\\. ?([A-Za-z])\\.? ?(?=[0-9])");

    /**
     * The part of the text about where the person lives now: when it also says where they lived, were born
     * or are moving to ("was ME8, now ME5", "moving to Rochester next month, I'm in Leeds"), or where someone
     * else lives, a visit, or a place near the one named first ("I'm in Aylesford, near Chatham"), those
     * clauses are left out and "now" words dropped; otherwise the text as it is.
     *
     * @return the clauses about where the person lives now; null when every clause was left out (the caller
     *         decides whether another place was named, "my daughter lives in Rochester", or none at all)
     */
    static String current(String plain) {
        // "ME4 4TR not ME4 4RT": the place denied is left out, unless nothing else is left
        String corrected = NOT_THIS.matcher(plain).replaceAll(",");
        if (!corrected.replaceAll("[\\W_]", "").isEmpty()) {
            plain = corrected;
        }
        boolean origin = originThenNow(plain);
        boolean theirsBack = THEIR_CODE.matcher(plain).find() && PERSON_NAMED.matcher(plain).find()
                && !NOT_THEIRS_ALONE.matcher(plain).find() && homesCode(plain) == null;
        if (!origin && !theirsBack && !OTHER_TIME.matcher(plain).find() && !OTHER_PERSON.matcher(plain).find()
                && !VISIT.matcher(plain).find()
                && !(NEAR_WORD.matcher(plain).find() && CLAUSES.split(plain).length > 1)) {
            return plain;
        }
        List<String> kept = new ArrayList<>();
        List<String> visits = new ArrayList<>();
        boolean dropped = false;
        for (String clause : CLAUSES.split(plain)) {
            java.util.regex.Matcher moved = MOVED_TO.matcher(clause);
            if (clause.isBlank()) {
                continue;
            }
            if (NEAR_CLAUSE.matcher(clause).find() && !kept.isEmpty()
                    && givesAPlace(kept.getLast(), words(kept.getLast()))) {
                // "I'm in Aylesford, near Chatham", "Strood, near Rochester": the place named first is the person's
                dropped = true;
            } else if (VISIT.matcher(clause).find() && !OTHER_TIME.matcher(clause).find()) {
                visits.add(clause.strip()); // "but I come over to Chatham for the groups": kept only if nothing else is
                dropped = true;
            } else if (OTHER_PERSON.matcher(clause).find() || theirsBack && THEIR_CODE.matcher(clause).find()) {
                dropped = true; // "my son lives in Chatham", "..., her postcode is ME8 7HP": someone else's place
            } else if (moved.find() && !LATER.matcher(clause).find()) {
                // "but I moved to ME7 1AB in the summer": a move made, so that is where they live now, and a place
                // said before it ("ME7 1AB before, moved down the road to ME7 1LX") is the one left
                dropped = true;
                kept.clear();
                kept.add(WHEN.matcher(clause.substring(moved.end())).replaceAll("").strip());
            } else if (OTHER_TIME.matcher(clause).find()
                    || origin && ORIGIN.matcher(clause).find() && !NOW.matcher(clause).find()) {
                dropped = true; // "I used to live in Hoo", "from Glasgow, now living in Rochester"
            } else if (!NOW.matcher(clause).replaceAll("").isBlank()) {
                kept.add(NOW.matcher(clause).replaceAll("").strip());
            }
        }
        if (kept.stream().noneMatch(k -> givesAPlace(k, words(k)))) {
            kept.addAll(visits); // "I come over to Chatham for the groups": the only place named
        }
        if (dropped && kept.isEmpty()) {
            return null; // only a past home, a place to come or someone else's: where the person lives is not given
        }
        return dropped ? String.join(", ", kept) : plain;
    }

    private static final Pattern NEAR_WORD = Pattern.compile("\\b(?:near|nr|close to|not far from)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a postcode district exists: by the shape table of the UK's postcode areas and their district numbers
     * ({@link PostcodeDistricts}: "ME0", "ME21", "SE30", "W15" and "G1R" do not exist; "SE28", "W14", "EC1A" do).
     */
    static boolean districtExists(String outward) {
        return PostcodeDistricts.exists(outward);
    }

    /**
     * Whether the text attempts a postcode Lantern cannot read: malformed ("MEE 1AB", "ME? 1AB"), a foreign
     * code ("my zip code is 90210") or area letters alone ("ME").
     */
    /** Whether two letters can end a UK postcode: units never use C, I, K, M, O or V. */
    static boolean unit(String letters) {
        return UNIT.matcher(letters).matches();
    }

    static boolean attemptsAPostcode(String plain) {
        String whole = END_SIGNS.matcher(plain.strip()).replaceAll("").strip();
        if (whole.matches("(?i)[0-9](?:\\W*(?:please|pls|thanks|thank you|ta))?")) {
            return true; // "7": a district's number without its letters, a place attempted (ages, "82", are longer)
        }
        Matcher digits = AREA_DIGITS.matcher(whole);
        if (digits.matches() && AREAS.contains(digits.group(1))) {
            return true;
        }
        return impossible(plain) || unfinished(plain) || spacedEitherWay(plain) || (AREA_SHAPE.matcher(whole).matches()
                && !area(whole.replaceAll("[ 0-9].*", "") + "0")) || badInward(plain) || BARE_NUMBER.matcher(plain.strip()).matches() || MALFORMED.matcher(plain).find() || FOREIGN_CODE.matcher(plain.toLowerCase(Locale.UK)).find()
                || (AREA_ALONE.matcher(plain).matches() && AREAS.contains(plain.replaceAll("\\W", "")));
    }

    /**
     * The first postcode in the text, else a sector, else a district: a full postcode anywhere among
     * other words, with O, I or l where a digit belongs mended, as long as one real digit is there.
     */
    static Optional<Postcode> postcode(String plain) {
        // "me7 2xx": small x's where the unit goes stand for the end not known, so the sector is read
        plain = PLACEHOLDER_UNIT.matcher(plain).replaceAll("$1");
        // "just off the M2": a road, not the district
        String upper = ROAD.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        Optional<Postcode> split = split(upper);
        if (split.isPresent()) {
            return split;
        }
        Matcher slipped = SLIPPED_DISTRICT.matcher(upper);
        if (slipped.matches() && districtExists(slipped.group(1) + digit(slipped.group(2)))) {
            // round 16: "ME1O" alone: a district's second digit typed as a letter
            return Optional.of(new Postcode(slipped.group(1) + digit(slipped.group(2)), null));
        }
        if (impossible(upper)) {
            return Optional.empty();
        }
        // "ME7 ABC": an inward code no postcode has is a postcode attempted, never read as the district alone
        boolean badInward = badInward(plain);
        List<Postcode> fulls = new ArrayList<>();
        Matcher full = FULL.matcher(upper);
        while (full.find()) {
            // round 16: "ME1O 3RS": a district's second digit typed as O, I or l (no district ends in those letters)
            String second = full.group(3).length() == 1 && "OIL".contains(full.group(3)) ? digit(full.group(3)) : full.group(3);
            String outward = withoutLeadingZero(full.group(1) + digit(full.group(2)) + second);
            String inward = digit(full.group(4)) + full.group(5);
            boolean realDigit = Character.isDigit(full.group(2).charAt(0)) || Character.isDigit(full.group(4).charAt(0))
                    || (!full.group(3).isEmpty() && Character.isDigit(full.group(3).charAt(0)));
            // a slip mended in the outward code only when the district it gives exists ("GIR 0AA" is not G1R 0AA)
            boolean mended = !Character.isDigit(full.group(2).charAt(0))
                    || (!full.group(3).isEmpty() && "OIL".indexOf(full.group(3).charAt(0)) >= 0);
            if (realDigit && AREAS.contains(full.group(1)) && Postcode.OUTWARD.matcher(outward).matches()
                    && (!mended || districtExists(outward))
                    // "bear with me 1 sec" is no ME1 5EC: a mended code must end in a real unit
                    && (!(mended || !Character.isDigit(full.group(4).charAt(0))) || unit(full.group(5)))) {
                fulls.add(new Postcode(outward, inward));
            }
        }
        if (!fulls.isEmpty()) {
            return Optional.of(shared(fulls));
        }
        if (badInward) {
            return Optional.empty();
        }
        Matcher sector = SECTOR.matcher(upper);
        while (sector.find()) {
            // a slip for a digit only where the text ends: in "um me1 i think" the "i" is the person
            boolean slip = !Character.isDigit(sector.group(2).charAt(0));
            if (area(sector.group(1)) && (!slip || upper.substring(sector.end()).matches("\\W*"))) {
                if (!sector.group(3).isEmpty()) {
                    return Optional.empty(); // "ME7 1A": a unit begun, not finished: ask, never the sector
                }
                return Optional.of(Postcode.sector(withoutLeadingZero(sector.group(1)), digit(sector.group(2)).charAt(0)));
            }
        }
        Matcher district = DISTRICT.matcher(upper);
        while (district.find()) {
            if (area(district.group(1))) {
                return Optional.of(new Postcode(withoutLeadingZero(district.group(1)), null));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a district is followed by what can only be a failed inward code ("ME7 ABC", "me8 XYZ please"): three
     * capitals that are no inward code even with O, I or l for a digit mended ("ME8 OHH" is ME8 0HH). In a text
     * typed all in capitals a few everyday words after a district are not codes ("ME7 NOW").
     */
    static boolean badInward(String plain) {
        Matcher m = BAD_INWARD.matcher(plain);
        boolean capitals = plain.chars().noneMatch(Character::isLowerCase);
        while (m.find()) {
            String inward = m.group(2);
            if (!area(m.group(1).toUpperCase(Locale.ROOT))) {
                continue; // "A2 MOT": no postcode area
            }
            boolean mendable = "0123456789OIL".indexOf(inward.charAt(0)) >= 0
                    && unit(inward.substring(1));
            if (!mendable && !(capitals && CAPITAL_WORDS.contains(inward))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds a sector of a real postcode area followed by one letter of a unit and no more ("ME7 1A",
     * "my postcode is ME5 8T"): a postcode begun and not finished.
     */
    static boolean unfinished(String plain) {
        Matcher sector = SECTOR.matcher(plain.toUpperCase(Locale.ROOT));
        while (sector.find()) {
            if (area(sector.group(1)) && !sector.group(3).isEmpty() && Character.isDigit(sector.group(2).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the outward code starts with one of the UK's postcode areas ("ME7" yes, "QQ1" no). */
    static boolean area(String outward) {
        return AREAS.contains(outward.replaceAll("[0-9].*", ""));
    }

    /**
     * A full postcode typed with its parts split oddly and nothing else ("ME4 4T R", "ME4,4TR",
     * "ME71 AB"): the characters run together read as one. Where the text's only spaces split it into
     * two codes that each hold a digit, it is read as typed instead.
     */
    private static Optional<Postcode> split(String upper) {
        String text = END_SIGNS.matcher(LEAD_IN.matcher(upper.strip()).replaceFirst("")).replaceAll("");
        // one or two codes each with a digit are read as typed ("ME7 11AB" is no postcode, not ME71 1AB)
        if (!SPLIT_CODE.matcher(text).matches() || CODE_LIKE.matcher(text).matches()) {
            return Optional.empty();
        }
        Matcher m = RUN_TOGETHER.matcher(SEPARATORS.matcher(text).replaceAll(""));
        if (m.matches() && area(m.group(1))) {
            return Optional.of(new Postcode(withoutLeadingZero(m.group(1)), m.group(2)));
        }
        return spacedOut(text.split("\\s+"));
    }

    /**
     * A district or sector with its characters spaced apart ("M E 7" is ME7, "ME 5 8" is ME5 8): the letters before
     * the first number are the area, the first number is the district's and a single digit after it the sector's.
     * When every character stands alone and two digits could be either a district or a district and sector that
     * both exist ("M E 1 4": ME14 or ME1 4), nothing is read, so the person is asked; a district that does not
     * exist is never read.
     */
    /**
     * Whether the whole text is a code with every character spaced apart whose two digits read either way as a real
     * district ("M E 1 4": ME14 or ME1 4): a postcode attempted, asked for again.
     */
    static boolean spacedEitherWay(String plain) {
        String text = END_SIGNS.matcher(LEAD_IN.matcher(plain.strip().toUpperCase(Locale.ROOT)).replaceFirst(""))
                .replaceAll("").strip();
        String[] tokens = text.split("\\s+");
        int i = 0;
        StringBuilder area = new StringBuilder();
        while (i < tokens.length && tokens[i].matches("[A-Z]")) {
            area.append(tokens[i++]);
        }
        return AREAS.contains(area.toString()) && tokens.length - i == 2 && tokens[i].matches("[0-9]")
                && tokens[i + 1].matches("[0-9]") && eitherWay(tokens, i, area + tokens[i]);
    }

    private static boolean eitherWay(String[] tokens, int i, String district) {
        boolean allSingle = java.util.Arrays.stream(tokens).allMatch(t -> t.length() == 1);
        return allSingle && tokens[i].length() == 1 && districtExists(district) && districtExists(district
                + tokens[i + 1]);
    }

    private static Optional<Postcode> spacedOut(String[] tokens) {
        int i = 0;
        StringBuilder area = new StringBuilder();
        while (i < tokens.length && tokens[i].matches("[A-Z]{1,2}")) {
            area.append(tokens[i++]);
        }
        if (!AREAS.contains(area.toString()) || i == tokens.length || tokens.length - i > 2
                || !tokens[i].matches("[0-9]{1,2}") || (tokens.length - i == 2 && !tokens[i + 1].matches("[0-9]"))) {
            return Optional.empty();
        }
        String district = withoutLeadingZero(area + tokens[i]);
        if (tokens.length - i == 1) {
            return districtExists(district) ? Optional.of(new Postcode(district, null)) : Optional.empty();
        }
        if (eitherWay(tokens, i, district)) {
            return Optional.empty(); // "M E 1 4": ME14, or ME1 4?
        }
        return districtExists(district) ? Optional.of(Postcode.sector(district, tokens[i + 1].charAt(0)))
                : Optional.empty();
    }

    /**
     * Whether the whole text is one or two codes no UK postcode has ("QQ1 1AA", "7ME 1AA", "ME123 4AB",
     * "ME7 1ABC"): not a full postcode, sector or district of a real postcode area as it stands.
     */
    static boolean impossible(String plain) {
        String text = END_SIGNS.matcher(plain.strip().toUpperCase(Locale.ROOT)).replaceAll("").strip();
        if (!CODE_LIKE.matcher(text).matches() || text.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        for (Pattern whole : List.of(FULL, SECTOR, DISTRICT)) {
            Matcher m = whole.matcher(text);
            if (m.matches() && AREAS.contains(m.group(1).replaceAll("[0-9].*", ""))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One place for several full postcodes given as alternatives ("ME7 1AB or ME7 1AD"): the postcode
     * when they are the same, else the sector they share, else the district, else the first.
     */
    private static Postcode shared(List<Postcode> fulls) {
        Postcode first = fulls.getFirst();
        if (fulls.stream().allMatch(first::equals)) {
            return first;
        }
        if (fulls.stream().allMatch(p -> p.sector().equals(first.sector()))) {
            return first.sector();
        }
        return fulls.stream().allMatch(p -> p.outward().equals(first.outward())) ? first.district() : first;
    }

    /** Round 21 (a25): zero typed for the letter O of a postcode area ("S017 1BJ" is SO17 1BJ, "0X4" is OX4). */
    private static final Pattern AREA_ZERO = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]0|0[A-Za-z])([0-9][0-9A-Za-z]?)"
            + "(?=(?:[ -]?[0-9OoIiLl][A-Za-z]{2}|\\s+[0-9OoIiLl])?(?![A-Za-z0-9]))");
    /** Round 21 (a25): a district's last digit typed as O, I or l before a sector's digit ("SE1O 9" is SE10 9). */
    private static final Pattern DISTRICT_SLIP_BEFORE_SECTOR = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9])([OoIiLl])(?=\\s+[0-9](?![A-Za-z0-9]))");

    /**
     * Round 21 (a25): the text with slips in an outward code mended, or null when there are none: a zero typed for
     * the O of a postcode area ("S017 1BJ" is SO17 1BJ, "C04" is CO4, "0L8" is OL8), and a district's last digit
     * typed as a letter before a sector ("SE1O 9" is SE10 9, as "ME1O 3RS" already was). Mended only where the
     * district it gives exists and the code as typed reads as no district ("S01" stays S1, a zero before a digit).
     */
    static String outwardSlipsMended(String shown) {
        String text = shown;
        Matcher zero = AREA_ZERO.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (zero.find()) {
            String typed = (zero.group(1) + zero.group(2)).toUpperCase(Locale.ROOT);
            String outward = zero.group(1).toUpperCase(Locale.ROOT).replace('0', 'O') + zero.group(2).toUpperCase(Locale.ROOT);
            boolean readsAsTyped = districtExists(typed) || districtExists(withoutLeadingZero(typed));
            if (!readsAsTyped && districtExists(outward)) {
                zero.appendReplacement(out, Matcher.quoteReplacement(outward));
                changed = true;
            }
        }
        text = zero.appendTail(out).toString();
        Matcher slip = DISTRICT_SLIP_BEFORE_SECTOR.matcher(text);
        out = new StringBuilder();
        while (slip.find()) {
            String outward = slip.group(1).toUpperCase(Locale.ROOT) + digit(slip.group(2).toUpperCase(Locale.ROOT));
            if (districtExists(outward)) {
                slip.appendReplacement(out, Matcher.quoteReplacement(outward));
                changed = true;
            }
        }
        text = slip.appendTail(out).toString();
        return changed ? text : null;
    }

    private static String withoutLeadingZero(String outward) {
        return LEADING_ZERO.matcher(outward).replaceFirst("$1$2");
    }

    private static String digit(String slip) {
        return switch (slip) {
            case "O" -> "0";
            case "I", "L" -> "1";
            case "S" -> "5";
            default -> slip;
        };
    }

    /** Lower-case words of the text, without a leading "I live in" or "near" and trailing "please". */
    static List<String> words(String plain) {
        String t = plain.toLowerCase(Locale.UK).replace('\u2019', '\'').strip();
        String before;
        do {
            before = t;
            t = LEADING.matcher(t).replaceFirst("").strip();
        } while (!t.equals(before));
        List<String> words = new ArrayList<>(List.of(PlaceNames.key(t).split(" ")));
        words.removeIf(String::isEmpty);
        while (!words.isEmpty() && TRAILING.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** Whether the text gives a place Lantern may not know, rather than a refusal, a sentence or nonsense. */
    static boolean givesAPlace(String plain, List<String> all) {
        String lower = plain.toLowerCase(Locale.UK).replace('\u2019', '\'');
        if (NO_PLACE.matcher(lower).find() || lower.contains("?")) {
            return false;
        }
        if (BFPO.matcher(lower).find()) {
            return true; // a British Forces Post Office number: a place, though not one to put on a map
        }
        if (REGION.matcher(lower).find() || SHORT_STREET.matcher(lower).find()
                || ROAD.matcher(plain.toUpperCase(Locale.ROOT)).find()) {
            return true; // "the south east", "14 Watling St": a place given, not one Lantern can place
        }
        Matcher landmark = NAMED_LANDMARK.matcher(plain.replace('\u2019', '\''));
        while (landmark.find()) {
            List<String> names = List.of(landmark.group(1).toLowerCase(Locale.UK).split("\\s+"));
            if (names.stream().anyMatch(n -> !NOT_PLACE_WORDS.contains(n) && !nonsense(n))) {
                return true; // "near Dickens World that was", "the Great Lines"
            }
        }
        // "Sheerness, on the Isle of Sheppey", "Sheerness on the Isle of Sheppey": a name, then words about it
        int comma = plain.indexOf(',');
        Matcher about = NAME_THEN_ABOUT.matcher(plain);
        return names(plain, all) || (comma > 0 && names(plain.substring(0, comma), words(plain.substring(0, comma))))
                || (about.find() && names(about.group(1), words(about.group(1))));
    }

    private static boolean names(String plain, List<String> all) {
        String lower = plain.toLowerCase(Locale.UK).replace('\u2019', '\'');
        // "a small village near Maidstone": the place is what follows the last "near" or "in"
        List<String> words = all;
        for (int i = all.size() - 2; i >= 0; i--) {
            if (PREPOSITIONS.contains(all.get(i))) {
                words = all.subList(i + 1, all.size());
                break;
            }
        }
        if (NO_PLACE.matcher(lower).find() || lower.contains("?")) {
            return false;
        }
        if (SHOP.matcher(lower).find() || NEAR_LANDMARK.matcher(lower).find()) {
            return true;
        }
        Matcher street = STREET_OR_LANDMARK.matcher(lower);
        while (street.find()) {
            String name = street.group(1);
            if (!NOT_PLACE_WORDS.contains(name) && !PREPOSITIONS.contains(name) && !nonsense(name)) {
                return true;
            }
        }
        if (words.isEmpty() || words.size() > 5 || plain.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String word : words) {
            if (NOT_PLACE_WORDS.contains(word) || nonsense(word)) {
                return false;
            }
        }
        return true;
    }

    /** A keyboard run ("asdfgh"), one letter repeated, a word without vowels, or a stutter ("lalala"). */
    private static boolean nonsense(String word) {
        if (word.equals("st")) {
            return false; // Saint, as in "St Albans"
        }
        if (word.length() == 1) {
            return true;
        }
        if (word.length() >= 4) {
            for (String row : KEYBOARD_ROWS) {
                if (row.contains(word) || new StringBuilder(row).reverse().toString().contains(word)
                        || row.contains(word.substring(0, 4))) {
                    return true;
                }
            }
        }
        return word.chars().noneMatch(c -> "aeiouyw".indexOf(c) >= 0) || word.matches("(.)\\1\\1+.*")
                || word.matches("(.{1,3})\\1{2,}");
    }
}
