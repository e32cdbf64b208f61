package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.lantern.engine.questionnaire.Postcodes;

/**
 * A question about local services, asked at any point in the chat ("is there a lunch club near
 * ME7?", "who can help with my heating bills?"): what to search for and, when one was named,
 * where.
 *
 * @param words    the words to search the directory with, question words taken out; never null
 * @param postcode a postcode or outward code named in the question, in standard form, or null
 * @param place    words after a closing "in", "near" or "around" that may name a town or area
 *                 ("anything in Maidstone?" gives {@code maidstone}), lower case; null when none.
 *                 Whether they name a place is for the place reader to say.
 */
public record ServiceQuestion(String words, String postcode, String place) {

    public ServiceQuestion(String words, String postcode) {
        this(words, postcode, null);
    }

    /** {@link #words} without the words of {@link #place}: what to search for once the place is used. */
    public String wordsBesidesPlace() {
        if (place == null) {
            return words;
        }
        List<String> left = new ArrayList<>(List.of(words.split(" ")));
        for (String w : place.replace("'", "").split("[^a-z0-9]+")) {
            left.remove(w);
        }
        return String.join(" ", left).strip();
    }

    private static final Pattern ASKING = Pattern.compile(
            "\\b(is there|are there|where'?s|whereabouts|nearest|what'?s on|where can i|where could i|where do i|where is|where are|can you find|could you find"
                    + "|do you know (of )?(any|a|an|some|anyone|somebody|someone)|how do i find|how can i find|how do i get"
                    + "|how can i get|looking for|find me|i need (a|an|some)|i want (a|an|some)|i'd like (a|an|some)"
                    + "|who can help|who could help|who helps|can anyone help|can someone help|is anyone|anyone who"
                    + "|any help (with|for)|is there any help|what help|what is there|what's there|what's available"
                    + "|what is available|tell me about|(can|could) you tell me (about|where|who|if|whether|how|what)"
                    + "|(can|could) (someone|somebody|anyone|you) (come|visit|ring|phone|call|sit|pop)"
                    + "|is there (someone|somebody|anyone) who|do i qualify|would i qualify|am i eligible"
                    + "|can you recommend|recommend"
                    // Round 14b: an answer, then "what could help with that?"
                    + "|what (could|can|would|might) help|anything (that )?(could|can|would|might) help"
                    + "|any\\b.*\\bnear|near me|nearby|round here|around here|in my area|local to me"
                    + "|what \\w+ can i (get|claim|have)|can i (get|claim|have) (help|a|an|some|any)|am i entitled)\\b"
                    // Round 14 (new-user trial): BSL word order, the question word first or last with no verb:
                    // "where deaf club", "deaf club where?".
                    + "|^where (?!is\\b|are\\b|do\\b|does\\b|did\\b|was\\b|were\\b|i\\b|we\\b|you\\b)\\w+|\\bwhere\\s*\\??\\s*$"
                    // Round 16 (a Deaf man's first messages): the question word and a bare verb, first or last, with
                    // no "do I": "how contact help? text?", "deaf group where meet?", "interpreter for doctor how get?".
                    + "|^how (contact|get|find|book|join|apply|ask|reach|meet|see)\\b"
                    + "|\\b(how|where) (contact|get|find|book|join|apply|meet|go)\\s*\\?*\\s*$|^who (help|helps) me\\b"
                    // Round 17: BSL's question last, "deaf group for women, have?", "befriend service have?"; a place
                    // asked after a service ("food bank near Strood?"); "any" opening ("any ladies groups ..."); who
                    // may go ("how old do you have to be for the day centre?").
                    + "|\\bhave\\s*\\?+\\s*$|\\b(near|nr|round|around) [a-z][a-z' ]*\\?+\\s*$|^any\\b"
                    + "|\\b(do|does) (you|i|one|he|she|we) (have|need) to be\\b"
                    // Round 19 (a23): BSL's "near?" with more after it ("deaf club near? me want go"), the service
                    // then "have?" mid-message ("befriend service have? sign language"), "r there" for "are there",
                    // and "do you lot do anything for ..."
                    + "|\\b(near|nearby)\\s*\\?|\\b(service|services|club|clubs|group|groups|class|classes) have\\s*\\?"
                    + "|\\br there\\b|\\bdo (you|you lot|yous|you people) (do|have|offer|run) (anything|something|any)\\b"
                    // Round 20 (a24): BSL's "have?" and "where?" anywhere, with more after them ("befriend deaf, have?
                    // me need", "coffee morning where? me want go"), and whether a service still runs ("deaf centre
                    // still open?")
                    + "|\\w,?\\s+have\\s*\\?|\\bwhere\\s*\\?|\\bstill (open|running|going|on|meeting|there|happening)\\s*\\?");
    private static final Pattern SERVICE_WORDS = Pattern.compile(
            "\\b(lunch club|luncheon club|club|clubs|group|groups|befriend\\w*|transport|lift|lifts|day cent(re|er)"
                    + "|coffee morning|cafe|choir|service|services|support group|someone to (talk|visit|chat)"
                    + "|visitor|visiting|meals on wheels|bus|community|activities|exercise|walking group|carers?"
                    + "|bereavement|advice|volunteer\\w*|computer class\\w*|men'?s shed|heating|bills?|energy"
                    + "|benefits?|pension credit|attendance allowance|money|debts?|shopping|cleaning|gardening"
                    + "|handyman|hearing aids?|glasses|dementia|memory|respite|taxi|dial a ride|dial-a-ride|library"
                    + "|friendship|someone to talk to|classes|class|courses?|help|blue badge|claim|grants?|entitled|allowance"
                    + "|sit with me|come round|visit me|keep me company|company|phone me|ring me|call me"
                    + "|a chat|for a chat|food ?banks?|food parcels?|citizens advice|bus pass|free travel|bus travel"
                    // Round 7: "can I get a break from caring", "is there talking therapy I can refer myself to?".
                    + "|caring|a break|therapy|therapies|counsell\\w*|refer (me|myself)|self.?refer\\w*|community transport"
                    // Round 8: "any free things to do on a Tuesday near ME4?"
                    + "|things to do"
                    // Round 17: "men's sheds", a helpline, talking newspapers and books, a pendant alarm.
                    + "|men'?s sheds|help ?lines?|talking (newspapers?|books?)|(pendant|personal|care) alarms?"
                    + "|alarms? (pendants?|buttons?)|lifeline|careline|telecare"
                    // Round 20 (a24): "does anyone do home visits"
                    + "|home visits?|house calls?)\\b");
    /**
     * Round 16: what Deaf people ask for ("BSL interpreter where", "any deaf club near?"), a service only when
     * asked as a question, since "I need an interpreter at the hospital" answers the language question.
     */
    private static final Pattern DEAF_SERVICES = Pattern.compile(
            "\\b(interpreters?|bsl|sign language|deaf|lip ?reading|text relay|relay uk)\\b");
    private static final Pattern ASKED_AS_QUESTION = Pattern.compile("\\?|\\b(where|how)\\b");
    /**
     * Who a service is for, and support in general: a service question only when the text ends
     * as a question ("what is there for lonely people round here?"), since "I'm lonely, there's
     * nobody round here" is an answer.
     */
    private static final Pattern FOR_WHOM = Pattern.compile("\\b(support|lonely|loneliness|widows?|widowers?"
            + "|older people|old folk|old people|pensioners|people on their own|(men|women|people) (my|our) age"
            + "|for (men|women|people)|company|the over|over \\d+s|over (sixties|seventies|eighties|nineties))\\b");
    /**
     * Round 17: "is there anyone I can talk to about my nerves", "is there somewhere my son can go in the day": a
     * place or a person asked for with what they are for, a question about services whatever it names.
     */
    private static final Pattern OPEN_ASK = Pattern.compile("^((yes|yeah|no|well|oh|and|but|also|sorry|please)[,.! ]+)*"
            + "(is|are) there (somewhere|anywhere|someone|somebody|anyone|anybody|a place|places|people)"
            + "( [\\w']+){0,3} (can|could|who|that|where|to) \\w+");
    /** What may come before a request: "yes, ...", "oh and ...". */
    private static final String LEAD = "^((yes|yeah|no|nope|ok|okay|well|oh|and|but|also|sorry|please"
            // Round 21 (a25): a question put before the answer ("before I answer that, do you do anything for ...",
            // "Before that - is there anywhere ...", "quick question first: ...").
            + "|before (i answer|i go on|we go on|we start|that)( that| this| it)?( though)?|quick question( first)?"
            + "|first( of all)?|can i ask( first| something)?)[,.!:;\\- ]+)*(";
    /**
     * A request that opens the text ("can I get a personal alarm?", "do you still do meals on
     * wheels?", "who do I see about my eyes?", "will I get a free bus pass if..."), after an
     * optional "yes," or "no,": a person asking for something, not answering, whatever it names.
     * Answers do not open this way ("I can get out", "I do have someone").
     */
    private static final Pattern REQUEST = Pattern.compile(LEAD
            + "(can|could|may|might) (i|we) (still |also |just |ever )?(get|have|claim|join|talk|speak|see|ring"
            + "|phone|call|go|apply|ask|be put|find)\\b"
            + "|(can|could) (my|our|the) \\w+( \\w+)? (join|come|go|get|have|be)\\b"
            + "|(can|could|would) (you|someone|somebody|anyone|anybody) (please )?(help|find|put|get|send|arrange|sort|check|look)\\b"
            // "can someone from a charity come and visit me?", "could my GP refer me to someone?"
            + "|(can|could|would|will) (you|someone|somebody|anyone|anybody|a|an|the|my|our)( [\\w']+){0,4}"
            + " (come|visit|take|give|fit|refer|send|arrange|sort|check)\\b"
            + "|(do|does) (you|anyone|anybody|the council) (still )?(have|do|run|offer|cover|provide|know|arrange"
            + "|organise|sort|help)\\b"
            + "|(who|where|what|how) (do|can|should|could|would|might) (i|we) \\w+"
            + "|who (can|could|will|would|does|do) \\w+"
            + "|(will|would|could) i (get|be|have|qualify|lose|still)\\b"
            + "|(is|are) there (a|an|any|some|someone|somebody|anyone|anything|anywhere|people|things|groups|places|support|help)\\b"
            // "do pensioners get free bus travel here?": who qualifies, asked of a group.
            + "|(do|does|can|will) (pensioners|carers|widows|people|older people|we|men|women) (get|qualify|have)\\b"
            + "|where'?s the (nearest|closest|local)"
            // "have you got anything for the over 80s", "does my bus pass work before half nine?"
            + "|(have|has) (you|anyone|anybody|the council) got\\b"
            + "|(does|do|is|will|would|can|could) my (bus pass|blue badge|pass|railcard|pension|benefits?"
            + "|carer'?s allowance|attendance allowance|council tax|hearing aid|prescription)\\b"
            // "anything in Maidstone?", "what's on near Chatham?"
            + "|(anything|something|what'?s on|what'?s going on|what is there|things to do) (on |going on )?"
            + "(in|near|around|round) \\w+"
            // Round 8: "any free things to do on a Tuesday?", "free things to do on a Tuesday"
            + "|((any|some|are there any|what) )?(free |cheap |local )?(things|stuff|activities) to do\\b"
            // Round 9: "what can you do for lonely people?", "what kind of help do you offer?"
            + "|what (can|could|do|would|will) you (do|offer|have|suggest|recommend|provide)\\b"
            + "|what (kinds?|sorts?|types?) of (help|support|services?|activities) (do|can|could|would|is|are)\\b"
            // Round 11: "what services have you got in Chatham?", "what have you got for carers?"
            + "|what (\\w+ ){0,2}(have you got|have you|do you have|do you offer|do you run|do you do)\\b)");
    /**
     * What is on, asked by day or week ("what's on on a Tuesday?", "anything on Fridays?", "what's on this
     * week?"), opening the text: a service question whose day the search takes as a filter, never an answer.
     */
    private static final Pattern WHATS_ON_WHEN = Pattern.compile(LEAD
            + "(what'?s|what is|whats|anything|is there anything|something|what have you got)( going)? (on|happening)"
            + "( on| this| next| at the| for)?( a| an)? (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?"
            + "|sundays?|weekends?|week|today|tonight|tomorrow)\\b)");
    /**
     * Round 20 (a24): what there is for someone, and something cheap to do, opening the text ("what's out there for a
     * single dad", "whats on for over 60s in gillingham", "anything free to do round here?"): asked of services
     * whatever it names, never an answer.
     */
    private static final Pattern WHATS_THERE_FOR = Pattern.compile(LEAD
            + "(what'?s|what is)( going)? (on|out there|there|on offer|happening|available|about|around) for (a |an |the |us"
            + " |me |my |our )?\\w+"
            // Round 21 (a25): whether you, or a body named, do anything ("do you do anything for people who've lost
            // their husband", "do the RNIB do anything near here?")
            + "|(do|does) (you|you lot|yous|anyone|anybody|the (?!(kids|children|grandkids|grandchildren|family|neighbours"
            + "|boys|girls|twins|others)\\b)[a-z]+|[a-z]+ council) (still )?(do|have|offer|run|provide)"
            + " (anything|something|any help|any support)\\b"
            + "|(anything|something|owt|summat) (free|cheap|local|nice|social|fun) (to do|on|going on)\\b)");
    /**
     * Round 21 (a25): where to get a thing, opening the text ("where can I get a mobility scooter cheap", "where do I
     * get a magnifier from"), with or without a question mark: asked of services whatever the thing is, never an
     * answer. Answers do not open this way.
     */
    private static final Pattern WHERE_TO_GET = Pattern.compile(LEAD
            + "where (can|could|do|would|might|should|will) (i|we) (get|buy|find|hire|borrow|rent|order|pick up) (?!to\\b)\\w+)");
    /** Where a later clause or sentence starts: after a comma, full stop or question mark. */
    /**
     * Round 21b (a26): a question in BSL order, put after what is wanted as a sentence of its own ("me want friend
     * visit me. where ask?", "me need help house. who ask?"): where or who to go to.
     */
    private static final Pattern SIGNED_WHERE_ASK = Pattern.compile("[a-z][.!,;]\\s*(where|who)\\s+(ask|go|find|help"
            + "|get help|me ask|me go|i ask|i go)\\s*\\??\\s*$");
    private static final Pattern CLAUSE_START = Pattern.compile("[,.;!?]\\s*");
    /** A place named at the end of a question: "... in Maidstone?", "... near Chatham, please". */
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "\\b(?:in|near|around|nr)\\s+([a-z][a-z' -]*?)[\\s,]*(?:please|thanks|thank you)?[\\s.!?]*$");
    /** The bare name of a service, taken as a question only when the text was not an answer. */
    private static final Pattern SERVICE_NAME = Pattern.compile(
            "^(a |an |the |any |some )?(lunch club|luncheon club|befriending( service)?|day cent(re|er)|coffee morning"
                    + "|meals on wheels|walking group|men'?s shed|support group|carers? support|bereavement support"
                    + "|dial a ride|community transport|computer class(es)?|choir|social club|memory cafe"
                    + "|help with (heating|bills|money|shopping|transport)"
                    // Round 18 (a22): Deaf and sight services named alone ("deaf club?" typed at the age question).
                    + "|deaf (club|group|centre|center|social|church)|bsl (club|group|class(es)?|course)"
                    + "|sign language (class(es)?|course|group)|lip ?reading (class(es)?|group)|hard of hearing (club|group)"
                    + "|sight loss (group|club|support)|visually impaired (group|club)|talking (newspaper|book))s?"
                    + "( please)?$");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([a-z]{1,2}[0-9][a-z0-9]?(?:\\s*[0-9][a-z]{2})?)\\b");
    private static final Set<String> QUESTION_WORDS = Set.of("is", "are", "there", "a", "an", "any", "some", "near",
            "me", "where", "can", "could", "i", "find", "get", "the", "to", "for", "in", "around", "round", "here",
            "my", "do", "you", "know", "of", "please", "thanks", "thank", "looking", "need", "want", "how", "what",
            "nearby", "local", "area", "id", "like", "would", "anything", "something", "place", "places", "go", "it",
            "who", "help", "helps", "with", "anyone", "someone", "somebody", "tell", "about", "available", "whats",
            "recommend", "that", "which", "people", "services", "service",
            // Round 20 (a24): "what's out there for", "does anyone do", "have?", "still running?", "owt"
            "out", "does", "have", "still", "owt",
            // Round 21 (a25): "before I answer that, ...", "quick question first: ..."
            "before", "answer", "quick", "question", "first");

    /**
     * Round 15: what to search for when a question about services comes after an answer and names nothing of its
     * own ("often, what might help with that?"): the topic of the question being answered, in the directory's
     * everyday words, chosen so each finds its kind in the sample directory near Chatham (round 15; "lonely" alone
     * finds nothing there, "lonely companionship" the befriending schemes). A question without a topic keeps its words.
     */
    private static final java.util.Map<String, String> TOPICS = java.util.Map.ofEntries(
            java.util.Map.entry("low_mood", "low mood"),
            java.util.Map.entry("how_often_lonely", "lonely companionship"),
            java.util.Map.entry("lack_companionship", "lonely companionship"),
            java.util.Map.entry("left_out", "lonely companionship"),
            java.util.Map.entry("isolated_from_others", "lonely companionship"),
            java.util.Map.entry("confidant", "friendship calls chat"),
            java.util.Map.entry("visitors", "befriending visit"),
            java.util.Map.entry("contact_children", "lonely companionship"),
            java.util.Map.entry("contact_family", "lonely companionship"),
            java.util.Map.entry("contact_friends", "lonely companionship"),
            java.util.Map.entry("group_member", "social activities"),
            java.util.Map.entry("cold_home", "heating"),
            java.util.Map.entry("money_worries", "money advice"),
            java.util.Map.entry("money_stops_going_out", "money advice"),
            java.util.Map.entry("recent_loss", "bereavement"),
            java.util.Map.entry("hearing_loss", "hearing"),
            java.util.Map.entry("sight_loss", "sight"),
            java.util.Map.entry("eye_conditions", "sight"),
            java.util.Map.entry("memory_problems", "dementia memory"),
            java.util.Map.entry("can_get_out", "transport"),
            java.util.Map.entry("stopped_driving", "transport"),
            java.util.Map.entry("is_carer", "carer"),
            java.util.Map.entry("cares_for", "carer"),
            java.util.Map.entry("long_term_condition", "disability"),
            java.util.Map.entry("daily_activities", "practical help"),
            java.util.Map.entry("thoughts_of_harm", "samaritans"));
    /** Words of an answer or of asking that name nothing to search for. */
    private static final Set<String> NOTHING_NAMED = Set.of("often", "sometimes", "always", "never", "most", "days",
            "day", "lot", "lots", "bit", "little", "quite", "very", "yes", "yeah", "no", "not", "really", "might",
            "could", "would", "can", "will", "should", "may", "that", "this", "those", "these", "them", "it", "its",
            "with", "times", "time", "of", "the", "now", "then", "and", "again", "some", "is", "there", "anything",
            "help", "what", "me", "us", "be", "do", "does", "so", "all", "hardly", "ever", "occasionally", "rarely",
            "mostly", "week", "weeks", "month", "months", "year", "years", "every", "once", "twice", "much", "too",
            "bad", "good", "fine", "ok", "okay", "afraid", "suppose", "guess", "think", "maybe", "perhaps", "about");

    /**
     * This question, searched by the topic of the question being answered when its own words name nothing
     * ("often might" from "often, what might help with that?" becomes "low mood" at the low-mood question);
     * otherwise itself. The postcode and place are kept.
     *
     * @param questionId the id of the question the text answered; unknown ids keep the question as it is
     */
    public ServiceQuestion orTopicOf(String questionId) {
        String topic = TOPICS.get(questionId);
        boolean namesNothing = words.isBlank()
                || Arrays.stream(words.split(" ")).allMatch(w -> w.length() < 3 || NOTHING_NAMED.contains(w));
        return topic != null && namesNothing ? new ServiceQuestion(topic, postcode, place) : this;
    }

    /**
     * Reads a service question. Text that asks ("is there", "where can I", "who can help") about
     * something a service offers is one, and so is a question that opens as a request ("can I get
     * ...?", "do you have ...?", "who do I see about ...?") whatever it names; so is the bare name of a service ("lunch club") when
     * {@code notAnAnswer}, that is when the text could not be read as the answer asked for.
     *
     * @return the question, or empty when the text is not one (or is null)
     */
    public static Optional<ServiceQuestion> read(String text, boolean notAnAnswer) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.UK).replace('\u2019', '\'').strip();
        boolean asks = ASKING.matcher(t).find() && SERVICE_WORDS.matcher(t).find()
                || ASKING.matcher(t).find() && FOR_WHOM.matcher(t).find() && t.endsWith("?")
                // A request that opens the text asks, whether or not it ends with "?" ("can i get
                // dial-a-ride", "Can my husband get some help too? He's got Parkinson's"), when a
                // question mark follows or it names a service or whom one is for.
                || REQUEST.matcher(t).find() && (t.contains("?") || SERVICE_WORDS.matcher(t).find()
                        || FOR_WHOM.matcher(t).find())
                || WHATS_ON_WHEN.matcher(t).find()
                || WHATS_THERE_FOR.matcher(t).find()
                || WHERE_TO_GET.matcher(t).find()
                || SIGNED_WHERE_ASK.matcher(t).find()
                || OPEN_ASK.matcher(t).find()
                || ASKING.matcher(t).find() && DEAF_SERVICES.matcher(t).find() && ASKED_AS_QUESTION.matcher(t).find();
        // Round 9: a request after a first clause, in a text that asks ("nothing at the moment, can you help me
        // find a job?", "how am I meant to get there now? is there anything?").
        Matcher clause = CLAUSE_START.matcher(t);
        while (!asks && t.contains("?") && clause.find()) {
            asks = REQUEST.matcher(t.substring(clause.end())).find();
        }
        boolean named = notAnAnswer && SERVICE_NAME.matcher(t.replaceAll("[.!?]+$", "")).matches();
        if (!asks && !named) {
            return Optional.empty();
        }
        String postcode = null;
        String rest = t;
        Matcher m = POSTCODE.matcher(t);
        while (m.find()) {
            Optional<String> found = Postcodes.normalise(m.group(1));
            if (found.isPresent()) {
                postcode = found.get();
                rest = rest.replace(m.group(1), " ");
                break;
            }
        }
        String words = Arrays.stream(rest.split("[^a-z0-9']+"))
                .map(w -> w.replace("'", ""))
                .filter(w -> !w.isEmpty() && !QUESTION_WORDS.contains(w))
                .collect(Collectors.joining(" "));
        Matcher near = NAMED_PLACE.matcher(rest.strip());
        String place = postcode == null && near.find() ? near.group(1).strip() : null;
        return Optional.of(new ServiceQuestion(words, postcode, place == null || place.isEmpty() ? null : place));
    }
}
