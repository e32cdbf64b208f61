package uk.lantern.engine.interpret;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;

/**
 * Reads what a person typed in the chat as the answer to one question, in everyday English:
 * "afraid so", "now and then", "my wife died", "eighty two", "just me since Jim died",
 * "it's me7 1ab thanks". The value of an {@link Interpretation.Understood} is what
 * {@link Questionnaire#validate} accepts for the question; anything that cannot be read without
 * guessing is {@link Interpretation.Unclear}, with a reason the chat can show before asking
 * again.
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class AnswerInterpreter {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String RETIREMENT_QUESTION = "work";
    private static final String DAILY_TASKS_QUESTION = "daily_activities";
    private static final String EYE_CONDITIONS_QUESTION = "eye_conditions";
    private static final String MARITAL_QUESTION = "marital_status";
    /** "Retired recently" is within the last two years. */
    private static final double RECENT_MONTHS = 24;
    private static final List<String> RETIRING = List.of("retired", "retirement", "retire");
    /** Leaving work said without "retired": "finished work this summer", "I finished at the council last year". */
    private static final List<String> LEFT_WORK = List.of("retired", "finished work", "stopped work", "finished at",
            "stopped working", "gave up work", "left work", "finished working", "packed up work",
            // Round 12: the idioms for retiring ("put out to grass in 2003").
            "put out to grass", "put out to pasture", "out to grass", "out to pasture", "hung up my boots",
            // Round 16: packing work in, and BSL's "finish" for done ("work finish last year").
            "packed in work", "packed in my job", "packed in the job", "packed my job in", "packed it in", "jacked in",
            "jacked it in", "jacked my job in", "work finish", "work finished", "job finish", "job finished");
    /** Round 16: the ways of leaving work that say it was for good, so a time ago dates a retirement. */
    private static final List<String> PACKED_IN = List.of("packed in work", "packed in my job", "packed in the job",
            "packed my job in", "packed it in", "jacked in", "jacked it in", "jacked my job in", "work finish",
            "work finished", "job finish", "job finished");
    /** Within the two years whatever the day: "this summer", "last year". */
    private static final List<String> LATELY = List.of("this year", "last year", "this month", "last month",
            "this summer", "this spring", "this autumn", "this winter", "last summer", "last spring", "last autumn",
            "last winter", "this christmas", "this easter", "last christmas", "last easter", "in the summer",
            "in the spring");
    /** Spans either side of the two-year line. */
    private static final List<String> NEAR_TWO_YEARS = List.of("few years", "two or three years", "2 or 3 years",
            "couple of years or so", "about two years", "about 2 years", "around two years", "around 2 years");
    /** A job told in the past tense, opening the answer: "was a nurse", "I used to be a postman". */
    private static final List<String> PAST_JOB = List.of("was a", "was an", "i was a", "i was an", "used to be a",
            "used to be an", "i used to be a", "i used to be an", "i used to work", "used to work");
    /** ... unless it says work goes on or stopped for another reason: "was a nurse, now I care for my mum". */
    private static final List<String> STILL_OR_OTHERWISE = List.of("still", "now", "looking", "redundant",
            "unemployed", "out of work", "sick", "ill", "cant work", "unable", "lost my job", "carer", "caring",
            "benefits", "disabled", "part time", "full time", "until", "till last", "recently", "bit of",
            "health", "back went", "my back", "injury", "injured", "accident", "stroke", "disability");
    private static final List<String> PARTNER = List.of("husband", "wife", "hubby", "partner", "missus", "missis",
            "spouse", "other half", "old man", "our lass", "wor lass", "me lass", "the lass", "my lass");
    private static final List<String> PARTNER_DIED = List.of("died", "passed", "dead", "late", "lost", "death",
            "funeral", "widow", "widowed", "widower", "killed", "cancer took", "buried");
    /** Not "left" or "gone": "the wife left me" is said of a death too. */
    private static final List<String> PARTNER_SPLIT = List.of("divorced", "divorce", "split", "separated",
            "ex", "walked out", "broke up", "ran off");
    /** Someone since: "my first husband died, I've a new partner now" is not widowed. */
    private static final List<String> PARTNER_SINCE = List.of("remarried", "married again", "new partner",
            "new husband", "new wife", "second husband", "second wife", "now married", "with someone", "met someone",
            "living with", "live with");
    /** Marriages told in turn: "my first husband died, then I divorced the second". */
    private static final List<String> IN_TURN = List.of("first", "second", "then", "later", "after that",
            "the next", "since then");
    private static final List<String> PARTNER_GONE = List.of("died", "passed", "dead", "late", "left", "lost",
            "split", "divorced", "separated", "gone", "ex");

    private static final List<String> DEPENDS_ON_SOMEONE = List.of("depends on me", "depends upon me",
            "depend on me", "depends on us");
    private static final List<String> VARIES = List.of("it varies", "varies", "it changes", "changes from");
    /** Saying one does not know which: "can't remember if it was two or three years ago". */
    private static final List<String> NOT_KNOWING = List.of("cant remember if", "cant remember whether",
            "dont know if", "dont know whether", "not sure if", "not sure whether", "cant recall if");
    /** Whole answers that say nothing but not knowing. */
    private static final List<String> UNKNOWN = List.of("i cant remember", "cant remember", "i dont know", "dont know",
            "not sure", "im not sure", "no idea", "dunno", "i dunno", "hard to say", "i couldnt say", "couldnt say",
            "cant say", "i cant say", "who knows", "i cant recall", "couldnt tell you", "i couldnt tell you");
    private static final List<String> UPS_AND_DOWNS = List.of("up and down", "ups and downs and", "good days and bad",
            "some days yes some days no", "some days yes and some days no");
    /** A no taken back at once: "not really but sometimes". */
    private static final List<String> NO_BUT_AT_TIMES = List.of("not really but sometimes", "no but sometimes",
            "wouldnt say never", "cant say never", "never say never",
            "not really but occasionally", "no but occasionally", "not usually but sometimes", "not often but sometimes",
            "no but now and then", "not really but now and then", "no but at times", "not really but at times");
    /**
     * Half-answers that leave the question open, by question: "with a bit of help" (get out),
     * "a few things wrong with me" (a condition that limits daily life?), "I keep things to myself"
     * (someone to confide in?), "I help my neighbour with her shopping" (a carer?), "there's
     * nothing to go out for" (money stops you?), "they're always too busy" (how often in touch?),
     * "I'd forget, wouldn't I" (memory). Each was misread as a plain yes or no by an earlier round.
     */
    private static final Map<String, List<String>> HEDGES = Map.of(
            "can_get_out", List.of("with a bit of help", "with some help", "with help", "if someone", "if somebody",
                    "if my", "when someone", "when my"),
            "long_term_condition", List.of("things wrong with me", "bits and bobs", "couple of things", "few things",
                    "one or two things"),
            "confidant", List.of("i keep things to myself", "keep things to myself", "i keep it to myself",
                    "burden"),
            "feel_safe_at_home", List.of("apart from when", "except when", "apart from if", "except if", "unless he",
                    "unless she", "not when", "but not when", "apart from my", "except my"),
            "is_carer", List.of("help my neighbour", "help the neighbour", "pop in on", "do bits for", "do a bit for",
                    "with her shopping", "with his shopping", "lady next door", "man next door"),
            "money_stops_going_out", List.of("nothing to go out for", "nowhere to go", "nothing round here",
                    "nothing to do round here"),
            "memory_problems", List.of("id forget", "wouldnt know would i", "wouldnt know", "id not remember",
                    "wouldnt remember", "would i",
                    // Round 9b: "I don't think so but I'd probably forget".
                    "probably forget", "likely forget", "might forget"),
            "self_rated_health", List.of("up and down", "ups and downs"),
            "money_worries", List.of("manage just about", "just about manage", "i manage just", "scrape by",
                    "scraping by", "just about covers", "only just covers", "barely covers", "just covers"),
            "language_barrier", List.of("a little bit", "a bit", "a little"));
    /** Questions whose hedges are hedges only as the whole answer: "a little bit", not "a little bit hard, yes". */
    private static final Set<String> WHOLE_ANSWER_HEDGES = Set.of("language_barrier", "confidant");
    /** Keeping oneself to oneself: a half-answer to "is there someone you can talk to?". */
    private static final List<String> KEEP_TO_MYSELF = List.of("keep myself to myself", "keep to myself",
            "private person", "keep myself to me", "keep meself to meself");
        /** A plain yes or no that opens an answer settles it, whatever half-answer follows: "no, I just pop in on my neighbour". */
    private static final List<String> OPENING_YES_NO = List.of("no", "nope", "nah", "not really", "yes", "yeah", "yep");
    /** "I help my neighbour with her shopping but she could manage": what follows the "but" settles it. */
    private static final List<String> SETTLING_BUT = List.of("but she could manage", "but he could manage",
            "but she can manage", "but he can manage", "shes fine", "hes fine", "but nothing", "but not",
            "but shed manage", "but hed manage", "but she would manage", "but he would manage");
    /** "Only if someone takes me": a narrower answer that settles the question, not a hedge. */
    private static final List<String> ONLY_WHEN = List.of("only if", "only when", "only with");
    /**
     * Someone named as a confidant and then taken back: "there's my son but he's always busy", "my
     * daughter, when she's got a minute". Whether they can be counted on is left open.
     */
    private static final List<String> CONFIDANT_TAKEN_BACK = List.of("but hes busy", "but shes busy",
            "hes always busy", "shes always busy", "hes so busy", "shes so busy", "hes too busy", "shes too busy",
            "always working", "never got time", "never has time", "never have time", "no time for me",
            "dont like to bother", "dont want to bother", "dont like bothering", "never rings", "never calls",
            "never phones", "miles away", "when shes got a minute", "when hes got a minute", "when shes got time",
            "when hes got time", "when they have time", "when theyve got time", "if shes not busy", "if hes not busy");
    /** Someone else's word against the speaker's: "my wife says I am but I can hear fine". */
    private static final List<String> SOMEONE_SAYS = List.of("says", "say", "reckons", "reckon", "thinks", "think",
            "tells me", "tell me", "keeps saying", "complains", "telling me", "keeps telling", "keep telling",
            "according to", "said i", "said im", "told me");
    private static final List<String> BUT_I_DENY = List.of("but i can hear", "but i hear", "but i can", "but im fine",
            "but i dont think", "but im not");
    /**
     * Round 8: the person's own denial beside someone else's view ("my son keeps telling me I'm
     * deaf, I'm not"): without a "but", and said in more ways than {@link #BUT_I_DENY}.
     */
    private static final List<String> OWN_HEARING_DENIAL = List.of("i hear fine", "hear fine", "hear perfectly",
            "hear well", "i can hear", "hearing is fine", "hearing is ok", "hearing is okay", "hearing is good",
            "nothing wrong with my ears", "nothing wrong with my hearing", "ears are fine", "im not", "i am not",
            "i dont think so", "i dont agree", "they mumble", "she mumbles", "he mumbles", "hear what i want",
            // Round 18 (a22): not hearing put down to not listening ("... but I just don't listen to her").
            "dont listen", "not listening", "dont always listen");
    /**
     * Round 8: low mood set beside everyone else's ("no more than anyone else I suppose", "like we
     * all get"): a comparison, not an answer, so it is asked again rather than read as a yes.
     */
    private static final List<String> LIKE_EVERYONE = List.of("like we all", "like everyone", "like everybody",
            "like anyone", "like anybody", "like most people", "like the rest of us", "no more than", "no worse than",
            "not any more than", "not more than", "no different to", "no different from", "same as anybody",
            "same as anyone", "same as everyone", "same as everybody", "same as most", "as the next",
            "than the next", "we all do", "we all get", "everyone does", "everybody does");
    /** A plain opening yes or no; "no more than ..." and "no worse than ..." open a comparison, not a no. */
    private static final Pattern PLAIN_OPENING = Pattern.compile(
            "^(yes|yeah|yep|aye|no|nope|nah|not really)\b(?! (more|worse|different|better|less)\b)");
    /** Round 8: an accent, not a language, as what makes talking hard. */
    private static final List<String> ACCENT = List.of("accent", "accents", "dialect", "twang", "brogue");
    /** ... the person's own, said beside English as their language ("sometimes hard with the accents" is left open). */
    private static final List<String> OWN_ACCENT = List.of("my accent", "me accent", "my own accent", "ive a",
            "ive got a", "i have a", "i got a", "english is my", "english is all", "mother tongue", "first language",
            "born here", "born and bred", "im from", "i am from", "only the accent", "just the accent", "thats all");
    /**
     * Round 11: others' accents blamed, the person's English said not to be the trouble ("the accent round here is
     * the problem not my english", "it's the doctor's accent, English is my first language").
     */
    private static final List<String> ENGLISH_NOT_THE_TROUBLE = List.of("not my english", "not the english",
            "english is fine", "english is good", "english is ok", "english is okay", "english is perfect",
            "english is my first language", "english is my language", "nothing wrong with my english",
            "english is not the problem", "english isnt the problem", "english is fluent");
    /** ... unless another language is named or English is said to be weak. */
    private static final List<String> OTHER_LANGUAGE = List.of("second language", "not my first", "isnt my first",
            "english is not", "english isnt", "my english", "broken english", "little english", "much english",
            "learning english", "other language", "another language", "own language", "native language",
            "interpreter", "translate", "translator", "translates", "sign language", "bsl", "polish", "punjabi",
            "urdu", "bengali", "sylheti", "gujarati", "hindi", "arabic", "chinese", "cantonese", "mandarin",
            "turkish", "romanian", "portuguese", "spanish", "italian", "french", "german", "somali", "tamil",
            "kurdish", "farsi", "persian", "russian", "ukrainian", "lithuanian", "latvian", "greek", "welsh",
            "gaelic", "nepali", "tagalog", "vietnamese", "japanese", "korean", "yoruba", "twi", "swahili",
            "amharic", "tigrinya", "pashto", "dari", "czech", "slovak", "hungarian", "bulgarian", "albanian");
    /**
     * Round 8: a hint that something has happened, beside a hedged yes to feeling safe ("safe
     * enough I suppose, there's been a few things"): asked again, not a yes.
     */
    private static final List<String> TROUBLE_HINTS = List.of("few things", "some things", "couple of things",
            "things have happened", "things happened", "things happen", "things going on", "goings on", "incident",
            "incidents", "trouble", "bother", "hanging around", "hanging about", "causing", "break in", "break ins",
            "broken into", "burglaries", "worrying things", "odd things", "strange things", "funny things", "dodgy");
    private static final Set<String> DENYING = Set.of("no", "not", "never", "nothing", "any", "without", "none");
    /** Round 8: work that ended, told beside what is done now ("I did shifts till last year, now I help at my son's shop"). */
    private static final List<String> WORK_ENDED = List.of("till", "until", "used to", "gave up", "finished",
            "stopped", "was a", "was an", "left", "did");
    private static final List<String> NOW_DOING = List.of("now", "nowadays", "these days");
    /**
     * Round 8: an opening no said apart from what follows ("no, all the time", "never, every
     * week"): when the two halves fall at opposite ends of the scale, it is asked again.
     */
    private static final Pattern OPENING_NO_THEN = Pattern.compile(
            "^\\s*(no never|no|nope|nah|never|not at all|hardly ever|not really|not much)\\s*[,.;:!]+\\s*(\\S.*)$",
            Pattern.DOTALL);
    /** Round 8: "who do I talk to? nobody": a question asked back and answered at once. */
    private static final Pattern ASKED_BACK_THEN_ANSWERED = Pattern.compile("^([^?]{1,50})\\?+\\s*(\\S.*)$",
            Pattern.DOTALL);
    /** Who or what a reason after an opening no is about: "never, I'm always out", "not at all, people in and out". */
    private static final Set<String> SOMEONE_OR_SOMETHING = Set.of("i", "im", "ive", "me", "my", "we", "were", "us",
            "they", "theyre", "them", "people", "folk", "there", "theres", "house", "he", "she", "hes", "shes",
            "family", "friends", "kids");
    private static final List<String> ABOUT_SOMETHING = List.of("about", "for", "with", "regarding");
    private static final List<String> CONTACT_BUSY = List.of("busy", "too busy", "always busy");
    /** A marriage in the past and nothing said of how it ended. */
    private static final List<String> PAST_MARRIED = List.of("was married", "i was married", "used to be married",
            "i used to be married", "i was once married", "was once married", "been married");
    /** A marriage since a divorce or death: the latest one is what holds now. */
    private static final List<String> MARRIED_AGAIN = List.of("remarried", "re married", "since remarried",
            // Round 18 (a22): the marriage now said after the ones before ("divorced twice, married now to number three").
            "married now", "now married", "im married now", "married for the second time",
            "married for the third time");

    /** A count said loosely ("a few", "a couple") ... */
    private static final List<String> VAGUE_COUNT = List.of("a few", "few", "a couple", "couple", "some things",
            "some of them", "one or two", "several", "a handful");
    /** ... beside a time it holds for: "some days a few", "a couple some weeks", "a few on bad days". */
    private static final List<String> AT_TIMES = List.of("some days", "sometimes", "bad days", "bad day",
            "some weeks", "now and then", "at times", "on and off", "off and on", "good days", "depending");
    /** Every task done oneself: "I manage everything myself", "I do it all myself". */
    private static final List<String> ALL_MYSELF = List.of("manage everything", "do everything", "do it all",
            "see to everything", "manage it all", "manage all of it", "do all of it", "do all my own",
            "see to it all", "do all that myself", "manage all that");
    /** ... unless something is kept back: "I do everything myself except the shopping", "most things". */
    private static final List<String> NOT_ALL = List.of("but", "except", "apart from", "bar", "not", "cant",
            "help", "struggle", "most", "mostly", "used to", "nearly", "almost", "slowly", "takes me");

    /** How often, said in a word or two beside a reason: "rarely, they're busy". */
    /** Round 9: a plain no to how many tasks are a difficulty. */
    private static final Set<String> OPENING_NO = Set.of("no", "nope", "nah");
    private static final Set<String> NO_TASKS = Set.of("no", "nope", "nah", "no none", "nope none", "no not really",
            "not really", "no problems", "no problem", "no difficulty", "no trouble", "no none of them");
    /** "No trouble with any of them", "no problems with any". */
    private static final Pattern NO_TROUBLE_WITH_ANY = Pattern.compile(
            "(no|not) (trouble|problems?|difficulty|difficulties|bother) with (any|any of them|any of those|them)( really)?");
    /** Round 9: a further condition in a list, not named: "... and something at the back". */
    private static final List<String> ONE_MORE_UNNAMED = List.of("and something", "and another", "something else",
            "and one other", "plus something", "and something else");
    /** Round 9: lost touch, not lost: "lost touch with my son years ago", "we're estranged". */
    private static final List<String> LOST_TOUCH = List.of("lost touch", "lost contact", "estranged", "fell out",
            "fallen out", "we dont speak", "dont speak to", "doesnt speak to", "dont talk to", "doesnt talk to");
    /** Round 9: most, not all, gone: "most of my friends have died". */
    private static final List<String> MOST_GONE = List.of("most of my friends have", "most of my friends are",
            "most of them have", "most of them are", "most have died", "most of my pals", "most of my mates",
            "nearly all gone", "nearly all died", "almost all gone", "almost all died", "most are gone", "most are dead",
            "most of my family have", "most of my friends died", "most of them died", "most of them passed",
            // Round 12: "most of mine have died".
            "most of mine have", "most of mine are", "most of mine died");
    /** Round 9: not noticed or not thought about: no answer to how often. */
    private static final List<String> NOT_NOTICED = List.of("dont really notice", "dont notice", "never noticed",
            "never really noticed", "not that i notice", "never really thought about it", "never thought about it",
            "not something i think about", "havent thought about it", "never given it much thought",
            "never given it a thought", "dont really think about it");
    /** Round 9: one season against another: "in winter yes, not so much in summer". */
    private static final List<String> SEASONS_AGAINST = List.of("not so much in summer", "not so much in the summer",
            "not in summer", "not in the summer", "summers fine", "summer is fine", "not so much in winter",
            "not in winter", "winters fine", "better in summer", "better in the summer", "worse in winter",
            "worse in the winter");
    /** Round 9: a wish for more, not a how often. */
    private static final List<String> NOT_ENOUGH = List.of("not often enough", "not as often as id like",
            "not as much as id like", "never enough", "not enough");
    private static final Set<String> MONEY_QUESTIONS = Set.of("money_worries", "money_stops_going_out", "cold_home");
    /** Round 9: under tests, not yet told. */
    private static final List<String> BEING_TESTED = List.of("testing me", "checking me", "tests", "being tested",
            "being checked", "being assessed", "assessing me", "waiting for results", "waiting for the results",
            "waiting to hear", "referred me", "been referred", "having tests");
    private static final List<String> DIAGNOSED = List.of("diagnosed", "they said i have", "told me i have", "its dementia",
            "its alzheimers", "i have dementia", "i have alzheimers", "ive got dementia", "ive got alzheimers");
    /** Round 9: a difficulty with talking, to the language question. */
    private static final List<String> LANGUAGE_DIFFICULTY = List.of("hard", "difficult", "struggle", "struggles",
            "tricky", "not easy", "a struggle", "a problem", "is hard", "can be hard");
    /** Round 9: a difficulty talking that is not about language. */
    private static final List<String> OTHER_CAUSE = List.of("hearing", "deaf", "ears", "eyes", "sight", "memory",
            "stroke", "speech", "voice", "stammer", "shy", "nerves", "anxiety", "accent", "accents");
    /** Round 9: ease in English, said beside another first language. */
    private static final List<String> LANGUAGE_EASE = List.of("fine in english", "english is fine", "fine", "no problem",
            "no problems", "no trouble", "no difficulty", "fluent", "manage fine", "never a problem", "not a problem");
    /** Round 9: "the odd Sunday afternoon", "just the odd evening". */
    private static final Pattern THE_ODD = Pattern.compile("^(only |just )?(the|an) odd( \\w+){1,2}( now and (then|again))?$");
    private static final String DAY = "(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(day)?s?";
    /** Round 9: two days of the week joined, whole or short: "Tues and Fri", "Mondays and Thursdays". */
    private static final Pattern TWO_DAYS = Pattern.compile("\\b" + DAY + " (and|or|&) " + DAY + "\\b");
    /** Round 9: a mild oath for emphasis says nothing of its own: "all the flippin' time". */
    private static final Pattern INTENSIFIER = Pattern.compile(
            "(?i)\\b(flippin|flipping|flaming|blooming|bloomin|ruddy|effing|friggin|frigging|freaking|bloody"
            // Round 11: an aside of wonder, which says nothing of the answer ("Ninety one, believe it or not!").
            + "|believe it or not|would you believe it|would you believe|if you can believe it)\\b'?\\s*");
    private static final List<String> HOW_OFTEN_SAID = List.of("rarely", "hardly ever", "not often", "not very often",
            "seldom", "never", "once a", "twice a", "every", "weekly", "daily", "monthly", "often", "most days",
            "now and then", "at christmas", "birthdays", "all the time", "once in a blue moon");
    /** A plain no that opens an answer to how often one feels something. */
    private static final List<String> OPENING_NEVER = List.of("never", "no never", "no", "nope", "nah", "not at all",
            "no not at all", "hardly ever", "not really", "no not really");
    /** What keeps an opening no from settling the answer: "never, but sometimes at night". */
    private static final List<String> TAKEN_BACK = List.of("but", "except", "apart from", "sometimes", "when",
            "unless", "though", "although", "at times", "now and then", "occasionally", "some days", "odd",
            // The feeling itself said after the no ("no, all the time really", "no, always lonely").
            "all the time", "constantly", "often", "a lot", "most of the time", "every day", "lonely", "isolated",
            "left out", "lack", "on my own", "alone");

    private static final List<String> CONTACT_QUESTIONS = List.of("contact_children", "contact_family",
            "contact_friends");
    private static final List<String> FEELING_QUESTIONS = List.of("lack_companionship", "left_out",
            "isolated_from_others", "how_often_lonely");
    /** The people asked about have all died: there is no one to be in touch with. */
    private static final List<String> ALL_GONE = List.of("all dead", "all died", "all passed", "all gone now",
            "all passed away", "outlived them all", "outlived them", "outlived the lot", "outlived all", "outlived most", "outlived my",
            "but he died", "but she died", "but they died", "but he passed", "but she passed", "theyve all gone",
            "they have all gone", "none left", "nobody left", "no one left", "all of them have died",
            "have all died", "have all passed", "friends have passed", "friends have died", "friends are dead",
            "family are dead", "family are all dead");
    /** The speaker the last of a family: "I'm the last of them", "I'm the last one left". */
    private static final List<String> LAST_LEFT = List.of("the last of them", "the last one left", "the last of us",
            "the last of my family", "the last of the family", "last one standing", "im the last",
            "i am the last");
    /** No brothers or sisters ... */
    private static final List<String> NO_SIBLINGS = List.of("only child", "no brothers or sisters",
            "no brothers and sisters", "no siblings", "never had brothers", "never had any brothers");
    /** ... and parents gone: "only child, parents long gone". */
    private static final List<String> PARENTS_GONE = List.of("long gone", "died", "passed", "dead", "gone",
            "lost");
    /** Other people in an occasion: "when my family go out without me", "when the family have parties". */
    private static final List<String> OCCASION_WITH_OTHERS = List.of("family", "friends", "my", "they", "people",
            "everyone", "others", "kids", "children", "neighbours");
    /** Told of no condition: "not been told about any", "nobody's told me of any". */
    /** Round 14b: "a cataract in the left one": which eye, not a count. */
    private static final Set<String> EYE_SIDES = Set.of("left", "right", "other", "good", "bad", "each", "every");
    /**
     * Round 14b: who is cared for, by the option each person falls under; someone else's relative ("her dad",
     * "his mum") is not counted, since it says whose relative, not a second person of that kind.
     */
    private static final List<Pattern> CARED_FOR_BY_OPTION = List.of(
            named("husband|wife|partner|hubby|other half|spouse|fiance|fiancee"),
            named("mum|mother|dad|father|mam|mom|parents|mother in law|father in law"),
            named("son|daughter|child|kids|children|boy|girl"),
            named("neighbour|friend|brother|sister|aunt|uncle|nan|gran|grandma|grandad|grandson|granddaughter|cousin"
                    + "|lodger"));

    /**
     * Round 15: a second person named by the first one's relation ("my husband and his dad", "my wife and her
     * mother"): two people cared for, whichever options they fall under.
     */
    private static final Pattern AND_THEIR_RELATIVE = Pattern.compile("\\band (his|her|their) (mum|mother|dad|father"
            + "|mam|mom|parents|brother|sister|son|daughter|nan|gran|grandma|grandad|aunt|uncle|auntie|grandson"
            + "|granddaughter)\\b");

    private static Pattern named(String people) {
        return Pattern.compile("(?<!\\bhis )(?<!\\bher )(?<!\\btheir )(?<!\\bits )\\b(" + people + ")\\b");
    }

    /** Round 14b: children contacted differently: which child ("the other", "the eldest") ... */
    private static final List<String> ONE_CHILD_THEN_ANOTHER = List.of("the other", "the others", "one of them",
            "the eldest", "the youngest", "the oldest", "the younger", "the older", "one is", "one does");
    /** ... one often ... */
    private static final List<String> CONTACT_OFTEN = List.of("every", "daily", "weekly", "often", "rings",
            "phones", "calls", "most days", "all the time", "visits", "comes");
    /** ... and one seldom or never. */
    private static final List<String> CONTACT_NEVER = List.of("never", "havent spoken", "havent seen",
            "havent heard", "not spoken", "not seen", "not heard", "dont speak", "dont see", "doesnt speak",
            "doesnt see", "in years", "for years", "no contact", "estranged", "fell out");
    private static final List<String> NEVER_TOLD = List.of("not been told", "never been told", "nobody told me",
            "nobody has told me", "no one has told me", "nobody ever told me", "no one told me", "not been diagnosed",
            "never been diagnosed", "none that", "havent been told", "have not been told", "not been told anything",
            // Round 16: "none they've told me about".
            "none theyve told me", "none they told me", "none ive been told", "not that theyve told me");
    /** How often, said as one word: "mostly", "mostly, yes". */
    private static final List<String> MOSTLY = List.of("mostly", "mostly yes", "yes mostly", "mostly yeah",
            "yeah mostly", "mostly i do", "mostly i would say");
    /** A child who has died: "my only son passed away", "our boy passed, he was all we had". */
    private static final List<String> CHILD = List.of("son", "daughter", "boy", "girl", "child", "lad", "only one",
            "children", "kids", "bairn");
    private static final List<String> DIED = List.of("died", "passed", "passed away", "dead", "lost", "killed");
    /** A partner lived with but not married: "living with my partner, we never married". */
    private static final List<String> NOT_MARRIED = List.of("never married", "not married", "never wed", "not wed",
            "never bothered marrying", "never got married", "never bothered getting married", "arent married");
    private static final List<String> LIVING_TOGETHER = List.of("living with my", "live with my", "my partner",
            "partner and i", "together", "my fella", "my boyfriend", "my girlfriend", "other half");
    /** A part of the day, week or year when a feeling comes: some of the time. */
    private static final List<String> PART_OF_THE_TIME = List.of("weekends", "weekend", "evenings", "evening",
            "at night", "nights", "night time", "nighttime", "sundays", "sunday", "saturdays", "bank holidays",
            "in the winter", "winter", "winters", "mornings", "afternoons", "after dark", "when it gets dark",
            "long evenings", "dark nights", "when my", "on holiday",
            // Round 9: occasions with others: "at family parties, I can't hear what's going on".
            "family parties", "at parties", "get togethers", "family gatherings", "family dos", "at christmas");
    /** Round 10: a postcode that opens the answer, set apart from what follows: "ME10. do you have anything ...". */
    private static final Pattern POSTCODE_THEN_MORE = Pattern.compile(
            "(?s)^\\s*([A-Za-z]{1,2}[0-9][A-Za-z0-9]?(?:\\s*[0-9][A-Za-z]{2})?+)\\s*(?:[.,:;!?\u2013-]\\s*|\\s+)(\\S.*)$");
    /** Round 10: a second child named after the first: "one daily, the other I haven't heard from in years". */
    private static final List<String> THE_OTHER = List.of("the other", "the other one", "the youngest", "the eldest",
            "the oldest", "my daughter", "my son", "our daughter", "our son", "the girl", "the boy", "the lad",
            "my youngest", "my eldest", "my oldest");
    /** Round 10: one task named, and the rest said to be fine: "socks are a nightmare, otherwise I'm ok". */
    private static final List<String> REST_FINE = List.of("otherwise", "apart from that", "other than that",
            "everything else", "the rest", "besides that", "aside from that");
    /** Round 10: every task said to be fine: "no, I'm ok with everything". */
    private static final List<String> FINE_WITH_ALL = List.of("ok with everything", "okay with everything",
            "fine with everything", "alright with everything", "fine with all of it", "ok with all of them",
            "fine with all of them", "fine with all that", "can do everything", "manage everything fine");
    /** The person cared for by where they live: "the lady next door", "the chap over the road". */
    private static final List<String> NEIGHBOURS = List.of("next door", "neighbour", "neighbor", "across the road",
            "over the road", "down the road", "up the road", "across the street", "down the street");
    /** Whom a carer looks after: the option, and single words for the people it covers. */
    private static final Map<String, List<String>> CARED_FOR = Map.of(
            "partner", List.of("husband", "wife", "partner", "hubby", "missus"),
            "parent", List.of("mum", "mother", "mam", "dad", "father"),
            "child", List.of("son", "daughter", "lad", "boy", "girl"),
            // Round 11: a grandchild is not the option "child" (the writers of every set say someone else).
            "someone_else", List.of("grandson", "granddaughter", "grandaughter", "grandchild", "grandchildren",
                    "grandkids", "grandkid", "grandsons", "granddaughters"));

    private final Clock clock;

    /** Reads dates (a year of birth, "died in 2015") against today in the UK. */
    public AnswerInterpreter() {
        this(Clock.system(UK));
    }

    /** @param clock what "today" is, for a year of birth or a year something happened */
    public AnswerInterpreter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads {@code text} as the answer to {@code question}. A question about local services
     * ("who can help with my heating bills?") is {@link Interpretation.AboutServices}, whether it
     * is asked instead of an answer or, when the text is not an answer, just named ("lunch club").
     * What the rules cannot read without guessing is {@link Interpretation.Unclear}: there is no
     * statistical fallback (see docs/interpretation.md, "Why there is no trained fallback").
     */
    public Interpretation interpret(Question question, String typed) {
        // Round 9: "I'm filling this in for my mum, she's 88" is her answer: "I'm 88".
        String text = typed == null ? null : INTENSIFIER.matcher(ForSomeoneElse.asTheirs(typed)).replaceAll("");
        if (question.type() != AnswerType.FREE_TEXT && QuestionBack.asks(text)) {
            // "My dog died in the spring, does that count?": not sure it is what we mean; no answer either way.
            return Interpretation.unclear("It may well count: it's what you think that matters. "
                    + "Would you say yes or no, or pick the answer that fits best?");
        }
        Optional<Interpretation> answeredAfter = answeredAfterAskingBack(question, text);
        if (answeredAfter.isPresent()) {
            return answeredAfter.get();
        }
        if (othersViewDenied(question, Words.of(text).afterRetraction())) {
            // Round 8: before the service reading, so "thinks I need a hearing aid" asks for nothing.
            return Interpretation.unclear("It sounds like others see it differently from you. "
                    + "What would you say yourself: do you have problems with your hearing, yes or no?");
        }
        Optional<String> askAgain = AskAgainKinds.read(question, text);
        if (askAgain.isPresent()) {
            // Round 18 (a22): a remark on the questions, one's state asked back, a quip, a fear of falling.
            return Interpretation.unclear(askAgain.get());
        }
        Optional<Boolean> plainly = AskAgainKinds.plainly(question, text);
        if (plainly.isPresent()) {
            return Interpretation.understood(plainly.get());
        }
        if (DAILY_TASKS_QUESTION.equals(question.id()) && text != null) {
            // Round 21b (a26): "one, no two, dressing as well": the count put right at once; the last one said holds.
            Optional<Integer> putRight = WholeNumberReading.putRightAtOnce(Words.of(text));
            if (putRight.isPresent()) {
                int n = putRight.get();
                return Interpretation.understood(n == 0 ? "none" : n == 1 ? "one" : "two_or_more");
            }
        }
        if (question.type() == AnswerType.POSTCODE && text != null) {
            Matcher opening = POSTCODE_THEN_MORE.matcher(text);
            if (opening.matches() && PostcodeReading.read(opening.group(1)) instanceof Interpretation.Understood
                    && PostcodeReading.read(text) instanceof Interpretation.Understood postcode) {
                // Round 10: "ME10. do you have anything in Sittingbourne?": the answer first, then a
                // question, which the person can ask again once the postcode is kept.
                return postcode;
            }
        }
        Optional<ServiceQuestion> asked = ServiceQuestion.read(text, false);
        if (asked.isPresent()) {
            Object carried = answerBeforeAsking(question, text).orElse(null);
            // Round 15: "often, what might help with that?": searched by the question's topic, not "often might".
            return new Interpretation.AboutServices(carried == null ? asked.get() : asked.get().orTopicOf(question.id()),
                    carried);
        }
        if (saysBothEnds(question, text, LocalDate.now(clock))) {
            return Interpretation.unclear("I heard both a no and a lot in that, so I did not want to guess. "
                    + "Which answer fits best most of the time?");
        }
        if (question.type() != AnswerType.FREE_TEXT && question.type() != AnswerType.POSTCODE
                && undecided(question, Words.of(text).afterRetraction())) {
            // Said to be undecided: no reading may pick a side.
            return Interpretation.unclear(undecidedPrompt(question));
        }
        Words saidFirst = Words.of(text).afterRetraction();
        if ("cares_for".equals(question.id()) && (CARED_FOR_BY_OPTION.stream()
                .filter(p -> p.matcher(saidFirst.joined()).find()).count() >= 2
                || AND_THEIR_RELATIVE.matcher(saidFirst.joined()).find()
                        && CARED_FOR_BY_OPTION.stream().anyMatch(p -> p.matcher(saidFirst.joined()).find()))) {
            // Round 14b: "both my husband and my mum": two people under two options; no one option fits.
            return Interpretation.unclear("You look after more than one person. Who needs the most help from you?");
        }
        if ("contact_children".equals(question.id())
                && (saidFirst.hasAny(ONE_CHILD_THEN_ANOTHER) || saidFirst.has("son") && saidFirst.has("daughter"))
                && saidFirst.hasAny(CONTACT_OFTEN) && saidFirst.hasAny(CONTACT_NEVER)) {
            // Round 14b: "one of them every day, the other not in ten years": no one answer for them all.
            return Interpretation.unclear("It sounds different for each of them. Across your children, which fits "
                    + "best: monthly or more, less than monthly, or not at all?");
        }
        if ("money_stops_going_out".equals(question.id()) && COST_AS_REASON.matcher(saidFirst.joined()).find()) {
            // Round 17: "I'd go more if it weren't for the petrol", "can't do the lunch club, it's £6 a time".
            return Interpretation.understood(Boolean.TRUE);
        }
        if (DAILY_TASKS_QUESTION.equals(question.id()) && DONE_FOR_ME_BUT_I_COULD.matcher(saidFirst.joined()).matches()) {
            // Round 18 (a22): "my wife does the cooking but I could if I had to": done by another, not from difficulty.
            return Interpretation.understood("none");
        }
        if ("long_term_condition".equals(question.id()) && NOT_DISABLED.matcher(saidFirst.joined()).find()
                && LIFE_FINE.matcher(saidFirst.joined()).find() && !saidFirst.hasAny(LIMIT_SAID)) {
            // Round 18 (a22): "me deaf. not disabled. life ok": a condition that does not limit daily life.
            return Interpretation.understood(Boolean.FALSE);
        }
        if ("language_barrier".equals(question.id()) && SIGNED_ENGLISH_POOR.matcher(saidFirst.joined()).find()) {
            // Round 17: BSL order, the thing first and the comment after: "no English good", "English no good".
            return Interpretation.understood(Boolean.TRUE);
        }
        Optional<Interpretation> otherSubject = YesNoReading.anotherSubject(question, saidFirst);
        if (otherSubject.isPresent()) {
            return otherSubject.get();
        }
        Optional<Interpretation> first = OpenHedges.readFirst(question, Words.of(text).afterRetraction());
        if (first.isPresent()) {
            // Round 14b: a saying about one's age, "a bit but I manage mostly", "I used to go", not to bother, gone, one place only.
            return first.get();
        }
        Optional<Interpretation> plain = YesNoReading.byKind(question, Words.of(text).afterRetraction());
        if (plain.isPresent()) {
            return plain.get();
        }
        Optional<Interpretation> open = OpenHedges.read(question, Words.of(text).afterRetraction());
        if (open.isPresent()) {
            // Round 9b: a hedge, a controlled condition, another's view, a club not lately, people "but not really".
            return open.get();
        }
        if (halfAnswer(question, Words.of(text).afterRetraction())) {
            return Interpretation.unclear("I wasn't sure which way that leans, so I'd rather not guess. "
                    + "Could you pick the answer that fits best?");
        }
        Words said = Words.of(text).afterRetraction();
        if ("language_barrier".equals(question.id()) && said.hasAny(ACCENT) && said.hasAny(OWN_ACCENT)
                && !said.hasAny(OTHER_LANGUAGE)
                && !said.joined().matches("^(yes|yeah|yep|aye)\\b.*")) {
            // Round 8: "only my accent, English is my language": an accent is not a language barrier.
            return Interpretation.understood(Boolean.FALSE);
        }
        if ("language_barrier".equals(question.id()) && said.hasAny(ACCENT) && said.hasAny(ENGLISH_NOT_THE_TROUBLE)
                && !said.hasAny(List.of("second language", "not my first", "isnt my first", "broken english",
                        "little english", "english is not good", "english isnt good", "english is poor"))) {
            // Round 11: "the accent round here is the problem not my english": others' speech, not a language barrier.
            return Interpretation.understood(Boolean.FALSE);
        }
        if ("sight_loss".equals(question.id()) && said.hasAny(List.of("blurry", "blurred", "fuzzy", "hazy"))
                && said.hasAny(List.of("sometimes", "now and then", "now and again", "at times", "occasionally",
                        "every so often", "a bit", "a little", "slightly"))
                && !said.hasAny(List.of("even with", "glasses dont", "cant", "everything", "all the time", "always"))
                && !said.joined().matches("^(yes|yeah|yep|aye)\\b.*")) {
            // Round 9: "a bit blurry sometimes": not clearly a problem; asked again.
            return Interpretation.unclear("Would you say you have problems with your sight, even with glasses? Yes or no?");
        }
        if (question.type() == AnswerType.YES_NO && List.of("mostly", "mostly yes", "yes mostly", "mostly yeah")
                .contains(said.joined())) {
            // Round 9: "mostly" to "can you get to the places you want to go?": a yes.
            return Interpretation.understood(Boolean.TRUE);
        }
        if ("stopped_driving".equals(question.id()) && onlyWhenAgo(said)) {
            // Round 9: "about three years ago": when it stopped, so it did; within the last few (five) years is a yes.
            return Interpretation.understood(ElapsedTime.find(said).getFirst().months() <= 60);
        }
        if ("language_barrier".equals(question.id()) && !said.hasAny(ACCENT)) {
            Optional<Boolean> byLanguage = languageAndDifficulty(said);
            if (byLanguage.isPresent()) {
                return Interpretation.understood(byLanguage.get());
            }
        }
        Interpretation answer = answer(question, text);
        if ("feel_safe_at_home".equals(question.id()) && answer instanceof Interpretation.Understood u
                && Boolean.TRUE.equals(u.value()) && hintsOfTrouble(said)) {
            // Round 8: "safe enough I suppose, there's been a few things".
            return Interpretation.unclear("It sounds like some things have happened. I'd rather not guess: "
                    + "would you say you feel safe at home, yes or no? You can tell me more if you like.");
        }
        if (answer instanceof Interpretation.Unclear) {
            Optional<ServiceQuestion> named = ServiceQuestion.read(text, true);
            if (named.isPresent()) {
                return new Interpretation.AboutServices(named.get());
            }
            Optional<Interpretation> opening = rateThenWhy(question, text);
            if (opening.isPresent()) {
                return opening.get();
            }
        }
        return answer;
    }

    /** Personal words that make a clause a reason or a story, not a rate ("I'm never asked", "they forget me"). */
    private static final Set<String> SOMEONE_SAID = Set.of("i", "im", "ive", "id", "me", "my", "they", "theyre", "nobody",
            "noone", "everyone", "people", "stuck", "since", "when", "because", "cos", "as");

    /**
     * Round 17: a how-often answer given first, then a reason or a softener after a comma ("very, stuck in this
     * flat", "Often, I'm never asked to anything anymore", "now and then, not much"): the opening rate, when the
     * rest alone reads as no rate, as a story about someone (its own "never" is the story's), or as the option
     * next to the opening one in three words or fewer. Only for the feeling questions, and only when the whole was
     * not read.
     */
    private Optional<Interpretation> rateThenWhy(Question question, String text) {
        if (text == null || !FEELING_QUESTIONS.contains(question.id())) {
            return Optional.empty();
        }
        Matcher clauses = FIRST_CLAUSE.matcher(text.strip().toLowerCase(java.util.Locale.UK).replace('\u2019', '\''));
        if (!clauses.matches()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Words head = Words.of(clauses.group(1));
        Words rest = Words.of(clauses.group(2));
        if (head.size() > 3 || !(choice(question, head, today) instanceof Interpretation.Understood opening)) {
            return Optional.empty();
        }
        Interpretation after = choice(question, rest, today);
        if (after instanceof Interpretation.Understood && rest.hasAny(List.of("say", "mean", "meant", "actually",
                "more like", "make it", "or", "rather", "no", "sorry", "well"))) {
            // "sometimes, I'd say often", "often, no, I mean hardly ever": the rate is put right after the comma
            return Optional.empty();
        }
        if (!(after instanceof Interpretation.Understood then)
                || rest.tokens().stream().anyMatch(SOMEONE_SAID::contains)) {
            return Optional.of(opening);
        }
        List<String> ids = question.options().stream().map(AnswerOption::id).toList();
        int apart = Math.abs(ids.indexOf(String.valueOf(opening.value())) - ids.indexOf(String.valueOf(then.value())));
        return apart <= 1 && rest.size() <= 3 ? Optional.of(opening) : Optional.empty();
    }

    /** Round 16: work said in BSL word order, going on now ("me work warehouse full time", "me work shop part time"). */
    private static final Pattern SIGNED_WORKING = Pattern.compile("^(?!.*\\b(for|finish|finished|before|stop|stopped"
            + "|no|not|never|my|retire|retired|used)\\b)(me )?(still )?work( [a-z]+){0,3} (full time|part time"
            + "|every day|monday to friday)( still)?$");

    /**
     * Round 17: a cost given as what stops an outing: "if it weren't for the petrol", "if it wasn't for the bus
     * fare", or "can't do" an outing beside its price ("can't do the lunch club, it's £6 a time").
     */
    private static final Pattern COST_AS_REASON = Pattern.compile("\\b(if it )?(werent|wasnt|were not|was not) for the "
            + "(petrol|diesel|cost|costs|price|prices|fare|fares|bus fare|taxi fare|taxi fares|money|parking|ticket"
            + "|tickets)\\b"
            // Round 18 (a22): BSL order, the cost and then the staying in: "deaf club pay, me no go".
            + "|\\b(pay|paying|cost|costs|money|expensive|dear|price)\\b,? (so )?(me|i) (no|not|cant|never) go\\b"
            + "|\\b(me|i) (no|not|cant) go,? (no money|money|cost|costs|pay|expensive|too dear|dear)\\b"
            + "|^(i )?(cant|cannot|can not|couldnt) (do|go to|manage|get to|afford)\\b.*\\b(its|it is|is|are|costs?|they want|they charge|charge) [0-9]+ pounds\\b");

    /**
     * Round 18 (a22): a task someone else does, and the person could do it ("my wife does the cooking but I could if
     * I had to", "the daughter does my shopping, I can manage it though"): no difficulty said. Not "... but I
     * couldn't" nor "... I can't".
     */
    private static final Pattern DONE_FOR_ME_BUT_I_COULD = Pattern.compile("^(my|the|our|me) [a-z]+( [a-z]+)? "
            + "(does|do|did|takes care of|sees to) (the |all the |most of the |my |our )?[a-z]+( and (the )?[a-z]+)?"
            + ",? (but i|i) (could|can|would manage|could manage|can manage|id manage|could do it|can do it"
            + "|would cope|could cope|id cope)\\b(?! not\\b).*$");
    /**
     * Round 18 (a22): a disability denied beside a condition named, and life said to be fine ("me deaf. not
     * disabled. life ok"): the condition does not limit daily life, so a no. Not with a "but", a "can't", or a
     * limit said.
     */
    private static final Pattern NOT_DISABLED = Pattern.compile("\\b(not disabled|no disability|not handicapped"
            + "|dont (class|count|see) (myself|me) (as )?disabled)\\b");
    private static final Pattern LIFE_FINE = Pattern.compile("\\b(life (is |s )?(ok|okay|fine|good|normal)|i manage"
            + " fine|get on fine|doesnt stop me|does not stop me|no problem|no problems)\\b");
    private static final List<String> LIMIT_SAID = List.of("but", "cant", "cannot", "hard", "struggle", "stops me",
            "limit", "limits", "difficult", "help", "yes");

    /**
     * Round 17: English said to be poor in BSL order ("no English good", "English no good", "English little"); round 20
     * (a24): with how it is used between ("english written hard", "english reading bad").
     */
    private static final Pattern SIGNED_ENGLISH_POOR = Pattern.compile(
            "\\b(no english good|english( (written|writing|write|reading|read|spoken|speaking|speak|talk|talking))?"
            + " (no good|not good|little|bad|hard|difficult)|no good english|little english)\\b"
            + "(?! (is|was) (my|our|the|fine|ok))");

    /** Round 17: days worked, "I do two days at Tesco", "work 3 days a week", "three days a week at the school". */
    private static final Pattern DAYS_WORKED = Pattern.compile("^(i |still |i still )?((do|work|doing|working) "
            + "(one|1|two|2|three|3|four|4|a couple of|couple of|a few|few)( half)? days?( a week| a fortnight)?"
            + "|(one|1|two|2|three|3|four|4|a couple of|couple of|a few|few)( half)? days? a (week|fortnight))"
            + " (at|in|for|with|on) (?!.*\\b(hospital|holiday|ago|last|time|bed|day centre|club|group|dialysis|college|gym)\\b)[a-z]");

    /** Round 16: feet or toes out of reach, given as the reason a task is hard. */
    private static final Pattern REACHING_FEET = Pattern.compile(
            "\\b(reach|get to|get down to|bend to|bend down to|reach down to) (my|me|me own|my own) (feet|toes)\\b");

    /** The first clause of a text, and the rest after its comma, full stop or other sign. */
    private static final Pattern FIRST_CLAUSE = Pattern.compile("^([^,.;!?]+)[,.;!?]+\\s*(.+)$", Pattern.DOTALL);

    /**
     * Round 11: a plain answer said in the first clause, before a question about services in the
     * rest ("I am a carer, is there any carer's allowance?" is a yes; "yes I care for my husband,
     * can I get any help with that?" too). Only when the first clause asks for nothing itself and,
     * read alone, is understood.
     */
    private Optional<Object> answerBeforeAsking(Question question, String text) {
        if (question.type() == AnswerType.FREE_TEXT || question.type() == AnswerType.POSTCODE) {
            return Optional.empty();
        }
        Matcher clauses = FIRST_CLAUSE.matcher(text.strip());
        if (!clauses.matches() || ServiceQuestion.read(clauses.group(1), false).isPresent()
                || ServiceQuestion.read(clauses.group(2), false).isEmpty()) {
            return Optional.empty();
        }
        return interpret(question, clauses.group(1)) instanceof Interpretation.Understood said
                ? Optional.of(said.value()) : Optional.empty();
    }

    /** Round 9: an answer that is only a time ago ("about three years ago", "2 years back"). */
    private static boolean onlyWhenAgo(Words words) {
        List<ElapsedTime.Span> spans = ElapsedTime.find(words);
        if (spans.size() != 1 || !spans.getFirst().ago(words)) {
            return false;
        }
        Set<String> allowed = Set.of("about", "around", "roughly", "nearly", "almost", "over", "just", "maybe", "ago",
                "back", "yes", "yeah", "yep", "i", "stopped", "gave", "up", "some", "a", "good");
        for (int i = 0; i < words.size(); i++) {
            boolean inSpan = i >= spans.getFirst().start() && i < spans.getFirst().end();
            if (!inSpan && !allowed.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Round 9: to the language question, a difficulty said plainly ("little bit hard", "Polish is
     * my first language, sometimes hard on the phone") is a yes; another first language named with
     * ease in English ("Welsh first but fine in English") is a no. Empty when neither, or both.
     */
    private static Optional<Boolean> languageAndDifficulty(Words words) {
        String joined = " " + words.joined() + " ";
        boolean hard = false;
        for (String cue : LANGUAGE_DIFFICULTY) {
            int at = joined.indexOf(" " + cue + " ");
            if (at >= 0) {
                List<String> before = Words.of(joined.substring(0, at)).tokens();
                List<String> near = before.subList(Math.max(0, before.size() - 2), before.size());
                if (near.stream().noneMatch(DENYING::contains)) {
                    hard = true;
                }
            }
        }
        if (hard && (words.hasAny(OTHER_CAUSE) || words.joined().matches("^(no|nope|nah|not really)\\b.*"))) {
            // "No, but my hearing makes it hard": hard for another reason, or a no said first.
            return Optional.empty();
        }
        boolean easy = words.hasAny(LANGUAGE_EASE);
        if (hard == easy) {
            return Optional.empty();
        }
        return hard ? Optional.of(Boolean.TRUE) : words.hasAny(OTHER_LANGUAGE) ? Optional.of(Boolean.FALSE) : Optional.empty();
    }

    /**
     * "Who do I talk to? Nobody", "talk to who? there's my sister": a short question asked back,
     * with no topic of its own ("about", "for"), and then answered. The answer after it is read
     * as the answer; empty when there is no such shape or what follows is not itself an answer.
     */
    private Optional<Interpretation> answeredAfterAskingBack(Question question, String text) {
        if (text == null || question.type() == AnswerType.FREE_TEXT) {
            return Optional.empty();
        }
        Matcher m = ASKED_BACK_THEN_ANSWERED.matcher(text.toLowerCase(java.util.Locale.UK).replace('\u2019', '\''));
        if (!m.matches()) {
            return Optional.empty();
        }
        Words head = Words.of(m.group(1));
        if (head.size() > 6 || !head.has("who") && !head.tokens().getFirst().startsWith("who")
                || head.hasAny(ABOUT_SOMETHING)) {
            return Optional.empty();
        }
        Interpretation tail = interpret(question, m.group(2));
        return tail instanceof Interpretation.Understood ? Optional.of(tail) : Optional.empty();
    }

    /**
     * Someone else's view of the person's hearing and their own denial beside it ("my wife says
     * I'm deaf but I hear fine", "the kids reckon I'm going deaf, I hear perfectly well"), with no
     * opening yes or no to settle it: asked again, never a yes for the word "deaf".
     */
    private static boolean othersViewDenied(Question question, Words words) {
        return "hearing_loss".equals(question.id()) && words.hasAny(SOMEONE_SAYS)
                && (words.hasAny(BUT_I_DENY) || words.hasAny(OWN_HEARING_DENIAL)) && !settledBeside(words);
    }

    /**
     * "No, all the time", "never, every week": an opening no, set apart by a comma, and then a
     * rate at the other end of the question's scale (the most often, or two or more options
     * away), said in four words or fewer and about no one ("never, I'm always out" is a reason).
     * Only for the questions that ask how often.
     */
    private static boolean saysBothEnds(Question question, String text, LocalDate today) {
        if (text == null || !(FEELING_QUESTIONS.contains(question.id()) || CONTACT_QUESTIONS.contains(question.id())
                || "visitors".equals(question.id()))) {
            return false;
        }
        Matcher m = OPENING_NO_THEN.matcher(text.toLowerCase(java.util.Locale.UK));
        if (!m.matches()) {
            return false;
        }
        Words restWords = Words.of(m.group(2));
        if (restWords.size() > 4 || restWords.tokens().stream().anyMatch(SOMEONE_OR_SOMETHING::contains)) {
            // "Never, I'm always in the thick of it", "no, they always include me": a reason, not a rate.
            return false;
        }
        Interpretation opening = choice(question, Words.of(m.group(1)), today);
        Interpretation rest = choice(question, restWords, today);
        if (!(opening instanceof Interpretation.Understood a) || !(rest instanceof Interpretation.Understood b)) {
            return false;
        }
        List<String> ids = question.options().stream().map(AnswerOption::id).toList();
        int said = ids.indexOf(String.valueOf(a.value()));
        int then = ids.indexOf(String.valueOf(b.value()));
        // The most often (the first option) after a no, or two options apart.
        return then == 0 && said != 0 || Math.abs(said - then) >= 2;
    }

    /** A hint that something has happened ({@link #TROUBLE_HINTS}) not denied just before ("no trouble", "never any bother"). */
    private static boolean hintsOfTrouble(Words words) {
        String joined = " " + words.joined() + " ";
        for (String hint : TROUBLE_HINTS) {
            int from = 0;
            int at;
            while ((at = joined.indexOf(" " + hint + " ", from)) >= 0) {
                from = at + 1;
                List<String> before = Words.of(joined.substring(0, at)).tokens();
                List<String> near = before.subList(Math.max(0, before.size() - 3), before.size());
                if (near.stream().noneMatch(DENYING::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Round 20 (lead): the harm question said back before the answer ("Harming myself? No.", "hurt myself?? no
     * never"): the echo names harm without saying it happens, so only what follows it is read.
     */
    private static final Pattern HARM_QUESTION_SAID_BACK = Pattern.compile(
            "^\\s*(?:thoughts? of )?(?:self[- ]?)?(?:harm|harming|hurt|hurting|injure|injuring)(?: myself| me| yourself)?"
            + "\\s*\\?+\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Interpretation answer(Question question, String text) {
        if (THOUGHTS_OF_HARM.equals(question.id()) && text != null) {
            Matcher echo = HARM_QUESTION_SAID_BACK.matcher(text);
            if (echo.matches()) {
                text = echo.group(1);
            }
        }
        Words words = Words.of(text).afterRetraction();
        LocalDate today = LocalDate.now(clock);
        return switch (question.type()) {
            case YES_NO -> YesNoReading.read(question, words, today);
            case SINGLE_CHOICE -> orEachPerson(question, words, today, choice(question, words, today));
            case WHOLE_NUMBER -> wholeNumber(question, text, words, today);
            case POSTCODE -> PostcodeReading.read(text);
            case FREE_TEXT -> freeText(text);
        };
    }

    /**
     * An answer that says it cannot be pinned down: "it depends" (not "she depends on me"), "it
     * varies", "can't remember if it was two or three years ago", an answer that is only "I don't
     * know"; to a yes/no question also "up and down"; "was married" with nothing after it.
     */
    /** Round 15: the questions where "not sure" is met gently, with a fitting follow-up. */
    private static final String THOUGHTS_OF_HARM = "thoughts_of_harm";

    /** Round 15: the options that fit someone unsure which of the others fits them ("Another way", "Prefer not to say"). */
    private static final List<String> OPTIONS_FOR_THE_UNSURE = List.of("another", "prefer_not_to_say");

    /**
     * What to say to an undecided answer, fitting the kind of question (round 15): "what is it most of the
     * time?" only where the answer is how often; for thoughts of harm a gentle follow-up that makes yes
     * easy to say; for a choice with an "Another way" or "Prefer not to say" option, those options; for
     * any other yes or no, yes or no on the whole.
     */
    static String undecidedPrompt(Question question) {
        if (THOUGHTS_OF_HARM.equals(question.id())) {
            return "That's all right, it can be hard to say. If thoughts like that have come to you at all lately, "
                    + "even now and then, please say yes, and I'll give you numbers you can call, day or night. "
                    + "If they haven't, say no.";
        }
        if (question.type() == AnswerType.SINGLE_CHOICE) {
            List<String> forTheUnsure = question.options().stream()
                    .filter(o -> OPTIONS_FOR_THE_UNSURE.contains(o.id())).map(o -> "\"" + o.label() + "\"").toList();
            if (!forTheUnsure.isEmpty()) {
                return "That's fine. If none of the others fits, you can choose " + String.join(" or ", forTheUnsure) + ".";
            }
        }
        if (question.type() == AnswerType.YES_NO) {
            return "That's all right, it can be hard to say. Would you say yes or no, on the whole?";
        }
        return "It sounds like that can change, or is hard to say. What is it most of the time?";
    }

    private static boolean undecided(Question question, Words words) {
        if (words.has("depends") && !words.hasAny(DEPENDS_ON_SOMEONE) || words.hasAny(VARIES)) {
            return true;
        }
        if (words.hasAny(NOT_KNOWING) || UNKNOWN.contains(words.joined())
                || UNKNOWN.contains(words.joined().replace(" really", "").replace("really ", ""))) {
            return true;
        }

        if (question.type() == AnswerType.YES_NO && words.hasAny(UPS_AND_DOWNS) && !words.has("fed up")) {
            return true;
        }
        if (question.type() == AnswerType.YES_NO && words.hasAny(NO_BUT_AT_TIMES)) {
            return true;
        }
        if ("memory_problems".equals(question.id()) && words.hasAny(BEING_TESTED) && !words.hasAny(DIAGNOSED)) {
            // Round 9: "they're testing me at the memory clinic": not known yet.
            return true;
        }
        return MARITAL_QUESTION.equals(question.id()) && PAST_MARRIED.contains(words.joined());
    }

    /**
     * A half-answer that leaves this question open ({@link #HEDGES}): "with a bit of help" to
     * getting out, "they're always too busy" to contact, unless an opening yes or no or a
     * settling "but" decides it, or it is a narrower answer ("only if someone takes me").
     */
    private static boolean halfAnswer(Question question, Words words) {
        List<String> hedges = HEDGES.getOrDefault(question.id(), List.of());
        if ("feel_safe_at_home".equals(question.id()) && words.hasAny(hedges)) {
            // Safe "apart from when my grandson's about": asked again, even after a "yes", unless the
            // exception names harm ("apart from when he's been drinking"), which is a no.
            return !YesNoStatements.firmlyNo(question.id(), words);
        }
        if (hedges.contains(words.joined()) || !WHOLE_ANSWER_HEDGES.contains(question.id()) && words.hasAny(hedges)
                && !words.hasAny(ONLY_WHEN) && !settledBeside(words)) {
            return true;
        }
        if ("confidant".equals(question.id()) && words.hasAny(KEEP_TO_MYSELF) && !words.has("but")
                && !settledBeside(words) && !YesNoStatements.firmlyNo(question.id(), words)) {
            // "I keep myself to myself": private, which says nothing of whether someone is there.
            return true;
        }
                if ("confidant".equals(question.id()) && words.hasAny(CONFIDANT_TAKEN_BACK) && !settledBeside(words)) {
            return true;
        }
        if ("hearing_loss".equals(question.id()) && words.hasAny(SOMEONE_SAYS) && words.hasAny(BUT_I_DENY)
                && !settledBeside(words)) {
            return true;
        }
        if ("low_mood".equals(question.id()) && words.hasAny(LIKE_EVERYONE) && !words.hasAny(YesNoReading.THAN_USUAL)
                && !PLAIN_OPENING.matcher(words.joined()).find()
                && !words.hasAny(List.of("but no", "but not", "but yes", "but i do", "but im not"))) {
            // Round 8: "no more than anyone else I suppose": set beside others, not said.
            return true;
        }
        if (FEELING_QUESTIONS.contains(question.id()) && words.size() > 2 && words.get(0).equals("when")
                && words.hasAny(OCCASION_WITH_OTHERS)) {
            // "When my family go out without me": when it happens, not how often.
            return true;
        }
        if (CONTACT_QUESTIONS.contains(question.id()) && words.hasAny(NOT_ENOUGH)) {
            // Round 9: "not often enough!": a wish for more, not how often.
            return true;
        }
        if (MONEY_QUESTIONS.contains(question.id()) && words.hasAny(LIKE_EVERYONE)
                && !PLAIN_OPENING.matcher(words.joined()).find()
                && !words.hasAny(List.of("but no", "but not", "but yes", "but i do", "but im not"))) {
            // Round 9: "no more than anyone else" to money worries, set beside others as for low mood.
            return true;
        }
        // "Rarely, they're busy": how often is said, and being busy says why.
        return CONTACT_QUESTIONS.contains(question.id()) && words.hasAny(CONTACT_BUSY) && HowOften.find(words).isEmpty()
                && !words.hasAny(HOW_OFTEN_SAID);
    }

    /** An opening yes or no, or a "but" that settles what a half-answer left open. */
    private static boolean settledBeside(Words words) {
        boolean opens = OPENING_YES_NO.stream().anyMatch(o -> words.joined().equals(o)
                || words.joined().startsWith(o + " "));
        return opens || words.hasAny(SETTLING_BUT);
    }

    /**
     * Round 15: an option said, then bettered: "good, no, very good actually", "pretty good actually, very good I'd
     * say", "excellent, well very good". Both parts short, each read as an option on its own; the last holds.
     */
    private static final Pattern BETTERED = Pattern.compile(
            "^([a-z ]+?) ?,? (no|well|actually|or rather|i mean|sorry)\\b ?,? ?([a-z ]+?)( actually| id say| i would say"
            + "| i think| really| i suppose| to be honest)*$");
    private static final List<String> HEDGED = List.of("some", "days", "times", "sometimes", "but", "when", "if",
            "depends", "not", "no");

    private static Optional<Interpretation> bettered(Question question, Words words) {
        Matcher m = BETTERED.matcher(words.joined().replaceAll(" ?, ?", " , ").replaceAll(" +", " ").strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Words first = Words.of(m.group(1).replace(",", " ").strip());
        Words last = Words.of(m.group(3).replace(",", " ").strip());
        if (first.size() > 3 || last.size() > 3 || last.size() == 0 || last.hasAny(HEDGED) || first.hasAny(HEDGED)) {
            return Optional.empty();
        }
        if (ChoiceReading.read(question, first) instanceof Interpretation.Understood
                && ChoiceReading.read(question, last) instanceof Interpretation.Understood better) {
            return Optional.of(better);
        }
        return Optional.empty();
    }

    private static Interpretation choice(Question question, Words signed, LocalDate today) {
        // Round 16b (x7): "son come sometime, month one time": BSL order for "once a month".
        Words words = SignOrder.timesSaidAfter(signed);
        Optional<Interpretation> betterSaid = bettered(question, words);
        if (betterSaid.isPresent()) {
            return betterSaid.get();
        }
        Optional<Interpretation> open = ChoiceReading.askAgain(question, words);
        if (open.isPresent()) {
            return open.get();
        }
        Optional<String> byKind = ChoiceReading.byKind(question, words);
        if (byKind.isPresent()) {
            // Round 9b: "some days yes some days no", "never, I'm out and about every day", "divorced twice, single now".
            return Interpretation.understood(byKind.get());
        }
        if (RETIREMENT_QUESTION.equals(question.id()) && DAYS_WORKED.matcher(words.joined()).find()
                && !words.hasAny(List.of("volunteer", "volunteering", "voluntary", "unpaid", "used to", "was", "were",
                        "retired", "caring", "care for", "look after", "looking after", "college", "course"))) {
            // Round 17: "I do two days at Tesco", "three days a week at the school": part-time work, said by its days.
            return Interpretation.understood("working");
        }
        if (RETIREMENT_QUESTION.equals(question.id()) && SIGNED_WORKING.matcher(words.joined()).matches()) {
            // Round 16 (new-user trial): "me work warehouse full time", BSL word order for "I work full time".
            return Interpretation.understood("working");
        }
        if (RETIREMENT_QUESTION.equals(question.id())) {
            Optional<Interpretation> mixed = mixedWorkHistory(question, words);
            if (mixed.isPresent()) {
                return mixed.get();
            }
            if (words.hasAny(LEFT_WORK) && words.hasAny(LATELY) && !words.hasAny(List.of("not", "never", "still"))) {
                return Interpretation.understood("retired_recently");
            }
            Optional<String> byYear = retiredByYear(words, today).or(() -> retiredBySpan(words));
            if (byYear.isPresent()) {
                return byYear.get().isEmpty()
                        ? Interpretation.unclear("Was that in the last two years, or longer ago?")
                        : Interpretation.understood(byYear.get());
            }
            if (PAST_JOB.stream().anyMatch(p -> words.joined().startsWith(p + " ")) && !words.hasAny(LATELY)
                    && !words.hasAny(STILL_OR_OTHERWISE)) {
                // "Was a nurse", "I used to be a postman": a working life told in the past, so retired.
                return Interpretation.understood("retired");
            }
        }
        if (DAILY_TASKS_QUESTION.equals(question.id()) && REACHING_FEET.matcher(words.joined()).find()) {
            // Round 16: "just my stockings, can't reach my feet": the feet say why dressing is hard, not a task of their own.
            return choice(question, Words.of(REACHING_FEET.matcher(words.joined()).replaceAll("$1")), today);
        }
        if (DAILY_TASKS_QUESTION.equals(question.id()) && words.size() > 2 && OPENING_NO.contains(words.get(0))
                && List.of("just", "only").contains(words.get(1))) {
            // Round 9: "no, just the cooking": the no is to "any trouble", the rest says which.
            return choice(question, new Words(words.tokens().subList(1, words.size())), today);
        }
        if (DAILY_TASKS_QUESTION.equals(question.id())) {
            Optional<String> byNumber = tasksCounted(words);
            if (byNumber.isPresent()) {
                return byNumber.get().isEmpty()
                        ? Interpretation.unclear("How many everyday tasks do you have difficulty with now?")
                        : Interpretation.understood(byNumber.get());
            }
            if (words.hasAny(FINE_WITH_ALL) && !words.hasAny(NOT_ALL)) {
                return Interpretation.understood("none");
            }
            Optional<Words> beforeRest = REST_FINE.stream().filter(words::has).findFirst()
                    .map(r -> Words.of((" " + words.joined() + " ").substring(0, (" " + words.joined() + " ").indexOf(" " + r + " "))));
            if (beforeRest.isPresent() && NamedCount.DAILY_TASKS.count(beforeRest.get()).orElse(0) == 1) {
                // Round 10: "getting my socks on is a nightmare, otherwise I'm ok": that one task.
                return Interpretation.understood("one");
            }
            Optional<Integer> tasks = NamedCount.DAILY_TASKS.count(words);
            if (tasks.isPresent() && tasks.get() >= 2) {
                return Interpretation.understood("two_or_more");
            }
            if (tasks.isPresent() && NamedCount.saysOnly(words)) {
                return Interpretation.understood("one");
            }
            List<NumberWords.Mention> numbers = NumberWords.findIn(words);
            if (numbers.size() == 1 && words.size() <= 3 && tasks.isEmpty()) {
                // "three", "2 things": a count of the tasks. A "2" with other words could be the
                // option's place in the list as well, so it is left to be asked again.
                int n = numbers.getFirst().value();
                boolean counted = numbers.getFirst().end() < words.size()
                        && List.of("things", "tasks", "of", "jobs").contains(words.get(numbers.getFirst().end()));
                if (n >= 3 || counted) {
                    return Interpretation.understood(n == 0 ? "none" : n == 1 ? "one" : "two_or_more");
                }
            }
        }
        if (FEELING_QUESTIONS.contains(question.id()) && MOSTLY.contains(words.joined())) {
            return question.option("often").isPresent() ? Interpretation.understood("often")
                    : Interpretation.understood("often_always");
        }
        if (MARITAL_QUESTION.equals(question.id()) && words.hasAny(NOT_MARRIED) && words.hasAny(LIVING_TOGETHER)
                && !words.hasAny(PARTNER_GONE)) {
            // "Living with my partner, we never married": a partner, whom the option names.
            return Interpretation.understood("married_or_partner");
        }
        if (MARITAL_QUESTION.equals(question.id()) && words.hasAny(MARRIED_AGAIN)
                && !words.hasAny(List.of("never remarried", "not remarried", "didnt remarry", "never married again",
                "not married now", "not married again", "no longer married", "wont be married again",
                "never be married again", "never get married again", "not now married"))) {
            return Interpretation.understood("married_or_partner");
        }
        if ("sex".equals(question.id()) && words.hasAny(List.of("my own business", "my business", "none of your business",
                "mind your own", "private matter", "thats private"))) {
            // Round 9: "that's my own business": would rather not say.
            return Interpretation.understood("prefer_not_to_say");
        }
        if ("sex".equals(question.id()) && words.hasAny(List.of("trans woman", "transwoman", "trans female",
                "transgender woman", "trans lady")) && !words.hasAny(List.of("not", "rather not"))) {
            // Round 9: a trans woman answers "a man or a woman?" as a woman, as the v11 outsider read it.
            return Interpretation.understood("female");
        }
        if ("sex".equals(question.id()) && words.hasAny(List.of("trans man", "transman", "trans male",
                "transgender man")) && !words.hasAny(List.of("not", "rather not"))) {
            return Interpretation.understood("male");
        }
        if (CONTACT_QUESTIONS.contains(question.id()) && HowOften.find(words).isEmpty()
                && (words.hasAny(MOST_GONE) || words.hasAny(List.of("most have passed", "most have gone")))
                && !words.hasAny(List.of("hardly", "never", "rarely"))
                && words.hasAny(List.of("now and then", "now and again", "every now and then", "every now and again",
                        "every so often", "once in a while", "the odd call", "odd phone call"))) {
            // Round 12: "most of mine have died, I ring one now and then": the few left are in touch less than monthly.
            return Interpretation.understood("less_than_monthly");
        }
        if (CONTACT_QUESTIONS.contains(question.id()) && words.hasAny(MOST_GONE) && HowOften.find(words).isEmpty()) {
            // Round 9: "most of my friends have died": some are left, and how often is not said.
            return Interpretation.unclear("I'm sorry to hear that. How often are you in touch with the ones "
                    + "still here: once a month or more, or less?");
        }
        if ("how_often_lonely".equals(question.id()) && THE_ODD.matcher(words.joined()).matches()) {
            // Round 9: "the odd Sunday afternoon": now and then.
            return Interpretation.understood("occasionally");
        }
        if (List.of("visitors", "contact_children", "contact_family", "contact_friends").contains(question.id())
                && TWO_DAYS.matcher(words.joined()).find() && !words.hasAny(List.of("not", "never", "used to"))) {
            // Round 9: "Tues and Fri my neighbour comes round": days of the week, so every week.
            return question.option("weekly").isPresent() ? Interpretation.understood("weekly")
                    : Interpretation.understood("monthly_or_more");
        }
        if (CONTACT_QUESTIONS.contains(question.id()) && words.has("few and far between")
                && !words.hasAny(List.of("not", "never"))) {
            // Round 9: "few and far between": seldom, less than monthly.
            return Interpretation.understood("less_than_monthly");
        }
        if (FEELING_QUESTIONS.contains(question.id()) && words.hasAny(NOT_NOTICED)) {
            // Round 9: "I don't really notice", "never really thought about it": not a how often.
            return Interpretation.unclear("That's fair enough. If you had to pick, which fits best?");
        }
        if (FEELING_QUESTIONS.contains(question.id()) && words.hasAny(SEASONS_AGAINST)) {
            // Round 9: "in winter yes, not so much in summer": part of the year.
            return Interpretation.understood("some_of_the_time");
        }
        Interpretation read = ChoiceReading.read(question, words);
        if (read instanceof Interpretation.Unclear && FEELING_QUESTIONS.contains(question.id())
                && !words.hasAny(TAKEN_BACK)) {
            // "Never, I'm always in the thick of it": an opening no settles it; "always" only explains.
            Optional<String> opening = OPENING_NEVER.stream()
                    .filter(o -> words.joined().startsWith(o + " "))
                    .max(java.util.Comparator.comparingInt(String::length));
            if (opening.isPresent()) {
                Interpretation byOpening = ChoiceReading.read(question, Words.of(opening.get()));
                if (byOpening instanceof Interpretation.Understood) {
                    return byOpening;
                }
            }
        }
        if (read instanceof Interpretation.Unclear) {
            Optional<String> byRate = HowOften.find(words).flatMap(rate -> band(question, rate));
            if (byRate.isPresent()) {
                return Interpretation.understood(byRate.get());
            }
            if ("contact_family".equals(question.id()) && !words.hasAny(List.of("but", "except", "apart from"))
                    && (words.hasAny(LAST_LEFT) || words.hasAny(NO_SIBLINGS) && words.hasAny(PARENTS_GONE))) {
                // "I'm the last of them", "only child, parents long gone": no family left to be in touch with.
                return Interpretation.understood("none");
            }
            if (CONTACT_QUESTIONS.contains(question.id()) && words.hasAny(LOST_TOUCH) && !words.hasAny(ALL_GONE)) {
                // Round 9: "lost touch with my son years ago": there is someone, seldom or never heard from.
                return Interpretation.understood("less_than_monthly");
            }
            if (CONTACT_QUESTIONS.contains(question.id()) && words.hasAny(ALL_GONE)
                    || "contact_children".equals(question.id()) && words.hasAny(CHILD) && words.hasAny(DIED)) {
                // "all dead now", "I had a son but he died", "I've outlived them all".
                return Interpretation.understood("none");
            }
            if (FEELING_QUESTIONS.contains(question.id()) && List.of("all the time ", "always ", "constantly ")
                    .stream().anyMatch(words.joined()::startsWith)
                    && !words.hasAny(List.of("but", "except", "apart from", "sometimes", "now and then", "occasionally",
                            "at times", "hardly", "not often", "rarely", "not always", "not all the time"))) {
                // Round 9: "all the time, family never invite me to anything": the opening says how often,
                // the rest says why (as an opening "never" does the other way).
                return question.option("often").isPresent() ? Interpretation.understood("often")
                        : Interpretation.understood("often_always");
            }
            if (FEELING_QUESTIONS.contains(question.id()) && words.hasAny(PART_OF_THE_TIME)
                    && !words.hasAny(List.of("always", "all the time", "every day", "never", "a lot", "lots", "often",
                            "most of the time", "every evening", "every night", "each evening", "each night",
                            "every nite"))) {
                // "weekends are the worst", "in the evenings mostly": at some times, not others.
                return Interpretation.understood("some_of_the_time");
            }
        }
        if ("cares_for".equals(question.id()) && read instanceof Interpretation.Unclear) {
            Optional<String> first = firstCaredFor(words);
            if (first.isPresent()) {
                return Interpretation.understood(first.get());
            }
            if (words.hasAny(NEIGHBOURS) && !words.hasAny(List.of("not", "dont", "used to"))) {
                // Round 9b: "the lady next door, she's got nobody else".
                return Interpretation.understood("someone_else");
            }
        }
        if (MARITAL_QUESTION.equals(question.id())) {
            Optional<String> gone = partnerGone(words);
            boolean partnerOrNothing = !(read instanceof Interpretation.Understood u)
                    || List.of("married_or_partner", "widowed", "separated_or_divorced").contains(u.value());
            if (gone.isPresent() && partnerOrNothing) {
                return Interpretation.understood(gone.get());
            }
        }
        if (MARITAL_QUESTION.equals(question.id()) && read instanceof Interpretation.Understood u
                && "married_or_partner".equals(u.value()) && words.hasAny(PARTNER_GONE)) {
            // "the wife left me", "my girlfriend died": a partner named, and gone.
            return Interpretation.unclear("I was not sure which of these that meant. Please pick one of the answers.");
        }
        return read;
    }

    /**
     * "I did shifts till last year, now I help at my son's shop": work that ended, then what is
     * done now. What is said after "now" decides when it reads as work or something other than
     * retirement; retirement is left to the readings of the whole answer (which know when); and
     * when what is done now cannot be read, it is asked again rather than read from the past job.
     */
    private static Optional<Interpretation> mixedWorkHistory(Question question, Words words) {
        if (!words.hasAny(WORK_ENDED)) {
            return Optional.empty();
        }
        int now = -1;
        for (String n : NOW_DOING) {
            int at = (" " + words.joined() + " ").indexOf(" " + n + " ");
            if (at >= 0 && (now < 0 || at < now)) {
                now = at;
            }
        }
        if (now <= 0) {
            return Optional.empty();
        }
        String after = (" " + words.joined() + " ").substring(now).strip();
        Words tail = Words.of(after.replaceFirst("^(now|nowadays|these days)\\b", ""));
        if (tail.isEmpty() || tail.hasAny(RETIRING)) {
            return Optional.empty();
        }
        Interpretation read = ChoiceReading.read(question, tail);
        if (read instanceof Interpretation.Understood u && !"retired".equals(u.value())
                && !"retired_recently".equals(u.value())) {
            return Optional.of(read);
        }
        return Optional.of(Interpretation.unclear("Thank you. Which of these fits what you do now: working, "
                + "retired, unemployed, unable to work, or something else?"));
    }

    /**
     * The number of tasks said as a number: a bare "2" or "three" (the question asks how many, so
     * a digit is a count, not an option's place; a bare "1" could be either and is left), "one or two" (one, the least said), "two or
     * three", "a couple", or "none" opening the answer ("none, I do it all myself"). A number
     * that is a span of time ("2 years ago I could do them all") is no count: an empty option id,
     * asked again.
     */
    /**
     * Round 10: to how often one is in touch, two people told in turn ("one daily, the other I
     * haven't heard from in years"): when the whole answer is unclear, each part is read, and the
     * most often any of them is in touch is kept, as the option asks about the children together.
     */
    private static Interpretation orEachPerson(Question question, Words words, LocalDate today, Interpretation whole) {
        if (!(whole instanceof Interpretation.Unclear) || !CONTACT_QUESTIONS.contains(question.id())) {
            return whole;
        }
        String joined = " " + words.joined() + " ";
        int at = THE_OTHER.stream().mapToInt(o -> joined.indexOf(" " + o + " ")).filter(i -> i > 0).min().orElse(-1);
        if (at < 0) {
            return whole;
        }
        List<String> ids = question.options().stream().map(AnswerOption::id).toList();
        Optional<String> most = java.util.stream.Stream.of(joined.substring(0, at), joined.substring(at))
                .map(part -> choice(question, Words.of(part), today))
                .filter(Interpretation.Understood.class::isInstance)
                .map(u -> String.valueOf(((Interpretation.Understood) u).value()))
                .filter(id -> !"none".equals(id))
                .min(java.util.Comparator.comparingInt(ids::indexOf));
        return most.<Interpretation>map(Interpretation::understood).orElse(whole);
    }

    private static Optional<String> tasksCounted(Words words) {
        String all = words.joined();
        if (!ElapsedTime.find(words).isEmpty()) {
            return Optional.of("");
        }
        if (words.hasAny(VAGUE_COUNT) && words.hasAny(AT_TIMES)) {
            // "Some days a few": how many changes with the day, so no count is given.
            return Optional.of("");
        }
        if (words.hasAny(ALL_MYSELF) && words.hasAny(List.of("myself", "on my own", "by myself"))
                && !words.hasAny(NOT_ALL)) {
            // "I manage everything myself": no task is a difficulty.
            return Optional.of("none");
        }
        if (all.startsWith("none") || all.equals("nothing") || all.startsWith("nothing i ")) {
            return words.hasAny(List.of("but", "except", "apart from", "only")) ? Optional.empty() : Optional.of("none");
        }
        if (List.of("a couple", "a couple of things", "couple", "a few", "several", "lots", "loads").contains(all)) {
            return Optional.of("two_or_more");
        }
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        if (numbers.size() == 1 && words.size() == 1) {
            // Round 9: a bare digit is a count of tasks, "1" one task as two outsiders' sets read it
            // (it was asked again as maybe the first option, None); the chat says how it read it.
            int n = numbers.getFirst().value();
            return Optional.of(n == 0 ? "none" : n == 1 ? "one" : "two_or_more");
        }
        if (NO_TASKS.contains(all) || NO_TROUBLE_WITH_ANY.matcher(all).matches()) {
            // Round 9: "no" to "how many ... do you have difficulty with?" is none; so is "no trouble with any".
            return Optional.of("none");
        }
        if (numbers.size() == 2 && numbers.get(0).end() + 1 == numbers.get(1).start()
                && words.get(numbers.get(0).end()).equals("or") && numbers.get(0).start() <= 1) {
            int least = Math.min(numbers.get(0).value(), numbers.get(1).value());
            return least >= 1 ? Optional.of(least == 1 ? "one" : "two_or_more") : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "My partner and my mother": someone who cares for several people is asked for one option,
     * so the first named is kept (the chat reads it back, and "change my answer" puts it right).
     * Empty unless each word found names someone the options cover and nothing negates them.
     */
    private static Optional<String> firstCaredFor(Words words) {
        if (words.hasAny(List.of("not", "no", "dont", "used to", "until"))) {
            return Optional.empty();
        }
        int best = Integer.MAX_VALUE;
        String option = null;
        for (Map.Entry<String, List<String>> e : CARED_FOR.entrySet()) {
            for (String who : e.getValue()) {
                int at = words.tokens().indexOf(who);
                if (at >= 0 && at < best) {
                    best = at;
                    option = e.getKey();
                }
            }
        }
        return Optional.ofNullable(option);
    }

    /**
     * The option a rate falls in, for the questions that ask how often people see or hear from
     * others: visitors most days (4 a week or more), weekly (1 to under 4 a week), monthly (1 a
     * month to under 1 a week) or rarely; contact monthly or more, or less. Empty when the rate
     * said falls across a line, or the question asks no such thing.
     */
    private static Optional<String> band(Question question, HowOften.Rate rate) {
        double week = 52.0 / 12;
        List<Double> lines;
        List<String> options;
        if ("visitors".equals(question.id())) {
            lines = List.of(4 * week, week, 1.0);
            options = List.of("most_days", "weekly", "monthly", "rarely");
        } else if (CONTACT_QUESTIONS.contains(question.id())) {
            lines = List.of(1.0);
            options = List.of("monthly_or_more", "less_than_monthly");
        } else {
            return Optional.empty();
        }
        String least = options.get(bandOf(lines, rate.least()));
        String most = options.get(bandOf(lines, rate.most()));
        return least.equals(most) ? Optional.of(least) : Optional.empty();
    }

    private static int bandOf(List<Double> lines, double perMonth) {
        for (int i = 0; i < lines.size(); i++) {
            // A little under a line is still on it: "every fortnight" twice a month, "once a month" 1.
            if (perMonth >= lines.get(i) - 1e-9) {
                return i;
            }
        }
        return lines.size();
    }

    /** Round 16b (x7): "wife die", "husband die 2019": BSL-style English, the partner and then "die". */
    private static final Pattern PARTNER_DIE_SIGNED = Pattern.compile("\\b(husband|wife|hubby|partner|missus|spouse)"
            + " (die|dies)\\b");

    /**
     * "Husband died last spring", "lost the wife in 2019": a partner named as having died is
     * widowed; "the wife walked out", "we split up" is separated or divorced. A partner
     * since, or both kinds of word, is left to the other readings.
     */
    private static Optional<String> partnerGone(Words words) {
        boolean died = words.hasAny(PARTNER_DIED) || PARTNER_DIE_SIGNED.matcher(words.joined()).find();
        boolean split = words.hasAny(PARTNER_SPLIT);
        if (died && split && words.hasAny(IN_TURN) && !words.hasAny(MARRIED_AGAIN)) {
            // "Divorced from the first, widowed from the second": what happened last is what holds now.
            Matcher signed = PARTNER_DIE_SIGNED.matcher(" " + words.joined() + " ");
            int diedAt = Math.max(lastSaid(words, PARTNER_DIED), signed.find() ? signed.start() : -1);
            return Optional.of(diedAt > lastSaid(words, PARTNER_SPLIT)
                    ? "widowed" : "separated_or_divorced");
        }
        boolean partnerNamed = words.hasAny(PARTNER) || words.hasAny(List.of("wed", "married"));
        if (!partnerNamed || words.hasAny(PARTNER_SINCE)) {
            return Optional.empty();
        }
        if (died == split) {
            return Optional.empty();
        }
        return Optional.of(died ? "widowed" : "separated_or_divorced");
    }

    /** Where the last of the phrases begins in the words, or -1. */
    private static int lastSaid(Words words, List<String> phrases) {
        String joined = " " + words.joined() + " ";
        return phrases.stream().mapToInt(p -> joined.lastIndexOf(" " + p + " ")).max().orElse(-1);
    }

    /**
     * "Retired 18 months ago", "been retired for a year and a half": within the two years (24
     * months at most) is recently, longer is longer ago. Only a span said as "ago" or straight
     * after "retired" counts, so "I worked there for 40 years" says nothing.
     */
    private static Optional<String> retiredBySpan(Words words) {
        if (!words.hasAny(RETIRING) && !words.hasAny(PACKED_IN)) {
            return Optional.empty();
        }
        if (words.hasAny(NEAR_TWO_YEARS)) {
            return Optional.of("");
        }
        List<ElapsedTime.Span> spans = ElapsedTime.find(words).stream()
                .filter(s -> s.ago(words) || RETIRING.stream().anyMatch(r -> s.after(words, r, 3))
                        || Stream.of("finish", "finished").anyMatch(r -> s.after(words, r, 3)))
                .toList();
        return ElapsedTime.oneLength(spans).map(months -> months <= RECENT_MONTHS ? "retired_recently" : "retired");
    }

    /**
     * "Retired in 2025": recently when the year is this one or last, longer ago when it is three
     * or more years back; two years back could be either side of the line, so it is asked again
     * (an empty option id).
     */
    private static Optional<String> retiredByYear(Words words, LocalDate today) {
        List<NumberWords.Mention> yearsSaid = NumberWords.findIn(words).stream()
                .filter(m -> m.value() >= 1900 && m.value() <= today.getYear()).toList();
        List<Integer> years = yearsSaid.stream().map(NumberWords.Mention::value).distinct().toList();
        if (years.size() != 1) {
            return Optional.empty();
        }
        int at = yearsSaid.getFirst().start();
        int month = at > 0 ? Months.of(words.get(at - 1)) : 0;
        boolean left = words.has("retired") || words.hasAny(LEFT_WORK)
                || month > 0 && words.hasAny(List.of("finished", "stopped", "left", "gave up", "packed up"));
        if (!left) {
            return Optional.empty();
        }
        if (month > 0) {
            // Round 9b: "retired January 2024": by the month, two years or more is retired.
            int monthsBack = today.getYear() * 12 + today.getMonthValue() - (years.getFirst() * 12 + month);
            return monthsBack < 0 ? Optional.empty()
                    : Optional.of(monthsBack >= 24 ? "retired" : "retired_recently");
        }
        int back = today.getYear() - years.getFirst();
        return Optional.of(back <= 1 ? "retired_recently" : back >= 3 ? "retired" : "");
    }

    private static Interpretation wholeNumber(Question question, String text, Words spoken, LocalDate today) {
        // Round 12: a number word slipped and said alone ("tow", "thee", "fve") is that number when one only is a slip away.
        Words words = spoken.size() == 1 && NumberWords.findIn(spoken).isEmpty()
                ? NumberWords.slippedAlone(spoken.get(0)).map(n -> Words.of(String.valueOf(n))).orElse(spoken) : spoken;
        Optional<Integer> putRight = WholeNumberReading.putRightAtOnce(words);
        if (putRight.isPresent()) {
            // Round 16: "two, no three, forgot my grandson moved back in": the number put right, not the reason after it.
            return WholeNumberReading.inRange(question, putRight.get());
        }
        if (HouseholdReading.QUESTION_ID.equals(question.id())) {
            return HouseholdReading.read(question, words, PersonNames.in(text));
        }
        if (BirthYearReading.QUESTION_ID.equals(question.id())) {
            Optional<Integer> birthday = WholeNumberReading.ownBirthday(words);
            if (birthday.isPresent()) {
                return WholeNumberReading.inRange(question, birthday.get());
            }
            Optional<Interpretation> byYear = BirthYearReading.read(question, words, today);
            if (byYear.isPresent()) {
                return byYear.get();
            }
            Optional<Integer> own = WholeNumberReading.speakersOwn(words);
            if (own.isPresent()) {
                return WholeNumberReading.inRange(question, own.get());
            }
            Optional<Integer> opening = WholeNumberReading.openingNotSomeoneElses(words);
            if (opening.isPresent()) {
                // "Eighty-five. My daughter is 60 and lives with me."
                return WholeNumberReading.inRange(question, opening.get());
            }
            if (WholeNumberReading.saidOfSomeoneElse(words)) {
                return Interpretation.unclear("Was that your own age? Could you tell me how old you are, like 78?");
            }
        }
        boolean countGiven = NumberWords.findIn(words).stream()
                // "cataract in one eye": which eye, not how many conditions.
                .filter(m -> !(m.value() == 1 && m.start() > 0 && EYE_SIDES.contains(words.get(m.start() - 1))))
                // Round 21b (a26): "and the diabetic one": "one" standing for a thing named, not a count.
                .filter(m -> !theOneNamed(words, m))
                .anyMatch(m -> m.end() >= words.size() || !words.get(m.end()).startsWith("eye"));
        if (EYE_CONDITIONS_QUESTION.equals(question.id()) && NumberWords.findIn(words).isEmpty()
                && words.hasAny(NEVER_TOLD)) {
            // "Not been told about any": no condition diagnosed.
            return WholeNumberReading.inRange(question, 0);
        }
        if (EYE_CONDITIONS_QUESTION.equals(question.id()) && words.has("20 20")
                && NamedCount.EYE_CONDITIONS.count(words).isEmpty()) {
            // Round 12: "20/20 my optician says": sight measured perfect, so no condition.
            return WholeNumberReading.inRange(question, 0);
        }
        if (EYE_CONDITIONS_QUESTION.equals(question.id()) && List.of("a couple", "couple", "a couple of them",
                "a couple of things", "a couple of conditions").contains(words.joined())) {
            // Round 9: "a couple" of conditions is two.
            return WholeNumberReading.inRange(question, 2);
        }
        if (EYE_CONDITIONS_QUESTION.equals(question.id()) && !countGiven) {
            Optional<Integer> named = NamedCount.EYE_CONDITIONS.count(words);
            if (named.isPresent() && unnamedOneMore(words)) {
                // Round 9: "dry eye, glaucoma and something at the back they're watching": the unnamed one counts too.
                return WholeNumberReading.inRange(question, named.get() + 1);
            }
            if (named.isPresent()) {
                return WholeNumberReading.inRange(question, named.get());
            }
        }
        return WholeNumberReading.read(question, words);
    }

    /**
     * Round 21b (a26): "one" that stands for a thing ("the diabetic one", "that one at the back"): the single word
     * "one" after "the", "that" or "this" and a word that is not a number ("just the one" stays a count).
     */
    private static boolean theOneNamed(Words words, NumberWords.Mention m) {
        int at = m.start();
        if (m.end() - at != 1 || !"one".equals(words.get(at)) || at < 2) {
            return false;
        }
        String before = words.get(at - 1);
        return Set.of("the", "that", "this").contains(words.get(at - 2)) && !Set.of("the", "that", "this", "just",
                "only").contains(before) && NumberWords.findIn(Words.of(before)).isEmpty();
    }

    /** "... and something at the back": a further condition in the list that no condition word names. */
    private static boolean unnamedOneMore(Words words) {
        String joined = " " + words.joined() + " ";
        for (String more : ONE_MORE_UNNAMED) {
            int at = joined.indexOf(" " + more + " ");
            if (at >= 0 && NamedCount.EYE_CONDITIONS.count(Words.of(joined.substring(at + more.length() + 1))).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Interpretation freeText(String text) {
        if (text == null || text.isBlank()) {
            return Interpretation.unclear("There was no answer to read.");
        }
        String kept = text.strip();
        return kept.length() <= Questionnaire.FREE_TEXT_MAX
                ? Interpretation.understood(kept)
                : Interpretation.unclear("That is longer than I can keep (" + Questionnaire.FREE_TEXT_MAX + " characters at most).");
    }
}
