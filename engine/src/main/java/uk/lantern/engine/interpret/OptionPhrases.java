package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyday wording for the options the questionnaire offers, keyed by option id. A phrase names
 * the options it could mean in order of preference, and a question takes the first of them it
 * offers: "now and then" is "occasionally" where that option exists and "some of the time"
 * where it does not; "never" is "never", else "hardly ever (or never)", else "less than once a
 * month". A phrase whose options a question does not offer says nothing about that question.
 *
 * <p>The option labels and ids themselves are always understood too; these are the extra ways
 * people say them.
 */
final class OptionPhrases {

    private static final Map<String, List<String>> PHRASES = new LinkedHashMap<>();

    /** Each phrase and the option ids it may mean, most likely first. */
    static final Map<String, List<String>> MEANINGS = Collections.unmodifiableMap(PHRASES);

    private OptionPhrases() {
    }

    /** A phrase listed under two option sets means either, the earlier listing first. */
    private static void means(List<String> optionIds, String... phrases) {
        for (String phrase : phrases) {
            PHRASES.merge(phrase, optionIds, (before, added) -> {
                List<String> both = new ArrayList<>(before);
                added.stream().filter(id -> !both.contains(id)).forEach(both::add);
                return List.copyOf(both);
            });
        }
    }

    /** "a grandmother", "I'm a grandmother", "I am a grandmother"; not "the wife", which is someone else. */
    private static void roles(String optionId, String... roles) {
        for (String role : roles) {
            for (String article : List.of("a", "an")) {
                means(optionId, article + " " + role, "im " + article + " " + role, "i am " + article + " " + role);
            }
        }
    }

    /**
     * A feeling the question asks about, denied: "I wouldn't say I'm lonely", "I don't feel left
     * out", "never isolated". A plain denial is the lowest option; a hedged one ("I wouldn't say
     * I'm lonely", "I don't really feel left out") is "hardly ever" where that is kept apart.
     */
    private static void negatedFeelings() {
        List<String> feelings = List.of("lonely", "left out", "isolated", "cut off", "alone", "lonesome",
                "lack companionship", "lack company", "short of company", "on my own");
        List<String> plain = List.of("not", "im not", "i am not", "dont feel", "i dont feel", "never feel",
                "i never feel", "never", "im never", "i am never", "dont get", "i dont get", "never get", "dont",
                "i dont");
        List<String> hedged = List.of("wouldnt say i", "i wouldnt say i", "wouldnt say im", "i wouldnt say im",
                "wouldnt say i am", "i wouldnt say i am",
                "wouldnt say i feel", "i wouldnt say i feel", "dont really feel", "i dont really feel", "not really",
                "im not really", "not particularly", "not especially", "dont often feel", "i dont often feel",
                "not very", "im not very", "i dont tend to feel", "dont tend to feel", "i dont think im",
                "dont think im", "i dont think i am", "not what id call", "wouldnt call myself");
        for (String feeling : feelings) {
            plain.forEach(negation -> means(List.of("never", "hardly_ever"), negation + " " + feeling));
            hedged.forEach(negation -> means("hardly_ever", negation + " " + feeling));
        }
    }

    /** A feeling that comes only at a time of year: seldom. */
    private static void onlyAtTimes() {
        means(List.of("occasionally", "hardly_ever"), "only at christmas", "just at christmas", "at christmas",
                "christmas time", "only on birthdays", "on anniversaries", "only on anniversaries",
                "only at new year", "once a year");
    }

