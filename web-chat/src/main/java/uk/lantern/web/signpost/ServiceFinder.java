package uk.lantern.web.signpost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import uk.lantern.directory.DirectoryAnswer;
import uk.lantern.directory.DirectoryRequest;
import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.directory.geo.Postcode;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.search.DirectoryAnalysis;
import uk.lantern.directory.search.NeedWords;
import uk.lantern.directory.search.ServiceHit;
import uk.lantern.directory.search.ServiceQuery;
import uk.lantern.directory.signpost.Eligibility;
import uk.lantern.directory.signpost.Person;
import uk.lantern.directory.signpost.Signposting;
import uk.lantern.directory.signpost.Signposts;

/**
 * Suggestions as the chat, the tablet and the leaflet show them: the directory's signposting
 * decides, this words each suggestion as a card. Thread-safe.
 */
public final class ServiceFinder {

    /**
     * Said wherever suggestions come from the sample directory shipped with Lantern, so nobody takes
     * an example for a real local service; gone once a council's or provider's data is imported.
     */
    public static final String SAMPLE_NOTE = "Please note: these are example services to show how Lantern works,"
            + " not a real list of local services yet.";

    /** Said before paid services shown because nothing free matched a request for something free. */
    public static final String NONE_FREE = "I couldn't find anything free like that, so these ones charge or may"
            + " charge: each is marked as paid.";

    /**
     * Words that say what form help takes, or that anyone asking would use, rather than what the help is
     * ("group", "club", "class", "help", "someone"): a request whose other words no service offers
     * ("knitting group", "job club") finds nothing, rather than any group or club at all.
     */
    private static final Set<String> FORM_WORDS = Set.of("group", "groups", "club", "clubs", "class", "classes",
            "session", "sessions", "lesson", "lessons", "course", "courses", "meeting", "meetings", "meet", "service",
            "services", "help", "support", "activity", "activities", "centre", "center", "local", "people", "someone",
            "somebody", "anyone", "anybody", "please", "need", "want", "looking", "find", "like", "would", "i", "i'm",
            "im", "me", "my", "can", "could", "you", "us", "we", "our", "do", "go", "get", "join", "there", "what",
            "where", "which", "who", "how", "any", "some", "other", "others",
            // wanting anything at all, not a kind of help: "somewhere to go on a Thursday", "anything on near me"
            "somewhere", "anywhere", "something", "anything", "place", "places", "thing", "things", "stuff", "out",
            "about", "around", "nearby", "near", "on", "to", "for");

    /** At most one slip (Levenshtein, Apache Commons Text) between a typed word and a form word it stands for. */
    private static final LevenshteinDistance ONE_SLIP =
            new LevenshteinDistance(1);

    private final LocalServicesDirectory directory;

    public ServiceFinder(LocalServicesDirectory directory) {
        this.directory = directory;
    }

    /**
     * What to offer one person after a screening.
     *
     * @param answers question id to the value kept (as the questionnaire validates them)
     * @param needs   the need term ids the rules raised; none raised, nothing offered
     * @param place   the place the person gave; null to read the {@code postcode} answer
     * @param max     at most this many, 1 to 100
     */
    public Offer offer(Map<String, ?> answers, Set<String> needs, String place, int max) {
        return offer(answers, needs, place, max, false);
    }

    /**
     * As {@link #offer(Map, Set, String, int)}; {@code listeningLine}: the person wrote in the chat
     * of hopelessness or harming themselves, so they are signposted as for an answer of thoughts of
     * harm ({@link Person.Cause#THOUGHTS_OF_HARM}: a listening line by phone first).
     */
    public Offer offer(Map<String, ?> answers, Set<String> needs, String place, int max, boolean listeningLine) {
        return offer(answers, needs, place, max, listeningLine, false);
    }

