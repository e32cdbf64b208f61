package uk.lantern.directory.signpost;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.lantern.directory.model.Service;
import uk.lantern.directory.model.TaxonomyTerm;

/**
 * Who a service is for, as exact data: age limits from HSDS {@code minimum_age} and
 * {@code maximum_age}, and groups from the service's attributes in the {@value #TAXONOMY_ID}
 * taxonomy (codes {@code men}, {@code women}, {@code carers}, {@code bereaved},
 * {@code sight_loss}, {@code hearing_loss}, {@code older}, {@code disabled}, {@code housebound},
 * and {@code everyone} for a service open to all).
 *
 * <p>Eligibility is written once, at import ({@link #recorded}): a service whose publisher sent
 * none of these attributes gets them read from its {@code eligibility_description} ("Men aged 18
 * and over", "Unpaid carers"), so a council's existing data still filters. They are stored with
 * the service in the database and in the index, and signposting reads only that stored form.
 * A service that was never recorded (built in code, or stored by an earlier version until the
 * next import) is read from its description the same way, so it is never more open than its
 * words say.
 *
 * @param minimumAge years, inclusive; null for no lower limit
 * @param maximumAge years, inclusive; null for no upper limit
 * @param groups     the groups the service is only for; empty for everyone
 * @param fromDescription true when the groups were read from the description (the fallback)
 */
public record Eligibility(Integer minimumAge, Integer maximumAge, Set<Group> groups, boolean fromDescription) {

    /** The HSDS taxonomy of eligibility attributes Lantern reads. */
    public static final String TAXONOMY_ID = "lantern-eligibility";

    /** A group a service may be only for. */
    public enum Group {
        MEN("men", "for men"),
        WOMEN("women", "for women"),
        CARERS("carers", "for carers"),
        BEREAVED("bereaved", "for people who have lost someone"),
        SIGHT_LOSS("sight_loss", "for people with sight loss"),
        HEARING_LOSS("hearing_loss", "for people with hearing loss"),
        /** Older people: aged {@value Eligibility#OLDER_AGE} or over. */
        OLDER("older", "for older people"),
        /**
         * Disabled people: as the Equality Act 2010 (section 6) puts it, an impairment with a
         * substantial effect on everyday activities; read from difficulty with daily tasks, or
         * sight or hearing loss.
         */
        DISABLED("disabled", "for disabled people"),
        /** People who cannot get out, or find it hard: the same people who are offered help that comes to them. */
        HOUSEBOUND("housebound", "for people who find it hard to get out");

        private final String code;
        private final String words;

        Group(String code, String words) {
            this.code = code;
            this.words = words;
        }

        public String code() {
            return code;
        }

        /** "for carers": how a reason says who the service is for. */
        public String words() {
            return words;
        }

