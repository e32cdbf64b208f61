package uk.lantern.engine.interpret;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lantern.engine.interpret.YesNoPhrases.Leaning;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads a yes or a no, said ("afraid so") or carried by a sentence ("my husband died last
 * year", see {@link YesNoStatements}). Mixed or doubtful wording is unclear, and so is a said
 * yes or no that the rest of the sentence contradicts.
 */
final class YesNoReading {

    /**
     * "I can", "I don't": a yes or a no when they stand alone, but only the start of a sentence
     * in "I can't afford the heating", where the rest says what is meant.
     */
    private static final Set<String> ECHOES = Set.of("i cant", "i cannot", "i dont", "i do not", "i can", "i do",
            "i have", "i am", "im not", "i am not", "i havent", "i have not", "it isnt", "its not", "it is", "i did",
            "it doesnt");
    /** Asking to hear the question again, then answering it: "Pardon? Ha, yes". */
    private static final Set<String> SAY_AGAIN = Set.of("what", "pardon", "sorry", "eh");

    /**
     * A plain yes or no that opens the answer ("course not, I have the heating on when I need
     * it"): it says what is meant, and words later in the sentence that lean the other way
     * ("always", "i have") only explain it.
     */
    private static final Set<String> PLAIN = Set.of("yes", "yeah", "yea", "yep", "yup", "aye", "no", "nope", "nah",
            "of course not", "course not", "certainly not", "definitely not", "absolutely not", "definitely",
            "absolutely", "certainly", "most definitely", "of course", "not at all", "no i dont", "yes i do",
            // Round 9: "bit down in winter but not really": a plain no after the "but".
            "not really");

    /** Doubt that a statement of fact settles: "sometimes I skip meals to make the money last" is a yes. */
    private static final Set<String> HOW_OFTEN = Set.of("sometimes", "now and then", "on and off");

    /** A no said of now, after a "but": "I thought about it years ago but no, not lately". */
    private static final List<String> NOT_LATELY = List.of("lately", "recently", "now", "these days", "any more",
            "anymore", "since");
        /** A plain no opening the answer ... */
    private static final List<String> OPENING_NO = List.of("no", "nope", "nah", "not really", "no not really");
    /** ... taken back by a "but" that affirms: "no, but I do worry about the bills". */
    private static final List<String> BUT_YES = List.of("but i do", "but i did", "but it does", "but i have been",
            "but i have had", "but ive been", "but ive had", "but i am", "but yes");


    /** "Not at the moment", "not right now", "not yet, touch wood": a no now, whatever later. */
    private static final Pattern NOT_NOW = Pattern.compile(
            "^(no |nope |nah )?(not|no) (at the moment|right now|at present|presently|currently|just now|now|at this time"
            // Round 20 (a24): "not lately", "not recently", "not of late": the questions ask of now or the last months
            + "|these days|yet|so far|lately|recently|of late)( (touch wood|knock on wood|thank god|thank goodness"
            + "|thankfully|fingers crossed))?$");
    /** Round 11: "fine" as the whole answer ("it's fine", "all fine thanks"); "fine one to one" is not. */
    private static final Pattern JUST_FINE = Pattern.compile(
            "^(its |all |thats |its all |yeah |oh )?fine( really| thanks| thank you| ta)?$");
    /** Questions about one's own senses, memory and health, where "fine" says there is no problem. */
    private static final Set<String> ABOUT_ONES_HEALTH = Set.of("sight_loss", "hearing_loss", "memory_problems",
            "long_term_condition");
    /** Round 11: a low mood that comes and goes, said alone (a "yes" or "I have been" may go with it). */
    private static final Pattern MOOD_COMES_AND_GOES = Pattern.compile("^(yes |yeah |i have been |ive been |been )?"
            + "(on and off|off and on|up and down|ups and downs)( yes| yeah| really| lately| i suppose)?$");
    /** Set beside one's own usual: "not more than usual", "no more than normal". */
    static final List<String> THAN_USUAL = List.of("than usual", "than normal", "than i usually", "than normal for me",
            "than i normally", "than ever");
    private static final Pattern NO_MORE_THAN_USUAL = Pattern.compile(
            "^(no |not really |nah )?(no|not|not any|nothing|no) (more|worse) than (usual|normal|i usually do|i normally do|normal for me)( really| i suppose| i dont think| i would say)?$");
    private static final Set<String> SET_BESIDE_USUAL = Set.of("low_mood", "money_worries", "money_stops_going_out",
            "cold_home");
    /** "My english not so good", "english isn't too good". */
    private static final Pattern ENGLISH_NOT_GOOD = Pattern.compile(
            "\\benglish (is )?(not|isnt|aint|no) (so |too |very |that |all that |really )?(good|great|well|strong)\\b");
    private static final List<String> OWN_CHILD = List.of("son", "daughter", "lad", "boy", "girl", "child",
            "grown up son", "grown up daughter", "adult son", "adult daughter");
    private static final List<String> DISABLED = List.of("learning disabilities", "learning disability", "disabled",
            "disability", "disabilities", "cerebral palsy", "autism", "autistic", "downs syndrome", "down syndrome",
            "special needs", "spina bifida");
    private static final List<String> LIVES_WITH = List.of("lives with me", "living with me", "lives with us",
            "living with us", "at home with me", "lives at home", "still at home", "still lives with", "lives here");
    /** A hearing aid the person has ... */
    private static final List<String> AID = List.of("aid", "aids", "hearing aid", "hearing aids", "them", "it");
    /** ... and does not wear: "I won't wear the aid", "never put them in". */
    private static final List<String> NOT_WORN = List.of("wont wear", "dont wear", "never wear", "dont like wearing",
            "hate wearing", "never put them in", "never put it in", "dont put them in", "wont put them in",
            "dont use them", "dont use it", "never use them", "never use it", "in the drawer", "in a drawer",
            "refuse to wear", "wont use");
    /** A no, then a small grumble closed off: "no, a bit fed up with the weather that's all". */
    private static final Pattern NO_THATS_ALL = Pattern.compile(
            "^(no|nope|nah|not really|no not really)\\b.*\\b(thats all|thats it|nothing more|nothing more than that|thats about it|nothing else)$");
    /** Questions where a closing "that's all" must not turn a said harm into a no. */
    private static final Set<String> SAFETY = Set.of("thoughts_of_harm", "feel_safe_at_home");
    /** A time within the last few months: "a few weeks ago", "last month", "over Christmas". */
    private static final List<String> LATELY_PAST = List.of("weeks ago", "week ago", "last week", "last month",
            "a month ago", "month ago", "couple of months", "few months ago", "over christmas", "at christmas",
            "the other day", "the other week", "recently", "not long ago", "this month", "few weeks", "couple of weeks",
            "weeks back", "week back", "month back", "days ago");
    /** Long past: "years ago", "a long time ago". */
    private static final List<String> LONG_PAST = List.of("years ago", "year ago", "long time ago", "long ago",
            "years back", "when i was young", "when i was younger", "donkeys years");
    /** A no said of now: "not now, I did years ago after my divorce". */
    private static final List<String> NOT_LATELY_SAID = List.of("not now", "not lately", "not recently",
            "not any more", "not anymore", "not these days", "not since", "no");
    /** Said to have happened: "yes", "I did". */
    private static final List<String> AFFIRMED = List.of("yes", "yeah", "yep", "i did", "i have", "i had", "did",
            "had them", "i was");
    private static final List<String> DENIED = List.of("didnt", "never", "havent", "hadnt", "no i", "not once");
    /** Someone else did the driving: "my husband always did the driving", "the wife drove us". */
    private static final Pattern SOMEONE_ELSE_DROVE = Pattern.compile(
            "\\b(husband|wife|hubby|partner|missus|son|daughter|he|she|they)( always| used to| would)? (did|do|does|drove|drive|drives|did all)( all)?( of)?( the)? (driving|us|me)\\b");
    /** The speaker's own driving said beside it: "I gave up driving when he died". */
    private static final List<String> OWN_DRIVING = List.of("i gave up", "i stopped", "i had to stop", "i still drive",
            "i never drove", "i dont drive", "i cant drive", "i drive", "i had to give", "i gave it up",
            "i never learned", "i never learnt", "i never had", "never learned", "never learnt", "never drove",
            "never driven", "never had a licence", "never had a car", "dont drive", "still drive");
    /** Years together and nothing else: "45 years and counting", "going on 40 years now". */
    private static final Pattern YEARS_TOGETHER = Pattern.compile(
            "^(been together |together |married |going on |coming up to |nearly |almost |over )?[0-9]+ years"
            + "( together| married)?( and counting| now| this (spring|summer|autumn|winter|year|month|christmas))?\\b.*");
    private static final List<String> PARTNER_GONE = List.of("died", "passed", "gone", "lost", "left", "divorced",
            "separated", "split", "ago", "lived", "was", "were", "dead", "widow", "widowed");
    /** A condition said by its bad days: "some days I can't get out of bed". */
    private static final Pattern BAD_DAYS = Pattern.compile(
            "\\b(some|most|many|bad|there are|other) days i (cant|cannot|can barely|can hardly|struggle)\\b");
    /** To sight, a bare hedge and then the trouble said: "a bit, things are blurry". */
    private static final Pattern HEDGE_THEN_BLUR = Pattern.compile(
            "^(yes |yeah )?(a bit|a little|a little bit|slightly) (things|everything|it|its|my eyes|my sight|they)"
            + "( are| is| look| looks| get| go| have gone| has gone)? (blurry|blurred|fuzzy|hazy|misty|cloudy|dim)\\b.*");
    private static final List<String> NOW_AND_THEN = List.of("sometimes", "now and then", "now and again",
            "at times", "occasionally", "every so often", "some days");

    /** To thoughts of harm, a bare how-often: "sometimes", "yes now and then", "at times I do". */
    /** Round 20 (a24): thoughts said to be had ("had thoughts", "I get the odd thought", "thoughts yes"). */
    private static final Pattern THOUGHT_ADMITTED = Pattern.compile("\\b(i have had|ive had|i had|had|have|i get|get"
            + "|i do get|do have|i have)( the| some| a few| those| these| such| dark)? (thoughts?|odd thought)\\b"
            + "|\\bthoughts?,? (yes|yeah|yep|sometimes|at times|come|comes|came)\\b");
    /** "No thoughts", "never had thoughts like that", "haven't had any thoughts". */
    private static final Pattern THOUGHT_DENIED = Pattern.compile("\\b(no|never|not|havent|hadnt|dont|didnt|nothing"
            + "|nope)( ever| really)?( had| have| get| got| having)?( any| the| such| those| them)? thoughts?\\b");
    /** A plan or acting on it denied: "no plans", "not planning anything", "wouldn't act on it", "plan no". */
    private static final Pattern PLAN_DENIED = Pattern.compile("\\b(no|not|never|without|nor)( any| a| real| actual)?"
            + " (plans?|planning|intention|intentions|intend)\\b|\\b(wouldnt|would not|wont|will not|never would"
            + "|would never|id never|never|not going to|not gonna)( ever)? (act|do anything|do it|go through)\\b|\\bplans? no\\b");
    private static final Pattern HARM_AT_TIMES = Pattern.compile(
            "^(yes |yeah |well )?(i do |i have )?(sometimes|now and then|now and again|at times|occasionally"
            + "|every so often|some days|on and off|once or twice|the odd time|off and on"
            // Round 20 (lead): how often alone, more often than at times ("Every day", "Sometimes. More than sometimes.")
            + "|every day|everyday|every night|most days|most nights|all the time|constantly|daily|nightly"
            + "|more often than not|most of the time|sometimes more than sometimes|more than sometimes)"
            + "( i do| i have| yes| yeah)?( if im honest| to be honest| lately| recently)?$");


    /**
     * Round 21 (a25): a worker's note opening with a relative who reports what they see, in the third person
     * ("Daughter reports ...", "Son says she ...", "Family concerned re ..."); not "my daughter says I ...", the
     * person's own words about another's view.
     */
    private static final Pattern REPORTED_BY = Pattern.compile("^(the )?(daughter|son|wife|husband|partner|family"
            + "|niece|nephew|sister|brother|neighbour|carer|grandson|granddaughter|dtr|gp)( and (daughter|son|wife|husband"
            + "|partner|family|niece|nephew|sister|brother|neighbour|carer))? (reports|reported|states|stated|notes|noted"
            + "|describes|described|mentions|mentioned|concerned re|concerned about|is concerned about|worried about"
            + "|says she|says he|said she|said he|reports she|reports he)\\b( that)?( (she|he)(?= ))?");
    /**
     * Round 21 (a25): a diagnosis said not to have been made ("no formal diagnosis", "not diagnosed yet",
     * "undiagnosed"), which at the memory question says nothing against a memory trouble said beside it.
     */
    private static final Pattern NO_DIAGNOSIS = Pattern.compile("\\b(no (formal |official |proper |actual |firm )?"
            + "diagnosis( yet| as yet| as such| though| mind)*|(not|never) (been )?(formally |officially |properly )?"
            + "diagnosed( yet| as such| though| with anything)*|undiagnosed|not (had|got) a diagnosis( yet)?)\\b");
    /**
     * Round 21 (a25): a carer's support said not to be had ("no carer's assessment yet", "not claiming carer's
     * allowance"), which says nothing against the caring said beside it.
     */
    private static final Pattern NO_CARER_SUPPORT = Pattern.compile("\\b(no|not had a|not had any|never had a|hasnt had a"
            + "|havent had a|not got a|doesnt get|dont get|not claiming|doesnt claim|dont claim)( formal)?( carers?)?"
            + " (assessment|allowance|support|break|respite)( yet| as yet| though)*\\b");
    /** Round 13: a trouble put right ("had the cataract done", "ears syringed") and said to be fine now. */
    private static final Pattern PUT_RIGHT_AND_FINE = Pattern.compile("\\b(done|sorted|fixed|syringed|removed|replaced"
            + "|operated on|put right|lasered|operation|surgery)\\b.*\\bnow (its |it is |theyre |they are |my \\w+ (is |are )?"
            + "|i (can )?(see|hear) )?(perfect|perfectly|fine|great|grand|good|champion|spot on|ok|okay|brilliant)\\b");
    /** ... unless something is still wrong or still to do: "one done, waiting for the other, still blurry". */
    private static final List<String> STILL_WRONG = List.of("still", "waiting", "other one", "the other", "but",
            "except", "apart from", "not", "cant", "worse");
    /** Round 13: a small symptom, then the sense itself said to be fine ("a bit of tinnitus but I can hear ok"). */
    private static final Pattern MINOR_THEN_FINE = Pattern.compile("^(a bit of |a little |a touch of |bit of |some |a few |"
            + "slight |a slight |the odd )?[a-z ]{0,30}\\bbut (i can (hear|see) (ok|okay|fine|alright|well|perfectly)"
            + "|my (hearing|sight|eyesight|eyes|ears) (is |are )?(ok|okay|fine|alright|good|perfect)"
            + "|i (hear|see) (ok|okay|fine|alright|well|perfectly))( really| thanks)?$");
    /** Round 13: someone else's difficulty, then the speaker's own denial ("my husband has, I don't"). */
    private static final Pattern SOMEONE_ELSES_NOT_MINE = Pattern.compile("^(my|our) (husband|hubby|wife|missus|partner"
            + "|mum|mother|dad|father|son|daughter|brother|sister|friend|neighbour)s?\\b.*\\b(i dont|i do not|i havent"
            + "|i have not|i havent got|i dont have|im fine|im ok|im okay|im alright|i am fine|i am ok|im not|mine is ok"
            + "|mine is fine|mine is good|mines ok|mines fine|mines good|not me|i can|i am not)"
            + "( thankfully| thank god| thank goodness| touch wood| though| myself)?$");
    /** Someone else's view ("my daughter thinks so, I don't"): not someone else's trouble, and asked again elsewhere. */
    private static final List<String> OTHERS_VIEW = List.of("says", "say", "thinks", "think", "reckons", "reckon",
            "tells me", "telling me", "according to", "keeps saying", "thinks so");
    /** Questions about the speaker's own health, senses and language, where another's trouble is not theirs. */
    private static final Set<String> OWN_TROUBLE = Set.of("long_term_condition", "sight_loss", "hearing_loss",
            "memory_problems", "language_barrier", "low_mood");
    /** Round 13: a partner away for a while and coming back ("in hospital, he'll be home soon"). */
    private static final Pattern PARTNER_AWAY_FOR_NOW = Pattern.compile("\\b(hospital|respite|rehab|away|working away"
            + "|works away|on holiday)\\b.*\\b(home soon|be home|back home|coming home|back on|back next|back soon|back"
            + " (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|home (at|for) (the )?weekends?|home weekends)\\b");
    /** Round 13: not acting on it, but having wondered: a thought of harm had ("I wouldn't do anything but ..."). */
    private static final Pattern WOULD_NOT_ACT_BUT_WONDERED = Pattern.compile("\\b(wouldnt|would not|never would|"
            + "id never|i would never|wont|will never|never)( do anything| act on it| do it| do owt)\\b.*\\bbut\\b.*"
            + "\\b(wondered|wonder|thought about it|think about it|thought of it|whats the point|what the point)\\b");
    /** Round 21 (a25): a worker's note opening "lives with husband", "Lives with wife and son": a partner at home. */
    private static final Pattern NOTE_LIVES_WITH_PARTNER = Pattern.compile("^(client |pt |she |he )?(lives|living) with"
            + " (her |his |their )?(husband|wife|partner|spouse|civil partner|boyfriend|girlfriend|fiance|fiancee)\\b"
            + "(?!.*\\b(no longer|used to|not any more|anymore|in a home|care home|nursing home|died|passed)\\b)");
    /**
     * Round 21 (a25): another language spoken and English put in by someone ("Speaks Bengali, son interpreted",
     * "speaks urdu only", "Punjabi speaker, grandson translated").
     */
    private static final Pattern SPOKEN_FOR = Pattern.compile("^(client |pt |she |he )?(speaks|speak) (?!english\\b)"
            + "[a-z]+( only)?\\b.*\\b(interpreted|interpreting|translated|translating|interpreter|translator)\\b"
            + "|^(client |pt |she |he )?(speaks|speak) (?!english\\b)[a-z]+ only\\b");
    /** Round 21 (a25): an answer opening with a plain no ("no", "nope", "no never", "nah"). */
    private static final Pattern OPENING_NO_WORD = Pattern.compile("^(no|nope|nah|no no|never)\\b");
    /**
     * Round 21 (a25): acting denied for someone's sake ("I wouldn't do anything, because of the grandkids", "I'd never
     * go through with it, I couldn't do that to my daughter", "wouldn't do it, I've got the dog"): held back, so the
     * thoughts are there.
     */
    private static final Pattern HELD_BACK_BY_SOMEONE = Pattern.compile("\\b(wouldnt|would not|would never|id never"
            + "|never would|couldnt|could not|wont|will not|not going to)( ever)? (do anything|do it|act on it"
            + "|go through with it|do that|do owt)\\b.*\\b(because of|for the sake of|for|cause of|cos of|coz of"
            + "|couldnt do that to|wouldnt do that to|could not do that to|thinking of|think of|ive got|i have got|i have"
            + "|got)( my| the| our| me)? (grandkids|grandchildren|grandson|granddaughter|kids|children|son|daughter|family"
            + "|wife|husband|partner|dog|cat|mum|mother|dad|father|grandbabies|great grandkids|great grandchildren)\\b");
    /** Round 13: a no said of now beside a yes long past ("not lately, years ago yes"). */
    private static final List<String> NOT_OF_LATE = List.of("not lately", "not recently", "not now", "not any more",
            "not anymore", "not these days", "not for years", "not for a long time");

    /** Round 13: driving given up since something ("I can't drive now, not since my stroke"): stopped, a yes. */
    private static final Pattern NOT_DRIVING_SINCE = Pattern.compile("\\b(cant|cannot|can not|not allowed to|no longer"
            + "|couldnt|dont|do not|havent|have not|not) (drive|driven|driving)\\b.*\\bsince (my|the|i|his|her|last|we)\\b"
            + "|\\b(cant|cannot|can not|not allowed to|no longer|dont|do not) drive\\b.*\\bnot since\\b");

    /** Round 13: minding grandchildren on set days ("the grandkids on Wednesdays after school"): help, not caring. */
    private static final List<String> GRANDCHILDREN = List.of("grandkids", "grandchildren", "grandson", "granddaughter",
            "grandchild", "grandsons", "granddaughters", "grandkid");
    private static final List<String> SET_DAYS = List.of("mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
            "saturdays", "sundays", "on monday", "on tuesday", "on wednesday", "on thursday", "on friday",
            "after school", "school run", "from school", "twice a week", "once a week", "weekends", "at weekends",
            "babysit", "babysitting", "in the holidays", "school holidays");
    private static final List<String> MORE_THAN_MINDING = List.of("full time", "live with me", "lives with me",
            "living with me", "bringing up", "raising", "brought up", "guardian", "special guardianship", "disabled",
            "disability", "autism", "autistic", "needs");

    /** Round 14: a denial, then "well" and a part yes ("not really, well a bit in january"): asked again. */
    private static final Pattern DENIAL_THEN_PART_YES = Pattern.compile("^(no|nope|nah|not really|not much|no not really)"
            + " (well|mind you|although|though|except|apart from)\\b.*\\b(a bit|a little|sometimes|maybe|at times"
            + "|now and then|now and again|occasionally|a touch|slightly|some)\\b");
    /** Round 14: others' accents or dialects named, the speaker's English not ("the Kent accent haha"). */
    private static final List<String> OTHERS_SPEECH = List.of("accent", "accents", "dialect", "dialects", "geordie",
            "geordies", "scouse", "scouser", "scousers", "brummie", "brummies", "cockney", "cockneys", "glaswegian",
            "glaswegians", "yorkshire", "the locals", "mancunian", "mancunians");
    private static final List<String> OWN_LANGUAGE_SAID = List.of("english", "language", "speak", "speaks", "my accent",
            "mine", "translate", "interpreter", "understand me", "understands me");
    /** Round 14: a loss denied for the question's span, with one long ago ("not in the last couple of years"). */
    private static final Pattern NOT_IN_THE_SPAN = Pattern.compile("^(no |nope |nah )?not (in|within|for) the (last|past)"
            + " (couple of |few |two |2 |several )?(years|year)\\b");
    /** Round 14: someone close moved far away, which the question names as a loss. */
    private static final Pattern MOVED_AWAY = Pattern.compile("\\bmy (son|daughter|sister|brother|best friend|friend"
            + "|grandson|granddaughter|children|kids|family|neighbour|mum|mother|dad|father)\\b.*\\b(moved|emigrated"
            + "|went|has gone|gone) (away|abroad|to|off to|overseas)\\b");
    /** Round 14: a set temperature the home is kept at ("I keep it at 21"). */
    private static final Pattern KEPT_AT = Pattern.compile("\\b(keep|kept|keeps|have|set|heating|thermostat|put)\\b"
            + ".*\\b(at|on|to) ([0-9]{2})\\b( degrees)?");
    private static final List<String> TO_SAVE = List.of("save", "saving", "afford", "cost", "costs", "money", "bills",
            "cut back", "cut down", "turn it down");
    /** Round 14: "we don't go without", "we never go short": no trouble affording everyday things. */
    private static final Pattern NOT_GO_WITHOUT = Pattern.compile("\\b(we|i) (dont|never|do not|wont|never have to)"
            + " go (without|short)\\b");
    /** Round 14: what one does costs nothing ("most things I do are free"). */
    private static final Pattern DOINGS_FREE = Pattern.compile("\\b(most|all|everything|most things|most of what)\\b.*"
            + "\\b(free|costs nothing|cost nothing|dont cost anything|doesnt cost anything)\\b|^(its )?all free\\b");
    /** Round 14: an outing said to be "out of the question" now. */
    private static final Pattern OUT_OF_THE_QUESTION = Pattern.compile("\\b(is|are|s) out of the question\\b");
    /** Round 14: "I don't see too good", "I can't see too well": sight trouble. */
    private static final Pattern NOT_SEE_WELL = Pattern.compile("^i (dont|cant|do not|cannot) see (too|very|that|so) "
            + "(good|well|clear|clearly)\\b");
    /** Round 14: "not especially", "not particularly": a mild no. */
    private static final Pattern NOT_ESPECIALLY = Pattern.compile("^(no )?not (especially|particularly)( no)?$");
    /** Round 14: only somewhere close and no further: cannot get to the places wanted. */
    private static final Pattern ONLY_NEAR = Pattern.compile("^(only|just)\\b.*\\b(cant|cannot|can not|couldnt) (get|go"
            + "|manage|walk) (any )?further\\b"
            // Round 21 (a25): one near place and "that's it" ("I can get to the shop on the corner and that's it",
            // "that's as far as I get"); not "the shops, and that's all I need".
            + "|\\b(get|go|walk|make it|manage|get down|get round|get up) (to|as far as|down to|round to|up to)\\b"
            + "[a-z ]{0,50}\\b(and|but) (thats it|thats all(?! i (need|want|wish|would))|thats about it|no further"
            + "|not much further|nowhere else)\\b|\\bthats (as far as|about as far as|all) i (can )?(get|go|manage|walk)\\b");
    /** Round 21 (a25): home, said as the place one is in ("at home", "indoors", "in my flat"). */
    private static final Pattern AT_HOME = Pattern.compile("\\b(at home|at mine|in the house|in my (own )?(house|flat|home"
            + "|bungalow|room)|indoors|inside|in here|home itself)\\b");
    /** ... and out of it: going out, the streets, after dark outside. */
    private static final Pattern OUT_OF_HOME = Pattern.compile("\\b(going out|go out|out(side)? (after dark|at night|on my own"
            + "|alone|by myself)|outside|out and about|the streets?|walk(ing)? (home|out|about|to the shops)|in town"
            + "|on the bus|the estate|the park|after dark)\\b");
    /** How one feels in one part: afraid or not safe ... */
    private static final Pattern UNSAFE_SAID = Pattern.compile("\\b(not|dont|never|unsafe|scared|frightened|afraid|nervous"
            + "|worried|wary|anxious|terrified)\\b");
    /** ... or safe and well. */
    private static final Pattern SAFE_SAID = Pattern.compile("\\b(safe|fine|ok|okay|alright|all right|grand|good|secure"
            + "|happy|comfortable)\\b");

    /**
     * Round 21 (a25): safety said of two places, out and at home, either way round ("I don't feel safe going out
     * after dark but at home I'm fine", "I feel safe going out but not at home"): the question asks about home, so the
     * part about home answers it. Empty unless the answer has two parts on "but", one only about out and the other
     * about home, and the home part says plainly how it feels there.
     */
    static Optional<Boolean> safeAtHomeBesideOut(String joined) {
        String[] parts = joined.split(" but ");
        Matcher homeAt = AT_HOME.matcher(joined);
        if (parts.length == 1 && homeAt.find() && homeAt.start() > 0) {
            // "don't feel safe out on my own, at home I'm ok": the home part opens with home.
            parts = new String[] {joined.substring(0, homeAt.start()), joined.substring(homeAt.start())};
        }
        if (parts.length != 2) {
            return Optional.empty();
        }
        for (int i = 0; i < 2; i++) {
            String out = parts[i];
            String home = parts[1 - i];
            if (OUT_OF_HOME.matcher(out).find() && !AT_HOME.matcher(out).find() && AT_HOME.matcher(home).find()
                    && !OUT_OF_HOME.matcher(home).find()) {
                if (UNSAFE_SAID.matcher(home).find()) {
                    return Optional.of(Boolean.FALSE);
                }
                return SAFE_SAID.matcher(home).find() ? Optional.of(Boolean.TRUE) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Round 14: help given but the person would manage without it: not a carer. */
    private static final Pattern HELP_BUT_WOULD_MANAGE = Pattern.compile("\\ba bit\\b.*\\bbut (she|he|they)(d| would"
            + "| could| can)? (manage|cope|be fine|be ok|be okay)\\b|\\bbut (she|he|they)d (manage|cope|be fine)\\b");
    /** Round 14: several kinds of help listed and then "everything" or "the lot": caring. */
    private static final List<String> CARE_TASKS = List.of("shopping", "meds", "medication", "tablets", "washing",
            "cooking", "meals", "cleaning", "dressing", "bathing", "pills", "appointments");
    /** Round 14: "sí, es difícil": yes in Spanish, with its reason. */
    private static final Pattern SPANISH_YES = Pattern.compile("^(s|si|yes) es (muy )?(dif cil|dificil)\\b");
    /** Round 14: someone helped to answer who speaks only another language. */
    private static final Pattern ONLY_SPEAKS_OTHER = Pattern.compile("\\bonly (speaks|speak|understands) (?!english)"
            + "[a-z]+|\\b(speaks|speak) only (?!english)[a-z]+|\\b(doesnt|does not|cant|dont) speak (any |much )?english");
    /** Round 14: "mostly", "mostly yes": safe on the whole, with nothing said against it. */
    private static final Pattern MOSTLY_YES = Pattern.compile("^(mostly yes|yes mostly|mostly yeah|yeah mostly|mostly i do)$");
    /** Round 14: tablets or pills saved up or put by: a plan of harm, a yes. */
    private static final Pattern PILLS_SAVED = Pattern.compile("\\b(tablets|pills|meds|medication)\\b.*\\b(saved|saving"
            + "|put by|stockpiled|stockpiling|hoarded|stored up)\\b|\\b(saving|saved|stockpiling|hoarding) (up )?(my |the"
            + " |some )?(tablets|pills|meds|medication)\\b");
    /** Round 14: a group in the past, said alone ("I used to be", "used to go", "used to be in the WI"). */
    private static final Pattern USED_TO_ALONE = Pattern.compile("^(i )?used to( be| go)?( in the [a-z]+| to one| in one)?$");
    /** Round 14: a club before, stopped since ("deaf club before. stop when husband ill"). */
    private static final Pattern BEFORE_THEN_STOPPED = Pattern.compile("\\b(club|group|church|choir|class)\\b.*"
            + "\\bbefore\\b.*\\b(stop|stopped|finish|finished|gave up|give up)\\b");
    /** Round 14: gatherings known by name ("knit and natter on a weds"). */
    private static final List<String> NAMED_GATHERINGS = List.of("knit and natter", "stitch and bitch", "knit and chat",
            "stitch and natter", "coffee morning", "lunch club", "men s shed", "mens shed", "u3a", "wi", "bingo");
    /** Round 14: a few good friends named as the whole answer ("a couple of good mates"). */
    private static final Pattern FEW_GOOD_FRIENDS = Pattern.compile("^(yes |yeah )?(a couple of|a few|two|three|some"
            + "|a handful of) (good |close |old |really good )?(mates|friends|pals|neighbours)( yes| yeah)?$");
    /** Round 14: plain answers in the style of BSL users: "money ok", "eyes fine". */
    private static final Pattern SUBJECT_FINE = Pattern.compile("^(money|eyes|eye|ears|hearing|health|memory|english)"
            + " (ok|okay|fine|good|alright|no problem)$");

    /** Round 16b (x7): an answer made only of ways to be reached and how they suit ("phone no text ok"). */
    private static final Pattern CONTACT_WAYS_ONLY = Pattern.compile("^((by |on )?(phone|phones|telephone|text|texts"
            + "|texting|sms|email|emails|e mail|whatsapp|facetime|video call|video|letter|letters|post|ring|call|calls)"
            + "( is| are)?( no| ok| okay| fine| good| yes| best| better| please| only| not)*( |$))+$");
    /** Round 16b (x7): feeling low, said as such. */
    private static final Pattern LOW_MOOD_SAID = Pattern.compile("\\b(get|gets|getting|feel|feels|feeling|been|am|im)"
            + "( a bit| a little| quite| very| so| really| bit| rather| pretty| that)? (down|low|depressed|fed up|sad|blue"
            + "|miserable|lonely|tearful|anxious)\\b|\\b(depressed|depression|low mood|lonely)\\b");
    /** Round 16b (x7): questions about memory or the senses, to which low mood is another subject. */
    private static final Set<String> NOT_ABOUT_MOOD = Set.of("memory_problems", "sight_loss", "hearing_loss");
    private static final Map<String, List<String>> OWN_SUBJECT = Map.of(
            "memory_problems", List.of("memory", "forget", "forgetful", "forgetting", "forgot", "remember", "confused",
                    "confusion", "muddled", "dementia", "alzheimers", "mind", "head", "brain", "marbles"),
            "sight_loss", List.of("sight", "see", "eyes", "eye", "eyesight", "read", "glasses", "blind", "vision"),
            "hearing_loss", List.of("hear", "hearing", "ears", "ear", "deaf", "aids", "aid"));
    private static final Map<String, String> OWN_SUBJECT_SAID = Map.of("memory_problems", "memory",
            "sight_loss", "your eyesight", "hearing_loss", "your hearing");

    private YesNoReading() {
    }

    /**
     * Plain answers that a kind settles before any hedge is weighed (docs/interpretation.md,
     * rounds 9b and 10): "not at the moment, touch wood" is a no; "not more than usual" to low
     * mood or money is a no; "my english not so good" is a language difficulty; a disabled son or
     * daughter living with the person makes them a carer; a hearing aid not worn is a hearing
     * problem; an opening no closed with "that's all" is a no (not to harm or safety); to thoughts
     * of harm, a yes a few weeks back is a yes and one years back is asked again; a partner who did
     * the driving says nothing of the speaker's driving; years together alone is living with a
     * partner; a condition told by its bad days is a yes; "a bit, things are blurry" is a yes.
     *
     * @param question the question asked
     * @param words the answer as words, after any retraction
     * @return the reading of one of these kinds, or empty
     */
    static Optional<Interpretation> byKind(Question question, Words words) {
        if (question.type() != AnswerType.YES_NO || words.size() == 0) {
            return Optional.empty();
        }
        String joined = words.joined();
        String id = question.id();
        Optional<Interpretation> round16 = roundSixteen(id, words, joined);
        if (round16.isPresent()) {
            return round16;
        }
        Optional<Interpretation> round14 = roundFourteen(id, words, joined);
        if (round14.isPresent()) {
            return round14;
        }
        if ("stopped_driving".equals(id) && NOT_DRIVING_SINCE.matcher(joined).find()
                && !words.hasAny(List.of("never", "learnt", "learned", "passed my test", "didnt drive", "but", "waiting",
                        "for now", "yet", "temporarily", "till", "until"))) {
            // Round 13: "I can't drive now, not since my stroke": driving given up since an event.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if (OWN_TROUBLE.contains(id) && SOMEONE_ELSES_NOT_MINE.matcher(joined).matches() && !words.hasAny(OTHERS_VIEW)) {
            // Round 13: "my wife's english is not good but mine is ok", "My husband has, I don't": someone else's.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("thoughts_of_harm".equals(id) && THOUGHT_ADMITTED.matcher(joined).find()
                && !THOUGHT_DENIED.matcher(joined).find() && PLAN_DENIED.matcher(joined).find()) {
            // Round 20 (a24): "had thoughts, not planning anything": the thoughts are had; only a plan is denied.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("lives_with_partner".equals(id) && NOTE_LIVES_WITH_PARTNER.matcher(joined).find()) {
            // Round 21 (a25): a worker's note, "Lives with husband (husband is main carer)".
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("language_barrier".equals(id) && SPOKEN_FOR.matcher(joined).find()
                && !words.hasAny(List.of("sign", "signer", "bsl", "deaf", "hearing", "english", "not needed",
                        "didnt need", "no interpreter", "without", "wasnt needed", "no need"))) {
            // Round 21 (a25): "Speaks Bengali, son interpreted for the visit", "speaks urdu only": another language,
            // and someone had to put it into English.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("thoughts_of_harm".equals(id) && HELD_BACK_BY_SOMEONE.matcher(joined).find()
                && !THOUGHT_DENIED.matcher(joined).find() && !OPENING_NO_WORD.matcher(joined).find()) {
            // Round 21 (a25): "I wouldn't do anything, because of the grandkids": someone named as what holds them
            // back from acting says the thoughts are there (the safe reading); not after a plain opening no ("No. I'm
            // sad a lot but I'd never do that, I've got my grandkids", safeguarding's sealed-answers-v2: no crisis).
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("thoughts_of_harm".equals(id) && HARM_AT_TIMES.matcher(joined).matches()) {
            // Round 12 (a new user's trial): "sometimes" to having had such thoughts lately is having had them.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("low_mood".equals(id) && MOOD_COMES_AND_GOES.matcher(joined).matches()) {
            // Round 11: "on and off", "up and down", to having often felt low over months: it comes back, so yes.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if (ABOUT_ONES_HEALTH.contains(id) && JUST_FINE.matcher(joined).matches()) {
            // Round 11: "fine" alone to "do you have problems with your hearing?": no problem.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if (NOT_NOW.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if (SET_BESIDE_USUAL.contains(id) && NO_MORE_THAN_USUAL.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("language_barrier".equals(id) && ENGLISH_NOT_GOOD.matcher(joined).find() && !joined.startsWith("no ")) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("is_carer".equals(id) && words.hasAny(OWN_CHILD) && words.hasAny(DISABLED)
                && words.hasAny(LIVES_WITH) && !words.hasAny(List.of("not", "no", "doesnt", "dont", "used to"))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("hearing_loss".equals(id) && words.hasAny(AID) && words.hasAny(NOT_WORN)
                && !joined.matches("^(no|nope|nah)\\b.*")) {
            // "I do but I won't wear the aid": the aid was given for a hearing problem.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if (!SAFETY.contains(id) && NO_THATS_ALL.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("thoughts_of_harm".equals(id) && WOULD_NOT_ACT_BUT_WONDERED.matcher(joined).find()) {
            // Round 13: "I wouldn't do anything but I have wondered what's the point": the acting is denied,
            // the thought is not; the denial names harm, so the wondering is a thought of it (a yes).
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("thoughts_of_harm".equals(id) && words.hasAny(AFFIRMED) && words.hasAny(LONG_PAST)
                && words.hasAny(NOT_OF_LATE)) {
            // Round 13: "not lately, years ago yes": lately is denied in words; the yes is long past.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("thoughts_of_harm".equals(id) && words.hasAny(AFFIRMED) && !words.hasAny(DENIED)) {
            if (words.hasAny(LATELY_PAST) && !words.hasAny(NOT_OF_LATE)) {
                // "A few weeks ago yes, not so much now": within "lately"; less now is not none.
                return Optional.of(Interpretation.understood(Boolean.TRUE));
            }
            if (words.hasAny(LONG_PAST) && !words.hasAny(NOT_LATELY_SAID)) {
                // "Years ago yes, not for a long time": lately is not said; "not now, I did years ago" is a no.
                return Optional.of(Interpretation.unclear("Thank you for telling me. And lately, in the last few months, "
                        + "have you had thoughts like that? Yes or no?"));
            }
        }
        if (Set.of("sight_loss", "hearing_loss", "long_term_condition").contains(id)
                && PUT_RIGHT_AND_FINE.matcher(joined).find() && !words.hasAny(STILL_WRONG)) {
            // Round 13: "I had the cataract done and now it's perfect": the trouble was put right; no problem now.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if (Set.of("sight_loss", "hearing_loss").contains(id) && MINOR_THEN_FINE.matcher(joined).matches()
                && !words.hasAny(OTHERS_VIEW)) {
            // Round 13: "a bit of tinnitus but I can hear ok": a small symptom, and the sense itself said fine.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("is_carer".equals(id) && words.hasAny(GRANDCHILDREN) && words.hasAny(SET_DAYS)
                && !words.hasAny(MORE_THAN_MINDING)) {
            // Round 13: minding grandchildren on set days is family help, not caring for someone who needs it.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("lives_with_partner".equals(id) && PARTNER_AWAY_FOR_NOW.matcher(joined).find()
                && !words.hasAny(List.of("for good", "permanently", "care home", "nursing home", "died", "passed",
                        "left me", "not coming"))) {
            // Round 13: "my husband's in hospital at the moment, he'll be home soon": still the home they share.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("stopped_driving".equals(id) && SOMEONE_ELSE_DROVE.matcher(joined).find() && !words.hasAny(OWN_DRIVING)) {
            return Optional.of(Interpretation.unclear("Did you drive yourself, and have you stopped in the last few years? "
                    + "If you never drove, say no."));
        }
        if ("lives_with_partner".equals(id) && YEARS_TOGETHER.matcher(joined).matches()
                && !words.hasAny(PARTNER_GONE)) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("long_term_condition".equals(id) && BAD_DAYS.matcher(joined).find()
                && !joined.matches("^(no|nope|nah|not really)\\b.*")) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("sight_loss".equals(id) && HEDGE_THEN_BLUR.matcher(joined).matches() && !words.hasAny(NOW_AND_THEN)) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        return Optional.empty();
    }

    /**
     * Round 16: "I wouldn't say struggle", "wouldn't say often": the question's own word, not said. Not when what
     * is not said is ease ("I wouldn't say it's easy" is a yes) or a never ("wouldn't say never" is a sometimes).
     */
    /** Round 16b (x7): managing "but only just", "only just get by": a struggle, not a no. */
    private static final Pattern ONLY_JUST_MANAGE = Pattern.compile("\\b(manage|managing|get by|getting by|cope"
            + "|coping|scrape by|make ends meet)( [a-z]+){0,3} (but )?only just\\b|\\bonly just (manage|get by|cope"
            + "|scrape by|make ends meet|about manage)\\b");
    private static final Pattern WOULDNT_SAY = Pattern.compile("^(no |nah )?(i )?wouldnt (really |exactly )?say"
            + "(?!.*\\b(never|not|no one|nobody|easy|fine|good|well|great|comfortable|ok|okay|alright|warm|safe)\\b)"
            + "( [a-z]+){0,4}$");
    /** Round 16: never going out, said with no reason ("I never go out", "I don't go anywhere"). */
    private static final Pattern NEVER_OUT = Pattern.compile("^(i )?(never|dont|do not|hardly ever|rarely|never really)"
            + " (go out|go anywhere|leave the house|leave the flat|get out|go out much|leave home)"
            + "( (much|anyway|any more|anymore|now|really|these days|at all))?$");
    /** ... and with cost as the reason ("I never go out, can't afford to"). */
    private static final Pattern NEVER_OUT_FOR_COST = Pattern.compile("^(i )?(never|dont|do not|hardly ever|rarely)"
            + " (go out|go anywhere|leave the house|get out)\\b.*\\b(cant afford|can not afford|cannot afford|money|cost"
            + "|costs|expensive|skint|price|prices)\\b");
    /** Round 16: someone else's illness or sense said alone ("my wife's disabled", "my son has MS"). */
    private static final Pattern SOMEONE_ELSES_ONLY = Pattern.compile("^(my|our|the) (husband|hubby|wife|missus|partner"
            + "|mum|mother|dad|father|son|daughter|brother|sister|friend|neighbour|grandson|granddaughter)(s)?\\b.*");
    /** ... unless the speaker says it of themselves too ("I'm disabled and so is my wife", "so am I"). */
    private static final List<String> OF_ME_TOO = List.of("i", "im", "me", "myself", "mine", "ive", "id", "both",
            "so am i", "me too", "as well as me", "so do i", "we", "were", "us", "for me", "translates", "translate",
            "interprets", "interpret");

    /** The kinds round 16 reads (docs/interpretation.md, "Round 16"); empty when none applies. */
    private static Optional<Interpretation> roundSixteen(String id, Words words, String joined) {
        if ("money_worries".equals(id) && ONLY_JUST_MANAGE.matcher(joined).find()) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if (!SAFETY.contains(id) && !"thoughts_of_harm".equals(id) && WOULDNT_SAY.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("money_stops_going_out".equals(id) && NEVER_OUT_FOR_COST.matcher(joined).find()
                && !words.hasAny(List.of("not", "isnt", "nothing to do with"))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("money_stops_going_out".equals(id) && NEVER_OUT.matcher(joined).matches()) {
            return Optional.of(Interpretation.unclear("Is that because of the cost, or for another reason? If the cost "
                    + "of things stops you going out or seeing people, say yes; if it's something else, say no."));
        }
        Optional<Boolean> plainly = PlainStatements.read(id, words);
        if (plainly.isPresent()) {
            return Optional.of(Interpretation.understood(plainly.get()));
        }
        Optional<Boolean> signed = SignOrder.read(id, words);
        if (signed.isPresent()) {
            return Optional.of(Interpretation.understood(signed.get()));
        }
        if (OWN_TROUBLE.contains(id) && SOMEONE_ELSES_ONLY.matcher(joined).matches() && !words.hasAny(OF_ME_TOO)) {
            return Optional.of(Interpretation.unclear("That sounds like someone close to you. What about you yourself: "
                    + "yes or no?"));
        }
        return Optional.empty();
    }

    /**
     * Round 16b (x7): an answer about another subject, read before any hedge: how best to be contacted ("phone no.
     * text ok"), or low mood at the memory, sight or hearing question ("I do get a bit down in the evenings").
     * Asked again, never read as a yes or a no.
     */
    static Optional<Interpretation> anotherSubject(Question question, Words words) {
        if (question.type() != AnswerType.YES_NO || words.size() == 0) {
            return Optional.empty();
        }
        String id = question.id();
        String joined = words.joined();
        if (CONTACT_WAYS_ONLY.matcher(joined).matches()) {
            // Round 16b (x7): "phone no. text ok": how to be reached, not an answer to this question.
            return Optional.of(Interpretation.unclear("That sounds like how best to contact you, thank you. For this "
                    + "question, is the answer yes or no?"));
        }
        if (NOT_ABOUT_MOOD.contains(id) && LOW_MOOD_SAID.matcher(joined).find() && !words.hasAny(OWN_SUBJECT.get(id))) {
            // Round 16b (x7): "I do get a bit down in the evenings" at the memory question: low mood, not memory.
            return Optional.of(Interpretation.unclear("I'm sorry you feel down at times; there is a question about that "
                    + "later. This one is about " + OWN_SUBJECT_SAID.get(id) + ": yes or no?"));
        }
        return Optional.empty();
    }

    /** The kinds round 14 reads (docs/interpretation.md, "Round 14"); empty when none applies. */
    private static Optional<Interpretation> roundFourteen(String id, Words words, String joined) {
        boolean negated = words.hasAny(List.of("not", "no", "never", "dont", "doesnt", "didnt", "cant"));
        if (!SAFETY.contains(id) && DENIAL_THEN_PART_YES.matcher(joined).find()) {
            return Optional.of(Interpretation.unclear("So is that a no, or a yes some of the time? Which fits best?"));
        }
        if ("language_barrier".equals(id) && words.hasAny(OTHERS_SPEECH) && !words.hasAny(OWN_LANGUAGE_SAID)) {
            // "hard to understand the Kent accent haha": others' speech, not the speaker's English.
            return Optional.of(Interpretation.unclear("Is English your first language, or is it hard to talk to "
                    + "people because of the language? Yes or no?"));
        }
        if ("language_barrier".equals(id) && (SPANISH_YES.matcher(joined).find()
                || ONLY_SPEAKS_OTHER.matcher(joined).find() && !joined.startsWith("no "))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("recent_loss".equals(id) && NOT_IN_THE_SPAN.matcher(joined).find() && !words.has("but")) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("recent_loss".equals(id) && MOVED_AWAY.matcher(joined).find()
                && !words.hasAny(List.of("years ago", "long ago", "ages ago", "not", "never", "back"))) {
            // The question names moving away as a loss: a yes.
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("cold_home".equals(id)) {
            java.util.regex.Matcher kept = KEPT_AT.matcher(joined);
            if (kept.find()) {
                int degrees = Integer.parseInt(kept.group(3));
                if (degrees >= 18 && degrees <= 30 && !words.hasAny(TO_SAVE)) {
                    return Optional.of(Interpretation.understood(Boolean.FALSE));
                }
                if (degrees >= 10 && degrees < 18 && words.hasAny(TO_SAVE)) {
                    return Optional.of(Interpretation.understood(Boolean.TRUE));
                }
            }
        }
        if ("money_worries".equals(id) && NOT_GO_WITHOUT.matcher(joined).find()
                && !words.hasAny(List.of("but", "so the", "so that", "so they", "i go without", "sometimes", "struggle"))) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("money_stops_going_out".equals(id) && DOINGS_FREE.matcher(joined).find()
                && !words.hasAny(List.of("but", "not free", "except", "apart from"))) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("money_stops_going_out".equals(id) && OUT_OF_THE_QUESTION.matcher(joined).find()
                && !words.hasAny(List.of("health", "legs", "walk", "mobility", "cant get", "ill", "because of my"))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("sight_loss".equals(id) && NOT_SEE_WELL.matcher(joined).find() && !words.hasAny(List.of("without", "but"))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if (!SAFETY.contains(id) && NOT_ESPECIALLY.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("can_get_out".equals(id) && ONLY_NEAR.matcher(joined).find()) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("is_carer".equals(id) && HELP_BUT_WOULD_MANAGE.matcher(joined).find()
                && !words.hasAny(List.of("couldnt", "wouldnt", "without me"))) {
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("is_carer".equals(id) && CARE_TASKS.stream().filter(words::has).count() >= 2
                && words.hasAny(List.of("everything", "the lot", "all of it")) && !negated
                && !words.hasAny(List.of("used to", "before", "she manages", "he manages"))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("feel_safe_at_home".equals(id) && MOSTLY_YES.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("feel_safe_at_home".equals(id)) {
            Optional<Boolean> atHome = safeAtHomeBesideOut(joined);
            if (atHome.isPresent()) {
                return Optional.of(Interpretation.understood(atHome.get()));
            }
        }
        if ("thoughts_of_harm".equals(id) && PILLS_SAVED.matcher(joined).find()
                && !words.hasAny(List.of("money", "pennies", "prescription charge", "for the pharmacy", "for the chemist"))) {
            // "ive got the tablets saved up": a means put by, read as a yes (the safe reading).
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("group_member".equals(id) && (USED_TO_ALONE.matcher(joined).matches() || BEFORE_THEN_STOPPED.matcher(joined).find())) {
            // "I used to be", "deaf club before. stop when husband ill": a group in the past, not now.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        if ("group_member".equals(id) && words.hasAny(NAMED_GATHERINGS) && !negated
                && !words.hasAny(List.of("used to", "before", "stopped", "gave up"))) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        if ("confidant".equals(id) && FEW_GOOD_FRIENDS.matcher(joined).matches()) {
            return Optional.of(Interpretation.understood(Boolean.TRUE));
        }
        java.util.regex.Matcher fine = SUBJECT_FINE.matcher(joined);
        if (fine.matches() && subjectFits(id, fine.group(1))) {
            // "money ok", "eyes fine": a plain answer in the style of BSL users.
            return Optional.of(Interpretation.understood(Boolean.FALSE));
        }
        return Optional.empty();
    }

    private static boolean subjectFits(String id, String subject) {
        return switch (subject) {
            case "money" -> "money_worries".equals(id);
            case "eyes", "eye" -> "sight_loss".equals(id);
            case "ears", "hearing" -> "hearing_loss".equals(id);
            case "health" -> "long_term_condition".equals(id);
            case "memory" -> "memory_problems".equals(id);
            case "english" -> "language_barrier".equals(id);
            default -> false;
        };
    }

    /**
     * "I have my ups and downs like anyone but no, not often": after the last "but", a plain yes
     * or no that opens what follows says what was meant.
     */
    private static Optional<Words> plainAfterBut(Words words) {
        int but = words.tokens().lastIndexOf("but");
        if (but < 0 || but + 1 >= words.size()) {
            return Optional.empty();
        }
        Words tail = new Words(words.tokens().subList(but + 1, words.size()));
        List<PhraseTable.Found<Leaning>> found = YesNoPhrases.TABLE.findIn(tail);
        if (found.isEmpty() || found.get(0).start() != 0 || !PLAIN.contains(found.get(0).phrase())) {
            return Optional.empty();
        }
        // Round 7: a plain yes or no before the "but" that the tail contradicts ("yes I'm often low
        // but no, I don't want help") is not settled by the tail; it is asked again.
        Leaning after = found.get(0).meaning();
        Words head = new Words(words.tokens().subList(0, but));
        boolean headDisagrees = YesNoPhrases.TABLE.findIn(head).stream()
                .anyMatch(f -> PLAIN.contains(f.phrase()) && f.meaning() != after && f.meaning() != Leaning.NEUTRAL);
        return headDisagrees ? Optional.empty() : Optional.of(tail);
    }

    /** Whether the answer opens with a plain yes or no: "no, ...", "yes, ...", "of course not, ...". */
    private static boolean opensPlainly(Words words) {
        List<PhraseTable.Found<Leaning>> found = YesNoPhrases.TABLE.findIn(words);
        return !found.isEmpty() && found.get(0).start() == 0 && PLAIN.contains(found.get(0).phrase());
    }

        static Interpretation read(Question question, Words words, LocalDate today) {
        Matcher reported = REPORTED_BY.matcher(words.joined());
        if (OWN_TROUBLE.contains(question.id()) && reported.find() && reported.end() < words.joined().length()) {
            // Round 21 (a25): a worker's note of what family see ("Daughter reports short-term memory loss"): said of
            // the person screened, so what is reported is read as the answer.
            return read(question, Words.of(words.joined().substring(reported.end())), today);
        }
        Pattern notYetHad = "memory_problems".equals(question.id()) ? NO_DIAGNOSIS
                : "is_carer".equals(question.id()) ? NO_CARER_SUPPORT : null;
        if (notYetHad != null) {
            String besides = notYetHad.matcher(words.joined()).replaceAll(" ").strip();
            if (!besides.isEmpty() && !besides.equals(words.joined())
                    && YesNoStatements.read(question.id(), Words.of(besides), today).orElse(false)) {
                // Round 21 (a25): "short-term memory loss, no formal diagnosis": the question asks about memory
                // trouble as well as dementia, so a diagnosis not (yet) made is no no to the trouble said; likewise
                // "Main carer for partner. No carer's assessment yet": the caring is said, the support not had.
                return read(question, Words.of(besides), today);
            }
        }
        Optional<Words> settled = plainAfterBut(words);
        boolean settledByWhen = settled.isPresent() && settled.get().hasAny(NOT_LATELY);
        if ("thoughts_of_harm".equals(question.id()) && !settledByWhen
                && YesNoStatements.read(question.id(), words, today).orElse(false)) {
            // Safety first: a thought of harm said plainly is a yes whatever else is said beside it
            // ("I'd never do anything but I do think about it", "I have thought about it but no, I
            // wouldn't"); a negated one is not ("never thought about it").
            return Interpretation.understood(Boolean.TRUE);
        }
        if (settled.isPresent()) {
            return read(question, settled.get(), today);
        }
        if (YesNoStatements.saysBoth(question.id(), words, today) && !YesNoStatements.firmlyNo(question.id(), words)
                && !opensPlainly(words)) {
            // Round 7: the sentence says both ("I've got my son but he's always too busy") and no plain
            // opening yes or no settles it ("no, heating's included in my rent" is a no); a later word does not pick a side.
            return Interpretation.unclear("I was not sure whether that meant yes or no, so I did not want to guess. Could you say yes or no?");
        }
        if (OPENING_NO.stream().anyMatch(o -> words.joined().startsWith(o + " ")) && words.hasAny(BUT_YES)) {
            // "No, but I do worry about the bills": the no is taken back at once.
            return Interpretation.unclear("That sounded like it could be either, so I did not want to guess. Could you say yes or no?");
        }
        List<PhraseTable.Found<Leaning>> all = YesNoPhrases.TABLE.findIn(words);
        List<PhraseTable.Found<Leaning>> found = all.stream().filter(f -> f.meaning() != Leaning.NEUTRAL).toList();
        if (!found.isEmpty() && found.get(0).start() == 0 && SAY_AGAIN.contains(found.get(0).phrase())
                && found.stream().skip(1).anyMatch(f -> PLAIN.contains(f.phrase()))) {
            found = found.subList(1, found.size());
        }
        Optional<Boolean> carried = YesNoStatements.read(question.id(), words, today);
        boolean onlyHowOftenDoubt = found.stream()
                .filter(f -> f.meaning() == Leaning.UNSURE)
                .allMatch(f -> HOW_OFTEN.contains(f.phrase()));
        boolean plainYesSaid = found.stream().anyMatch(f -> f.meaning() == Leaning.YES && PLAIN.contains(f.phrase()))
                && found.stream().noneMatch(f -> f.meaning() == Leaning.NO);
        if ((carried.isPresent() || plainYesSaid) && onlyHowOftenDoubt) {
            // "Sometimes, yes": how often it happens, and that it does.
            found = found.stream().filter(f -> f.meaning() != Leaning.UNSURE).toList();
        }
        if (YesNoStatements.firmlyNo(question.id(), words)) {
            // "A bit of blood pressure but it doesn't stop me": only a plain yes can stand against it.
            boolean plainYes = found.stream().anyMatch(f -> f.meaning() == Leaning.YES && PLAIN.contains(f.phrase()));
            return plainYes
                    ? Interpretation.unclear("I was not sure whether that meant yes or no, so I did not want to guess. Could you say yes or no?")
                    : Interpretation.understood(Boolean.FALSE);
        }
        boolean echoesOnly = found.stream().allMatch(f -> ECHOES.contains(f.phrase()));
        if (!echoesOnly || words.size() > 3) {
            // An echo gives way to any other phrase, and to what the rest of a sentence says.
            List<PhraseTable.Found<Leaning>> notEchoes = found.stream().filter(f -> !ECHOES.contains(f.phrase())).toList();
            found = notEchoes;
        }
        if (!found.isEmpty() && found.get(0).start() == 0 && PLAIN.contains(found.get(0).phrase())) {
            Leaning opening = found.get(0).meaning();
            boolean laterPlainDisagrees = found.stream()
                    .anyMatch(f -> f.meaning() != opening && (PLAIN.contains(f.phrase())
                            || (f.meaning() == Leaning.UNSURE && !HOW_OFTEN.contains(f.phrase()))));
            if (!laterPlainDisagrees) {
                found = List.of(found.get(0));
            }
        }
        Set<Leaning> leanings = EnumSet.noneOf(Leaning.class);
        found.forEach(f -> leanings.add(f.meaning()));
        if (leanings.contains(Leaning.UNSURE) || leanings.size() > 1) {
            return Interpretation.unclear("That sounded like it could be either, so I did not want to guess. Could you say yes or no?");
        }
        Optional<Boolean> said = leanings.isEmpty() ? Optional.empty() : Optional.of(leanings.contains(Leaning.YES));
        if (carried.isPresent() && said.isPresent() && !carried.equals(said)) {
            return Interpretation.unclear("I was not sure whether that meant yes or no, so I did not want to guess. Could you say yes or no?");
        }
        return said.or(() -> carried)
                .map(Interpretation::understood)
                .orElseGet(() -> Interpretation.unclear("I could not tell whether that was a yes or a no."));
    }
}
