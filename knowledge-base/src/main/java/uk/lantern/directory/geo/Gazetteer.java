package uk.lantern.directory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lantern.directory.csv.CsvReader;

/**
 * Places people type, to points. The shipped tables cover Medway only: approximate centres of the
 * Medway districts (ME1-ME5, ME7, ME8), a few sample full postcodes and the Medway towns. A council
 * loads the national ONS Postcode Directory ({@link OnsPostcodeDirectory}, on disk) and the ONS Index
 * of Place Names ({@link PlaceNames}) for national coverage (docs/places.md). A full postcode that is
 * not known falls back to its district's centre, which is close enough to rank local services.
 */
public final class Gazetteer {
    static final String SHIPPED_RESOURCE = "/lantern/directory/postcodes.csv";
    /**
     * How a message about a place given but not known ends: searches and suggestions then keep only
     * services that work by phone or online across the nation (the signposting place rule), never
     * every local venue.
     */
    public static final String ONLY_REMOTE = "; showing only services that work by phone or online anywhere in "
            + "the country.";

    private final Map<String, GeoPoint> points;
    private final OnsPostcodeDirectory national;
    private final PlaceNames towns;

    Gazetteer(Map<String, GeoPoint> points, OnsPostcodeDirectory national, PlaceNames towns) {
        this.points = points;
        this.national = national;
        this.towns = towns;
    }

    /** The tables shipped with Lantern (Medway only). */
    public static Gazetteer shipped() {
        return new Gazetteer(shippedPoints(), null, PlaceNames.shipped());
    }