    /** "How often does someone come to see you at home?": most days, weekly, monthly or rarely. */
    private static void visitors() {
        means("most_days", "every day", "everyday", "daily", "most days", "nearly every day", "almost every day",
                "every other day", "every couple of days", "every second day", "day in day out",
                "most mornings", "morning and night", "twice a day", "every morning and night", "every morning", "every evening", "all the time", "constantly",
                "in and out all the time", "always popping in", "every single day", "lives with me", "lives next door",
                "several times a week", "most days of the week",
                // Round 12: "in and out all day long".
                "in and out all day", "in and out all day long", "all day long", "in and out every day",
                "pops in every day", "in and out", "every day");
        means("weekly", "every week", "weekly", "each week", "once a week", "twice a week", "every weekend",
                "most weekends", "weekends", "at weekends", "at the weekend", "on sundays", "every sunday",
                "most weeks",
                "a few times a week", "couple of times a week", "once or twice a week", "three times a week",
                "every few days", "every week or so", "every week end", "at least once a week");
        means("monthly", "every month", "monthly", "once a month", "twice a month", "every fortnight",
                "fortnightly", "every other week", "every few weeks", "a few times a month", "every couple of weeks",
                "once or twice a month", "at least once a month", "couple of times a month",
                "a couple of times a month",
                "few times a month");
        means("rarely", "rarely", "hardly ever", "hardly", "never", "not often", "not very often", "seldom",
                "once in a blue moon", "nobody", "no one", "noone", "nobody comes", "no one comes", "nobody visits",
                "no one visits", "a few times a year", "few times a year", "once a year", "twice a year", "at christmas",
                "not since covid", "not since lockdown", "not since the pandemic", "christmas",
                "birthdays", "not much", "almost never", "less than once a month", "not for ages", "not for years",
                "no", "nope", "nah", "not really", "not a lot", "barely", "next to never", "every few months",
                "dont get many", "dont get many visitors", "not many visitors", "not many", "few visitors",
                "hardly any", "hardly anyone", "hardly anybody", "not a lot of visitors", "no visitors",
                "dont get visitors", "never get visitors", "nobody much",
                // Round 12: nobody, bar someone who calls for their work ("not a soul, bar the meter man").
                "not a soul", "nobody bar", "not a soul bar", "nobody except", "no one except", "nobody but",
                "no one but");
    }

    private static void means(String optionId, String... phrases) {
        means(List.of(optionId), phrases);
    }

    /** "Wed 52 years", "been wed sixty years": married; "never wed" is single. */
    private static void wed() {
        means("married_or_partner", "wed", "been wed", "still wed", "happily wed");
        means("single", "never wed", "not wed");
    }

