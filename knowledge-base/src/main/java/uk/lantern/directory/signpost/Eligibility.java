package uk.lantern.directory.signpost;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    private static final Pattern MEN = Pattern.compile("\\b(men|mens|males?|man|gentlemen|gents?|blokes?|dads|fathers|grandads|grand?fathers|boys"
            + "|lads|fellas?|fellers?|chaps|widow[eo]rs?|grandpas)\\b(?! and (women|ladies))");
    private static final Pattern WOMEN = Pattern.compile("\\b(women|womens|wemen|females?|woman|ladies|ladys|lady's|widows?|mums|mothers|girls"
            // round 14: grandmothers by their everyday names (plural: "lost a grandmother" is someone else)
            + "|grandmothers|grandmas|grannies|grannys|nans|nanas|grans)\\b(?! and men)");
    /** One sex named with "only" ("Women only", "for men only"): that sex, whatever else the words mention. */
    private static final Pattern MEN_ONLY = Pattern.compile("\\b(?:men|mens|males|gents|blokes|fellas|chaps) only\\b|\\bonly (?:for )?men\\b");
    private static final Pattern WOMEN_ONLY = Pattern.compile("\\b(?:women|womens|females|ladies) only\\b"
            + "|\\bonly (?:for )?women\\b");
    /**
     * One sex turned away ("no men allowed", "men are not eligible", "no ladies"): the service is for the
     * other, and these words are read as that sex before groups are read.
     */
    private static final Pattern NO_MEN = Pattern.compile("\\bno (men|males?|gents|boys)( allowed| please)?\\b"
            // round 12: "not open to men", "not available to male members"
            + "|\\bnot (?:open|available) to (?:men|males?|gents|boys|male \\w+)\\b"
            + "|\\b(cannot|can't|can not|not able to|unable to) (accommodate|accept|admit|take)( referrals (for|of))? (men|boys|males)\\b[^,;.]*"
            + "|\\b(men|males) (are )?not (eligible|allowed|admitted|permitted)\\b");
    private static final Pattern NO_WOMEN = Pattern.compile("\\bno (women|ladies|females?|girls)( allowed| please)?\\b"
            + "|\\b(cannot|can't|can not|not able to|unable to) (accommodate|accept|admit|take)( referrals (for|of))? (women|ladies|girls|females)\\b[^,;.]*"
            + "|\\b(women|ladies|females) (are )?not (eligible|allowed|admitted|permitted)\\b");
    private static final Pattern CARERS = Pattern.compile("\\b(carers?|carrers?|caring for|cares for|unpaid care|caring\\s*[,;]?\\s*unpaid|cares?\\s*[,;]?\\s*unpaid|who (?:is|are) caring|who (care|look) for|(looking|look|looks) after "
            + "(a|an|someone|somebody|their|your|his|her|a family member|a relative))\\b");
    /**
     * Whom a carer cares for ("carers of disabled people", "caring for a disabled child"): those words
     * describe the person cared for, so they add no group of their own to a service for carers.
     */
    private static final Pattern CARED_FOR = Pattern.compile("\\b(carers? (of|for)|caring for|cares? for"
            + "|(looking|look|looks) after)\\b[^,;.]*"
            // round 13: "a family member or friend who is disabled, ill or elderly": the list goes on past a comma
            // round 16: whom, listed ("a husband, wife, parent or friend who is frail"; "a family member, partner or friend
            // who needs help because of illness, frailty, disability")
            + "(?:\\s*[,;]\\s*(?:or |and )?(?:a |an )?(?:ill|illness|frail|frailty|elderly|disabled|disability|older|sick|unwell"
            + "|mental|addiction|wife|husband|partner|parent|child|friend|son|daughter|relative|family|neighbour|mother"
            + "|father|mum|dad|sibling|brother|sister|grandparent|someone)\\b[^,;.]*)*");
    /**
     * The carers of the people named, beside them ("people with Parkinson's and their carers", "with their partner or
     * carer"): when the people named are in no group of their own, no group limits (round 16). Beside a group ("disabled
     * adults and their carers") the carers stay, as earlier sets label it.
     */
    private static final Pattern THEIR_CARERS = Pattern.compile("(?:\\b(?:and|or) (?:their|there|thier) |;\\s*(?:their|there|thier) "
            + "|\\bwith (?:their|there|thier|a|his|her) (?:own )?)"
            + "(?:(?:partners?|famil(?:y|ies)|friends?|relatives?)(?: members)?(?:\\s*(?:;|\\band\\b|\\bor\\b)\\s*)+)*carers?\\b");
    /**
     * The carers of the people named, joined with "and" or "or" ("over 65s and there carers", "the Sikh community aged
     * 60 and over, and their carers"): when the people named are in no group of their own, the carers of any age come
     * too, so the ages limit no one either (round 17; three outsiders' sets agree). "With their partner or carer" (who
     * helps them come) leaves the ages as they are: "adults living with dementia, with their partner or carer" is 18
     * and over.
     */
    private static final Pattern AND_THEIR_CARERS = Pattern.compile("(?:\\b(?:and|or) (?:their|there|thier) |;\\s*(?:their|there|thier) )"
            + "(?:(?:partners?|famil(?:y|ies)|friends?|relatives?)(?: members)?(?:\\s*(?:;|\\band\\b|\\bor\\b)\\s*)+)*carers?\\b");
    /**
     * One sex or another group ("women or carers", "open to women, and to carers of any gender"): a union no set of
     * groups says, since a sex is always a limit and the other groups are alternatives, so no group is read (the
     * safer error: round 17, two outsiders' sets agree).
     */
    private static final Pattern SEX_OR_ANOTHER_GROUP = Pattern.compile("\\b(?:women|ladies|men|gents)\\b\\s*[;,]?\\s*(?:or|and (?:also )?to)"
            // round 21 (g28): a longer second half ("men, or anyone who has been bereaved", "women or people with a
            // disability")
            + "\\s+(?:[\\w']+ ){0,4}(?:carers?|bereav\\w*|disab\\w*|older|deaf|blind|widow\\w*|lost)\\b");
    /**
     * Whom a welcome is to, by age ("we welcome anyone aged over 16", "we welcome everyone over 18 - especially
     * men"): the clause welcomes, so its groups limit no one, but its age is the service's lower limit (round 17).
     */
    private static final Pattern WELCOME_FROM_AGE = Pattern.compile("\\bwelcomes? (?:anyone|everyone|everybody|all|people"
            + "|adults)(?: who (?:is|are))? (?:aged )?(?:over|from|aged) ?\\d{1,2}(?: years)?(?:\\+| ?plus\\b| and over\\b"
            + "| or over\\b| and above\\b)?");
    /**
     * Why someone cannot get out ("housebound through illness or disability", "confined to their home by
     * a disability"): the cause, not a second group the person must also belong to.
     */
    private static final Pattern HOUSEBOUND_CAUSE = Pattern.compile("\\b(through|due to|because of|owing to"
            + "|as a result of|by)\\b[^,;.]*\\b(disab\\w*|illness|ill health|frailty|mobility)\\b[^,;.]*");
    // round 19: "pre-bereavement support for carers" (before a death, anticipatory grief) is not for the bereaved
    private static final Pattern BEREAVED = Pattern.compile("\\b(?<!pre-|pre )(?<!anticipatory )(bereaved|bereav\\w*|bereiv\\w*|grief|greif|grieving|lost someone"
            + "|widd?ow(ed|s|ers)?|(?:baby|babies|child|children|son|daughter|partner|husband|wife|loved one)"
            + " (?:has |have |had )?died|(lost|losing|loss of|death of|died) (a |an |their |there |thier |your |his |her |my )?(close |loved |dear )?"
            + "(one|ones|someone|somebody|partner|husband|wife|spouse|child|son|daughter|parent|mother|father|mum"
            + "|dad|friend|family member|relative|baby|babies|grandchild|pet|dog|cat|other half"
            // round 13: "lost a brother or sister", "loved ones of someone who has died", "a parent's death"
            + "|brother|sister|sibling|grandparent|grandmother|grandfather|gran|nan|grandad))\\b|\\bpassed away\\b"
            + "|\\b(?:someone|somebody|a person|people|person|those) who (?:has |have |had )?died\\b"
            + "|\\b(?:parent|mother|father|mum|dad|partner|child|brother|sister|sibling|husband|wife|loved one|son|daughter)"
            + "(?:'s|s') deaths?\\b");
    private static final Pattern SIGHT = Pattern.compile("\\b(sight loss|sight|blind|deaf-?blind\\w*|visual+(l?y)? impa\\w*|vision impa\\w*|partially[- ]sighted|eyesight"
            + "|macular|can'?t see|cannot see"
            // round 20 (g27): the register's own words ("registered SSI or SI": severely sight impaired, sight impaired)
            + "|registered (?:as )?(?:ssi|si)|ssi (?:or|and|/) si)\\b");
    private static final Pattern HEARING = Pattern.compile("\\b(hearing loss|hearing|deaf\\w*|hard of hearing|bsl users?"
            + "|cochlear\\w*|(?:don't|do not|doesn't|does not|can't|cannot|can not) hear)\\b");
    /**
     * Older people by name; "60 or older" is an age limit (read by {@link #AGE_FROM}), not this group. Round 16: elders
     * of a faith or community ("Sikh elders", "Hindu elders' group"), never a church's elders who run it; pensioners
     * however slipped ("pensionrs", "pensoners").
     */
    private static final Pattern OLDER = Pattern.compile("\\b((?<!\\b(?:and|or|no) )olde?r(?! than)|elderl\\w*|eldery|senior citizens?|seniors?"
            + "|(?<!\\b(?:church|chapel|parish|kirk|the) )elders|pen[sc]i?o?n+e?r+s?"
            + "|pens?oiners?|oaps?|later life|old age|(?<!pre-|pre )retired|(?<!pre-|pre )retirement|(state )?pension(able)? age)\\b");
    private static final Pattern DISABLED = Pattern.compile("\\b(disab\\w*|dissab\\w*|wheelchair\\w*|(limited|reduced|poor) mobility"
            + "|mobility (problems?|difficult\\w*|issues?)|learning difficult\\w*)\\b");
    private static final Pattern HOUSEBOUND = Pattern.compile("\\b(house-?bound|home-?bound|confined to (their|the|your) homes?"
            + "|(hard|difficult|difficulty|unable|can[’']?t|cannot|can not|struggles?|struggling)\\W+(to\\W+)?"
            + "(leave|leaving|get out|getting out))\\b");
    /** Open to both sexes: a "men" or "women" in the words is then no limit. */
    private static final Pattern BOTH_SEXES = Pattern.compile("\\b(everyone|\\w*men and women|women and men|all genders"
            + "|any gender|non-?binary|open to all(?! (?:women|ladies|girls|men|males|boys|dads|mums|fathers|mothers|grandads"
            + "|grandmothers|grans|nans|gents)\\b)|ladies and gents|gents and ladies|ladies and gentlemen)\\b");
    /**
     * Words that name a group without limiting who may come, taken out before groups are read: who runs,
     * or founded the service ("run by carers", "set up in 2009 by bereaved parents", "staff trained in BSL",
     * "volunteers include carers"), whom staff are "happy to
     * support", examples after "including", children who may stay with the adult who comes ("children up to
     * 12 can stay with their mum": their age is not the applicant's), a
     * group with everyone else ("carers and the people they care for", "disabled and non-disabled people
     * alike", "deaf and hearing people") and facilities ("hearing loop fitted", "large print").
     */
    private static final Pattern NAMES_WITHOUT_LIMIT = Pattern.compile(
            "\\b(run|led|founded|started|set up|begun|began|hosted|organi[sz]ed|staffed|delivered)(?: (?:back )?in \\d{4})? by\\b"
            + ".*?(?=\\bfor\\b|\\bbut\\b|[,;.:()]|$)"
            + "|\\b(happy|glad|pleased|delighted) to (support|help|assist|accommodate|welcome)\\b[^.;]*"
            + "|\\bincluding\\b[^.;)]*|\\b(and |or |other )(other )?male carers\\b(?! only)"
            + "|\\b(children|kids|babies|toddlers)\\b[^;.]*?\\b(can|may)( also)? (stay|come|attend|join)\\b[^;.]*?"
            + "\\bwith (them|their (mum|mother|mom|dad|father|parents?|carers?))\\b[^;.]*"
            + "|\\b(all )?(our )?(staff|volunteers)( are| who are)? (trained|include|includes|including|speak|use|have)"
            + "\\b[^,;.:()]*"
            + "|\\b\\w+ and (the )?(people|person|those|ones|family|loved ones?)( who| whom)? ((they|he|she) )?"
            + "(care for|cares for|support|supports|look after|looks after)\\b"
            + "|\\b(?<nonx>\\w+)[- ]and[- ]non[- ]\\k<nonx>( people)?( alike)?|\\b\\w+ (and|or) \\w+ people alike"
            + "|\\bdeaf and hearing\\b|\\bhearing and deaf\\b"
            // round 16: hearing people (learning to sign), and the deaf or blind friends they have
            + "|(?<!\\bof )\\bhearing (?:people|adults|friends|family|partners)\\b|\\b(?:deaf|blind) (?:friends|relatives"
            + "|family members)\\b|\\b(hearing|induction) loop\\b[^,;.:()]*"
            + "|\\blarge print\\b[^,;.:()]*"
            // round 12: dogs that come along ("hearing dogs welcome"); the story of one who runs it ("our organiser lost
            // her husband"); transport offered ("transport can be arranged for those who find it hard to get out")
            + "|\\b(?:guide|hearing|assistance) dogs?\\b"
            + "|\\b(?:our|the) (?:organiser|organizer|founder|leader|co-?ordinator|volunteer|chair\\w*|host)\\b[^.;]*"
            + "|\\b(?:transport|lifts?|pick-?ups?)\\b (?:can be|is|are|will be) (?:arranged|offered|provided|available)\\b[^.;]*"
            + "|\\bwe (?:can )?(?:provide|offer|arrange|collect|pick up)\\b[^.;]*?\\b(?:transport|lifts?|minibus|collect\\w*|pick)\\b[^.;]*"
            + "|\\bwe can (?:collect|pick up)\\b[^.;]*"
            + "|\\b(many|most|some|all|lots|a lot|plenty) of (our|the) (members|volunteers|staff|regulars|walkers|users"
            + "|people who come)\\b[^,;.:()]*|\\bsome of us\\b[^;.:()]*|\\bformer \\w+"
            + "|\\b(we have|there are) (lots|plenty|many) of \\w+ (members|volunteers|regulars)\\b"
            + "|\\b(our )?(members|regulars|volunteers) (tend to be|are (mainly|mostly|largely|usually|often))\\b[^,;.:()]*"
            + "|\\bcarer'?s'? (allowance|centre|center|building)\\b"
            + "|\\bparents?,? (and|or) carers?( of someone)?\\b"
            // round 13: "with or without a disability"; disabled parking bays; "with their own carer" (who helps them
            // get there); examples ("for example following retirement, redundancy, bereavement"); babies who may
            // accompany their mum
            + "|\\bwith or without\\b[^,;.]*|\\bdisabled (?:parking|bays?|spaces?|toilets?|loos?|access)\\b[^,;.]*"
            + "|\\b(?:with|by) (?:their|your|his|her|a) (?:own )?carers?\\b|\\b(?:for example|for instance|such as)\\b[^.;]*"
            + "|\\b(children|kids|babies|toddlers)\\b[^;.]*?\\b(can|may)( also)? accompany\\b[^;.]*"
            // round 14: younger people let in besides ("we accept younger people with a disability"); who mostly comes
            // ("a group of mostly widowed ladies"), not whom it is for
            + "|" + Eligibility.YOUNGER_ALSO
            + "|\\b(?:mostly|mainly|largely|predominantly)\\b(?! (?:for|aimed|intended|at)\\b)[^,;.:()]*"
            // round 19: children's rules, not the applicant's ("children under 5 must stay with you"); the others named
            // in a welcome ("disabled people and carers welcome"); the applicant's children whom staff also see ("we can
            // also support their children through our children's worker (ages 5-16)"); carers who come with the person
            // ("carers and support workers may attend with them")
            + "|\\b(?:children|kids|babies|toddlers)\\b[^;.,()]*?\\b(?:must|should|need to|have to)"
            + " (?:stay|be|remain) (?:with|accompanied|supervised)\\b[^;.]*"
            + "|[^,;.:()]*\\band (?:their )?(?:carers?|families|friends)(?: are)?(?: also| all| very| most)? welcome\\b"
            + "|\\b(?:also )?(?:support|help|see|work with) (?:their|your|the) (?:children|kids)\\b[^.;]*"
            + "|\\bcarers?(?: and [\\w ]{1,30}?)? (?:may|can) (?:also )?(?:(?:attend|come|stay) with (?:them|the person)\\b"
            + "|accompany\\b)[^.;)]*");
    /** "all welcome from 55": a welcome with a lower age, that age the limit (round 19). */
    private static final Pattern ALL_WELCOME_FROM = Pattern.compile("\\b(?:all|everyone|anyone|everybody) (?:are |is )?"
            + "welcome (?:from|over|aged) (\\d{1,2})\\b(?! ?(?:-|\u2013|to) ?\\d)");
    /** "All adults welcome": adults, 18 and over, whatever else the clause says (round 19; three outsiders' sets agree). */
    private static final Pattern ALL_ADULTS_WELCOME = Pattern.compile("\\b(?:all|any) adults? (?:are )?(?:very |most "
            + "|always )?welcome");
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
            + "|originally|formerly|previously|used to|was once|began as|started as|encouraged|if you are|can come"
            + "|supervised|with (a|an|their|your) (parent|adult|grown-up|guardian)|popular with|\\w+-friendly|free for"
            + "|everyone else|whether|please see|please visit|separate listing|suitable for wheelchair users"
            + "|suitable for people with (?:limited |reduced )?mobility"
            + "|to volunteer|to help out|volunteers? (?:need|must|have|should)|consent|permission|must bring|responsible adult"
            + "|(?:can|may) (?:also )?attend (?:free|for free|at no)|attend (?:for )?free|at no cost|can also (?:attend|come)"
            + "|(?:group|service|club|project) is not for|should (?:contact|call|ring|speak to|go to)"
            + "|accesible|accessable|acessible"
            // round 14: what suits rather than limits ("ideal for older people"); an age for an extra, not the club
            // ("65 or over to get the free minibus", "members over 70 can use our free minibus")
            // round 19: "suitable for older people" says whom it suits, as "ideal for" does
            + "|suitable for (?:the )?(?:older|elderly|seniors?)\\b|ideal for|perfect for|great for|to (?:get|use|qualify for|book|claim|ride on|go on|travel on) (?:the |a |our )?"
            + "(?:free )?(?:minibus|transport|lifts?|bus|taxi|discount|concession)|can use (?:the |our )(?:free )?"
            + "(?:minibus|transport|bus|taxi)"
            // round 13: "free to carers"; "wheelchair users please phone first"; others referred elsewhere ("we can put
            // under-16s in touch with other services", "young carers under 18 are supported by our sister project");
            // the age of the drivers or helpers, not of those they take ("volunteer drivers need to be aged 21 to 75")
            + "|free to (?!attend|join|come|use|take part|drop in|all|everyone|anyone)|users? please (?:phone|call|ring|contact"
            + "|let us know)|(?:phone|call|ring) (?:ahead|first)|put [\\w-]+ in touch with|(?:to|with) other services"
            + "|(?:are|is|will be|get) referred (?:to|on)|signposted|sister (?:project|service|organisation|charity)"
            + "|(?:volunteers?|drivers?|helpers?|befrienders?) (?:need|must|have|should))\\b");
    /**
     * Words that open the service to everyone whatever else they name ("anyone can join", "open to the whole
     * community", "you don't have to be a carer", "not restricted to older people"): no group then limits it.
     */
    private static final Pattern OPEN_TO_ALL = Pattern.compile("\\b(anyone can (join|come|attend|drop in|come along"
            + "|take part|use it|contact us|get in touch)|open to (everyone|every one|anyone|all)\\b"
            + "(?! (aged|over|under|who|with|caring|that|whose|\\d)"
            // round 18: "open to anyone of any faith or none who has lost someone close": the bereaved, of any faith
            + "|[^.;]*?\\bwho (?:has|have|had) (?:lost|been bereaved)\\b|[^.;]*?\\bwho (?:is|are) (?:bereaved|grieving|caring)\\b"
            + "|( \\w+)? (carers|men|women|people|residents|adults|parents"
            // round 16: "open to all dads", "open to all mums": a group, not everyone
            + "|dads|mums|fathers|mothers|grandads|grandmothers|grans|nans|ladies|gents)\\b)"
            + "|regardless of (?!age\\b(?! ?,| or\\b| and\\b))|everyone (is )?welcome|(grown|open) to include "
            + "(anyone|everyone)|and anyone|open to the (whole|wider)"
            + " community|welcomes everyone|whatever brings you|(don't|do not|doesn't|does not) (need|have) to (be|have been|have)"
            + " (a |an )?(carer|disab|bereaved|older|deaf|blind|widow)\\w*"
            + "|not (restricted|limited) to|not just for|not only for|(will|would|may) (also )?be considered"
            + "|we (will|would|may|can) (also )?consider"
            // round 11: who mostly comes ("mainly attended by women"); the welcome is to anyone; "despite the name";
            // no proof of the group asked for;
            // people outside the group also welcome ("hearing people who sign are also welcome")
            // round 12: the other sex welcome after a contrast ("mainly men, though women are welcome", "a Men's Shed,
            // but women are just as welcome"); anyone, in a few words, welcome ("anyone interested is welcome to pop
            // in"); no one turned away ("aimed at 16 to 25 but we won't turn anyone away")
            + "|\\b(?:though|although|but|however)\\b[^.;]*?\\b(?:women|ladies|men|blokes|gents|fellas)\\b[^.;]*?\\bwelcome"
            + "|\\b(?:women|ladies|men|blokes|gents) (?:are )?(?:just|equally) (?:as )?welcome"
            + "|\\bany(?:one|body)(?! who| with| caring| aged| over| under| from)(?: [\\w']+){0,4} (?:is|are) (?:also |very "
            + "|more than |most |always )?welcome|(?:won't|will not|never|don't|do not) turn (?:anyone|anybody|people|you) away"
            + "|(?:nobody|no one|no-one) (?:is|will be) turned away"
            + "|(mainly|mostly|largely|usually) attended by|anyone (is|are) welcome|all are welcome|open to (everybody|the (general )?public)|all sorts of people"
            + "|welcomes? (anyone|everyone|everybody)\\b(?! (who (is|are) (a |an )?(carer|disab|bereav|deaf|blind|widow)"
            + "|aged|over|under|\\d))|despite (the|its|our) name|anyone (affected|touched) by"
            + "|no (proof|evidence) of (\\w+ ){1,2}(is )?(required|needed|necessary)"
            + "|(proof|evidence) of (\\w+ ){1,2}(is )?not (required|needed|necessary)"
            + "|(siblings|brothers and sisters|hearing (people|friends)|dads)\\b[^.;]*?\\b(can|are|is|may) also"
            // round 13: anybody can come; people who hear or see named beside those who don't ("Deaf people who use BSL
            // and hearing people learning BSL", "sighted friends and family are also welcome"); the other sex welcome on
            // a day ("Women are welcome on Thursday afternoons")
            + "|anybody can (?:join|come|attend|drop in|come along|take part)"
            // round 14: a history widened ("set up for widows but have since opened our doors to everyone"); every age
            // may come ("ideal for older people, but all ages may attend")
            + "|(?:(?:opened|opens) (?:up )?(?:(?:our|its|their|the) doors )?|open (?:up|(?:our|its|their|the) doors) )"
            + "to (?:everyone|everybody|anyone|all)\\b(?! (?:aged|over|under|who|with|caring|that|whose|\\d)|(?: \\w+)? (?:carers|men|women|people|residents|adults|parents)\\b)"
            // round 21 (g28): the children's ages who come along ("a group for fathers. Children of all ages are welcome
            // to come along with you") open the group to no one else: who it is for is not who may come with them
            + "|(?<!\\b(?:children|kids|grandchildren|grandkids|babies|little ones|sons|daughters) of )"
            + "(?:all|any) ages? (?:can|may|are welcome to|are able to) (?:attend|come|join|take part)"
            + "|\\b(?:and|or) (?:for )?(?:hearing|sighted|non-disabled) (?:people|friends|adults|family|members|partners)"
            + "|\\b(?:hearing|sighted|non-disabled) \\w+\\b[^.;]*?\\b(?:can|are|is|may) also"
            + "|\\b(?:women|ladies|men|blokes|gents) (?:are )?(?:also |very )?welcome (?:on|at|every|too|as well)\\b"
            // round 18: anyone who thinks it would help ("aimed at men, but anyone who feels they would benefit is
            // welcome")
            + "|\\bany(?:one|body) who (?:feels?|thinks?|would|might|wants?|could|needs?)\\b[^.;]*?\\b(?:is|are) (?:also |very "
            + "|more than |most |always |just as )?welcome"
            // round 21 (g28): others who may join besides ("primarily for people with sight loss, but friends and family
            // can join us too", "mainly for carers, though anyone may come along")
            + "|\\b(?:but|though|although|however)\\b[^.;]*?\\b(?:friends|family|families|partners|anyone|anybody|others"
            + "|everyone)\\b(?! (?:over|aged|under|from|who|with|between)\\b)[^.;]*?\\b(?:can|may|are welcome to|is welcome to)"
            + " (?:also )?(?:join|come|attend|take part)\\b)\\b");
    /**
     * Words that take away any age limit ("regardless of age", "carers can be any age", "younger people are more than
     * welcome", "aimed mainly at over 60s, but we will consider anyone"): the service is read with no age limit, the
     * safer error for a fallback reading.
     */
    private static final Pattern ANY_AGE = Pattern.compile("\\b(" + Eligibility.YOUNGER_ALSO + "|regardless of age|(?<!adults of )(any|all) ages?(?! (over|under|from|aged|between)\\b| ?\\d)|younger people"
            + "( are| will be)?( also| very| more than| most)? (welcome|considered)|(will|would|may) (also )?be considered"
            + "|we (will|would|may|can) (also )?consider|(aimed|intended) (mainly|primarily|mostly) at"
            // round 20 (g27): "aimed at men over 50, but women are very welcome too": whom it is aimed at limits no one
            + "|(?:aimed|intended) at\\b[^.;]*?\\bbut\\b[^.;]*?\\b(?:welcome|open to|consider)"
            + "|no (upper or lower |lower or upper )?age limits?|(mainly|mostly|largely) attended by"
            + "|(?:won't|will not|never|don't|do not) turn (?:anyone|anybody|people|you) away"
            + "|(?:nobody|no one|no-one) (?:is|will be) turned away)\\b");
    /**
     * Whom a carer gives unpaid care ("anyone who provides unpaid care to a partner, parent, child or friend who is
     * ill, frail, disabled ..."): to the end of the sentence, the person cared for, not who comes.
     */
    private static final Pattern UNPAID_CARE = Pattern.compile("\\b(?:provides?|providing|gives?|giving) unpaid "
            + "(?:care|support) (?:to|for)\\b[^.;]*");
    /**
     * A higher upper age for a second group ("13-19, or up to 25 if you have a learning disability", "care leavers
     * can stay with us up to age 25"): the oldest allowed is that age, and the second group limits no one.
     */
    private static final Pattern EXTENDED_UPPER = Pattern.compile("\\bup to (?:the )?(?:age (?:of )?)?(\\d{1,2})(?: years)?"
            + " (?:if|for|with|when)\\b[^.;)]*|[^.;(]*\\b(?:can|may) (?:stay|access|attend|use|remain|continue)\\b[^.;]*?\\bup to "
            + "(?:the )?(?:age (?:of )?)?(\\d{1,2})\\b[^.;)]*"
            // round 13: "under 19 (or under 25 with an EHCP)", "16 to 18, or 16 to 24 for young people with a disability"
            + "|\\bor under (\\d{1,2})(?:'?s)? (?:if|for|with|when)\\b[^.;)]*"
            + "|\\bor (?:aged )?\\d{1,2} ?(?:-|\u2013|to) ?(\\d{1,2}) (?:if|for|with|when)\\b[^.;)]*");
    /**
     * A younger age let in with a parent's consent ("or young people aged 16-17 with parental consent", "16 and 17 year
     * olds with a parent's consent"): the youngest of it widens the lower limit.
     */
    private static final Pattern WITH_CONSENT = Pattern.compile("\\b(\\d{1,2})(?: ?(?:-|\u2013|to|and) ?\\d{1,2})?(?: years?)?"
            + "(?: olds?)?[^.;\\d]{0,30}?\\bwith (?:a |the |their |your )?(?:parent\\w*|guardian\\w*)(?:'s|s')? (?:consent|permission)\\b");
    /**
     * Babies' or toddlers' ages ("mums with babies up to 12 months", "toddlers up to 3 years"): the child who comes
     * along, not the person the service is for.
     */
    private static final Pattern BABIES_AGES = Pattern.compile("\\b(?:with|and|their|your|of) (?:(?:a|their|your|young) )?"
            + "(?:babies|baby|toddlers?|tots|under[- ]?(?:5|fives?)s?)"
            + "\\b(?: aged| up to| under| from)(?: the age of)? \\d{1,2}(?: ?(?:-|\u2013|to) ?\\d{1,2})?(?: ?(?:months?|years?|weeks?))?");
    /**
     * Children's ages beside the grown-ups who come with them ("Little ones (0-4) and their grown-ups", "toddlers aged
     * 1 to 3 and their parents"): both come, so the children's ages limit no one (round 13).
     */
    private static final Pattern CHILDREN_WITH_GROWN_UPS = Pattern.compile("\\b(?:aged )?\\d{1,2} ?(?:-|\u2013|to) ?\\d{1,2}"
            + "(?: years| months)?\\s*"
            + "(?:and|with) (?:their|your) (?:grown-?ups|parents|carers|mums|dads|families"
            + "|grandparents)\\b"
            // round 16: "under 5s and their grown-ups", "children up to age 12 and their parents or carers" (not "deaf
            // children under 12 and their families", where earlier sets keep the children's ages)
            + "|\\b(?:under[- ]?\\d{1,2}'?s|(?:children|kids|babies|toddlers) (?:up to|under|aged)\\b[^.;]*?) "
            + "(?:and|with) (?:their|your) (?:grown-?ups|parents|mums|dads|grandparents)\\b"
            + "(?:,? (?:and|or) (?:carers|guardians|grown-?ups))?"
            // round 17: grown-ups who come with their children ("dads and male carers with children under 5"): the
            // children's ages; "children under 5 with a parent" (the children come) is not this
            + "|(?<=\\b(?:dads|fathers|mums|mothers|parents|grandparents|grandads|grans|carers|families|adults)\\b[^.;]{0,80})"
            + "\\bwith (?:their |your |young )?(?:children|kids|child)\\b (?:aged |under |up to )[^.;]*"
            // round 18: the children the grown-ups bring ("grandparents bring their grandchildren aged 0-4")
            + "|\\b(?:bring|brings|bringing) (?:along )?(?:their |your |a |the )?(?:grand)?(?:children|child|kids|babies|baby"
            + "|toddlers?|little ones)\\b \\(?(?:aged? |ages |under |up to )[^.;]*"
            // round 21 (g28): the grown-ups' children named by their ages ("a group for fathers of children aged 0-5",
            // "dads only, sons 8-14 play while you chat"): the group is for the grown-ups, whose age is not given
            + "|(?<=\\b(?:dads|fathers|mums|mothers|parents|grandparents|grandads|grans)\\b) of (?:young )?(?:grand)?"
            + "(?:children|child|kids|sons|daughters|babies|toddlers)\\b \\(?(?:aged? |ages |under |up to )?\\d[^.;]*"
            + "|\\b(?:sons|daughters|kids|children|grandchildren|grandkids|little ones) \\(?(?:aged? |ages )?\\d{1,2} ?(?:-|\u2013|to)"
            + " ?\\d{1,2}\\)? (?:play|can play|join in|are looked after|have fun|stay)\\b[^.;]*");
    /**
     * A creche or childcare beside the sessions ("creche available for children under 5 while their parents attend"):
     * the children's ages, not the user's (round 16).
     */
    /**
     * Carers in the childcare sense, listed with parents ("baby massage for mums, dads and carers of babies aged 6 weeks
     * to 6 months"): whoever looks after the little one, not an unpaid carer (round 18).
     */
    private static final Pattern CHILDCARE_CARERS = Pattern.compile("(?<=\\b(?:mums|mothers|dads|fathers|parents"
            + "|grandparents)\\b[^.;]{0,40})\\bcarers?(?: (?:of|with) (?:(?:their|your|young) )?(?:babies|baby|toddlers?|tots"
            + "|under[- ]?(?:5|fives?)'?s?|little ones|pre-?school(?:ers| children))\\b|(?= (?:bring|bringing) (?:along )?"
            + "(?:their |your )?(?:grand)?(?:children|kids|babies|toddlers|little ones)\\b))");
    private static final Pattern CRECHE = Pattern.compile("\\b(?:free )?(?:cr[e\u00e8]che|childcare|child care)\\b[^.;]*");
    /**
     * Volunteers' ages and a waiting list for another group ("volunteers can be any age over 16", "under 55s can join
     * the waiting list for our younger group"): whom the service is for is said elsewhere (round 16).
     */
    private static final Pattern VOLUNTEERS_OR_WAITING_LIST = Pattern.compile("\\b(?:our )?volunteers?(?: [\\w-]+){0,2}"
            + " (?:can|may|must|need to|needs to|should|have to|of)\\b[^.;]*"
            // round 19: volunteers sought, with their ages ("volunteer drivers wanted (aged 21-75, clean licence)")
            + "|\\b(?:our )?volunteers?(?: [\\w-]+){0,2} (?:wanted|needed|sought)\\b[^.;]*|[^.;]*\\bwaiting list\\b[^.;]*?\\b(?:another|other"
            + "|our (?:\\w+ )?(?:group|session|club))\\b[^.;]*"
            // round 17: the volunteers' ages said as a fact ("our volunteers are aged 16 and up", "volunteers (aged 16
            // and over) are always needed"), and how long people of an age wait ("people aged under 65 may wait up to
            // a year"), not who may come
            + "|\\b(?:our )?volunteers?(?: drivers?)? (?:\\((?:are )?aged\\b[^.;)]*\\)?|(?:are|who are) aged\\b[^.;]*)"
            // round 18: the volunteers' ages in brackets or straight after the word ("volunteers (16+) needed",
            // "volunteers aged 16+ from local schools help out"), or in a clause of their own ("guides are provided by
            // volunteers, who must be 16 or over")
            + "|\\b(?:our )?volunteers?(?: drivers?)? (?:\\(\\d{1,2}[^.;)]*\\)|aged\\b[^.;]*?\\b(?:help|helps|helping|needed|wanted"
            + "|run|runs|support|supports|lead|leads)\\b[^.;,]*)"
            + "|\\bvolunteers?,? who (?:must|need to|have to|should) be\\b[^.;]*"
            // round 20 (g27): the volunteers' ages after other words ("volunteers are DBS checked and must be aged 18
            // or over"), and a waiting list's ages ("a waiting list of 8 to 10 weeks for people aged 25 and under")
            // or a closed one ("waiting list for the over 65s service is closed"): who waits, not who may come
            + "|\\b(?:our )?volunteers?\\b[^.;]*?\\b(?:must|need to|needs to|have to|should) be\\b[^.;]*"
            + "|\\bwaiting list\\b[^.;]*?\\bfor (?:people |those |anyone )?(?:aged |who are )?(?:under|over|\\d)[^.;]*"
            + "|[^.;]*\\bwaiting list\\b[^.;]*\\b(?:is|are) (?:closed|full)\\b[^.;]*"
            // round 18: a section of its own for younger people ("junior section (8-17) meets separately"): another group
            + "|[^.;]*\\b(?:junior|youth|children's|childrens|kids'?) (?:section|group|club|session|team)s?\\b[^.;]*"
            + "\\bseparate(?:ly)?\\b[^.;]*|\\ba separate (?:junior|youth|children's|childrens|kids'?) (?:section|group|club"
            + "|session|team)s?\\b[^.;]*"
            + "|[^.;]*\\b(?:may|might|can|could|will|would|often|usually|currently) (?:have to |need to )?wait\\b[^.;]*");
    /**
     * Registered with a carers' centre ("you must be registered with the Carers Centre"): a limit to carers, where
     * the centre's name alone is not ({@link #NAMES_WITHOUT_LIMIT}).
     */
    private static final Pattern REGISTERED_CARER = Pattern.compile("\\bregistered (?:with|at) (?:the |a |our |your )?"
            + "(?:local )?carer'?s'? (?:centre|center)\\b");
    /**
     * Boys turned away over an age where women may bring their children ("but not boys over the age of 14"): no boys,
     * so a service for women; the boys' age is no limit on who comes.
     */
    private static final Pattern NO_BOYS_OVER = Pattern.compile("\\b(?:no|not) (?:boys|sons|male children)\\b"
            + "(?: (?:over|aged|older than)\\b[^,;.)]*)");
    /** "folk who don't hear as well as they used to": hearing loss, in words a welcome's "used to" must not take away. */
    private static final Pattern HEARING_LESS = Pattern.compile("\\b(?:don't|do not|doesn't|does not|can't|cannot|can not)"
            + " hear (?:as |so |very )?well\\b(?: as (?:they|you|we|he|she|i) (?:used to|once did|did|once could|could))?");
    private static final Pattern UPTO = Pattern.compile("\\bupto\\b");
    /** Frail or elderly people "and housebound": the service is for older people, the housebound words describe them. */
    private static final Pattern FRAIL_OR_ELDERLY = Pattern.compile("\\b(elderl\\w*|eldery|frail\\w*)\\b");
    /**
     * Help by telephone or online ("telephone befriending for older people who are housebound"): reaches anyone at
     * home, so "housebound" there says whom it suits, not a second limit beside older people (round 14).
     */
    private static final Pattern BY_PHONE_OR_ONLINE = Pattern.compile("\\b(?:tele)?phone\\b|\\b(?:phone|video) calls?\\b"
            + "|\\bonline\\b|\\bcalls? for\\b");
    private static final Pattern CLAUSES = Pattern.compile("[,;.:()]|\\band\\b(?= (?:all|any|everyone|carers?|families) )");
    /**
     * "aged 18-65", "ages 16 to 25", "between 18 and 65", "aged between 50 and 75", "age range 13-19",
     * "18 to 65 year olds", "(18 to 64)" (written "aged 18 to 64" by then): both limits. Ages are
     * written "N years" by then too ("18yrs" and "18 years old" alike).
     */
    private static final Pattern AGE_RANGE = Pattern.compile("\\b(?:(?:aged|ages|age|age range)(?: between)?"
            + "|between(?: the ages? of| ages)?) (\\d{1,2})(?: years)? ?(?:-|\u2013|to|and) ?(\\d{1,3})\\b"
            + "(?! ?(?:miles?|km|kilomet\\w+|metres|hours?|hrs?|mins?|minutes?|weeks?|months?|pm|am|times)\\b)"
            + "|\\b(\\d{1,2})(?: years)? ?(?:-|\u2013|to) ?(\\d{1,3}) years");
    /** "60 and over", "50+", "18yrs+", "aged 65 or older", "over 60s", "over the age of 55": the lower limit. */
    private static final Pattern AGE_FROM = Pattern.compile("\\b(\\d{1,2})(?: years)? ?(?:\\+|-?plus\\b|and over\\b"
            // round 14: "Age 18 &ndash; no upper limit" (the entity decoded first)
            + "|(?:-|\u2013|\u2014|to) ?no upper (?:age )?limit\\b"
            + "|or over\\b|and above\\b|or above\\b|and older\\b|or older\\b|and upwards?\\b|or more\\b"
            + "|upwards?\\b|and up\\b)"
            + "|\\b(?:over[- ]?(?:the age of )?|minimum age (?:of |is )?|min(?:imum)?\\.? age:? |at ?least "
            + "|from (?:the )?age (?:of )?|aged )(\\d{1,2})(?:'?s)?\\b(?! (?:or|and) (?:under|younger)\\b(?! \\d))"
            + "(?! ?(?:weeks?|months?|days?|hours?|mins?|minutes?|sessions?|times?|visits?)\\b)"
            + "|\\bfrom (\\d{1,2}) (?=up to\\b)|\\b(?:men|women|males|females|ladies|gents) from (\\d{1,2})\\b");
    /**
     * "not suitable for under 18s", "no under 18s", "not open to under 21s": the youngest allowed is that
     * age, a lower limit (not an upper one, as "under 18s" alone is).
     */
    private static final Pattern NOT_UNDER = Pattern.compile("\\b(?:not (?:suitable|open|for|allowed)|unsuitable|no"
            + "|(?:can't|cannot|can not|unable to|not able to) (?:accept|take|admit|support|help|work with))\\b"
            + "[^,;.]*?\\bunder[- ]?(?:the age of )?(\\d{1,2})(?:'?s)?\\b"
            + "|\\bunder[- ]?(?:the age of )?(\\d{1,2})(?:'?s)? (?:cannot|can't|can not|may not|must not|are not allowed to)"
            + " (?:attend|come|join|take part)\\b|(?<![a-z] )\\bunder[- ]?(\\d{1,2})(?:'?s)? ?\\?"
            // round 13: "<18s not admitted", "under 16s are not allowed"
            + "|(?:\\bunder[- ]?|<\\s?)(\\d{1,2})(?:'?s)? (?:are )?not (?:admitted|allowed|permitted)\\b");
    /** "People aged 65+ get priority but we're open to all adults": whom it puts first limits no one (round 13). */
    private static final Pattern PRIORITY = Pattern.compile("[^.;,]*\\b(?:gets?|getting|given|have|has|having|takes?) "
            + "(?:first )?priority\\b(?: but)?"
            // round 14: "priority is given to people over 75 but anyone can ask", "places are prioritised for carers"
            + "|[^.;,]*\\bpriority (?:is |will be )?(?:given|goes) to\\b[^.;,]*?(?=\\bbut\\b|[.;,]|$)"
            + "|[^.;,]*\\bprioriti[sz](?:e|es|ed|ing)\\b[^.;,]*"
            // round 20 (g27): "priority for over 75s, but anyone can ask for a visit"
            + "|[^.;,]*\\bpriority (?:for|to)\\b[^.;,]*?(?=\\bbut\\b|[.;,]|$)");
    /** "Not suitable for children", "children not admitted": adults only, 18 and over (round 13). */
    private static final Pattern NOT_FOR_CHILDREN = Pattern.compile("\\b(?:not (?:suitable|open|for|allowed)|unsuitable|no)"
            + " (?:for )?(?:children|kids)\\b|\\b(?<!young )(?:children|kids) (?:are )?not (?:admitted|allowed|permitted)\\b"
            + "|\\b(?<!young )(?:children|kids) (?:may|can|must) ?not (?:attend|come|join)\\b");
    /**
     * Younger people who may come with a parent ("open to adults; under-18s may attend with a parent or guardian",
     * "children can come with a parent"): no lower limit, and their age ("under-16s") is no upper one (round 14).
     */
    private static final Pattern YOUNGER_WITH_PARENT = Pattern.compile("\\b(?:under[- ]?\\d{1,2}(?:'?s)?|children|kids"
            + "|young people|younger (?:people|children))\\b[^.;]*?\\bwith (?:a |an |their |your )?(?:parents?|guardians?"
            + "|grown-?ups?|responsible adults?)\\b(?!(?:'s|s')? (?:consent|permission))[^.;]*");
    /** Younger people let in as well ("but we accept younger people with a disability"): no age limit (round 14). */
    private static final String YOUNGER_ALSO = "\\b(?:we )?(?:do |also |will |can |may )*(?:accept|take|welcome|admit|consider)s?"
            + " younger (?:people|adults|members|ones)\\b[^.;)]*";
    /**
     * "can't support anyone aged 26 or over", "cannot accept referrals for anyone aged 18 or over": turned away from
     * that age, so the oldest allowed is a year younger (round 13).
     */
    private static final Pattern NOT_FROM = Pattern.compile("\\b(?:can't|cannot|can not|unable to|not able to|do not|don't"
            + "|won't|will not) (?:accept|take|admit|support|help|work with|see)\\b[^,;.]*?\\b(\\d{1,2})(?: years)? (?:or|and) "
            + "(?:over|above|older)\\b");
    /** "60 or over, or younger adults who have a disability": adults of any age may come (round 13). */
    private static final Pattern OR_YOUNGER_ADULTS = Pattern.compile("\\bor (?:younger|other) (?:adults|people)\\b[^.;]*");
    /** "can't accept anyone over 25", "no one over 30": the oldest allowed is that age. */
    private static final Pattern NOT_OVER = Pattern.compile("\\b(?:(?:can't|cannot|can not|unable to|not able to|do not|don't) "
            + "(?:accept|take|admit|support|help|work with)[^,;.]*?\\bover|must not be|mustn't be|should not be|cannot be|can't be)"
            + "[- ]?(?:over )?(?:the age of )?(\\d{1,2})(?:'?s)?\\b");
    /** "16-25", "young people 11-18": a bare range of ages, not a time ("10-12pm") nor money. */
    private static final Pattern BARE_RANGE = Pattern.compile("(?<![£$:.\\d]|\\bat |\\bfrom )\\b(\\d{1,2}) ?(?:-|\u2013) ?"
            + "(\\d{1,2})\\b(?![:.]?\\d| ?(?:am|pm|noon|midday|hours?|minutes?|mins?|weeks?|months?|people|places|%))");
    /** An age in words ("sixty plus", "sixty-five and over"), written as digits before ages are read. */
    private static final Pattern AGE_IN_WORDS = Pattern.compile("\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?(?=s?\\b)"
            + "|\\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?=s?\\b)");
    private static final Pattern SMALL_AGE = Pattern.compile("\\b((?:aged|ages|age|between|from) )(one|two|three|four"
            + "|five|six|seven|eight|nine)\\b");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine");
    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    /** "18yrs", "18 years old", "18 years of age": written "18 years". */
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,3})[- ]?(?:yrs?|years?)(?:[- ]olds?| old| of age)?\\b");
    /** "under 18s", "under the age of 25", "18 and under", "up to 25": the upper limit. */
    private static final Pattern AGE_TO = Pattern.compile("\\bunder[- ]?(?:the age of )?(\\d{1,2})(?:'?s)?\\b"
            + "|\\b(\\d{1,2}) (?:and|or) (?:under|younger)\\b(?! \\d)|\\bup to (?:and including )?(?:the age of |age )?(\\d{1,2})\\b(?! ?(?:months?|weeks?|days?)\\b)"
            + "|\\b(?:max(?:imum)?\\.? age:? (?:of |is )?|no older than |not older than |not be older than |be no older than )(\\d{1,2})\\b"
            + "|\\b(?:up to|before|until|till) (?:their|the|his|her|your) (\\d{1,2})(?:st|nd|rd|th) birthday\\b"
            // round 13: "not yet reached their 19th birthday", "hasn't yet turned 26"
            + "|(?:\\bnot|n't) yet (?:turned|reached) (?:their |the |his |her |your )?(\\d{1,2})(?:st|nd|rd|th)?(?: birthday)?\\b");
    /** Adults: 18 and over, unless children or young people are named too. */
    private static final Pattern ADULTS = Pattern.compile("(?<!\\bolder |\\byoung )\\b(?:adults?|adluts?|adlts?|audults?)\\b"
            + "(?! social (?:care|services|work)\\b)");
    /** "in their 30s and 40s": from the first decade to the end of the last. */
    private static final Pattern DECADES = Pattern.compile("(?<!\\b(?:most|many|lots|the majority)(?: of)?(?: our| the)? (?:members|people|regulars|attendees|guests"
            + "|of us|of them) (?:are|were) )\\bin their (\\d)0s(?:(?:,| and| or) (\\d)0s)*");
    /** Teenagers, named as whom the service is for: 13 to 19. */
    private static final Pattern TEENAGERS = Pattern.compile("(?:^|\\bfor |\\baged )teenagers\\b");
    /** School years ("years 7-11", "school year 9"): not ages. */
    private static final Pattern SCHOOL_YEARS = Pattern.compile("\\b(?:school )?years? \\d{1,2}(?: ?(?:-|\u2013|to) ?\\d{1,2})?\\b(?! years)");
    /**
     * The age of someone other than the person who comes: the one cared for, a child, the one who died, or the
     * person's age at another time ("caring for someone aged 80 or over", "parents of a disabled child under 5",
     * "whose children are aged 0-4", "lost someone aged 30 or under", "if you were 50 or under when"). Neither
     * the age nor the group there limits who may come.
     */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:(caring for|cares? for|looking after|looks? after"
            + "|lost|parents? of|carers? (?:of|for)) (?:a |an |their |your )?(?:\\w+ )?(?:someone|somone|somebody|person|child|children"
            + "|son|daughter|relative|adults?|people)|whose (?:\\w+ )?(?:children|child|kids)(?: are)?"
            // round 16: the child or member of a household ("families with a disabled child", "households with at
            // least one child under 5"), and siblings' brothers and sisters ("siblings of disabled children")
            + "|(?:families|households?|homes?) with (?:a |an |at least one |one or more |young )?(?:\\w+ )?(?:child|children"
            + "|kids|baby|babies|members?|persons?)|(?:siblings|brothers and sisters|brothers or sisters) of"
            + "|if you were|who (?:were|was) (?=aged\\b|\\d)|the (?:person|people|one|ones) (?:(?:you|they|being) (?:care for|look after|support)"
            + "|cared for|looked after)(?= (?:must|should|has to|have to|needs? to|is|are|will)\\b))\\b"
            + "(?:(?!, (?:aged\\b|\\d|(?:and |or )?(?:for|to) ))[^;.])*");
    /** "the death of a parent, carer, brother or sister": whoever died is someone else, not a group of the applicant. */
    private static final Pattern DEATH_OF = Pattern.compile("\\b(death|passing) of (?:a |an |their |your |his |her |my )?"
            // round 16: an age after a comma is the person's own ("the death of a loved one, from age 16")
            + "(?:(?!, (?:aged\\b|from\\b|over\\b|under\\b|\\d))[^;.])*");
    /** "Young people, 13 to 24", "carers 16 to 25": a bare range after whom it is for, written "aged 13 to 24". */
    private static final Pattern WHO_THEN_RANGE = Pattern.compile("\\b(young (?:people|adults?|persons?|carers)|young adult carers"
            + "|children|teenagers|teens|adults|carers)(?:,)? (\\d{1,2}) ?to ?(\\d{1,2})\\b(?! ?(?:am|pm|miles?|hours?|[:.]\\d))");
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
        boolean agesGiven = s.minimumAge() != null || s.maximumAge() != null;
        // the words are read only for what the record lacks: groups never recorded, or ages in no field
        Eligibility described = s.eligibilityDescription() == null || recorded && agesGiven ? null
                : described(s.eligibilityDescription());
        if (!recorded && described != null) {
            groups.addAll(described.groups());
            fromDescription = !groups.isEmpty();
        }
        // the publisher's age fields are exact; only without them are ages read from the words
        Integer from = agesGiven || described == null ? s.minimumAge() : described.minimumAge();
        Integer to = agesGiven || described == null ? s.maximumAge() : described.maximumAge();
        return new Eligibility(from, to, groups, fromDescription && !groups.isEmpty());
    }

    /**
     * The service with its eligibility recorded as {@value #TAXONOMY_ID} attributes, ready to be
     * stored: unchanged when the publisher sent any such attribute (theirs is the exact data);
     * otherwise the groups its {@code eligibility_description} names, or {@code everyone} when it
     * names none and states no age limit (in its age fields or its words); a service with an age
     * limit and no group is unchanged, its limits read by {@link #of} from the fields and words. A service with no {@code eligibility_description} is unchanged too: nothing is
     * recorded in words it never sent, so its ORUK record reads back as it was published, and
     * {@link #of} finds no group (its age fields, if any, still limit it). The towns its words limit
     * it to are recorded too ({@link TownLimit#recorded}, since round 15), so signposting reads them
     * once here and never per judgement. Recording twice changes nothing.
     */
    public static Service recorded(Service s) {
        return TownLimit.recorded(recordedGroups(s));
    }

    /** {@link #recorded} without the towns ({@link TownLimit#recorded}): the groups, or everyone. */
    private static Service recordedGroups(Service s) {
        if (s.eligibilityDescription() == null
                || s.otherTerms().stream().anyMatch(t -> TAXONOMY_ID.equals(t.taxonomyId()))) {
            return s;
        }
        Set<Group> groups = describedGroups(s.eligibilityDescription());
        if (groups.isEmpty() && !openToEveryone(s)) {
            return s; // an age limit, in the fields or the words, is a restriction: never "open to everyone"
        }
        java.util.List<TaxonomyTerm> terms = groups.isEmpty() ? java.util.List.of(term(EVERYONE_CODE, "Open to everyone"))
                : groups.stream().map(g -> term(g.code(), g.words())).toList();
        // ages stated only in the words ("Open to over 60s") are read by of() from the description kept
        // beside the record: writing them as age fields would part the record from its source document
        return s.withTerms(terms);
    }

    /**
     * True when a service whose words name no group has no age limit either: none in its
     * {@code minimum_age}/{@code maximum_age} fields and none read from its
     * {@code eligibility_description} ("Over 60s"). Only then is it recorded as open to everyone.
     */
    private static boolean openToEveryone(Service s) {
        if (s.minimumAge() != null || s.maximumAge() != null) {
            return false;
        }
        Eligibility words = described(s.eligibilityDescription());
        return words.minimumAge() == null && words.maximumAge() == null;
    }

    /**
     * The term Lantern records for a group code read from the words ({@code carers}, or
     * {@code everyone} for a service open to all), as {@link #recorded} adds it; empty for any other code.
     */
    public static Optional<TaxonomyTerm> recordedTerm(String code) {
        if (EVERYONE_CODE.equals(code)) {
            return Optional.of(term(EVERYONE_CODE, "Open to everyone"));
        }
        return Group.byCode(code).filter(g -> g.code().equals(code)).map(g -> term(g.code(), g.words()));
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
        return description == null ? readDescribed(null) : DESCRIBED.get(description, Eligibility::readDescribed);
    }

    private static Eligibility readDescribed(String description) {
        String text = normal(description);
        return described(text, limits(withoutAgeLimits(text)));
    }

    /**
     * Most of an import's CPU went into the regular expressions below, run several times for every
     * service (issue 12, round 15's profile), though councils repeat a few dozen sentences across their
     * services; and signposting judges a hundred or more services a call, where one reading costs about
     * 0.2 ms (round 16's benchmark at 100,000 services was ten times slower while each judgement read the
     * words again). Each distinct description is read once and its reading kept, as long as it is one of the
     * {@value #DESCRIPTIONS_KEPT} most used (a directory of 100,000 services each with its own description
     * fits, about 10 MB): the reading depends on the words alone and is immutable.
     */
    static final int DESCRIPTIONS_KEPT = 200_000;
    private static final Cache<String, Eligibility> DESCRIBED = Caffeine.newBuilder().maximumSize(DESCRIPTIONS_KEPT).build();
    private static final Cache<String, Set<Group>> DESCRIBED_GROUPS = Caffeine.newBuilder().maximumSize(DESCRIPTIONS_KEPT)
            .build();

    /**
     * The groups {@link #described} finds in a description, without reading its ages: what an import
     * records ({@link #recorded}). The same groups, since the age limits are taken out of the
     * clauses before the groups are read in both; the ages' own patterns were about a third of the
     * reading's CPU at a whole import (issue 12, round 10).
     */
    static Set<Group> describedGroups(String description) {
        return description == null ? readDescribedGroups(null) : DESCRIBED_GROUPS.get(description, Eligibility::readDescribedGroups);
    }

    private static Set<Group> readDescribedGroups(String description) {
        String text = normal(description);
        // in the groups' declared order, so the recorded attributes are written in the same order on every run
        return OPEN_TO_ALL.matcher(text).find() ? Set.of()
                : java.util.Collections.unmodifiableSet(groups(limits(withoutAgeLimits(text))));
    }

    /**
     * Normal words with "not suitable for under 18s", "no older than 65" and "or up to 25 if ..." taken
     * out: limits, not groups.
     */
    private static String withoutAgeLimits(String text) {
        String limited = EXTENDED_UPPER.matcher(NOT_OVER.matcher(NOT_UNDER.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        limited = OR_YOUNGER_ADULTS.matcher(NOT_FROM.matcher(limited).replaceAll(" ")).replaceAll(" ");
        return NO_BOYS_OVER.matcher(limited).replaceAll(" no boys ");
    }

    private static Eligibility described(String text, String limits) {
        Integer from = null;
        Integer to = null;
        java.util.regex.Matcher notUnder = NOT_UNDER.matcher(text);
        boolean notUnderRead = notUnder.find();
        if (notUnderRead) {
            from = Integer.valueOf(notUnder.group(1) != null ? notUnder.group(1)
                    : notUnder.group(2) != null ? notUnder.group(2) : notUnder.group(3) != null ? notUnder.group(3)
                    : notUnder.group(4));
        } else if (NOT_FOR_CHILDREN.matcher(text).find()) {
            from = ADULT_AGE; // "not suitable for children": adults only
            notUnderRead = true;
        }
        java.util.regex.Matcher notFrom = NOT_FROM.matcher(text);
        Integer turnedAwayFrom = notFrom.find() ? Integer.valueOf(notFrom.group(1)) : null;
        java.util.regex.Matcher notOver = NOT_OVER.matcher(text);
        Integer notOlder = notOver.find() ? Integer.valueOf(notOver.group(1)) : null;
        java.util.regex.Matcher extended = EXTENDED_UPPER.matcher(text);
        Integer extendedTo = !extended.find() ? null : extended.group(1) != null ? Integer.valueOf(extended.group(1))
                : extended.group(2) != null ? Integer.valueOf(extended.group(2))
                : extended.group(3) != null ? Integer.valueOf(Integer.parseInt(extended.group(3)) - 1) // "or under 25 ..." is 24
                : Integer.valueOf(extended.group(4));
        java.util.regex.Matcher decades = DECADES.matcher(text);
        if (decades.find()) {
            // "in their 30s and 40s" is 30 to 49
            String[] tens = decades.group().replaceAll("[^0-9 ]", " ").strip().split("\\s+");
            boolean anyAge = ANY_AGE.matcher(text).find(); // "mostly in their 70s and 80s, but younger people welcome"
            return new Eligibility(anyAge ? null : Integer.valueOf(tens[0]),
                    anyAge ? null : Integer.valueOf(Integer.parseInt(tens[tens.length - 1]) + 9),
                    OPEN_TO_ALL.matcher(text).find() ? Set.of() : groups(limits), true);
        }

        // every range stated, worded or bare ("aged 10-14 and 15-19" is 10 to 19, "16-25" is 16 to 25)
        Integer[] span = join(span(AGE_RANGE.matcher(limits), 1, 3), span(BARE_RANGE.matcher(limits), 1, 1));
        if (span != null) {
            from = span[0];
            // "juniors (7-17) on Saturdays, adults on Sundays": children's ages and adults too, so no upper limit
            to = span[1] < ADULT_AGE && ADULTS.matcher(limits).find() ? null : span[1];
        } else {
            java.util.regex.Matcher m = AGE_FROM.matcher(limits);
            // every lower limit stated, the youngest kept: "men aged 50+ and women aged 40+" lets in from 40
            while (!notUnderRead && m.find()) {
                int age = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                        : m.group(3) != null ? m.group(3) : m.group(4));
                from = from == null ? age : Math.min(from, age);
            }
            m = AGE_TO.matcher(limits);
            if (m.find()) {
                to = m.group(1) != null ? Integer.parseInt(m.group(1)) - 1
                        : m.group(5) != null ? Integer.parseInt(m.group(5)) - 1 // "up to their 19th birthday" is 18
                        : m.group(6) != null ? Integer.parseInt(m.group(6)) - 1 // "not yet turned 18" is 17
                        : Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4));
            }
            if (to == null) {
                to = notOlder;
            }
            if (to == null && turnedAwayFrom != null) {
                to = turnedAwayFrom - 1; // "can't support anyone aged 26 or over" is at most 25
            }
            if (from == null && ADULTS.matcher(limits).find() && !YOUNGER.matcher(limits).find()) {
                from = ADULT_AGE;
            }
        }
        if (from == null && to == null && TEENAGERS.matcher(limits).find()) {
            from = 13; // "for teenagers", with no ages of its own: 13 to 19
            to = 19;
        }
        java.util.regex.Matcher consent = WITH_CONSENT.matcher(text);
        if (from != null && consent.find() && Integer.parseInt(consent.group(1)) < from) {
            from = Integer.valueOf(consent.group(1)); // "adults 18+, or 16-17 with parental consent" is 16 and over
        }
        if (from != null && OR_YOUNGER_ADULTS.matcher(text).find()) {
            from = Math.min(from, ADULT_AGE); // "60 or over, or younger adults who have a disability" is any adult
        }
        if (extendedTo != null && to != null && extendedTo > to) {
            to = extendedTo; // "13-19, or up to 25 if you have a disability" is 13 to 25
        }
        if (ANY_AGE.matcher(text).find()) {
            from = null;
            to = null;
        }
        if (from != null && from >= ADULT_AGE && YOUNGER_WITH_PARENT.matcher(text).find()) {
            from = null; // "under-18s may attend with a parent": younger people may come
            if (to != null && to < ADULT_AGE && ADULTS.matcher(limits).find()) {
                to = null; // "adults, and under-16s with a parent": the under-16s' age is no upper limit
            }
        }
        Set<Group> groups = OPEN_TO_ALL.matcher(text).find() ? Set.of() : groups(limits);
        if (groups.isEmpty() && AND_THEIR_CARERS.matcher(limits).find()) {
            from = null; // "over 65s and there carers": carers of any age come too
            to = null;
        }
        // an age limit is a limit, not a group: "aged 60 and over" ranks as any 60-plus service does
        return new Eligibility(from, to, groups, true);
    }

    /**
     * The youngest and oldest of every range the matcher finds, or null when it finds none or a range runs
     * backwards ("19-10" is no range of ages).
     *
     * @param first the group of a range's first age; the second age is the group after it
     * @param other the group of the first age in the matcher's other form (the same as {@code first} if none)
     */
    private static Integer[] span(java.util.regex.Matcher m, int first, int other) {
        Integer[] span = null;
        while (m.find()) {
            int g = m.group(first) != null ? first : other;
            int low = Integer.parseInt(m.group(g));
            int high = Integer.parseInt(m.group(g + 1));
            if (low > high) {
                continue;
            }
            span = span == null ? new Integer[] {low, high}
                    : new Integer[] {Math.min(span[0], low), Math.max(span[1], high)};
        }
        return span;
    }

    private static Integer[] join(Integer[] a, Integer[] b) {
        return a == null ? b : b == null ? a : new Integer[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    /** The groups named in an {@code eligibility_description}; empty when it is open to all. */
    static Set<Group> read(String description) {
        String text = normal(description);
        return OPEN_TO_ALL.matcher(text).find() ? Set.of() : groups(limits(text));
    }

    /**
     * The description as plain lower-case words: entities decoded, "&amp;" as "and", ages in words as
     * digits, "18yrs" and "18 years old" as "18 years", "(18 to 64)" as "aged 18 to 64".
     */
    private static String normal(String description) {
        String text = uk.lantern.directory.hsds.PlainText.of(description).toLowerCase(Locale.UK)
                .replace('\u2019', '\'').replace("&", " and ");
        text = SLIPPED_AGE_WORDS.matcher(text).replaceAll(m -> switch (m.group()) {
            case "eightteen" -> "eighteen";
            case "fourty" -> "forty";
            default -> "ninety";
        });
        // round 21 (g28): slips of "carers" ("for carres over 18", "careers of people with dementia"), written as meant
        text = SLIPPED_CARERS.matcher(text).replaceAll("carers");
        text = REGARDLESS_OF_CARED_FOR.matcher(text).replaceAll(" ");
        java.util.regex.Matcher words = AGE_IN_WORDS.matcher(text);
        StringBuilder digits = new StringBuilder();
        while (words.find()) {
            int age = words.group(3) != null ? 10 + TEENS.indexOf(words.group(3))
                    : 20 + 10 * TENS.indexOf(words.group(1)) + (words.group(2) == null ? 0 : 1 + UNITS.indexOf(words.group(2)));
            words.appendReplacement(digits, Integer.toString(age));
        }
        text = words.appendTail(digits).toString();
        // "aged between five and eleven": small ages in words only where an age is being given
        java.util.regex.Matcher small = SMALL_AGE.matcher(text);
        StringBuilder aged = new StringBuilder();
        while (small.find()) {
            small.appendReplacement(aged, small.group(1) + (1 + UNITS.indexOf(small.group(2))));
        }
        text = small.appendTail(aged).toString();
        text = UPTO.matcher(text).replaceAll("up to");
        text = UP_TO_AND_INCLUDING.matcher(text).replaceAll("up to");
        text = BETWEEN_SLIPPED.matcher(text).replaceAll("between");
        text = MIN_MAX_AGE_LABEL.matcher(text).replaceAll("$1imum age ");
        text = AGE_LIMIT_LABEL.matcher(text).replaceAll(m -> m.group(1).equals("upper") ? "maximum age " : "minimum age ");
        text = DECADE_WORDS.matcher(text).replaceAll(m -> (20 + 10 * DECADE_STEMS.indexOf(m.group(1))) + "s");
        text = FIFTIES.matcher(text).replaceAll("50s");
        text = SIXTIES.matcher(text).replaceAll("60s");
        text = SEVENTIES.matcher(text).replaceAll("70s");
        text = SCHOOL_YEARS.matcher(text).replaceAll(" ");
        text = YEARS.matcher(text).replaceAll("$1 years");
        text = RANGE_OF_PLURALS.matcher(text).replaceAll(" aged $1 to $2 ");
        text = AGES_IN_BRACKETS.matcher(text).replaceAll(" aged $1 to $3 ");
        text = WHO_THEN_RANGE.matcher(text).replaceAll("$1 aged $2 to $3");
        text = VOLUNTEERS_OR_WAITING_LIST.matcher(text).replaceAll(" ");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    // compiled once rather than by String.replaceAll on every description read (issue 12, round 10)
    private static final java.util.regex.Pattern UP_TO_AND_INCLUDING = java.util.regex.Pattern.compile("\\bup to and including\\b");
    private static final java.util.regex.Pattern BETWEEN_SLIPPED = java.util.regex.Pattern.compile("\\bbetwe+n\\b");
    private static final java.util.regex.Pattern MIN_MAX_AGE_LABEL =
            // round 19: "min. age 60", with no colon (the full stop would otherwise end the clause)
            java.util.regex.Pattern.compile("\\b(min|max)(?:imum)?\\.? age ?:? ?(?=\\d)");
    /** "Upper age limit 35", "there is a lower age limit of 14": the maximum or minimum age (round 13). */
    private static final java.util.regex.Pattern AGE_LIMIT_LABEL = java.util.regex.Pattern.compile(
            "\\b(?:there is an? )?(upper|lower) age limit(?: is| of)? ?:? ?(?=\\d)");
    /** "the under-thirties", "the over-eighties": the decade as digits, "under-30s" (round 13). */
    private static final java.util.regex.Pattern DECADE_WORDS = java.util.regex.Pattern.compile(
            "\\b(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\\b");
    private static final List<String> DECADE_STEMS = List.of("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight",
            "ninet");
    private static final java.util.regex.Pattern FIFTIES = java.util.regex.Pattern.compile("\\bfifties\\b");
    private static final java.util.regex.Pattern SIXTIES = java.util.regex.Pattern.compile("\\bsixties\\b");
    private static final java.util.regex.Pattern SEVENTIES = java.util.regex.Pattern.compile("\\bseventies\\b");
    private static final java.util.regex.Pattern AGES_IN_BRACKETS =
            java.util.regex.Pattern.compile("\\((\\d{1,2}) ?(-|\u2013|to) ?(\\d{1,3})\\)");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Ages in words with a common slip ("eightteen", "fourty", "ninty"), written as meant first (round 14). */
    private static final java.util.regex.Pattern SLIPPED_AGE_WORDS = java.util.regex.Pattern.compile(
            "\\b(?:eightteen|fourty|ninty)(?=[- ]|s?\\b)");
    /**
     * Slips of "carers" (round 21, eligibility sealed v15): "carres", and "careers" before whom they care for ("careers
     * of people with dementia"; "careers advice" is not one).
     */
    private static final java.util.regex.Pattern SLIPPED_CARERS = java.util.regex.Pattern.compile(
            "\\bcarres\\b|\\bcareers(?= (?:of|for) (?:people|someone|somebody|those|adults|children|a|an|their|your|loved)\\b)");
    /** "Youth club for 11 to 16s", "14-17s": a range of ages named as plurals, written "aged 11 to 16" (round 14). */
    private static final java.util.regex.Pattern RANGE_OF_PLURALS = java.util.regex.Pattern.compile(
            "\\b(\\d{1,2}) ?(?:-|\u2013|to) ?(\\d{1,2})'?s\\b");
    /**
     * "regardless of the age or condition of the person they care for", "regardless of their child's diagnosis": the
     * other person's, so neither a welcome to everyone nor a limit (round 14).
     */
    private static final java.util.regex.Pattern REGARDLESS_OF_CARED_FOR = java.util.regex.Pattern.compile(
            "\\bregardless of [^.;,]*?\\b(?:the (?:person|people|one|ones)|(?:their|your|the) (?:child|children|relative"
            + "|loved one|son|daughter|partner)(?:'s)?)\\b[^.;,]*"
            // round 17: "the person you care for may be any age": the carer's own age limit still holds
            + "|\\bthe (?:person|people|one|ones) (?:you|they|being) (?:care for|cares for|look after|looks after|support)"
            + "\\b[^.;]*?\\b(?:may|can|could|might|will) be (?:of )?any age\\b");

    /** The clauses of normal words that limit who may come, joined with " ; ". */
    private static String limits(String normal) {
        String text = ALL_AGES_WELCOME.matcher(normal).replaceAll("of all ages");
        // the words that say who comes stay ("caring for someone", "lost someone"); the other person's age and needs go
        text = UNPAID_CARE.matcher(text).replaceAll(" unpaid care ");
        text = REGISTERED_CARER.matcher(text).replaceAll(" carers ");
        text = HEARING_LESS.matcher(text).replaceAll(" hearing loss ");
        text = CHILDCARE_CARERS.matcher(text).replaceAll(" ");
        text = BABIES_AGES.matcher(text).replaceAll(" ");
        text = CHILDREN_WITH_GROWN_UPS.matcher(text).replaceAll(" ");
        text = CRECHE.matcher(text).replaceAll(" ");
        text = SOMEONE_ELSE.matcher(text).replaceAll(m -> m.group(1) == null ? " " : m.group(1) + " someone ");
        text = DEATH_OF.matcher(text).replaceAll("death of someone");
        text = NAMES_WITHOUT_LIMIT.matcher(text).replaceAll(" ");
        text = PRIORITY.matcher(text).replaceAll(" ");
        StringBuilder limits = new StringBuilder();
        for (String clause : CLAUSES.split(text)) {
            if (!NOT_A_LIMIT.matcher(clause).find()) {
                limits.append(clause).append(" ; ");
            } else {
                java.util.regex.Matcher welcome = WELCOME_FROM_AGE.matcher(clause);
                if (welcome.find()) {
                    limits.append(welcome.group()).append(" ; "); // "we welcome anyone aged over 16": from 16
                }
                java.util.regex.Matcher allFrom = ALL_WELCOME_FROM.matcher(clause);
                if (allFrom.find()) {
                    limits.append("aged ").append(allFrom.group(1)).append(" and over ; "); // "all welcome from 55"
                }
                if (ALL_ADULTS_WELCOME.matcher(clause).find()) {
                    limits.append("adults ; "); // "all adults welcome": 18 and over
                }
            }
        }
        return limits.toString();
    }

    private static Set<Group> groups(String text) {
        Set<Group> groups = EnumSet.noneOf(Group.class);
        if (SEX_OR_ANOTHER_GROUP.matcher(text).find()) {
            return groups; // "women or carers": no groups say it
        }
        // "no men allowed" is a service for women, "blokes only, no ladies" one for men
        text = NO_WOMEN.matcher(NO_MEN.matcher(text).replaceAll(" women ")).replaceAll(" men ");
        boolean bothSexes = BOTH_SEXES.matcher(text).find();
        // "survivors of male violence. Women only": the "only" decides
        if (WOMEN_ONLY.matcher(text).find() && !MEN_ONLY.matcher(text).find()) {
            text = MEN.matcher(text).replaceAll(" ");
            bothSexes = false;
        } else if (MEN_ONLY.matcher(text).find() && !WOMEN_ONLY.matcher(text).find()) {
            text = WOMEN.matcher(text).replaceAll(" ");
            bothSexes = false;
        }
        if (!bothSexes && MEN.matcher(text).find() && !WOMEN.matcher(text).find()) {
            groups.add(Group.MEN);
        }
        if (!bothSexes && WOMEN.matcher(text).find() && !MEN.matcher(text).find()) {
            groups.add(Group.WOMEN);
        }
        boolean carers = CARERS.matcher(text).find();
        if (carers && THEIR_CARERS.matcher(text).find()) {
            String others = THEIR_CARERS.matcher(text).replaceAll(" ");
            carers = CARERS.matcher(others).find() || !groups.isEmpty() || namesAGroup(others);
        }
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
            if (FRAIL_OR_ELDERLY.matcher(text).find()) {
                groups.remove(Group.HOUSEBOUND); // "elderly and housebound": older people, who are housebound
            }
            if (BY_PHONE_OR_ONLINE.matcher(text).find()) {
                groups.remove(Group.HOUSEBOUND); // "phone calls for older people who are housebound": older people
            }
        }
        if (DISABLED.matcher(text).find()) {
            groups.add(Group.DISABLED);
        }
        return groups;
    }

    /** True when the words name a group other than carers or a sex. */
    private static boolean namesAGroup(String text) {
        return HOUSEBOUND.matcher(text).find() || BEREAVED.matcher(text).find() || SIGHT.matcher(text).find()
                || HEARING.matcher(text).find() || OLDER.matcher(text).find() || DISABLED.matcher(text).find();
    }

    /**
     * True when the person may use the service. Age limits need a known age. A service for men
     * or women needs the person to have said which they are. Of the other groups (carers,
     * bereaved, sight loss, hearing loss, older, disabled, housebound) the person must belong to at
     * least one: "older or disabled people who find it hard to leave home" admits any of them, except someone
     * who said they get out and manage everyday tasks ({@link Person.Cause#GETS_OUT}), for whom a service naming
     * people who find it hard to get out is never meant.
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
        if (groups.contains(Group.HOUSEBOUND) && p.causes().contains(Person.Cause.GETS_OUT)) {
            // round 20 (g27): "older or disabled people who find it hard to leave home" is never for someone who
            // said they get out and manage everyday tasks, whichever other group they belong to
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