    private static Map<String, GeoPoint> shippedPoints() {
        Map<String, GeoPoint> points = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The postcode table " + SHIPPED_RESOURCE
                        + " is missing from the classpath; rebuild the knowledge-base module.");
            }
            new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED_RESOURCE).forEachRecord(r -> {
                Postcode code = Postcode.parse(r.get("pcds")).orElseThrow();
                points.put(code.text(), new GeoPoint(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("long"))));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(points);
    }

    /**
     * The shipped tables plus an ONS Postcode Directory CSV, built on disk in a folder of the system's
     * temporary directory ({@code lantern-onspd}) and reused while the CSV is unchanged.
     */
    public static Gazetteer shippedWithOns(Path onsCsv) {
        return shippedWith(onsCsv, null, Path.of(System.getProperty("java.io.tmpdir"), "lantern-onspd"));
    }

    /**
     * The shipped tables plus, when given, the national postcodes and place names.
     *
     * @param onsCsv   an ONS Postcode Directory CSV, or null for the shipped postcodes only
     * @param placesCsv an ONS Index of Place Names CSV (or town, county, district), or null for the shipped towns
     * @param builtDir the folder for the built postcode file; created when missing
     */
    public static Gazetteer shippedWith(Path onsCsv, Path placesCsv, Path builtDir) {
        return new Gazetteer(shippedPoints(), onsCsv == null ? null : OnsPostcodeDirectory.open(onsCsv, builtDir),
                placesCsv == null ? PlaceNames.shipped() : PlaceNames.shippedWith(placesCsv));
    }

    /** Postcodes and districts known: the shipped ones plus the national file's postcodes. */
    public long size() {
        return points.size() + (national == null ? 0 : national.size());
    }

    /** Looks up what a person typed, a postcode or a town alone or among other words; never throws. */
    public PlaceLookup lookup(String input) {
        PlaceLookup read = read(input);
        if (read instanceof PlaceLookup.NotFound notFound && !notFound.placeGiven() && notFound.postcode() == null) {
            // round 16: "I'm in Spain at the mo", "Krakow", "1234 AB": somewhere given, only not somewhere here
            String shown = PlaceWords.plain(input);
            if (PlaceWords.namesAbroad(shown) || PlaceWords.FOREIGN_SHAPE.matcher(shown).matches()) {
                return new PlaceLookup.NotFound(shown, "We can only look up places in the UK, so we can't use \""
                        + shown + "\"" + ONLY_REMOTE, null, true);
            }
        }
        return read;
    }

    private PlaceLookup read(String input) {
        String shown = PlaceWords.plain(input);
        // "ME7 2 or 3", "ME7 1AB or 1AD", "ME1 or 2": the second code given in short form is the first's area or
        // district with the rest changed, read as the two codes offered as alternatives (so "ME7 2 or 3" is ME7)
        String expanded = PlaceWords.shortAlternatives(shown);
        if (expanded != null) {
            return as(shown, lookup(expanded));
        }
        // "em ee seven one ay bee", "ME seven": a code spelt out in words, read as its characters spaced apart
        String spelt = PlaceWords.spelt(shown);
        if (spelt != null) {
            Optional<Postcode> code = PlaceWords.spacedEitherWay(spelt) ? Optional.empty() : PlaceWords.postcode(spelt);
            return code.isPresent() ? locate(shown, code.get()) : new PlaceLookup.NotFound(shown, "We couldn't read \""
                    + shown + "\" as a postcode; please type it, for example ME7 1AB or ME7" + ONLY_REMOTE, null, true);
        }
        // round 21 (a25): "S017 1BJ", "SE1O 9": a zero for an area's O, a letter for a district's last digit
        String mended = PlaceWords.outwardSlipsMended(shown);
        if (mended != null) {
            return as(shown, lookup(mended));
        }
        // round 19 (a23): "just outside Gravesend, nearer Rochester than anywhere": a place only compared with is not
        // where the person is; what is left is read, when it names a place
        String compared = PlaceWords.withoutComparison(shown);
        if (compared != null && namesAPlace(lookup(compared))) {
            return as(shown, lookup(compared));
        }
        // "ME7 1AB, no sorry, ME7 1LX", "not chatham, gillingham": what follows the last correction, when a place
        String tail = PlaceWords.afterCorrection(shown);
        if (tail != null && !tail.equals(shown)) {
            PlaceLookup corrected = lookup(tail);
            if (corrected instanceof PlaceLookup.Found found) {
                return found.as(shown);
            }
            // a postcode not in the tables counts too, and so does a name Lantern does not know ("Chatham, no,
            // Faversham" is Faversham, not known, never Chatham); words that are no name do not ("no car though")
            if (corrected instanceof PlaceLookup.NotFound notFound && (notFound.postcode() != null
                    || notFound.placeGiven() && Character.isUpperCase(tail.charAt(0)))) {
                return new PlaceLookup.NotFound(shown, notFound.message(), notFound.postcode(), true);
            }
        }
        // Round 17: "I'm filling this in for dad, he's ME1 1LS": the person answered for is the one screened
        String theirs = PlaceWords.answeredFor(shown);
        if (theirs != null && namesAPlace(lookup(theirs))) {
            return as(shown, lookup(theirs));
        }
        // Round 17: "I live at the Elms care home, their postcode is ME1 1LS": the home's code is theirs
        String homes = PlaceWords.homesCode(shown);
        if (homes != null && namesAPlace(lookup(homes))) {
            return as(shown, lookup(homes));
        }
        // Round 17: "ME7 1LX (mine) ME7 1AB (my mum's)": the place marked as theirs
        String mine = PlaceWords.markedMine(shown);
        if (mine != null && namesAPlace(lookup(mine))) {
            return as(shown, lookup(mine));
        }
        // Round 17: "moving from Strood to Hoo next month": they live where they move from
        String from = PlaceWords.movingFrom(shown);
        if (from != null && namesAPlace(lookup(from))) {
            return as(shown, lookup(from));
        }
        // "Lived in Rainham 30 years, my carer comes over from Sittingbourne": living there up to now is living there
        String livedFor = PlaceWords.livedFor(shown);
        if (livedFor != null) {
            return as(shown, lookup(livedFor));
        }
        // "I'm from Gillingham originally and still here": where they come from is where they live
        String still = PlaceWords.stillThere(shown);
        if (still != null) {
            return as(shown, lookup(still));
        }
        // "ME4 4TR is the info centre I use but I dont live there, I'm in Wigmore": the place denied is never theirs
        String[] denied = PlaceWords.denied(shown);
        if (denied != null && namesAPlace(lookup(denied[0]))) {
            PlaceLookup after = lookup(denied[1]);
            return namesAPlace(after) ? as(shown, after) : new PlaceLookup.NotFound(shown, "We need where you live "
                    + "now, not a place you go to" + ONLY_REMOTE, null, true);
        }
        // "in between Rochester and Strood": two places, neither said to be theirs, so ask (never the first)
        String[] between = PlaceWords.between(shown);
        if (between != null && namesAPlace(lookup(between[0])) && PlaceWords.someoneElses(between[1])
                && !PlaceWords.someoneElses(between[0])) {
            // Round 17: "I split my time between Rochester and my daughter's in Spain": the other is someone else's
            return as(shown, lookup(between[0]));
        }
        if (between != null && namesAPlace(lookup(between[0])) && namesAPlace(lookup(between[1]))) {
            return new PlaceLookup.NotFound(shown, "You named two places you live between; we need the one where "
                    + "you live" + ONLY_REMOTE, null, true);
        }
        // "My son lives in ME8 and I live with him", "Living with my brother in Twydall, my own flat's in Chatham":
        // living with someone places the person where they live
        String with = PlaceWords.livingWith(shown);
        if (with != null && namesAPlace(lookup(with))) {
            return as(shown, lookup(with));
        }
        // "me1 3 (the lunch club I go to is ME2 4AT)", "ME4 4TR - my friend is next door at ME4 4TS": a place in an
        // aside about something or someone else is theirs, and the person's is the one outside it; an aside that only
        // names what the place before it is ("ME2 4AT (the lunch club I go to)") makes that place not theirs
        // "my son lives at ME7 1AD (I'm at ME7 1AB)": the person's own place in an aside after someone else's wins
        String ownAside = PlaceWords.ownAside(shown);
        if (ownAside != null && namesAPlace(lookup(ownAside))) {
            return as(shown, lookup(ownAside));
        }
        String[] aside = PlaceWords.asideElsewhere(shown);
        if (aside != null && namesAPlace(lookup(aside[0]))) {
            if (namesAPlace(lookup(aside[1]))) {
                return as(shown, lookup(aside[0]));
            }
            if (PlaceWords.labelAside(aside[2], aside[1])) {
                // "ME7 1AD (my daughter's) I'm at ME7 1AB": what follows may still give the person's own
                PlaceLookup after = lookup(aside[3]);
                return namesAPlace(after) ? as(shown, after) : new PlaceLookup.NotFound(shown, "We need where you "
                        + "live, not the place of something or someone else" + ONLY_REMOTE, null, true);
            }
        }
        // "ME2 4AT is the church I go to, I don't want to give my own", "The form says ME4 4TR but that's the council
        // office, I actually live in Luton": a code said to be something or someone else's is never the person's;
        // what else they say decides, and a refusal is a place given but not known
        String unlabelled = PlaceWords.labelledElsewhere(shown);
        if (unlabelled != null) {
            PlaceLookup rest = lookup(unlabelled);
            return namesAPlace(rest) ? as(shown, rest) : new PlaceLookup.NotFound(shown, "We need where you live, not "
                    + "the place of something or someone else" + ONLY_REMOTE, null, true);
        }
        // "Medway. The Rochester end", "Kent, the Strood side": the part of the area is the more exact place
        String[] part = PlaceWords.partOf(shown);
        if (part != null) {
            String area = String.join(" ", PlaceWords.words(part[0]));
            PlaceLookup inner = lookup(part[1]);
            if ((towns.isArea(area) || PlaceWords.COUNTIES.contains(area)) && inner instanceof PlaceLookup.Found) {
                return as(shown, inner);
            }
        }
        // two different places in one message: the person's own, else not known (never the other one)
        Optional<PlaceLookup> own = ownOfTwo(shown);
        if (own.isPresent()) {
            return own.get();
        }
        // "was ME8, now ME5": only where the person lives now is read
        String current = PlaceWords.current(shown);
        if (current == null && (PlaceWords.givesAPlace(shown, PlaceWords.words(shown))
                || town(shown, PlaceWords.words(shown)).isPresent()
                || PlaceWords.aboutSomeoneElse(shown) && PlaceWords.postcode(shown).isPresent())) {
            // "my daughter lives in Rochester", "I used to live in Gillingham": a place, but not the person's own
            return new PlaceLookup.NotFound(shown, "We need where you live now, not where someone else lives or you "
                    + "used to live" + ONLY_REMOTE, null, true);
        }
        // "I live with my daughter", "ME1 I was told": no other place named, so the text is read as it is
        String now = current == null ? shown : current;
        // the whole text in a postcode's shape is a postcode ("ME 7"), but not a shape in no postcode area
        // ("QQ1 1AA") nor one that only parses run together ("ME7 11AB")
        Optional<Postcode> postcode = PlaceWords.postcode(now).or(() -> PlaceWords.impossible(now)
                || PlaceWords.spacedEitherWay(now) ? Optional.empty()
                : Postcode.parse(now).filter(p -> PlaceWords.area(p.outward())));
        if (postcode.isPresent() && !postcode.get().isFull()) {
            // "The first bit is ME5 and the second bit is 9EW": a code given in two halves
            Optional<Postcode> district = postcode;
            postcode = PlaceWords.halves(now).filter(p -> p.outward().equals(district.get().outward())).or(() -> district);
        }
        if (postcode.isPresent()) {
            return locate(shown, postcode.get());
        }
        List<String> words = PlaceWords.words(now);
        Optional<PlaceLookup> town = town(shown, words);
        if (town.isPresent()) {
            return town.get();
        }
        if (PlaceWords.attemptsAPostcode(now)) {
            return new PlaceLookup.NotFound(shown, "\"" + shown + "\" doesn't look like a UK postcode (for example "
                    + "ME7 1AB or ME7)" + ONLY_REMOTE, null, true);
        }
        return new PlaceLookup.NotFound(shown, shown.isEmpty()
                ? "No postcode given; showing services across the whole area."
                : "We don't know \"" + shown + "\" as a postcode (for example ME7 1AB or ME7) or a town "
                        + "we cover" + ONLY_REMOTE, null,
                PlaceWords.givesAPlace(now, words));
    }

    /**
     * A message naming two or more different places, read by one rule: the answer is the place the person marks
     * as their own ("I'm in", "I live", "home is", "I'm from", "born and bred in"), whatever the other places are
     * to them ("ME4 4TR is where I work, home is ME5" is ME5; "I'm in Sittingbourne but my GP is in Rainham" is
     * Sittingbourne, not known); places offered as alternatives with none marked ("Chatham or Gillingham", "ME5
     * and ME7") are not known. A county or area, a clause that is a place and nothing more after the person's
     * own ("I live at 14 Richmond Road, Gillingham ME7 1LX"), a place denied ("not the Essex one") and the same
     * place named twice are not other places; a past home or a move is left to {@link PlaceWords#current}. Empty when the rule does not apply.
     */
    private Optional<PlaceLookup> ownOfTwo(String shown) {
        List<String> parts = PlaceWords.parts(shown);
        // a past home or a move ("I'm from Chatham originally, now in Hoo") is read by PlaceWords.current
        if (parts.size() >= 2 && !PlaceWords.otherTime(shown)) {
            Set<String> own = new java.util.HashSet<>();
            for (String part : parts) {
                if (PlaceWords.own(part) && namesAPlace(lookup(PlaceWords.withoutOwn(part)))) {
                    own.add(lookup(PlaceWords.withoutOwn(part)).reading());
                }
            }
            // "Gravesend, but my doctors is in Strood", "Rochester, and I go to a knitting group in Chatham": a place
            // and nothing more, first, answers the question asked; a later place with a role is someone's or somewhere
            // the person goes
            String first = parts.get(0);
            // "Chatham I suppose, though the post office says Rochester": a place the person gives beside another a
            // source gives, neither marked as theirs: they are not sure which
            // ("Rochester, the council says Medway" names the area it lies in, not another place)
            if (own.isEmpty() && namesAPlace(lookup(first)) && parts.stream().skip(1).anyMatch(p -> PlaceWords.sourceSays(p)
                    && anotherPlace(p) && !lookup(p).reading().equals(lookup(first).reading())
                    && !(lookup(p) instanceof PlaceLookup.Found f && f.town() != null && towns.isArea(f.town())))) {
                return Optional.of(new PlaceLookup.NotFound(shown, "You named two places and we can't tell which is "
                        + "yours; we need the one where you live" + ONLY_REMOTE, null, true));
            }
            // ("ME7 1AB, or is it ME7 1AD?" offers alternatives instead)
            if (own.isEmpty() && PlaceWords.bare(first) && namesAPlace(lookup(first)) && !PlaceWords.NATIONS
                    .contains(String.join(" ", PlaceWords.words(first)))
                    && !shown.toLowerCase(Locale.UK).matches(".*\\bor\\b.*")) {
                own.add(lookup(first).reading());
            }
            if (!own.isEmpty()) {
                List<String> kept = new ArrayList<>();
                boolean dropped = false;
                boolean marked = parts.stream().anyMatch(PlaceWords::ownStrongly);
                boolean seenOwn = false;
                boolean afterOther = false;
                for (String part : parts) {
                    if (PlaceWords.own(part)) {
                        kept.add(PlaceWords.withoutOwn(part));
                        seenOwn = true;
                        afterOther = false;
                    } else if ((!PlaceWords.bare(part) || marked && !seenOwn || afterOther) && anotherPlace(part)
                            && !own.contains(lookup(part).reading())) {
                        // "like ME7? mine's ME8": a bare place before the one marked as theirs is not theirs either;
                        // "Hoo St Werburgh. my son is in Chatham, ME4": a bare code after someone else's place is theirs
                        dropped = true; // "my GP is in Rainham", "ME4 4TR is where I work": not where they live
                        afterOther = true;
                    } else {
                        kept.add(part);
                        // "ME4 6QT, my friend is in the next road, ME4 6QS": a bare place after someone else's clause
                        afterOther = PlaceWords.someoneElses(part);
                    }
                }
                if (dropped) {
                    return Optional.of(as(shown, lookup(String.join(", ", kept))));
                }
            }
        }
        // "ME7, 2 or 3 minutes from the station": an amount given as a range offers no places
        String asOffered = PlaceWords.withoutRanges(shown);
        String lower = asOffered.toLowerCase(Locale.UK);
        // "ME8 / ME7 either, I'm right on the line": places offered with a slash are alternatives too
        if (!PlaceWords.own(shown) && !PlaceWords.aboutSomeoneElse(shown) && lower.matches(".*(?:\\b(?:or|and)\\b|/\\s*[a-z]).*")
                && PlaceWords.COUNTIES.stream().noneMatch(c -> c.contains(" and ") && lower.contains(c))
                && PlaceWords.LOCAL_AUTHORITIES.stream().noneMatch(c -> c.contains(" and ") && lower.contains(c))) {
            List<String> choices = PlaceWords.alternatives(asOffered);
            List<PlaceLookup> offered = new ArrayList<>(choices.stream().filter(this::anotherPlace).map(this::lookup).toList());
            // "Chatham and Maidstone": an area that is a town too, offered with "and" or "or" and holding none of the
            // towns offered, is another place, not the county of the first ("Chatham and Kent", "Rainham, Havering")
            for (String part : choices) {
                String area = String.join(" ", PlaceWords.words(part));
                if (PlaceWords.LOCAL_AUTHORITIES.contains(area) && lower.matches(".*\\b(?:and|or)\\s+" + area + "\\b.*")
                        && offered.stream().noneMatch(l -> l instanceof PlaceLookup.Found f && f.town() != null
                                && towns.named(f.town()).stream().anyMatch(t -> t.liesIn(area)))) {
                    offered.add(new PlaceLookup.NotFound(part, "", null, true)); // read as a place not known
                }
            }
            List<String> readings = offered.stream().map(PlaceLookup::reading).distinct().toList();
            // codes of one district are read below; other alternatives are not known
            boolean oneDistrict = offered.stream().allMatch(l -> l instanceof PlaceLookup.Found f && f.town() == null
                    || l instanceof PlaceLookup.NotFound n && n.postcode() != null)
                    && offered.stream().map(l -> l instanceof PlaceLookup.Found f ? f.postcode().outward()
                            : ((PlaceLookup.NotFound) l).postcode().outward()).distinct().count() == 1;
            if (readings.size() >= 2 && !oneDistrict) {
                return Optional.of(new PlaceLookup.NotFound(shown, "You named more than one place; we need the one "
                        + "where you live" + ONLY_REMOTE, null, true));
            }
            // "its ME2 3 or ME2 4, one of them": codes of one district offered as alternatives are that district, or
            // their sector when they share it ("ME7 1AB or ME7 1AD")
            if (readings.size() >= 2) {
                List<Postcode> codes = offered.stream().map(l -> l instanceof PlaceLookup.Found f ? f.postcode()
                        : ((PlaceLookup.NotFound) l).postcode()).toList();
                Postcode first = codes.getFirst();
                boolean oneSector = codes.stream().allMatch(c -> (c.isFull() || c.isSector())
                        && c.sector().equals(first.sector()));
                return Optional.of(locate(shown, oneSector ? first.sector() : first.district()));
            }
        }
        return Optional.empty();
    }

    /** Whether a clause names a place of its own, rather than qualifying another (a county or area, a denial). */
    private boolean anotherPlace(String part) {
        String words = String.join(" ", PlaceWords.words(part));
        // a lone digit ("ME7 2 or 3") is no place of its own beside a code
        return namesAPlace(lookup(part)) && !towns.isArea(words) && !PlaceWords.COUNTIES.contains(words)
                && !words.startsWith("not ") && !part.strip().matches("[0-9]");
    }

    private static boolean namesAPlace(PlaceLookup read) {
        return read instanceof PlaceLookup.Found
                || read instanceof PlaceLookup.NotFound n && (n.placeGiven() || n.postcode() != null);
    }

    /** The same reading, for the whole text the person typed. */
    private static PlaceLookup as(String shown, PlaceLookup read) {
        return read instanceof PlaceLookup.Found f
                ? f.as(shown)
                : new PlaceLookup.NotFound(shown, read.message(), ((PlaceLookup.NotFound) read).postcode(),
                        ((PlaceLookup.NotFound) read).placeGiven());
    }

    /**
     * A reading as the place understood, to keep on a record and to say back: a postcode, sector or district in
     * standard form ("me7 1ab" is "ME7 1AB", "me8 ohh" is "ME8 0HH"; also one the tables do not hold, "ME14"), or a
     * town's name as Lantern knows it when that name alone reads back as the same place ("Rochster" and "Chatham,
     * Kent" are "Rochester" and "Chatham"; "my daughter lives ME2 but I'm in Rainham" is "Rainham"), else the text
     * as typed. The chat keeps this; the worker's record keeps it only for a place found ({@link PlaceLookup.Found}).
     *
     * @param read what {@link #lookup} gave
     * @return the place as understood; empty when nothing could be placed or read as a code (a place not known,
     *         "Chatham, no, Faversham", or none)
     */
    public Optional<String> understood(PlaceLookup read) {
        if (read instanceof PlaceLookup.NotFound notFound) {
            return Optional.ofNullable(notFound.postcode()).map(Postcode::text);
        }
        PlaceLookup.Found found = (PlaceLookup.Found) read;
        if (found.town() == null) {
            return Optional.of(found.postcode().text());
        }
        String name = PlaceNames.title(found.town());
        // the name alone must read back as the same place, or the text kept would move the person elsewhere
        return Optional.of(lookup(name) instanceof PlaceLookup.Found again && found.point().equals(again.point())
                ? name : found.input());
    }

    /**
     * Whether the words, in any case, are exactly the name of a town of the shipped (local) list
     * ("chatham", "Hoo St Werburgh"): a bare town name ending a search ("mens group gillingham") is
     * read as its place only then, since the national list holds towns named like everyday words
     * ("Reading", "Street", "Deal").
     */
    public boolean namesLocalTown(String words) {
        String key = PlaceNames.key(words);
        return key != null && !key.isEmpty() && towns.named(key).stream().anyMatch(Town::local);
    }

    /**
     * Whether the words, in any case, are exactly the name of a town of the shipped (local) list,
     * without a gazetteer at hand: the same answer as {@link #namesLocalTown} on every gazetteer,
     * since the local towns are always the shipped ones (a national list adds towns that are not
     * local). For reading at import what a service's words limit it to.
     */
    public static boolean namesShippedTown(String words) {
        String key = PlaceNames.key(words);
        return key != null && !key.isEmpty() && ShippedTowns.NAMES.named(key).stream().anyMatch(Town::local);
    }

    /** The shipped town list, read once on first use. */
    private static final class ShippedTowns {
        static final PlaceNames NAMES = PlaceNames.shipped();
    }

    private PlaceLookup locate(String shown, Postcode postcode) {
        if (!PlaceWords.districtExists(postcode.outward())) {
            // "ME0 1AA", "ME21", "G1R 0AA": a district that does not exist is not a place Lantern can accept
            return new PlaceLookup.NotFound(shown, "There is no postcode district " + postcode.outward()
                    + " that we know of" + ONLY_REMOTE, null, true);
        }
        if (postcode.isFull() && !PlaceWords.unit(postcode.text().substring(postcode.text().length() - 2))) {
            // "ME7 1CI": no UK postcode's unit uses C, I, K, M, O or V, so this is no postcode at all
            return new PlaceLookup.NotFound(shown, "\"" + shown + "\" doesn't look like a UK postcode (for example "
                    + "ME7 1AB or ME7)" + ONLY_REMOTE, null, true);
        }
        if (postcode.isFull()) {
            Optional<GeoPoint> exact = point(postcode);
            if (exact.isPresent()) {
                return new PlaceLookup.Found(shown, postcode, exact.get(), PlaceLookup.Precision.POSTCODE);
            }
        }
        // a sector's own centre when the national file is loaded, else its district's
        Optional<GeoPoint> area = postcode.isSector() ? point(postcode).or(() -> point(postcode.district()))
                : point(postcode.district());
        if (area.isPresent()) {
            return new PlaceLookup.Found(shown, postcode, area.get(), PlaceLookup.Precision.DISTRICT);
        }
        return new PlaceLookup.NotFound(shown, notCovered(postcode), postcode, true);
    }

    /**
     * What the person is told about a well-formed postcode, sector or district the tables do not hold ("ME14",
     * "DA12 2", "SW1A 1AA"): read as itself, in an area Lantern does not cover yet.
     */
    public static String notCovered(Postcode postcode) {
        return postcode.text() + " is outside the area Lantern covers so far" + ONLY_REMOTE;
    }

    private Optional<GeoPoint> point(Postcode postcode) {
        if (national != null) {
            Optional<OnsPostcodeDirectory.Entry> entry = national.find(postcode);
            if (entry.isPresent()) {
                return Optional.of(entry.get().point());
            }
        }
        return Optional.ofNullable(points.get(postcode.text()));
    }

    /**
     * A town named anywhere in the words, longest name first ("newcastle upon tyne" before
     * "newcastle"). One rule for a town's name inside another name: before a street type ({@link
     * PlaceWords#STREET_TYPES}: "Rochester Road", "Chatham Hill") it is a road's name, and roads are named for where
     * they lead, so not the town; before any other word it is the town, as landmarks, stations and high streets
     * are named for where they stand ("right by Chatham Dockyard", "Gillingham FC ground", "Strood High Street"). A county given after it chooses between namesakes; without one the local
     * (shipped) namesake wins, and otherwise the person is asked which.
     */
    private Optional<PlaceLookup> town(String shown, List<String> words) {
        for (int length = Math.min(PlaceNames.MAX_WORDS, words.size()); length >= 1; length--) {
            for (int start = 0; start + length <= words.size(); start++) {
                if (start + length < words.size() && PlaceWords.STREET_TYPES.contains(words.get(start + length))) {
                    continue; // "Rochester Road" is a street's name, not the town
                }
                String typed = String.join(" ", words.subList(start, start + length));
                // a slip in a local town's name ("chatam", "Lords Wood") where one town is clearly nearest
                // "Stroud, Kent": with the local county named, the slip is the local town's
                String county = towns.named(typed).isEmpty() ? county(words.subList(start + length, words.size())) : null;
                String name = towns.named(typed).isEmpty() ? towns.nearestLocal(typed, county != null
                        && towns.isLocalArea(county)).orElse(typed) : typed;
                List<Town> named = towns.named(name);
                if (named.isEmpty()) {
                    continue;
                }
                if (named.stream().anyMatch(t -> t.liesIn(name)) && namesAnotherTown(words, start, length)) {
                    continue; // "Medway, Chatham specifically": the town named is more exact than its area
                }
                // a landmark named after a whole area ("5 mins from Medway Maritime Hospital", "the Medway Tunnel")
                // stands somewhere in it, so it places no one: a place given, not known
                if (named.stream().anyMatch(t -> t.liesIn(name)) && areaLandmark(words, start + length)) {
                    return Optional.of(new PlaceLookup.NotFound(shown, "We can't tell where that is in "
                            + PlaceNames.title(name) + "; please give your postcode or town" + ONLY_REMOTE, null, true));
                }
                // a landmark named after the town ("right by Chatham Dockyard", "near Rochester Cathedral", "Chatham
                // station") places the person in it; a road named after it (above) leads there from elsewhere
                PlaceLookup chosen = choose(shown, name, named, words.subList(start + length, words.size()));
                // round 19 (a23): a town read from a near-miss of its name keeps the words typed, to be said back
                return Optional.of(chosen instanceof PlaceLookup.Found f && !name.equals(typed)
                        && !PlaceNames.key(typed).equals(name)
                        ? new PlaceLookup.Found(f.input(), f.postcode(), f.point(), f.precision(), f.town(),
                                asTyped(shown, typed)) : chosen);
            }
        }
        return Optional.empty();
    }

    /**
     * What a landmark is, among the three words after an area's name ("Medway Maritime Hospital", "Medway Council
     * offices"); "the Medway towns", "Medway Council area" and "coming to Medway to see my sister" name none.
     */
    private static final Set<String> LANDMARKS = Set.of("hospital", "tunnel", "bridge", "offices", "office",
            "building", "buildings", "station", "school", "college", "university", "campus", "centre", "center",
            "stadium", "ground", "library", "museum", "hall", "crematorium", "services", "pool", "lido", "hq", "depot",
            "prison", "court", "courts", "airport", "port", "docks", "marina", "barracks", "shopping", "retail",
            "leisure", "crossing");
    /** Words that end the name after an area before any landmark word ("Medway to see", "Medway and Kent"). */
    private static final Set<String> NAME_ENDS = Set.of("to", "and", "or", "but", "of", "on", "at", "for", "in", "not",
            "any", "area", "towns", "town");

    /** Whether the name going on at {@code from} is a landmark's ({@link #LANDMARKS}) rather than the area's. */
    private static boolean areaLandmark(List<String> words, int from) {
        for (int i = from; i < Math.min(words.size(), from + 3); i++) {
            if (NAME_ENDS.contains(words.get(i))) {
                return false;
            }
            if (LANDMARKS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words outside {@code start..start+length} name another town of the list. */
    private boolean namesAnotherTown(List<String> words, int start, int length) {
        for (int i = 0; i < words.size(); i++) {
            if ((i < start || i >= start + length) && !towns.named(words.get(i)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private PlaceLookup choose(String shown, String name, List<Town> named, List<String> after) {
        if (abroad(after)) {
            return new PlaceLookup.NotFound(shown, "We know " + PlaceNames.title(name) + " only in the UK"
                    + ONLY_REMOTE, null, true);
        }
        // round 18 (a22), moved here in round 19 (a23): "Gillingham near Shaftesbury", "Rainham, nr Hornchurch": the
        // namesake elsewhere, placed by a town beside it, as "Gillingham, Dorset" is placed by its county
        String neighbour = PlaceWords.namesakesNeighbour(shown);
        if (neighbour != null) {
            return new PlaceLookup.NotFound(shown, "That sounds like the place of that name near " + neighbour
                    + ", which we can't look up" + ONLY_REMOTE, null, true);
        }
        String county = county(after);
        List<Town> candidates = new ArrayList<>(named);
        if (county != null) {
            candidates.removeIf(t -> !t.liesIn(county));
            if (candidates.isEmpty()) {
                return new PlaceLookup.NotFound(shown, "We know " + PlaceNames.title(name) + " only in "
                        + String.join(" or ", named.stream().map(Town::where).filter(java.util.Objects::nonNull).distinct().toList()) + ", not in "
                        + PlaceNames.title(county) + ONLY_REMOTE, null, true);
            }
        }
        List<Town> local = candidates.stream().filter(Town::local).toList();
        if (candidates.size() > 1 && local.size() == 1) {
            candidates = local;
        }
        List<String> places = candidates.stream().map(Town::shown).distinct().toList();
        if (places.size() > 1) {
            return new PlaceLookup.NotFound(shown, "There is more than one " + PlaceNames.title(name) + ": "
                    + String.join(" or ", places) + ". Which one? Add the county, for example \"" + places.get(0)
                    + "\".", null, true);
        }
        Town town = candidates.get(0);
        Optional<GeoPoint> point = town.point() != null ? Optional.of(town.point())
                : point(town.district());
        return point.<PlaceLookup>map(p -> new PlaceLookup.Found(shown, town.district(), p,
                PlaceLookup.Precision.TOWN, name)).orElseGet(() -> new PlaceLookup.NotFound(shown,
                "We couldn't place " + PlaceNames.title(name) + ONLY_REMOTE, null,
                true));
    }

    /**
     * The words of {@code shown} that make up {@code typed} (its words in lower case), case and signs between them
     * kept ("Gilingham", "Lords Wood"); {@code typed} itself when they cannot be found.
     */
    private static String asTyped(String shown, String typed) {
        String between = "[^\\p{L}]+";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\p{L})" + String.join(between,
                java.util.Arrays.stream(typed.split(" ")).map(java.util.regex.Pattern::quote).toList()) + "(?!\\p{L})",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(shown);
        return m.find() ? m.group() : typed;
    }

    /**
     * A town read as {@link PlaceLookup.Found#town()} gives it, with the local authority or county that tells it from
     * its namesakes ("Gillingham, Medway"); the name alone when the tables give neither.
     */
    public String townShown(String town) {
        List<Town> named = towns.named(town);
        Town t = named.stream().filter(Town::local).findFirst().orElse(named.isEmpty() ? null : named.get(0));
        String where = t == null ? null : t.authority() != null ? t.authority() : t.county();
        return PlaceNames.title(town) + (where == null || where.equals(town) ? "" : ", " + PlaceNames.title(where));
    }

    /** Words that may stand between a town and the area qualifying it ("Rainham in north east London"). */
    private static final Set<String> QUALIFYING = Set.of("in", "the", "north", "south", "east", "west", "central",
            "mid", "northern", "southern", "eastern", "western", "outer", "inner", "upstate", "state");

    /** Whether the words after a town name a place abroad ("Rochester, New York"). */
    private static boolean abroad(List<String> after) {
        for (int length = Math.min(3, after.size()); length >= 1; length--) {
            for (int start = 0; start + length <= after.size(); start++) {
                // straight after the town ("Rochester, New York", "Rochester in NY"), not "just the two of us"
                // round 19 (a23): or after a county-like word that is the rest of a name abroad ("Chatham-Kent, Ontario")
                if (after.subList(0, start).stream().allMatch(w -> QUALIFYING.contains(w)
                        || PlaceWords.COUNTIES.contains(w) && !PlaceWords.NATIONS.contains(w))
                        && PlaceWords.ABROAD.contains(String.join(" ", after.subList(start, start + length)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The county or local authority named in the words after a town, if any; nations choose nothing. */
    private String county(List<String> after) {
        for (int length = Math.min(4, after.size()); length >= 1; length--) {
            for (int start = 0; start + length <= after.size(); start++) {
                String words = String.join(" ", after.subList(start, start + length));
                // "Chatham, near Maidstone" places the town by another, "Chatham, Sutton Road" names a street
                // the area qualifies the town only straight after it ("Rainham, in Havering", "the Kent one",
                // "Newport, Wales, Gwent"): "Gillingham but I work in Maidstone" names another place
                boolean near = !after.subList(0, start).stream().allMatch(w -> QUALIFYING.contains(w)
                        || PlaceWords.NATIONS.contains(w) || towns.isArea(w));
                boolean street = start + length < after.size()
                        && PlaceWords.STREET_TYPES.contains(after.get(start + length));
                if (towns.isArea(words) && !PlaceWords.NATIONS.contains(words) && !near && !street) {
                    return words;
                }
            }
        }
        return null;
    }

    /**
     * A place as words: lower case, letters only, without a leading "I live in", "near" or "in" and
     * without a trailing county ("Chatham, Kent" and "chatham kent" are "chatham").
     */
    public static String placeWords(String shown) {
        List<String> words = new ArrayList<>(PlaceWords.words(PlaceWords.plain(shown)));
        for (int length = Math.min(4, words.size() - 1); length >= 1; length--) {
            String tail = String.join(" ", words.subList(words.size() - length, words.size()));
            if (PlaceWords.COUNTIES.contains(tail)) {
                words.subList(words.size() - length, words.size()).clear();
                break;
            }
        }
        return String.join(" ", words).toLowerCase(Locale.UK);
    }
}