        static Optional<Group> byCode(String code) {
            for (Group g : values()) {
                if (g.code.equalsIgnoreCase(code)) {
                    return Optional.of(g);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern MEN = Pattern.compile("\\b(men|male|man|gentlemen|gents?)\\b(?! and (women|ladies))");
    private static final Pattern WOMEN = Pattern.compile("\\b(women|female|woman|ladies)\\b(?! and men)");
    private static final Pattern CARERS = Pattern.compile("\\b(carers?|caring for|cares for|(looking|look|looks) after "
            + "(a|an|someone|somebody|their|your|his|her|a family member|a relative))\\b");
    /**
     * Whom a carer cares for ("carers of disabled people", "caring for a disabled child"): those words
     * describe the person cared for, so they add no group of their own to a service for carers.
     */
    private static final Pattern CARED_FOR = Pattern.compile("\\b(carers? (of|for)|caring for|cares? for"
            + "|(looking|look|looks) after)\\b[^,;.]*");
    /**
     * Why someone cannot get out ("housebound through illness or disability", "confined to their home by
     * a disability"): the cause, not a second group the person must also belong to.
     */
    private static final Pattern HOUSEBOUND_CAUSE = Pattern.compile("\\b(through|due to|because of|owing to"
            + "|as a result of|by)\\b[^,;.]*\\b(disab\\w*|illness|ill health|frailty|mobility)\\b[^,;.]*");
    private static final Pattern BEREAVED = Pattern.compile("\\b(bereaved|bereavement|grief|grieving|lost someone"
            + "|widow(ed|s|ers)?|(lost|loss of|death of|died) (a |an |their |your |his |her |my )?(close |loved |dear )?"
            + "(one|ones|someone|somebody|partner|husband|wife|spouse|child|son|daughter|parent|mother|father|mum"
            + "|dad|friend|family member|relative))\\b");
    private static final Pattern SIGHT = Pattern.compile("\\b(sight loss|sight|blind|visual(ly)? impair\\w*|partially sighted)\\b");
    private static final Pattern HEARING = Pattern.compile("\\b(hearing loss|hearing|deaf\\w*|hard of hearing|bsl users?)\\b");
    /** Older people by name; "60 or older" is an age limit (read by {@link #AGE_FROM}), not this group. */
    private static final Pattern OLDER = Pattern.compile("\\b((?<!\\b(?:and|or) )older|elderly|senior citizens?|seniors?|pensioners?"
            + "|oaps?|later life|old age|over[- ]?(50|55|60|65|70|75)s)\\b");
    private static final Pattern DISABLED = Pattern.compile("\\b(disab\\w*|wheelchair\\w*|(limited|reduced|poor) mobility"
            + "|mobility (problems?|difficult\\w*|issues?)|learning difficult\\w*)\\b");
    private static final Pattern HOUSEBOUND = Pattern.compile("\\b(house-?bound|home-?bound|confined to (their|the|your) homes?"
            + "|(hard|difficult|difficulty|unable|can[’']?t|cannot|can not|struggles?|struggling)\\W+(to\\W+)?"
            + "(leave|leaving|get out|getting out))\\b");
    /** Open to both sexes: a "men" or "women" in the words is then no limit. */
    private static final Pattern BOTH_SEXES = Pattern.compile("\\b(everyone|men and women|women and men|all genders"
            + "|any gender|open to all|ladies and gents|gents and ladies|ladies and gentlemen)\\b");
    /**
     * Words that name a group without limiting who may come, taken out before groups are read: who runs
     * or staffs the service ("run by carers", "staff trained in BSL", "volunteers include carers"), a
     * group with everyone else ("carers and the people they care for", "disabled and non-disabled people
     * alike", "deaf and hearing people") and facilities ("hearing loop fitted", "large print").
     */
    private static final Pattern NAMES_WITHOUT_LIMIT = Pattern.compile(
            "\\b(run|led|founded|started|set up|hosted|organi[sz]ed|staffed|delivered) by\\b.*?(?=\\bfor\\b|[,;.:()]|$)"
            + "|\\b(all )?(our )?(staff|volunteers)( are| who are)? (trained|include|includes|including|speak|use|have)"
            + "\\b[^,;.:()]*"
            + "|\\b\\w+ and (the )?(people|person|those|ones|family|loved ones?)( who| whom)? (they|he|she) "
            + "(care for|cares for|support|supports|look after|looks after)\\b"
            + "|\\b(\\w+)[- ]and[- ]non[- ]\\w+( people)?( alike)?|\\b\\w+ (and|or) \\w+ people alike"
            + "|\\bdeaf and hearing\\b|\\bhearing and deaf\\b|\\b(hearing|induction) loop\\b[^,;.:()]*"
            + "|\\blarge print\\b[^,;.:()]*");
    /** "women of all ages welcome": the welcome is to every age of the group, not to everyone. */
    private static final Pattern ALL_AGES_WELCOME = Pattern.compile("\\bof (all|any) ages?( are)? (welcome|welcomed)\\b");
    /**
     * A clause that welcomes, warns or gives examples rather than limits ("wheelchair users welcome",
     * "not suitable for wheelchair users", "open to all ages, including older people"): its groups
     * are not who the service is for.
     */
    private static final Pattern NOT_A_LIMIT = Pattern.compile("\\b(welcome|welcomed|welcoming|not suitable|unsuitable"
            + "|accessible|step-free|step free|including|especially|particularly|concession\\w*|discount\\w*"
            + "|reduced (price|prices|rate|rates|fee|fees)|cheaper|accompanied|come free|comes free|go free"
            + "|originally|formerly|previously|used to|was once|began as|started as)\\b");
    private static final Pattern CLAUSES = Pattern.compile("[,;.:()]|\\band\\b(?= (?:all|any|everyone|carers?|families) )");
    /**
     * "aged 18-65", "ages 16 to 25", "between 18 and 65", "aged between 50 and 75", "age range 13-19",
     * "18 to 65 year olds", "(18 to 64)" (written "aged 18 to 64" by then): both limits. Ages are
     * written "N years" by then too ("18yrs" and "18 years old" alike).
     */
    private static final Pattern AGE_RANGE = Pattern.compile("\\b(?:(?:aged|ages|age|age range)(?: between)?"
            + "|between(?: the ages? of| ages)?) (\\d{1,2})(?: years)? ?(?:-|\u2013|to|and) ?(\\d{1,3})\\b"
            + "|\\b(\\d{1,2})(?: years)? ?(?:-|\u2013|to) ?(\\d{1,3}) years");
    /** "60 and over", "50+", "18yrs+", "aged 65 or older", "over 60s", "over the age of 55": the lower limit. */
    private static final Pattern AGE_FROM = Pattern.compile("\\b(\\d{1,2})(?: years)? ?(?:\\+|plus\\b|and over\\b"
            + "|or over\\b|and above\\b|or above\\b|and older\\b|or older\\b|and upwards?\\b|or more\\b)"
            + "|\\bover[- ]?(?:the age of )?(\\d{1,2})(?:'?s)?\\b");
    /**
     * "not suitable for under 18s", "no under 18s", "not open to under 21s": the youngest allowed is that
     * age, a lower limit (not an upper one, as "under 18s" alone is).
     */
    private static final Pattern NOT_UNDER = Pattern.compile("\\b(?:not (?:suitable|open|for|allowed)|unsuitable|no)\\b"
            + "[^,;.]*?\\bunder[- ]?(?:the age of )?(\\d{1,2})(?:'?s)?\\b");
    /** An age in words ("sixty plus", "sixty-five and over"), written as digits before ages are read. */
    private static final Pattern AGE_IN_WORDS = Pattern.compile("\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\\b"
            + "|\\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    /** "18yrs", "18 years old", "18 years of age": written "18 years". */
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,3}) ?(?:yrs?|years?)(?: old| of age)?\\b");
    /** "under 18s", "under the age of 25", "18 and under", "up to 25": the upper limit. */
    private static final Pattern AGE_TO = Pattern.compile("\\bunder[- ]?(?:the age of )?(\\d{1,2})(?:'?s)?\\b"
            + "|\\b(\\d{1,2}) (?:and|or) (?:under|younger)\\b|\\bup to (?:the age of )?(\\d{1,2})\\b");
    /** Adults: 18 and over, unless children or young people are named too. */
    private static final Pattern ADULTS = Pattern.compile("\\badults?\\b");
    private static final Pattern YOUNGER = Pattern.compile("\\b(child\\w*|young people|young person|famil\\w*|teen\\w*)\\b");
    /** The age of adulthood in the UK. */
    static final int ADULT_AGE = 18;

    public Eligibility {
        groups = groups == null || groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
    }

    /**
     * The age from which a service "for older people" admits a person when it states no age: 50.
     * Expert-set, not measured: the English Longitudinal Study of Ageing (ELSA) samples people aged
     * 50 and over and Age UK offers its services from 50. An age the service states (in its fields or
     * its words, "over 60s") is its limit instead.
     */
    public static final int OLDER_AGE = 50;

    /** Code of the attribute recorded for a service open to everyone, so "recorded" and "open" are both stored. */
    static final String EVERYONE_CODE = "everyone";
    /** Description of the terms Lantern reads from {@code eligibility_description} at import. */
    public static final String FROM_DESCRIPTION = "Recorded by Lantern at import from the service's eligibility_description";

    /**
     * Description of the term recorded for a service that sent no {@code eligibility_description}
     * and no eligibility attribute (its age fields, if any, still limit it).
     */
    public static final String NONE_GIVEN = "Recorded by Lantern at import: the service gave no"
            + " eligibility_description, so no group of people is assumed to be turned away";

    /** The eligibility of one service, read from its recorded attributes and ages. */
    public static Eligibility of(Service s) {
        Set<Group> groups = EnumSet.noneOf(Group.class);
        boolean recorded = false;
        boolean fromDescription = false;
        for (TaxonomyTerm t : s.otherTerms()) {
            if (TAXONOMY_ID.equals(t.taxonomyId())) {
                recorded = true;
                Group.byCode(t.code() != null ? t.code() : t.id()).ifPresent(groups::add);
                fromDescription |= FROM_DESCRIPTION.equals(t.description());
            }
        }
        Eligibility described = s.eligibilityDescription() == null ? null : described(s.eligibilityDescription());
        if (!recorded && described != null) {
            groups.addAll(described.groups());
            fromDescription = !groups.isEmpty();
        }
        boolean agesGiven = s.minimumAge() != null || s.maximumAge() != null;
        // the publisher's age fields are exact; only without them are ages read from the words
        Integer from = agesGiven || described == null ? s.minimumAge() : described.minimumAge();
        Integer to = agesGiven || described == null ? s.maximumAge() : described.maximumAge();
        return new Eligibility(from, to, groups, fromDescription && !groups.isEmpty());
    }

    /**
     * The service with its eligibility recorded as {@value #TAXONOMY_ID} attributes, ready to be
     * stored: unchanged when the publisher sent any such attribute (theirs is the exact data);
     * otherwise the groups its {@code eligibility_description} names, or {@code everyone} when it
     * names none, or {@code everyone} named "No eligibility description given" ({@link #NONE_GIVEN}) when it has none. Recording twice changes nothing.
     */
    public static Service recorded(Service s) {
        if (s.otherTerms().stream().anyMatch(t -> TAXONOMY_ID.equals(t.taxonomyId()))) {
            return s;
        }
        Eligibility described = s.eligibilityDescription() == null ? null : described(s.eligibilityDescription());
        Set<Group> groups = described == null ? Set.of() : described.groups();
        java.util.List<TaxonomyTerm> terms = s.eligibilityDescription() == null
                // nothing was given: say so, rather than claim words the service never sent
                ? java.util.List.of(new TaxonomyTerm(EVERYONE_CODE, EVERYONE_CODE, "No eligibility description given", NONE_GIVEN,
                        TAXONOMY_ID))
                : groups.isEmpty() ? java.util.List.of(term(EVERYONE_CODE, "Open to everyone"))
                : groups.stream().map(g -> term(g.code(), g.words())).toList();
        // ages stated only in the words ("Open to over 60s") are read by of() from the description kept
        // beside the record: writing them as age fields would part the record from its source document
        return s.withTerms(terms);
    }

    private static TaxonomyTerm term(String code, String name) {
        return new TaxonomyTerm(code, code, name, FROM_DESCRIPTION, TAXONOMY_ID);
    }

    /**
     * The eligibility an {@code eligibility_description} states on its own: its groups and age
     * limits in years ("over 60s" is 60 and over, "under 18s" is up to 17, "not suitable for under
     * 18s" is 18 and over, adults are 18 and over). HTML entities are decoded first ("18yrs &amp;amp;
     * over"), ages in words written as digits ("sixty plus"), and clauses that do not limit who may
     * come ("concessions for over 60s", "wheelchair users welcome") are left out.
     */
    static Eligibility described(String description) {
        String text = normal(description);
        Integer from = null;
        Integer to = null;
        java.util.regex.Matcher notUnder = NOT_UNDER.matcher(text);
        if (notUnder.find()) {
            from = Integer.valueOf(notUnder.group(1));
        }
        String limits = limits(NOT_UNDER.matcher(text).replaceAll(" "));
        java.util.regex.Matcher range = AGE_RANGE.matcher(limits);
        if (range.find()) {
            from = Integer.valueOf(range.group(1) != null ? range.group(1) : range.group(3));
            to = Integer.valueOf(range.group(2) != null ? range.group(2) : range.group(4));
        } else {
            java.util.regex.Matcher m = AGE_FROM.matcher(limits);
            if (from == null && m.find()) {
                from = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
            }
            m = AGE_TO.matcher(limits);
            if (m.find()) {
                to = m.group(1) != null ? Integer.parseInt(m.group(1)) - 1
                        : Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(3));
            }
            if (from == null && ADULTS.matcher(limits).find() && !YOUNGER.matcher(limits).find()) {
                from = ADULT_AGE;
            }
        }
        // an age limit is a limit, not a group: "aged 60 and over" ranks as any 60-plus service does
        return new Eligibility(from, to, groups(limits), true);
    }

    /** The groups named in an {@code eligibility_description}; empty when it is open to all. */
    static Set<Group> read(String description) {
        return groups(limits(normal(description)));
    }

    /**
     * The description as plain lower-case words: entities decoded, "&amp;" as "and", ages in words as
     * digits, "18yrs" and "18 years old" as "18 years", "(18 to 64)" as "aged 18 to 64".
     */
    private static String normal(String description) {
        String text = uk.lantern.directory.hsds.PlainText.of(description).toLowerCase(Locale.UK)
                .replace('\u2019', '\'').replace("&", " and ");
        java.util.regex.Matcher words = AGE_IN_WORDS.matcher(text);
        StringBuilder digits = new StringBuilder();
        while (words.find()) {
            int age = words.group(3) != null ? 10 + TEENS.indexOf(words.group(3))
                    : 20 + 10 * TENS.indexOf(words.group(1)) + (words.group(2) == null ? 0 : 1 + UNITS.indexOf(words.group(2)));
            words.appendReplacement(digits, Integer.toString(age));
        }
        text = words.appendTail(digits).toString();
        text = YEARS.matcher(text).replaceAll("$1 years");
        text = text.replaceAll("\\((\\d{1,2}) ?(-|\u2013|to) ?(\\d{1,3})\\)", " aged $1 to $3 ");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The clauses of normal words that limit who may come, joined with " ; ". */
    private static String limits(String normal) {
        String text = ALL_AGES_WELCOME.matcher(normal).replaceAll("of all ages");
        text = NAMES_WITHOUT_LIMIT.matcher(text).replaceAll(" ");
        StringBuilder limits = new StringBuilder();
        for (String clause : CLAUSES.split(text)) {
            if (!NOT_A_LIMIT.matcher(clause).find()) {
                limits.append(clause).append(" ; ");
            }
        }
        return limits.toString();
    }

    private static Set<Group> groups(String text) {
        Set<Group> groups = EnumSet.noneOf(Group.class);
        boolean bothSexes = BOTH_SEXES.matcher(text).find();
        if (!bothSexes && MEN.matcher(text).find() && !WOMEN.matcher(text).find()) {
            groups.add(Group.MEN);
        }
        if (!bothSexes && WOMEN.matcher(text).find() && !MEN.matcher(text).find()) {
            groups.add(Group.WOMEN);
        }
        boolean carers = CARERS.matcher(text).find();
        if (carers) {
            groups.add(Group.CARERS);
            // "carers of disabled people": the rest of the clause is whom they care for
            text = CARED_FOR.matcher(text).replaceAll(" ");
        }
        boolean housebound = HOUSEBOUND.matcher(text).find();
        if (housebound) {
            groups.add(Group.HOUSEBOUND);
            // "housebound through illness or disability": the cause, not another group
            text = HOUSEBOUND_CAUSE.matcher(text).replaceAll(" ");
        }
        if (BEREAVED.matcher(text).find()) {
            groups.add(Group.BEREAVED);
        }
        if (SIGHT.matcher(text).find()) {
            groups.add(Group.SIGHT_LOSS);
        }
        if (HEARING.matcher(text).find()) {
            groups.add(Group.HEARING_LOSS);
        }
        if (OLDER.matcher(text).find()) {
            groups.add(Group.OLDER);
        }
        if (DISABLED.matcher(text).find()) {
            groups.add(Group.DISABLED);
        }
        return groups;
    }

    /**
     * True when the person may use the service. Age limits need a known age. A service for men
     * or women needs the person to have said which they are. Of the other groups (carers,
     * bereaved, sight loss, hearing loss, older, disabled, housebound) the person must belong to at
     * least one: "older or disabled people who find it hard to leave home" admits any of them.
     */
    public boolean admits(Person p) {
        if ((minimumAge != null || maximumAge != null) && p.age() == null) {
            return false;
        }
        if (p.age() != null && (minimumAge != null && p.age() < minimumAge || maximumAge != null && p.age() > maximumAge)) {
            return false;
        }
        if (groups.contains(Group.MEN) && p.sex() != Person.Sex.MALE
                || groups.contains(Group.WOMEN) && p.sex() != Person.Sex.FEMALE) {
            return false;
        }
        Set<Group> causes = EnumSet.noneOf(Group.class);
        causes.addAll(groups);
        causes.removeAll(EnumSet.of(Group.MEN, Group.WOMEN));
        return causes.isEmpty() || causes.stream().anyMatch(g -> belongs(p, g));
    }

    private static boolean belongs(Person p, Group g) {
        return switch (g) {
            case MEN -> p.sex() == Person.Sex.MALE;
            case WOMEN -> p.sex() == Person.Sex.FEMALE;
            case CARERS -> p.carer();
            case BEREAVED -> p.bereaved();
            case SIGHT_LOSS -> p.sightLoss();
            case HEARING_LOSS -> p.hearingLoss();
            case OLDER -> p.age() != null && p.age() >= OLDER_AGE;
            case DISABLED -> p.dailyDifficulty() || p.sightLoss() || p.hearingLoss();
            case HOUSEBOUND -> p.staysIn();
        };
    }
}