    /**
     * As {@link #offer(Map, Set, String, int, boolean)}; {@code saidNoVoicePhone}: the person said in the chat that
     * they cannot use a voice phone ({@link VoicePhone#saysNoVoicePhone}), so help only by voice phone is left out.
     */
    public Offer offer(Map<String, ?> answers, Set<String> needs, String place, int max, boolean listeningLine,
                       boolean saidNoVoicePhone) {
        Person person = Person.fromAnswers(answers, needs, place);
        if (listeningLine && !person.causes().contains(Person.Cause.THOUGHTS_OF_HARM)) {
            Set<Person.Cause> causes = EnumSet.of(Person.Cause.THOUGHTS_OF_HARM);
            causes.addAll(person.causes());
            person = new Person(person.age(), person.sex(), person.carer(), person.bereaved(), person.sightLoss(),
                    person.hearingLoss(), person.cannotGetOut(), person.dailyDifficulty(), person.costKeepsIn(),
                    person.needs(), person.place(), causes);
        }
        VoicePhone.Found usable = VoicePhone.signposts(directory, person, answers, max, saidNoVoicePhone);
        Signposts found = usable.signposts();
        String lead = usable.lead();
        return new Offer(found.place(), found.placeInput(), found.placeName(), lead,
                found.services().stream().map(ServiceSuggestion::of).toList(), directory.isSample());
    }

    /**
     * A follow-up after the summary (round 15, new-user trial: "What is there near me that's free? I can't get on
     * a bus" found nothing, though free help that comes to her had just been shown): the person's own suggestions,
     * from their answers and place, for the needs of the services the summary showed, kept only when free
     * ({@code free}) and only when they come to the person ({@code staysIn}: a home visit, phone or online).
     *
     * @param answers question id to the value kept
     * @param shownIds the ids of the services the summary showed; their needs are the needs looked for
     * @param place   the place the person gave; null to read the {@code postcode} answer
     * @param max     at most this many, 1 to 100
     */
    public Offer followUp(Map<String, ?> answers, List<String> shownIds, String place, boolean free, boolean staysIn,
                          int max) {
        Set<String> needs = new LinkedHashSet<>();
        for (String id : shownIds) {
            directory.service(id).ifPresent(s -> needs.addAll(s.needs()));
        }
        Person p = Person.fromAnswers(answers, needs, place);
        // one who says now they cannot get out no longer gets out (Person.Cause.GETS_OUT)
        Set<Person.Cause> causes = EnumSet.noneOf(Person.Cause.class);
        causes.addAll(p.causes());
        if (staysIn) {
            causes.remove(Person.Cause.GETS_OUT);
        }
        Person person = new Person(p.age(), p.sex(), p.carer(), p.bereaved(), p.sightLoss(), p.hearingLoss(),
                p.cannotGetOut() || staysIn, p.dailyDifficulty(), p.costKeepsIn() || free, p.needs(), p.place(),
                causes);
        Signposts found = directory.signposts(person, 100);
        List<ServiceSuggestion> kept = found.services().stream()
                .filter(s -> (!free || s.free()) && (!staysIn || s.comesToPerson()))
                .limit(max).map(ServiceSuggestion::of).toList();
        return new Offer(found.place(), found.placeInput(), found.placeName(), found.lead(), kept,
                directory.isSample());
    }

    /**
     * True when the words name no kind of help: each is a {@link #FORM_WORDS form word} (or a slip of one), one of
     * {@code besides}, or a word of three letters or fewer ("near me that's free", "anything that comes to me").
     */
    public boolean namesNoKindOfHelp(String words, Set<String> besides) {
        return words == null || Arrays.stream(words.toLowerCase(Locale.UK).replace('\u2019', '\'').split("[^a-z']+"))
                .filter(w -> !w.isBlank() && w.length() > 3 && !besides.contains(w))
                .allMatch(ServiceFinder::isFormWord);
    }

    /**
     * True when the words (null for none) ask for help with being Deaf or hard of hearing ("deaf club near me? BSL
     * interpreter?"): the directory's need words' {@code hearing} group, which also keeps the search to services for
     * sight and hearing loss.
     */
    public boolean asksForHearingHelp(String words) {
        return NeedWords.CURATED.names("hearing", words);
    }