    static {
        wed();
        // How often: the ONS items (hardly_ever / some_of_the_time / often), the direct question
        // (often_always ... never) and the contact questions (monthly_or_more ... none).
        means(List.of("often_always", "often", "monthly_or_more"),
                "often", "very often", "quite often", "most days", "every day", "everyday", "daily",
                "all the time", "all the tim", "most of the tim", "always", "constantly", "a lot", "lots", "most of the time", "nearly always",
                "almost always", "every single day", "day and night", "all day", "every night",
                // Every part of the day or week: "every evening when the house goes quiet".
                // Not "in the evenings" alone: that says when, not how often ("sometimes, in the evenings").
                // Round 7: "quite a bit" is more than "a bit" (the eighth sealed set read it as often).
                "quite a bit", "a fair bit", "a good bit", "a good deal", "a great deal", "quite a lot",
                "every evening", "each evening", "every morning", "every afternoon", "most evenings", "most nights",
                "most mornings", "every night",
                // Round 9b: "frequently" (the v12 outsider's word).
                "frequently", "very frequently", "quite frequently", "so frequently");
        // The feeling said strongly: "very isolated", "so lonely", "I don't see a soul".
        for (String feeling : List.of("lonely", "isolated", "left out", "cut off", "alone", "lonesome")) {
            for (String strongly : List.of("very", "so", "really", "terribly", "extremely", "awfully", "desperately",
                    "incredibly", "dreadfully", "always", "completely", "totally", "utterly")) {
                means(List.of("often_always", "often"), strongly + " " + feeling);
            }
        }
        // Round 12: cut off from everyone, said as how it is: often.
        means(List.of("often_always", "often"), "cut off from everyone", "cut off from everybody",
                "cut off from the world", "cut off from the rest of the world", "cut off from people",
                "feel cut off", "i feel cut off", "feel so cut off");
        means(List.of("often_always", "often"), "dont see a soul", "never see a soul", "dont see a living soul",
                "never see anyone", "dont see anyone", "see nobody", "see no one", "not a soul");
        // Nobody to turn to is lacking company often; to a contact question it is none.
        means(List.of("often_always", "often", "none"), "no one to talk to", "nobody to talk to", "noone to talk to",
                "no one to", "nobody to", "no company", "no one around", "nobody around", "all alone",
                "on my own all the time", "alone all the time", "no one ever", "nobody ever");
        // Never going out, said with a how-often word, is feeling isolated often.
        means(List.of("often_always", "often"), "never leave the house", "never go out", "never get out",
                "all the time i never leave the house", "stuck indoors", "stuck in the house");
        means(List.of("often_always", "often"), "too often", "more often than not", "far too often",
                // More than one would wish: often, at least.
                "more than id like", "more than i would like", "more than id want", "more than i like",
                "more often than id like", "more often than i would like", "more than i care to admit",
                "more than i should", "more than id care to");
        // "Can't say I do": a polite no, the lowest option kept apart from never.
        means("hardly_ever", "cant say i do", "cant say i have", "cant say i am", "cant say i feel",
                "cannot say i do", "cannot say i have", "cant say that i do", "cant say i do really",
                "cant really say i do", "cant say i ever do", "cant say i feel that");
        means(List.of("occasionally", "some_of_the_time"),
                "now and then", "now and again", "every now and then", "every now and again",
                "occasionally", "once in a while", "every so often", "the odd time", "on occasion",
                // Round 7: "the odd day", and "and" typed as "n" or "an".
                "the odd day", "the odd evening", "the odd night", "the odd week", "odd days", "the odd occasion",
                "now n then", "now n again", "every now n then", "every now n again", "now an then", "now an again",
                "every now an then");
        means("some_of_the_time",
                "sometimes", "some of the time", "from time to time", "sometimes yes", "at times", "on and off",
                "off and on", "some days", "some", "a bit", "a little",
                "a little bit");
        means(List.of("hardly_ever", "less_than_monthly"),
                "hardly ever", "hardly", "rarely", "seldom", "not often", "not very often", "not much",
                "almost never", "nearly never", "very rarely", "barely", "scarcely", "not a lot",
                "once in a blue moon", "in a blue moon", "hardly ever if at all", "next to never", "very seldom");
        // A plain no to "how often do you feel ...": the ONS items' lowest option is "hardly ever
        // or never"; the direct question keeps never and hardly ever apart.
        means(List.of("never", "hardly_ever"),
                "no", "nope", "nah", "not at all", "no not at all", "not in the slightest", "not one bit",
                "no never", "always out and about", "out and about", "never on my own", "no i dont",
                // Always with others: "no, I'm always included" is the lowest option, not "always".
                "always included", "always invited", "always asked", "always welcome", "always made welcome",
                "always someone", "always someone around", "always someone about", "always busy", "always on the go",
                "always have company", "always got company", "always got someone", "always have someone",
                "plenty of company", "plenty of friends", "plenty of people", "lots of company",
                "never short of company",
                "never left out", "included", "never alone", "always got people", "always have people",
                "always had people", "always got people round", "always people round", "always got visitors",
                "always have visitors", "always got friends", "always have friends", "always got family",
                "always have family", "always got someone popping in", "always someone popping in");
        negatedFeelings();
        means("hardly_ever",
                "not really", "no not really", "not especially", "not particularly", "i dont really",
                "not that much", "not so much", "not me", "i dont think so", "not very", "not usually",
                "i wouldnt say so");
        means(List.of("never", "hardly_ever", "less_than_monthly"), "never", "not ever", "never ever", "no never");
        means("monthly_or_more",
                "every week", "weekly", "each week", "once a week", "twice a week", "every weekend", "most weekends",
                "weekends", "at the weekend", "every week or so", "once or twice a week",
                "every month", "monthly", "once a month", "twice a month", "every fortnight", "fortnightly",
                "every other week", "every few weeks", "a few times a month", "most weeks", "at weekends",
                "on sundays", "every sunday", "regularly", "more than once a month", "once a month or more",
                "every few days", "every couple of days", "every other day", "a few times a week", "few times a week",
                "couple of times a week", "pop round", "pops round", "pop over", "pops over", "lives with me", "live with me", "lives with us", "lives next door",
                "see her every day", "see him every day");
        means("less_than_monthly",
                "a few times a year", "once or twice a year", "once a year", "twice a year", "at christmas",
                "in months", "for months", "not for months", "not since covid", "not since lockdown", "since i moved",
                "in years", "for years", "dont bother with me",
                "christmas", "christmas and birthdays", "birthdays", "on birthdays", "every few months",
                "every couple of months", "not every month", "less than once a month", "now and again at christmas",
                "once in a while at christmas", "hardly at all", "not for years", "not for ages",
                "couple of times a year", "a couple of times a year", "few times a year", "fell out", "we fell out",
                "havent spoken in years", "not spoken in years", "dont speak", "we dont speak", "estranged",
                "weddings and funerals", "weddings", "funerals", "at funerals", "special occasions", "family occasions",
                "the odd wedding", "odd wedding",
                // Round 15: cards at a feast or a birthday ("xmas cards mainly", "birthday and christmas cards").
                "xmas", "at xmas", "xmas cards", "christmas cards", "christmas card", "xmas card", "birthday cards",
                "birthday card", "a card at christmas", "a card at xmas", "cards at christmas", "cards at xmas",
                "christmas cards mainly", "xmas cards mainly", "cards mainly", "cards mostly", "just cards",
                "only cards",
                // Round 16: a call once a year ("my old friend rings on my birthday").
                "on my birthday", "rings on my birthday", "phones on my birthday", "calls on my birthday");
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            means(List.of("monthly_or_more", "weekly"), "every " + day, "on " + day + "s", "most " + day + "s",
                    day + "s", "each " + day, "on a " + day);
        }
        for (String who : List.of("children", "kids", "family", "friends", "any", "any children", "any family",
                "any friends", "any kids", "anyone", "other family", "relatives", "other relatives", "family left",
                "other family left", "relatives left")) {
            means("none", "dont have " + who, "i dont have " + who, "havent got " + who, "i havent got " + who,
                    "have no " + who, "ive no " + who, "got no " + who, "never had " + who, "no " + who + " left",
                    "havent any " + who);
        }
        means("none",
                "none", "i have none", "i havent got any", "havent got any", "i havent any", "i dont have any",
                "dont have any", "i have not got any", "got none", "no children", "no kids", "no family",
                "no friends", "no one", "nobody", "none left", "dont really have friends", "dont really have any",
                "werent blessed", "never blessed", "not blessed",
                "last of my lot", "only one left", "none of us left", "the last one left", "lost my only",
                "only son died", "only daughter died", "only child died", "theyve all gone", "they have all gone",
                "no problems", "no difficulty", "no difficulties", "nothing", "i manage fine", "never had any",
                "never had children", "never had kids", "never had friends", "have all died",
                // Round 12: children said informally ("no kiddies", "never had any kiddies").
                "no kiddies", "no kiddies of my own",
                // Round 15: no family besides ("no other family", "no family left now").
                "no other family", "no other relatives", "no relatives", "no family left", "theres no other family",
                "there is no other family", "theres no family", "never had kiddies", "never had any kiddies", "no kiddos",
                "no little ones", "no nippers", "no sprogs", "never had any kids", "never had any children",
                "lost them all", "lost touch with all of them", "lost touch with them all", "lost them all when",
                "lost all my friends", "lost touch with everyone", "all died",
                "friends have died", "all passed away", "all gone", "i manage", "i can manage", "nope i manage",
                "i manage all of them", "i can do them all", "i can do everything", "not any", "zero", "0");

