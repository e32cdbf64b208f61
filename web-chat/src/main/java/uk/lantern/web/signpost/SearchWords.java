package uk.lantern.web.signpost;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request for services in a person's own words, read into what to match and what filters:
 * "free" (or "at no cost") and a day ("on a Tuesday", "Tuesdays") are filters; what the person
 * says they do not want ("not a group, just someone to visit", "I don't want counselling",
 * "anything other than a lunch club") is neither matched nor offered by name; words that only
 * only say where or "anything" ("near me", "round here", "something") are dropped, since they
 * describe no service; and a
 * place named after "in", "near", "around" or "round" at the end ("lunch club in Strood") is
 * kept aside for the caller to use when no place was given.
 *
 * @param words    what is left to match, lower case; null when nothing is
 * @param day      the day named, or null
 * @param free     whether something free was asked for
 * @param unwanted the words the person said they do not want, lower case, in order; empty when none
 * @param place    the words after a closing "in", "near", "around" or "round" ("strood"); null when none.
 *                 Whether they name a place is the gazetteer's to say
 * @param age      the age in years of the person the help is for, when the words state it ("I'm 38", "my mum is
 *                 87", "a 70 year old"); null when they do not. An age limit the request asks for ("for over 60s")
 *                 is not the person's age, and is left to the words
 */
record SearchWords(String words, DayOfWeek day, boolean free, List<String> unwanted, String place, Integer age) {

    private static final Pattern FREE = Pattern.compile(
            "\\b(?:for )?(?:free|free of charge|at no cost|costs? nothing)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile(
            "\\b(?:on |every )?(?:a )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "not a group", "but not on the phone", "I don't want counselling", "rather not online",
     * "anything other than a lunch club": the words up to the end of the clause (a comma, "just",
     * "but", "only", "so", "as" or "because"). "Not" is read so only before "a", "an", "the", "on",
     * "by" and the like or after "but" or a comma: a bare "not" after a verb ("I can not get out",
     * "I'm not sleeping", "I do not have anyone") says how things are, not what to leave out, and
     * "no" is never read so ("no heating", "no one to talk to" ask for exactly that), nor is "I
     * don't want to be alone" (a need, not a service to leave out).
     */
    private static final Pattern UNWANTED = Pattern.compile(
            "(?:(?:,|\\bbut)\\s*not(?=\\s)"
                    + "|\\bnot(?=\\s+(?:a|an|any|the|on|by|over|through)\\b)"
                    + "|\\b(?:(?:don'?t|do not|wouldn'?t|would not) (?:want|like|need|fancy)"
                    + "(?! to (?:be|feel|stay|sit|live|spend|keep|end|go on)\\b)|(?:would )?rather not)"
                    + "|\\b(?:other than|apart from|instead of|except))"
                    + "(?:\\s+(?:a|an|any|the|on|by|in|at|over|through|to|go|join|use|have|do|talk))*"
                    + "\\s+([a-z][a-z' -]*?)\\s*(?=$|[,.;!?]|\\s(?:just|but|only|so|as|because|please|i|i'm|im)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A place at the end: "... in Strood", "... near Chatham, please". */
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "\\b(?:in|near|around|round|nr)\\s+([a-z][a-z' ]*?)[\\s,]*(?:please|thanks|thank you)?[\\s.!?]*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words that only say "near where I am" or "anything" and describe no service: "near me", "round
     * here", "nearby", "in my area", "anything", "something", "somewhere". Only these phrases go:
     * single words such as "round", "my" or "local" stay, since the curated synonyms and services'
     * names use them ("pop round", "lost my brother", "Local area coordination").
     */
    private static final Pattern NO_SERVICE = Pattern.compile("\\b(?:near me|near here|near by|nearby|round here"
            // "somewhere warm" stays: the synonyms read it as a warm space
            + "|around here|in my area|in the area|local to me|anything|something|somewhere(?! warm)|anywhere"
            // "what's on this week?": any day, so no filter and nothing to match
            + "|this week|next week|this weekend|at the weekend|today|tonight|tomorrow)\\b");
    /** {@link #NO_SERVICE} keeping "tonight", for a request to talk to someone tonight ({@link #TALK_TONIGHT}). */
    private static final Pattern NO_SERVICE_BUT_TONIGHT = Pattern.compile(NO_SERVICE.pattern()
            .replace("|tonight", ""));
    /** Asking to talk to someone, tonight: "need to talk to someone tonight", "to chat with anyone tonight". */
    private static final Pattern TALK_TONIGHT = Pattern.compile("\\b(?:talk|chat|speak)\\w*\\s+(?:to|with)\\s+"
            + "(?:someone|somebody|anyone|anybody)\\b.*\\btonight\\b");
    /**
     * "Things to do", "somewhere to go", "what's on": any activity at all. When nothing else is asked
     * ("something to do on a Wednesday") they go too, so every service near the place that runs on
     * the day comes, nearest first, rather than services that happen to say "do" or "go"; beside other
     * words ("things to do for over 55s") they stay, as a navigator's "what you would like to do" fits.
     */
    private static final Pattern ANY_ACTIVITY = Pattern.compile(
            "\\b(?:things to do|stuff to do|to do|to go|what'?s on|what'?s|what is on|going on)\\b");
    /** Lucene's English stop words: what is left when only these remain asks for nothing in particular. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");
    /**
     * A sentence that asks, in a request that also tells a story ("I'm 79 and on my own since my husband went into a
     * home. Is there anyone who would ring me for a chat now and then?"): the question ends with "?" or opens as
     * people open a request ("is there", "can someone", "I need", "looking for").
     */
    private static final Pattern ASKING = Pattern.compile("^(?:is there|are there|can (?:someone|anyone|you|i)"
            + "|could (?:someone|anyone|you|i)|does anyone|do you|where can|who can|i need|i'?m looking for|looking for"
            + "|i would like|i'?d like|any)\\b");
    /** Words of a question that say nothing of what is asked ("is there anyone who"). */
    private static final Set<String> ASKING_WORDS = Set.of("is", "are", "there", "anyone", "anybody", "someone",
            "somebody", "who", "what", "where", "how", "which", "can", "could", "would", "you", "i", "i'm", "im", "me",
            "my", "do", "does", "need", "looking", "like", "i'd", "any");
    /**
     * The age of the person the help is for, as people state it: "I'm 38", "she's 87", "my mum is 87", "client is
     * 68", "aged 91", "a 70 year old", "91 yr old". Not a distance, a weight, a sum or a time ("is 20 miles",
     * "I'm 9 stone"), and only a whole number a person could be (16 to 110).
     */
    private static final Pattern AGE = Pattern.compile("\\b(?:i'?m|i am|aged|(?:she|he)'?s|(?:she|he) is"
            + "|(?:mum|mom|dad|mother|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather"
            + "|neighbour|husband|wife|partner|brother|sister|client|friend|aunt|auntie|uncle|son|daughter) is)"
            + " (?:only |nearly |almost |just |now )?(\\d{2,3})\\b(?!\\s*(?:%|miles?|minutes?|mins?|hours?|stone|kg|pounds"
            + "|quid|years? ago|weeks?|months?|days?|times?|pm|am|[:.]\\d))"
            + "|\\b(\\d{2,3})[ -]?(?:years?|yrs?)[ -]old\\b");
    /** Ages a person could state for themselves or someone they ask for: anything else is read as no age. */
    private static final int YOUNGEST_AGE = 16;
    private static final int OLDEST_AGE = 110;

    /** What a closing "near ..." may say that names no place: "near me", "round here". */
    private static final Set<String> NOT_A_PLACE = Set.of("me", "here", "by", "my area", "the area", "you", "us");

    /** Reads the words; null or blank reads as nothing to match and no filter. */
    static SearchWords read(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('\u2019', '\'');
        boolean free = FREE.matcher(t).find();
        DayOfWeek day = null;
        Matcher named = DAY.matcher(t);
        if (named.find()) {
            day = DayOfWeek.valueOf(named.group(1).toUpperCase(Locale.ROOT));
        }
        t = DAY.matcher(FREE.matcher(t).replaceAll(" ")).replaceAll(" ");
        List<String> unwanted = new ArrayList<>();
        Matcher not = UNWANTED.matcher(t);
        StringBuilder kept = new StringBuilder();
        while (not.find()) {
            unwanted.add(not.group(1).strip());
            not.appendReplacement(kept, " ");
        }
        not.appendTail(kept);
        t = kept.toString();
        Matcher near = NAMED_PLACE.matcher(t.strip());
        String place = near.find() ? near.group(1).strip() : null;
        if (place != null && (place.isEmpty() || NOT_A_PLACE.contains(place))) {
            place = null; // "near me", "round here": no place named
        }
        // "someone to talk to tonight" asks for a listening line open at night, which the synonyms find; "what's on
        // tonight" asks for nothing in particular (round 16: the first lost its "tonight" too, so Samaritans came third)
        String rest = plain((TALK_TONIGHT.matcher(t).find() ? NO_SERVICE_BUT_TONIGHT : NO_SERVICE).matcher(t)
                .replaceAll(" "));
        String besidesActivity = plain(ANY_ACTIVITY.matcher(rest).replaceAll(" "));
        // "that's" and "it's" are stop words with a letter added (round 16: "something on a Tuesday that's free"
        // found nothing, searched for "a that's")
        if (java.util.Arrays.stream(besidesActivity.split(" ")).allMatch(w -> w.isEmpty() || STOP_WORDS.contains(w)
                || STOP_WORDS.contains(w.replaceAll("'?s$", "")))) {
            rest = ""; // only "something to do" and the like: nothing in particular
        }
        String asked = rest.isBlank() ? rest : rest + question(text);
        return new SearchWords(asked.isBlank() ? null : asked, day, free, List.copyOf(unwanted), place, age(text));
    }

    /**
     * The words of the one sentence that asks, when the request has other sentences too, with a space before them;
     * else "". Added once more to the words searched, so what is asked for counts twice beside the story told
     * around it (a husband "went into a home" should not bring care homes before someone to ring).
     */
    private static String question(String text) {
        if (text == null) {
            return "";
        }
        String[] sentences = text.toLowerCase(Locale.UK).replace('\u2019', '\'').strip().split("(?<=[.!?])\\s+");
        if (sentences.length < 2) {
            return "";
        }
        String asking = null;
        for (String sentence : sentences) {
            if (sentence.endsWith("?") || ASKING.matcher(sentence).find()) {
                if (asking != null) {
                    return ""; // two questions: neither stands out
                }
                asking = sentence;
            }
        }
        if (asking == null) {
            return "";
        }
        SearchWords read = read(asking);
        if (read.words() == null || java.util.Arrays.stream(read.words().split(" "))
                .allMatch(w -> STOP_WORDS.contains(w) || ASKING_WORDS.contains(w))) {
            return "";
        }
        return " " + read.words();
    }

    /** The first age {@link #AGE} finds in the words, or null. */
    private static Integer age(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = AGE.matcher(text.toLowerCase(Locale.UK).replace('\u2019', '\''));
        while (m.find()) {
            int age = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (age >= YOUNGEST_AGE && age <= OLDEST_AGE) {
                return age;
            }
        }
        return null;
    }

    private static String plain(String text) {
        return text.replaceAll("[^a-z0-9' ]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** The same request without the free filter: services that charge match too. */
    SearchWords anyCost() {
        return new SearchWords(words, day, false, unwanted, place, age);
    }

    /**
     * Whether a service's name says it is what the person does not want: a word of theirs (or its
     * plural) in the name ("not a group" leaves out "Women's walk and talk group").
     */
    boolean unwantedName(String name) {
        if (unwanted.isEmpty() || name == null) {
            return false;
        }
        String lower = " " + name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ") + " ";
        for (String phrase : unwanted) {
            String p = phrase.replaceAll("[^a-z0-9]+", " ").strip();
            if (!p.isEmpty() && (lower.contains(" " + p + " ") || lower.contains(" " + p + "s "))) {
                return true;
            }
        }
        return false;
    }
}