    /** True while the directory is the sample shipped with Lantern; see {@link #SAMPLE_NOTE}. */
    public boolean showsSample() {
        return directory.isSample();
    }

    /**
     * The postcode, sector or district read from the text when it is well formed but outside the area the
     * tables cover ("SW2", "Maidstone ME14" is "ME14"), in standard form; empty for a place known, a place not
     * known that is no code, or no place.
     */
    public Optional<String> codeOutsideTheArea(String text) {
        return directory.gazetteer().lookup(text) instanceof PlaceLookup.NotFound n && n.postcode() != null
                ? Optional.of(n.postcode().text()) : Optional.empty();
    }

    /**
     * Whether the text names a place, known or not ("Maidstone", "SW2"), rather than a refusal or
     * other words ("my area", "the morning").
     */
    public boolean namesAPlace(String text) {
        PlaceLookup lookup = directory.gazetteer().lookup(text);
        return lookup instanceof PlaceLookup.Found || lookup instanceof PlaceLookup.NotFound n && n.placeGiven();
    }

    /**
     * Services matching the words (either may be null) that work where the person is, best first,
     * each once: what the chat answers. The ranking of {@link #rankedByWords}, then the
     * signposting's place rule ({@code LocalServicesDirectory.worksAt}): near a known place, venues
     * within ten miles and services whose areas cover it; with no place or one Lantern does not
     * know, only services by phone or online across the nation, never far-away venues.
     *
     * @param max at most this many, 1 to 100
     */
    public WordsAnswer search(String words, String place, int max) {
        SearchWords asked = SearchWords.read(words);
        String where = placeOf(asked, words, place);
        Optional<KindsAskedFor.NotHeld> notHeld = notHeld(words, where);
        if (notHeld.isPresent()) {
            // round 21 (g28): a kind Lantern holds none of here; only what really relates, and the answer says so
            KindsAskedFor.Kind kind = notHeld.get().kind();
            DirectoryAnswer instead = instead(notHeld.get(), asked, where);
            Predicate<Service> works = directory.worksAt(where);
            List<ServiceSuggestion> cards = cards(instead.results().hits().stream().filter(h -> works.test(h.service()))
                    .toList(), max, false, approximateFrom(instead));
            return new WordsAnswer(statusOf(where), where, cards, false, kind.label(),
                    cards.isEmpty() ? null : kind.lead());
        }
        if (nothingFits(asked)) {
            return new WordsAnswer(statusOf(where), where, List.of(), false, null, null);
        }
        DirectoryAnswer answer = find(asked, where);
        Predicate<Service> works = directory.worksAt(where);
        Predicate<ServiceHit> offered = h -> works.test(h.service()) && !asked.unwantedName(h.service().name());
        List<ServiceHit> kept = answer.results().hits().stream().filter(offered).toList();
        boolean noneFree = answer.noneFree();
        if (kept.isEmpty() && asked.free() && !noneFree) {
            // free ones matched but none works here: the paid ones that do, marked, rather than nothing
            kept = find(asked.anyCost(), where).results().hits().stream().filter(offered).toList();
            noneFree = !kept.isEmpty();
        }
        Signposts.PlaceStatus status = answer.place() instanceof PlaceLookup.Found ? Signposts.PlaceStatus.KNOWN
                : where == null ? Signposts.PlaceStatus.NONE : Signposts.PlaceStatus.UNKNOWN;
        return new WordsAnswer(status, where, cards(phoneFirst(kept, words), max, noneFree, approximateFrom(answer)),
                noneFree, null, null);
    }