        // How many everyday tasks are hard.
        means("one", "one", "just one", "only one", "one of them", "a single one", "1", "one thing");
        means("two_or_more",
                "two", "three", "four", "five", "a few", "several", "a couple", "a couple of them", "many",
                "loads", "lots", "lots of them", "most things", "most of them", "all of them", "everything",
                "most of them", "all of them", "quite a few", "two or three", "more than one", "a number of them",
                "2", "3", "4", "5", "6", "7", "8", "9", "10", "two or more");

        // Marital status.
        means("married_or_partner",
                "married", "im married", "i am married", "my partner and i", "me and my partner", "my wife and i",
                "me and my wife", "my husband and i", "me and my husband", "i have a partner", "ive got a partner",
                "living with my partner", "live with my partner", "with my partner", "partner", "civil partnership",
                "civil partner", "living together", "cohabiting", "common law", "engaged", "got a partner",
                "still married", "happily married", "married for", "the missus", "my missus", "the missus and me",
                "the wife", "the husband", "the other half", "my other half", "the old man", "the wife and me",
                "girlfriend", "my girlfriend", "boyfriend", "my boyfriend", "living with my girlfriend",
                "living with my boyfriend", "my fella", "my fiance", "my fiancee",
                // Round 8: a partner said as had, who may live apart ("got a fella, he lives round the corner").
                "got a fella", "ive a fella", "ive got a fella", "have a fella", "got a boyfriend", "got a girlfriend",
                "a boyfriend", "a girlfriend", "ive a girlfriend", "ive a boyfriend", "have a partner", "got a partner");
        means("widowed",
                "widowed", "widow", "widower", "a widow", "a widower", "my wife died", "my husband died",
                "my partner died", "my wife passed", "my husband passed", "my partner passed",
                "my wife passed away", "my husband passed away", "my partner passed away", "i lost my wife",
                "i lost my husband", "i lost my partner", "lost my wife", "lost my husband", "lost my partner",
                "he died", "she died", "hes passed", "shes passed", "he passed away", "she passed away",
                "my wife is dead", "my husband is dead", "bereaved", "my late husband", "my late wife");
        means("separated_or_divorced",
                "divorced", "separated", "were separated", "we split up", "split up", "we separated", "divorcee",
                "my ex", "he left me", "she left me", "we broke up", "broke up", "separated or divorced");
        means("single", "single", "never married", "never been married", "not married ever", "on my own never married",
                "no partner", "never had a partner", "bachelor", "spinster", "unmarried", "never wed",
                "never got married",
                "never married no", "never found the right one", "never tied the knot", "never found the right person",
                "never met the right", "never found anyone", "on the shelf", "never wed",
                "not married never have been",
                // Round 15: never the marrying kind, however said.
                "marrying kind", "marrying sort", "marrying type", "one for marriage", "one for marrying",
                "never been one for marriage", "never been the marrying kind", "not the marrying kind",
                "not the marrying sort", "not the marrying type");