    /**
     * Services matching the words near the place (either may be null), best first, each once, as
     * the directory's search ranks them, before the place rule of {@link #search}: what the
     * relevance harness compares with its full-text baseline, which knows no place rule either.
     * The words are read as {@link SearchWords} says: "free" keeps only free services (or, when
     * none match, the paid ones marked as paid), a day ("on a Tuesday", "Tuesdays") only services
     * that run then, what the person does not want ("not a group") is not matched and services so
     * named are left out, and with no place given a place named at the end ("lunch club in
     * Strood", "mens group gillingham") is the place.
     *
     * @param max at most this many, 1 to 100
     */
    public List<ServiceSuggestion> rankedByWords(String words, String place, int max) {
        SearchWords asked = SearchWords.read(words);
        String where = placeOf(asked, words, place);
        Optional<KindsAskedFor.NotHeld> notHeld = notHeld(words, where);
        if (notHeld.isPresent()) {
            // round 21 (g28): a kind Lantern holds none of here: only what really relates and works here, else nothing
            // (with no place, as below, the ranking before the place rule: the place rule is the chat's)
            DirectoryAnswer instead = instead(notHeld.get(), asked, where);
            Predicate<Service> works = where == null ? service -> true : directory.worksAt(where);
            return cards(instead.results().hits().stream().filter(h -> works.test(h.service())).toList(), max, false,
                    approximateFrom(instead));
        }
        if (nothingFits(asked)) {
            return List.of();
        }
        DirectoryAnswer answer = find(asked, where);
        List<ServiceHit> hits = answer.results().hits().stream().filter(h -> !asked.unwantedName(h.service().name()))
                .toList();
        hits = otherSexLast(hits, words);
        if (where != null && answer.place() instanceof PlaceLookup.NotFound) {
            hits = nearAPlaceNotKnown(hits, where);
        } else if (where != null && answer.place() instanceof PlaceLookup.Found
                && (words == null || !OFFERS_TO_HELP.matcher(words.toLowerCase(Locale.UK)).find())) {
            hits = townsFirst(hits, where);
        }
        return cards(phoneFirst(hits, words), max, answer.noneFree(), approximateFrom(answer));
    }

    /**
     * A wish for company or help by phone ("telephone befriending", "a phone friend for my gran", "someone to ring her
     * every week for a chat", "by phone"), round 20 (g27, relevance set p's r49 and earlier sets' kin: at a known
     * place the local visiting schemes, whose names say "befriending", came before the national phone line).
     */
    private static final Pattern PHONE_WISH = Pattern.compile(
            "\\b(?:tele)?phone (?:befriend\\w*|friend\\w*|buddy|buddies|chats?|calls? (?:now and then|to chat|for a chat"
            + "|every|each|once))\\b|\\b(?:by|over the) (?:tele)?phone\\b|\\bto (?:phone|ring|call) (?:me|him|her|them"
            + "|my \\w+)(?: up)? (?:every|each|once|for a chat|now and then|regularly)\\b");
    /**
     * Words that turn the phone away ("not on the phone", "won't use the phone", "phone cant", "scam calls"), or wish for
     * visits too, when the phone is not put first.
     */
    private static final Pattern NO_PHONE = Pattern.compile(
            "\\b(?:not|no|never|won't|wont|can't|cant|cannot|doesn't|don't|hate|rather not)\\b[^.,;]{0,25}\\b(?:tele)?phone"
            + "|\\bphone (?:cant|can't|no good|calls are no)|\\bscam"
            // visits wished for too ("regular visits and possibly a phone friend too"): the phone is not the first wish
            + "|\\bvisit(?:s|ing|or|ors)?\\b|\\b(?:pop|call|come|go) round\\b|\\bface to face\\b|\\bin person\\b");

    /**
     * The hits with services that work by telephone first, in their order, when the words wish for help by phone
     * ({@link #PHONE_WISH}) and do not turn it away ({@link #NO_PHONE}); else as they are.
     */
    private static List<ServiceHit> phoneFirst(List<ServiceHit> hits, String words) {
        if (words == null) {
            return hits;
        }
        String lower = words.toLowerCase(Locale.UK).replace('\u2019', '\'');
        if (!PHONE_WISH.matcher(lower).find() || NO_PHONE.matcher(lower).find()) {
            return hits;
        }
        List<ServiceHit> first = new ArrayList<>();
        List<ServiceHit> last = new ArrayList<>();
        for (ServiceHit h : hits) {
            (h.service().deliveries().contains(uk.lantern.directory.model.Delivery.TELEPHONE) ? first : last).add(h);
        }
        first.addAll(last);
        return first;
    }

    /**
     * Where the answer's distances are from, as {@link Signposting#approximateFrom} says it (round 16, issue 13: the
     * chat's answers gave tenths of a mile from a district's or town's centre, where the cards say "about 3 miles
     * away" or "about 3 miles from Chatham"); null from a full postcode or with no place known.
     */
    private static String approximateFrom(DirectoryAnswer answer) {
        return answer.place() instanceof PlaceLookup.Found f ? Signposting.approximateFrom(f) : null;
    }

    /** Words that say the request is for women or a woman ("anxiety group for women", "blind lady on her own"). */
    private static final Pattern WOMEN_WORDS = Pattern.compile(
            "\\b(?:woman|women|womens|women's|ladies|lady|female|females|girls)\\b");
    /** Words that say the request is for men or a man ("talk to other blokes", "a man on his own"). */
    private static final Pattern MEN_WORDS = Pattern.compile(
            "\\b(?:man|men|mens|men's|blokes?|gents|male|males|lads|chaps|fellas)\\b");

    /**
     * The hits with the services only for the other sex put last, each band in search order, when the words name one
     * sex and not the other (round 18, relevance sealed v13: "anxiety group for women" had a men's group first;
     * "a gentle walk and a chat for a man on his own" a women's walking group). A service is for one sex when its
     * eligibility ({@link Eligibility#of}) names that sex's group; the person cannot join it, so it answers nothing.
     */
    private static List<ServiceHit> otherSexLast(List<ServiceHit> hits, String words) {
        if (words == null) {
            return hits;
        }
        String lower = words.toLowerCase(Locale.UK);
        boolean women = WOMEN_WORDS.matcher(lower).find();
        boolean men = MEN_WORDS.matcher(lower).find();
        if (women == men) {
            return hits;
        }
        Eligibility.Group other = women ? Eligibility.Group.MEN : Eligibility.Group.WOMEN;
        List<ServiceHit> first = new ArrayList<>();
        List<ServiceHit> last = new ArrayList<>();
        for (ServiceHit h : hits) {
            (Eligibility.of(h.service()).groups().contains(other) ? last : first).add(h);
        }
        first.addAll(last);
        return first;
    }

    /**
     * Words of someone offering to help ("I'd like to do some volunteering", "be a befriender"): a service's towns
     * say whom it serves, not where its volunteers live, so {@link #townsFirst} leaves such a search's order alone.
     */
    private static final Pattern OFFERS_TO_HELP = Pattern.compile(
            "\\bvolunt\\w*|\\bbe(?:come)? an? befriender\\b");