        // Self-rated health.
        means("excellent", "excellent", "brilliant", "perfect", "great", "fantastic", "superb", "never better",
                "fit as a fiddle", "couldnt be better", "tip top", "really great");
        // "Good for my age" is good: the age is the measure, not a step up ("very good for my age" stays very good).
        means("very_good", "very good", "very well", "really good", "pretty great", "very healthy");
        means("good", "good", "fine", "ok", "okay", "alright", "all right", "not bad", "pretty good", "fairly good",
                "quite good", "decent", "healthy", "reasonable", "grand", "not too bad", "mustnt grumble", "cant complain",
                // Scots and northern "no bad", "no too bad": not bad.
                "no bad", "no too bad", "no so bad");
        means("fair", "not as good as", "not as good as it was", "not as good as it used to be", "not what it was",
                "not what it used to be", "going downhill", "worse than it was", "worse than it used to be");
        means("fair", "fair", "not great", "could be better", "so so", "average", "middling", "up and down",
                "not the best", "ive had better", "had better", "not very good", "not so good", "not too good", "fair to middling", "ups and downs",
                "could be worse", "not brilliant", "not that good", "mixed", "okay ish", "ok ish", "not too clever",
                "not so clever", "been better", "ive been better", "seen better days", "fair ish", "so so really",
                // Round 9b: neither one nor the other, said both ways.
                "not bad not good", "not good not bad", "not bad not good either", "not good not bad either",
                "not bad but not good", "not good but not bad", "neither good nor bad", "not good or bad",
                "not bad or good");
        means("poor", "poor", "terrible", "awful", "bad", "very bad", "really bad", "dreadful", "rubbish", "horrible",
                "very poor", "not good at all", "not well", "very ill", "failing", "shocking", "appalling",
                "not good", "pretty bad", "quite bad", "really poor", "pretty poor", "quite poor", "poorly",
                "not well at all", "really rough", "rough", "bad health", "ill health", "in a bad way",
                // Round 7: health said by what it stops ("two strokes and can barely walk", "on oxygen").
                "barely walk", "hardly walk", "cant walk", "cannot walk", "legs have gone", "legs are gone",
                "on oxygen", "housebound", "bedbound", "bed bound", "terminal", "in a wheelchair now");
        // Round 12: a negated rating made stronger ("not great at all") is the bottom of the scale, and so are
        // hospital stays said as going on ("in and out of hospital since June"), beside "not great" (fair).
        means("poor", "not great at all", "not brilliant at all", "not very good at all", "not so good at all",
                "not that good at all", "not too good at all", "not great really at all", "not well really",
                "in and out of hospital", "in and out of the hospital", "in and out of hospitals",
                "back and forth to hospital", "back and forth to the hospital", "back and forth to hospitals",
                "in and out of the hospitals", "never out of hospital", "never out of the hospital",
                "always in hospital", "always in and out of hospital", "rotten", "pretty rotten", "really rotten");
        // Round 12: family and friends in a group chat or messages that keep coming are in touch, more than monthly.
        means("monthly_or_more", "whatsapp", "family whatsapp", "whatsapp group", "group chat", "family group chat",
                "family chat", "never stops", "never stop", "never shuts up", "always messaging", "always texting",
                "always chatting", "always on the phone", "messaging all the time", "texting all the time",
                "messages every day", "texts every day", "texts me every day", "message every day",
                "pings", "ping all day", "pings all day");
        // Round 12: "not once", "never once": never.
        means(List.of("never", "hardly_ever", "less_than_monthly"), "not once", "never once", "not once ever");
        // Round 12: how often, spelt as said ("evry fortnite").
        means(List.of("monthly", "monthly_or_more"), "fortnite", "every fortnite", "evry fortnite",
                "fortnightly or so", "every fortnight or so");
        // Round 12: sex said by the person's place in a couple, or a wish to keep it private ("I'm the husband").
        means("male", "im the husband", "i am the husband", "im her husband", "im the hubby", "im his husband");
        means("female", "im the wife", "i am the wife", "im his wife", "im her wife");
        means("prefer_not_to_say", "keep that to myself", "keep it to myself", "id rather keep that to myself",
                "rather keep that to myself", "rather keep it to myself", "rather not share", "id rather not share",
                "not telling", "wont say", "id rather not answer", "rather not answer", "keep that private",
                "keep it private");
        means("another", "as either", "see myself as either", "dont see myself as either", "dont really see myself as either",
                "never seen myself as either",
                "dont see myself as a man or a woman", "dont see myself as a woman or a man", "neither really",
                "not a man or a woman", "not a woman or a man", "not either", "in between", "somewhere in between");
        visitors();
        onlyAtTimes();