    /**
     * The hits at a known place, with the services whose words limit them to towns reordered among their own places
     * in the list: those for the person's town (or for an area that holds it) before those for other towns, each in
     * search order (round 18, relevance sealed v13: Rochester and Strood's befriending scheme ranked above
     * Gillingham's for "could anyone pop round to my mum" in Gillingham, which signposting would never offer her).
     * Every other service keeps its place: the earlier sets' judges graded both schemes Medway-wide, so moving a
     * scheme for other towns below unrelated services lost more than it gained.
     */
    private List<ServiceHit> townsFirst(List<ServiceHit> hits, String place) {
        Predicate<Service> otherTowns = directory.forOtherTowns(place);
        List<Integer> slots = new ArrayList<>();
        List<ServiceHit> theirs = new ArrayList<>();
        List<ServiceHit> others = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Service s = hits.get(i).service();
            if (Signposting.limitedToTowns(s)) {
                slots.add(i);
                (otherTowns.test(s) ? others : theirs).add(hits.get(i));
            }
        }
        if (theirs.isEmpty() || others.isEmpty()) {
            return hits;
        }
        theirs.addAll(others);
        List<ServiceHit> reordered = new ArrayList<>(hits);
        for (int i = 0; i < slots.size(); i++) {
            reordered.set(slots.get(i), theirs.get(i));
        }
        return reordered;
    }

    /**
     * The hits for a place the tables do not know ("Leeds", "Woking", "Birmingham", "E8"), in three bands, each in
     * search order: services the place's words name, by their service area ("Woking", "Worcester" for
     * Worcestershire) or by the town or postcode district of a location they work from (a West Midlands service
     * based in Birmingham for "Birmingham"; Hackney's, at E8 1DY, for "E8"), then those the signposting's place
     * rule offers anywhere in the nation (by phone or online), then the rest. A far-away local scheme that merely
     * matches the words best comes after a national line that works where the person is; a regional service whose
     * area names a region, not the place, but which is based at the place, does not.
     */
    private List<ServiceHit> nearAPlaceNotKnown(List<ServiceHit> hits, String place) {
        List<String> words = Arrays.stream(place.toLowerCase(Locale.UK).split("[^a-z]+"))
                .filter(w -> w.length() >= 4).toList();
        String district = Postcode.parse(place)
                .map(Postcode::outward).orElse(null);
        Predicate<Service> works = directory.worksAt(place);
        List<ServiceHit> named = new ArrayList<>();
        List<ServiceHit> national = new ArrayList<>();
        List<ServiceHit> rest = new ArrayList<>();
        for (ServiceHit h : hits) {
            boolean areaNamed = h.service().serviceAreas().stream().anyMatch(a -> namedBy(a.name(), words));
            boolean basedThere = h.service().serviceAtLocations().stream()
                    .filter(at -> at.location() != null).flatMap(at -> at.location().addresses().stream())
                    .anyMatch(a -> namedBy(a.city(), words) || district != null && a.postalCode() != null
                            && Postcode.parse(a.postalCode())
                                    .map(p -> p.outward().equals(district)).orElse(false));
            (areaNamed || basedThere ? named : works.test(h.service()) ? national : rest).add(h);
        }
        named.addAll(national);
        named.addAll(rest);
        return named;
    }

    /** True when a word of the name ("West Midlands", "Worcestershire") begins with one of the place's words. */
    private static boolean namedBy(String name, List<String> placeWords) {
        return name != null && Arrays.stream(name.toLowerCase(Locale.UK).split("[^a-z]+"))
                .anyMatch(n -> placeWords.stream().anyMatch(n::startsWith));
    }

    /**
     * The place to search near, trimmed: the one given; else a place the words name after "in",
     * "near", "around" or "round" at their end that the gazetteer finds, or a local town's bare
     * name ending them; else null.
     */
    private String placeOf(SearchWords asked, String words, String place) {
        if (place != null && !place.isBlank()) {
            return place.strip();
        }
        if (asked.place() != null && directory.gazetteer().lookup(asked.place()) instanceof PlaceLookup.Found) {
            return asked.place();
        }
        if (words != null) {
            String[] w = words.toLowerCase(Locale.UK).split("[^a-z]+");
            for (int n = Math.min(3, w.length - 1); n >= 1; n--) {
                String tail = String.join(" ", Arrays.copyOfRange(w, w.length - n, w.length));
                if (directory.gazetteer().namesLocalTown(tail)) {
                    return tail;
                }
            }
        }
        return null;
    }

    /**
     * True when the words of the request that say what is wanted (all but {@link #FORM_WORDS}), searched
     * together, match no service, directly, through a synonym or after mending a slip ("knitting group on a
     * Monday" where nothing mentions knitting): nothing fits, and three services that merely say "group" would
     * be three wrong ones. Never when the request holds a one-way phrase of the curated synonyms (round 20).
     */
    private boolean nothingFits(SearchWords asked) {
        if (asked.words() == null) {
            return false;
        }
        // round 20 (g27): a one-way phrase of the curated list ("i dont want to be here anymore", "help me find
        // groups") is read first: its words are mostly words of form, dropped below, so nothing would seem to fit
        if (DirectoryAnalysis.saysAOneWayPhrase(asked.words())) {
            return false;
        }
        List<String> wanted = Arrays.stream(asked.words().split(" "))
                .filter(w -> !w.isBlank() && !isFormWord(w)).toList();
        return !wanted.isEmpty() && directory.search().servicesMatching(String.join(" ", wanted)) == 0;
    }

    /**
     * A form word, or a slip of one of five letters or more ("somwhere", "groop"). A word of the curated synonyms is
     * never a slip (round 17: "could pop round to my mum" found nothing, its "round" read as a slip of "around", so
     * the "pop round" the synonyms know as befriending was never searched).
     */
    private static boolean isFormWord(String word) {
        return FORM_WORDS.contains(word) || word.length() >= 5 && !DirectoryAnalysis.knownWord(word)
                && FORM_WORDS.stream().anyMatch(f -> f.length() >= 5 && ONE_SLIP.apply(word, f) >= 0);
    }

    /**
     * The kind of help the words name when no service of it works at the place ({@link KindsAskedFor}), round 21
     * (g28, issue 13: a food bank, an LGBT+ group or counselling asked for where the directory holds none got
     * nearby services of other kinds).
     */
    private Optional<KindsAskedFor.NotHeld> notHeld(String words, String where) {
        return KindsAskedFor.standard().notHeld(words, w -> directory.find(new DirectoryRequest(w, null, Set.of(),
                        Set.of(), null, null, null, false, false, 1, ServiceQuery.MAX_PAGE_SIZE)).results().hits().stream()
                .map(ServiceHit::service).toList(), directory.worksAt(where));
    }

    /**
     * What is offered in place of a kind not held: the services for the needs its relation allows, near the place,
     * after those for the needs the request's other words may add ("counselling since my wife died": bereavement
     * support first); the age, day and "free" the words gave still filter. Nothing when the kind allows nothing.
     */
    private DirectoryAnswer instead(KindsAskedFor.NotHeld notHeld, SearchWords asked, String where) {
        KindsAskedFor.Kind kind = notHeld.kind();
        List<ServiceHit> hits = new ArrayList<>();
        boolean restSays = !notHeld.rest().isBlank() && !nothingFits(SearchWords.read(notHeld.rest()));
        if (!kind.also().isEmpty() && restSays) {
            hits.addAll(directory.find(new DirectoryRequest(notHeld.rest(), where, kind.also(), Set.of(), null,
                    asked.age(), asked.day(), asked.free(), false, 1, ServiceQuery.MAX_PAGE_SIZE)).results().hits());
        }
        Eligibility.Group sex = sexNamed(notHeld.rest());
        if (kind.sameSex() && sex != null && restSays) {
            // "gay men's social group": a group only for men shares what the person asked of it and they can join it
            directory.find(new DirectoryRequest(notHeld.rest(), where, Set.of(), Set.of(), null, asked.age(), asked.day(),
                    asked.free(), false, 1, ServiceQuery.MAX_PAGE_SIZE)).results().hits().stream()
                    .filter(h -> Eligibility.of(h.service()).groups().contains(sex)).forEach(hits::add);
        }
        DirectoryAnswer offered = null;
        if (!kind.instead().isEmpty()) {
            offered = directory.find(new DirectoryRequest(null, where, kind.instead(), Set.of(), null, asked.age(),
                    asked.day(), asked.free(), false, 1, ServiceQuery.MAX_PAGE_SIZE));
            hits.addAll(offered.results().hits());
        }
        PlaceLookup place = offered != null ? offered.place() : directory.gazetteer().lookup(where);
        return new DirectoryAnswer(place, new uk.lantern.directory.search.SearchResults(hits, hits.size(), 1,
                Math.max(1, hits.size()), Map.of(), Optional.empty()), false);
    }

    /** The sex the words name, when they name one and not the other ({@link #MEN_WORDS}, {@link #WOMEN_WORDS}). */
    private static Eligibility.Group sexNamed(String words) {
        String lower = words.toLowerCase(Locale.UK);
        boolean women = WOMEN_WORDS.matcher(lower).find();
        boolean men = MEN_WORDS.matcher(lower).find();
        return women == men ? null : women ? Eligibility.Group.WOMEN : Eligibility.Group.MEN;
    }

    /** Whether the place given is one the gazetteer knows, one it does not, or none at all. */
    private Signposts.PlaceStatus statusOf(String where) {
        return where == null ? Signposts.PlaceStatus.NONE
                : directory.gazetteer().lookup(where) instanceof PlaceLookup.Found ? Signposts.PlaceStatus.KNOWN
                : Signposts.PlaceStatus.UNKNOWN;
    }

    private DirectoryAnswer find(SearchWords asked, String place) {
        // every candidate the index gives, so the place rule never leaves places to fill
        // an age the person states ("I'm 38") keeps out services whose age limits turn them away, as signposting does
        return directory.find(new DirectoryRequest(asked.words(), place, Set.of(), Set.of(), null, asked.age(), asked.day(),
                asked.free(), false, 1, ServiceQuery.MAX_PAGE_SIZE));
    }

    /**
     * The cards of the first {@code max} services; {@code paid}: each is marked as one that charges;
     * {@code approximateFrom}: as {@link ServiceSuggestion#approximateFrom()}.
     */
    private static List<ServiceSuggestion> cards(List<ServiceHit> hits, int max, boolean paid,
                                                 String approximateFrom) {
        Map<String, ServiceSuggestion> found = new LinkedHashMap<>();
        for (ServiceHit h : hits) {
            if (found.size() >= max) {
                break;
            }
            found.putIfAbsent(h.service().id(), ServiceSuggestion.of(h, paid, approximateFrom));
        }
        return List.copyOf(found.values());
    }

    /**
     * What a search in the person's words found.
     *
     * @param place      whether the place was known, not known or not given
     * @param placeInput the place as given, trimmed; null when none
     * @param services   best first, each once
     * @param noneFree   "free" was asked for and nothing free matched where the person is, so the
     *                   services are ones that charge, each marked as paid; say {@link #NONE_FREE} beside them
     * @param notHeld     the kind asked for by name ("a food bank") when Lantern knows of none that works where the
     *                    person is (round 21): the services are then only what relates to it, or none; else null
     * @param insteadLead what to say before the services offered instead of that kind; null when none are offered
     */
    public record WordsAnswer(Signposts.PlaceStatus place, String placeInput, List<ServiceSuggestion> services,
                              boolean noneFree, String notHeld, String insteadLead) {
        public WordsAnswer {
            services = List.copyOf(services);
        }
    }

    /**
     * Suggestions for one person.
     *
     * @param place    whether their place was known, unknown or not given
     * @param placeInput what the person gave, trimmed; null when nothing
     * @param placeName the place as understood ("ME7 1AB", "the ME7 area", "Chatham"); null unless known
     * @param lead     the sentence before the list: "near ..." only when the place is known, and how
     *                 to correct a place Lantern did not know
     * @param services the cards, best first, each service once
     * @param sample   true when they come from the sample directory shipped with Lantern
     */
    public record Offer(Signposts.PlaceStatus place, String placeInput, String placeName, String lead,
                        List<ServiceSuggestion> services, boolean sample) {
        public Offer {
            services = List.copyOf(services);
        }

        /** {@link #SAMPLE_NOTE} when there are sample services to label, else null. */
        public String sampleNote() {
            return sample && !services.isEmpty() ? SAMPLE_NOTE : null;
        }
    }
}