        // What you do.
        means("working", "working", "i work", "i still work", "still working", "employed", "self employed",
                "in work", "full time job", "part time job", "i have a job", "ive got a job", "work part time",
                "work full time", "job", "a few hours", "part time", "part time at", "part time in", "few hours a week", "bit of work", "odd jobs", "shifts",
                "couple of days a week", "still do a bit", "still do a few", "still work part time", "on the tills",
                // Round 8: full time at a place or as a job; "full time for my husband" is caring, not work.
                "full time at", "full time as a", "full time as an",
                // Round 20 (a24): BSL order, the person first and no "I" or "do" ("me work. factory")
                "me work", "me work still", "work me", "me job", "me still work");
        means("retired_recently", "retired last year", "retired this year", "just retired", "recently retired",
                "only just retired", "retired recently", "retired a year ago", "retired two years ago",
                "retired last month", "retired in the last two years", "newly retired", "retired months ago");
        for (String when : List.of("summer", "spring", "autumn", "winter", "christmas", "easter", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")) {
            means("retired_recently", "retired last " + when, "retired this " + when, "retired in the " + when,
                    "retired in " + when);
        }
        means("retired", "retired", "retired years ago", "retired a long time ago", "retired ages ago",
                "pensioner", "a pensioner", "retired longer ago", "long retired", "retired for years",
                "been retired for years", "oap", "retired many years ago",
                // Round 12: the idioms people use for it ("put out to grass in 2003", "hung up my boots").
                "put out to grass", "put out to pasture", "out to grass", "out to pasture", "hung up my boots",
                "hung up my apron", "hung up my tools", "collected my gold watch", "got my gold watch",
                "on my pension", "drawing my pension",
                // Round 20 (a24): BSL order, the sign "retire" and how long ("retire long time", "me retire years")
                "retire long time", "retire long ago", "retire years", "retire many years", "me retire long time",
                "retire long", "long time retire", "me retire years");
        means("unemployed", "unemployed", "looking for work", "out of work", "on the dole", "jobseeking",
                "job seeking", "job hunting", "looking for a job", "between jobs", "lost my job", "made redundant",
                "redundant", "jobseekers", "jobless", "seeking work", "laid off", "got laid off", "was laid off",
                "finished up", "looking for something", "signing on", "on universal credit",
                "jobcentre", "job centre", "lost my job",
                // Round 19 (a23): "job seeker. deaf, hard find job": a seeker of work, not in it
                "job seeker", "jobseeker", "seeking a job", "seeking job", "want job", "want a job", "need a job",
                "need job", "hard find job", "hard to find a job", "cant find a job", "cant find work");
        means("unable_to_work", "sick pay", "on the sick", "because of my health", "due to my health",
                "had to give up work", "had to stop work", "had to stop working", "gave up work because",
                "give up work because", "on esa", "esa", "too poorly to work", "my health stops me working");
        means("unable_to_work", "unable to work", "cant work", "cannot work", "too ill to work", "not able to work",
                "signed off", "off sick", "long term sick", "disabled", "on sick leave", "incapacity");
        means("other", "something else", "other", "none of those", "none of them", "volunteer", "volunteering",
                "student", "studying", "housewife", "homemaker", "stay at home", "carer", "full time carer",
                "care for my", "look after my", "caring for my", "looking after my", "carer for my");

        // Who you look after.
        means("partner", "my husband", "my wife", "my partner", "husband", "wife", "spouse", "my other half",
                "hubby", "the wife", "the husband", "the other half", "other half", "the missus", "my missus");
        means("parent", "my mum", "my mother", "my dad", "my father", "mum", "mother", "dad", "father",
                "my mam", "mam", "my parents", "parents", "a parent", "my mum and dad", "my mother in law",
                "my father in law");
        means("child", "my son", "my daughter", "son", "daughter", "my child", "child", "my boy", "my girl",
                "my grown up son", "my grown up daughter", "my kids", "my children");
        means("someone_else", "my twin brother", "my twin sister", "twin brother", "twin sister", "brother", "sister",
                "grandson", "granddaughter");
        means("someone_else", "someone else", "a friend", "my friend", "my neighbour", "neighbour", "my brother",
                "my sister", "my grandson", "my granddaughter", "my aunt", "my uncle", "my cousin",
                "my grandchild", "my niece", "my nephew", "friend", "grandchild", "grandson", "granddaughter",
                "grandkids", "my grandkids", "grandchildren", "my grandchildren");

        // Sex.
        means("male", "mr", "its mr", "man", "male", "a man", "im a man", "i am a man", "gentleman", "a gentleman", "bloke",
                "a bloke", "chap", "gent", "m", "an old man", "fella", "a fella", "fellow", "feller");
        means("female", "mrs", "ms", "its mrs", "woman", "female", "a woman", "im a woman", "i am a woman", "lady", "a lady", "f",
                "girl", "an old woman", "an old lady", "a lass", "lass");
        // A role the person gives themselves ("I'm a grandmother of five", "I'm a bloke"), never a
        // role word alone, since "my husband" says nothing of the person answering.
        roles("female", "grandmother", "grandma", "granny", "nan", "nana", "gran", "mother", "mum", "mam", "widow",
                "wife", "housewife", "daughter", "sister", "aunt", "auntie", "lass", "lady", "woman", "girl",
                "great grandmother", "old woman", "old lady", "pensioner lady");
        roles("male", "grandfather", "grandad", "granddad", "grandpa", "father", "dad", "widower", "husband",
                "son", "brother", "uncle", "bloke", "chap", "fella", "fellow", "gent", "man", "lad",
                "great grandfather", "old man", "old boy");
        means("another", "another way", "non binary", "nonbinary", "enby", "genderqueer", "gender fluid",
                "genderfluid", "neither", "something different", "trans", "other way", "trans woman", "trans man");
        means("prefer_not_to_say", "prefer not to say", "id prefer not to say", "rather not say", "id rather not say",
                "id rather not", "rather not", "none of your business", "mind your own business", "not saying",
                "private", "skip", "pass", "no comment", "i wont say", "prefer not");
    }
}
