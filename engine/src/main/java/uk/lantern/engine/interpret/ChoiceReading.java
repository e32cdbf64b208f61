package uk.lantern.engine.interpret;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads one of a question's options from an option's id, its label, everyday wording for it
 * ({@link OptionPhrases}) or its position in the list ("2", "the second one"). When two of these
 * point to different options, as "2" does for "how many tasks" (the second option is "One"),
 * the answer is unclear.
 */
final class ChoiceReading {

    private static final Set<String> POSITION_FILLERS = Set.of(
            "number", "no", "option", "choice", "the", "its", "it", "is", "please", "one", "i", "choose", "pick",
            "say");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh");

    /** Doubt that no option's wording may outweigh: "yes and no" is not a "no". */
    private static final List<String> UNSURE = List.of(
            "yes and no", "dont know", "do not know", "not sure", "no idea", "dunno", "cant say", "hard to say");

    /** "Can't say I do": a polite no, not doubt. */
    private static final List<String> CANT_SAY_I = List.of("cant say i", "cannot say i", "cant really say i",
            "cant say that i");

    /** Questions that ask for a rating on one scale, where a hedge can be followed by the rating meant. */
    private static final Set<String> RATINGS = Set.of("self_rated_health");

    private static final Map<Question, PhraseTable<String>> TABLES = new ConcurrentHashMap<>();


    private static final List<String> FEELINGS = List.of("lack_companionship", "left_out", "isolated_from_others",
            "how_often_lonely");
    private static final Pattern SOME_DAYS_YES = Pattern.compile(
            "\\bsome (days|weeks|nights|evenings|times|mornings) (yes|i do)\\b.*\\bsome (days|weeks|nights|evenings|times|mornings) (no|not|i dont)\\b");
    /** A reason after an opening never: being out and among people. */
    private static final List<String> OUT_AND_ABOUT = List.of("out and about", "see people", "see someone",
            "see folk", "always out", "always busy", "on the go", "always doing", "people around");
    /** Why there are no children: "it never happened for us", "we weren't blessed". */
    private static final List<String> NO_CHILDREN_REASON = List.of("never happened", "werent blessed",
            "never blessed", "not blessed", "never had any", "never had children", "never had kids", "couldnt have",
            "wasnt to be", "never came along");
    /** The seasons, and their plurals, for one set against another. */
    private static final List<Set<String>> SEASONS = List.of(Set.of("winter", "winters", "wintertime"),
            Set.of("summer", "summers", "summertime"), Set.of("spring", "springs"), Set.of("autumn", "autumns"));
    /** An opening word that says how much: "very isolated, out in the sticks", "extremely, I'm miles from anyone". */
    private static final Set<String> VERY = Set.of("very", "extremely", "terribly", "awfully", "incredibly",
            "desperately");
    /** What may follow it in the same breath: the feeling, "much (so)", or the start of the reason. */
    private static final Set<String> AFTER_VERY = Set.of("isolated", "lonely", "alone", "cut", "much", "im", "i",
            "its", "it", "theres", "there", "out", "nobody", "no", "with", "living", "being");

    /**
     * Round 11: only someone who calls for their work, to "how often does someone come to see you": "only the
     * postman", "nobody except the meter man". Nobody comes to see the person, so rarely.
     */
    private static final Pattern ONLY_CALLERS_BY_TRADE = Pattern.compile("^(?:(?:well|er|um|oh) )?(?:only|just|nobody"
            + "(?: but| except| apart from)?|no one(?: but| except| apart from)?|noone(?: but| except)?) (?:the |my )?"
            + "(?:postman|postie|post lady|postwoman|milkman|meter man|meter reader|delivery (?:man|driver|men)"
            + "|window cleaner|paper boy|paperboy|gas man|parcel man|courier|amazon man|bin men|binmen)s?"
            + "(?: (?:ha|haha|lol|really|tbh|to be honest|and that s it|thats it|thats about it))*$");


    /** Round 13: liking one's own company ("a bit of a loner and like it that way"): hardly ever lacking company. */
    private static final List<String> LONER = List.of("loner", "own company", "happy on my own", "happy alone",
            "happy by myself", "content on my own", "like being on my own", "like my own space");
    private static final List<String> LIKING_IT = List.of("like it", "like that", "suits me", "happy", "prefer",
            "that way", "love it", "content", "always have been", "always been");
    /** Round 13: others who never ask ("my kids never invite me"): the never is theirs; left out often. */
    private static final Pattern OTHERS_NEVER_ASK = Pattern.compile("\\b(they|kids|children|family|friends|sons|daughters"
            + "|sisters|brothers|neighbours|nobody|people|grandkids|son|daughter|sister|brother) never (invite|invites"
            + "|include|includes|ask|asks|call|calls|ring|rings|visit|visits|come|comes|think|thinks) (me|round|to)\\b");
    /** Round 13: cut off since something and never back ("isolated since covid and never got back out"): often. */
    private static final Pattern SINCE_AND_NEVER_BACK = Pattern.compile("\\bsince\\b.*\\bnever (got back|been back"
            + "|went back|gone back|been the same|recovered|picked up)\\b");
    /** Round 13: an occasion as the whole answer ("at Christmas", "when my daughter's on holiday"): some of the time. */
    private static final Pattern OCCASION = Pattern.compile("^(at|on|over|around|round) (christmas|christmas time|easter"
            + "|my birthday|birthdays|bank holidays|the holidays|holidays|new year|weekends|the weekends|sundays)( mostly"
            + "| especially| really| time)?$|^(when|whenever) (?!i was |i were |i used )(my|the|they|family|everyone"
            + "|people|friends|kids|its|it|theres|there|i)\\b.*");
    private static final List<String> HOW_MUCH_SAID = List.of("never", "always", "often", "all the time",
            "hardly", "rarely", "every", "constantly", "most of the time");
    /** Round 13: looking for work ("looking for something part-time"): unemployed, not working. */
    /**
     * Round 20 (a24): every task done, in BSL order with no "can" ("no problem. me do all", "me do everything
     * myself"): none is hard.
     */
    private static final Pattern ALL_DONE_MYSELF = Pattern.compile("^((no|none|no problem|no problems|fine|ok|okay)"
            + " )*(me|i) (do|manage) (it |them )?(all|everything)( myself| me| still| fine| ok)*$");
    /**
     * Round 20 (a24): one task that cannot be done and the rest said to be fine ("cant cook anymore, rest ok",
     * "shopping hard, rest me do all"): one.
     */
    private static final Pattern REST_FINE = Pattern.compile("^(of it |of them )?(is |are )?(ok|okay|fine|alright"
            + "|no problem|i can do|i manage|i can manage|me do all|me do|me manage|all fine|all ok)( myself| me| fine)?$");
    /** A difficulty with a task said: "can't", "hard", "need help", "no more". */
    private static final List<String> DIFFICULTY_SAID = List.of("cant", "can t", "cannot", "can not", "hard",
            "struggle", "difficult", "help", "no more", "not any more", "not anymore");
    private static final Pattern LOOKING_FOR_WORK = Pattern.compile("^(im |i am |i m |been |still )?(looking|searching"
            + "|hunting) for (a |some |something |work|job)\\b.*");
    /** Round 13: never married ("never got round to it"): single, or a partner when one is said. */
    private static final Pattern NEVER_GOT_ROUND = Pattern.compile("\\bnever (got round to|got around to|bothered|"
            + "saw the point|fancied|did get married|got married|married|tied the knot)\\b.*|^never got round\\b.*");
    /** Round 13: managing, but slowly ("I manage, slowly"): one task or more may be hard; asked again. */
    private static final Pattern MANAGE_SLOWLY = Pattern.compile("^(i )?(manage|get by|cope|get there)\\b.*\\b(slowly"
            + "|slow|takes me longer|take my time|takes a while|takes ages|in the end|eventually|just about|with a struggle"
            + "|struggle)\\b.*");

    private ChoiceReading() {
    }

    /**
     * Options read by kind before the option words (docs/interpretation.md, rounds 9b and 10): to
     * how often one feels so, "some days yes some days no" and one season set against another
     * ("in winter yes, summer not so much") are some of the time; an opening "very" or "extremely"
     * ("very isolated, out in the sticks") is often; an opening "never" followed by a reason
     * ("never, I'm out and about every day") is the opening's reading. "None, it never happened for
     * us" to children is none; "divorced twice, single now" is divorced.
     *
     * @param question a single-choice question
     * @param words the answer as words
     * @return an option id read by one of these kinds, or empty
     */
    /** Round 14: contact said as too much ("they never leave me alone"): a lot. */
    private static final Pattern TOO_MUCH_CONTACT = Pattern.compile("\\bnever (leave|leaves) me (alone|be)\\b"
            + "|\\bnever stop (ringing|calling|phoning|texting|visiting)\\b|\\balways on at me\\b|\\bcant get rid of\\b");
    /** Round 14: living close by ("my daughter lives next door"). */
    private static final Pattern LIVES_CLOSE = Pattern.compile("\\b(lives|live|living) (next door|round the corner"
            + "|around the corner|across the road|down the road|over the road|up the road|in the same street|two doors"
            + "|a few doors|upstairs|downstairs)\\b");
    /** Round 14: a day of the week, however spelt ("on thursdys", "on a weds"). */
    private static final Pattern ON_A_DAY = Pattern.compile("\\b(on( a)?|every) (mon|tue|tues|wed|weds|thu|thur|thurs|fri"
            + "|sat|sun)[a-z]*\\b");
    /** Words that open a remark after a named task ("cooking, I burn everything :)"). */
    private static final Set<String> REMARK_OPENS = Set.of("i", "im", "haha", "lol", "ha", "it", "its");
    private static final List<String> CONTACT = List.of("contact_children", "contact_family", "contact_friends");

    /** The kinds round 14 reads (docs/interpretation.md, "Round 14"); empty when none applies. */
    private static Optional<String> roundFourteen(Question question, Words words, String joined) {
        String id = question.id();
        boolean negated = words.hasAny(List.of("not", "never", "dont", "doesnt", "used to", "hardly", "rarely", "no"));
        if (CONTACT.contains(id) && TOO_MUCH_CONTACT.matcher(joined).find()) {
            return Optional.of("monthly_or_more");
        }
        if (CONTACT.contains(id) && (LIVES_CLOSE.matcher(joined).find() || ON_A_DAY.matcher(joined).find()) && !negated
                && !words.hasAny(List.of("but", "except", "used to", "before"))) {
            return Optional.of("monthly_or_more");
        }
        if (CONTACT.contains(id) && joined.matches("^(yes |yeah )?(loads|lots|plenty|a lot|all the time)( of them)?$")) {
            return Optional.of("monthly_or_more");
        }
        if ("contact_friends".equals(id) && (joined.matches("^(friends )?what friends.*")
                || joined.matches("^(friends )?i (havent|have not|dont have|haven t) (got )?any( friends)?$")
                || joined.matches("^(\\w+ )?friends before now (not|no|never) see.*"))) {
            return Optional.of("none");
        }
        if (CONTACT.contains(id) && joined.matches("^(once in a while|every so often|now and again not often"
                + "|now and then not often)$")) {
            return Optional.of("less_than_monthly");
        }
        if ("daily_activities".equals(id)) {
            List<String> t = words.tokens();
            int remark = -1;
            for (int i = 1; i < t.size(); i++) {
                if (REMARK_OPENS.contains(t.get(i))) {
                    remark = i;
                    break;
                }
            }
            if (remark > 0) {
                Words task = new Words(t.subList(0, remark));
                Words rest = new Words(t.subList(remark, t.size()).stream()
                        .filter(w -> !List.of("everything", "all", "everyone").contains(w)).toList());
                if (NamedCount.DAILY_TASKS.count(task).orElse(0) == 1 && NamedCount.DAILY_TASKS.count(rest).orElse(0) == 0
                        && !task.hasAny(List.of("and", "not", "no", "none", "fine", "except"))
                        && !rest.hasAny(List.of("and", "also", "too", "as well", "but", "not"))
                        && !rest.hasAny(DIFFICULTY_SAID)) {
                    // "cooking, I burn everything :)": one task named, then a joke about it.
                    return Optional.of("one");
                }
            }
        }
        if ("self_rated_health".equals(id) && joined.matches("^(its |it s |im |i m )?(not bad( and)? not great|not great"
                + "( and)? not bad|not great not terrible|not terrible not great)$")) {
            return Optional.of("fair");
        }
        if ("isolated_from_others".equals(id) && joined.matches("^(yes|yeah|yep) .*")
                && words.hasAny(List.of("the sticks", "middle of nowhere", "back of beyond", "miles from anywhere"))) {
            return question.option("often").isPresent() ? Optional.of("often") : Optional.empty();
        }
        if ("work".equals(id) && joined.startsWith("retired") && words.hasAny(List.of("volunteer", "volunteering",
                "shifts", "shift", "part time", "bit of work")) && !words.hasAny(List.of("recently", "last year",
                "this year", "just", "months ago", "weeks ago")) && NumberWords.findIn(words).stream()
                .noneMatch(m -> m.value() > 1900)) {
            // Retired, and doing a little besides: the person names retired first, so retired (the other fair
            // reading, working or other, is recorded in the corpus as a|b).
            return Optional.of("retired");
        }
        return Optional.empty();
    }

    /** Round 20 (a24): "me do all" (none), or one task that cannot be done and "the rest ok" (one); empty otherwise. */
    private static Optional<String> oneThenRestFine(Words words) {
        if (ALL_DONE_MYSELF.matcher(words.joined()).matches()) {
            return Optional.of("none");
        }
        List<String> t = words.tokens();
        int rest = t.indexOf("rest");
        if (rest < 1) {
            return Optional.empty();
        }
        Words task = new Words(t.subList(0, t.get(rest - 1).equals("the") ? rest - 1 : rest));
        String after = String.join(" ", t.subList(rest + 1, t.size()));
        return task.hasAny(DIFFICULTY_SAID) && !task.hasAny(List.of("and", "also", "too", "but"))
                && NamedCount.DAILY_TASKS.count(task).orElse(0) == 1 && REST_FINE.matcher(after).matches()
                ? Optional.of("one") : Optional.empty();
    }

    /** Round 21 (a25): nobody comes to the home, said first ("nobody comes to the house", "I never get visitors"). */
    private static final Pattern NOBODY_COMES = Pattern.compile("^(nobody|no one|noone|no body|not anyone)( ever| really)?"
            + " (comes|visits|calls|pops|drops|bothers to come)\\b|^(i |she |he )?(never|dont|doesnt|hardly ever) (get|gets"
            + "|have|has) (any )?visitors\\b|^no visitors\\b");
    /** ... and someone seen out of it, at a place named ("at the bingo", "at church", "in town"). */
    private static final Pattern SEEN_ELSEWHERE = Pattern.compile("\\b(see|sees|saw|meet|meets|met|catch up with"
            + "|catches up with)\\b.*\\b(at|in|down|on) (the |her |his |my )?(church|chapel|town|bingo|club|pub|cafe"
            + "|market|shops|day centre|lunch club|library|park|mosque|temple|gurdwara|synagogue)\\b");
    /** ... with no one said to come after all ("nobody comes except my son"). */
    private static final List<String> EXCEPT_SOMEONE = List.of("except", "apart from", "other than", "only my",
            "but my", "but her", "but his", "besides");

    static Optional<String> byKind(Question question, Words words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String joined = words.joined();
        boolean feeling = FEELINGS.contains(question.id());
        if ("visitors".equals(question.id()) && NOBODY_COMES.matcher(joined).find()
                && SEEN_ELSEWHERE.matcher(joined).find() && !words.hasAny(EXCEPT_SOMEONE)) {
            // Round 21 (a25): "Nobody comes to the house. Sees her friend at the bingo once a week": how often someone
            // is met elsewhere is not how often someone comes to the home.
            return question.option("rarely").map(o -> o.id());
        }
        Optional<String> round14 = roundFourteen(question, words, joined);
        if (round14.isPresent()) {
            return round14;
        }
        if (feeling && SOME_DAYS_YES.matcher(joined).find()) {
            return Optional.of("some_of_the_time");
        }
        if (feeling && SEASONS.stream().filter(season -> season.stream().anyMatch(words::has)).count() >= 2
                && !words.hasAny(List.of("or", "even", "all year", "whatever the"))) {
            // One part of the year against another: some of the time.
            return Optional.of("some_of_the_time");
        }
        if (feeling && VERY.contains(words.get(0)) && (words.size() == 1 || AFTER_VERY.contains(words.get(1)))
                && !words.hasAny(List.of("not", "never", "hardly", "rarely", "seldom", "little", "few"))) {
            return question.option("often").isPresent() ? Optional.of("often") : Optional.of("often_always");
        }
        if (feeling && words.size() > 2 && words.get(0).equals("never") && words.hasAny(OUT_AND_ABOUT)
                && !words.hasAny(List.of("but", "except", "sometimes", "often", "lonely", "alone", "isolated"))) {
            return question.option("hardly_ever").isPresent() ? Optional.of("hardly_ever") : Optional.of("never");
        }
        if ("lack_companionship".equals(question.id()) && words.hasAny(LONER) && words.hasAny(LIKING_IT)
                && !words.hasAny(List.of("but", "except", "sometimes", "lonely", "miss"))) {
            return Optional.of("hardly_ever");
        }
        if (feeling && question.option("often").isPresent() && (OTHERS_NEVER_ASK.matcher(joined).find()
                || SINCE_AND_NEVER_BACK.matcher(joined).find())) {
            return Optional.of("often");
        }
        if (feeling && OCCASION.matcher(joined).matches() && !words.hasAny(HOW_MUCH_SAID)
                && question.option("some_of_the_time").isPresent()) {
            return Optional.of("some_of_the_time");
        }
        if ("daily_activities".equals(question.id())) {
            Optional<String> restFine = oneThenRestFine(words);
            if (restFine.isPresent()) {
                return restFine;
            }
        }
        if ("work".equals(question.id()) && LOOKING_FOR_WORK.matcher(joined).matches()
                && !words.hasAny(List.of("retired", "volunteer", "volunteering", "hobby"))) {
            return Optional.of("unemployed");
        }
        if ("marital_status".equals(question.id()) && NEVER_GOT_ROUND.matcher(joined).find()
                && !words.hasAny(List.of("widowed", "died", "passed", "divorced", "separated", "remarried",
                        "divorce", "divorcing", "split", "split up", "left me"))) {
            return Optional.of(words.hasAny(List.of("together", "partner", "live with", "living with", "common law"))
                    ? "married_or_partner" : "single");
        }
        if ("visitors".equals(question.id()) && ONLY_CALLERS_BY_TRADE.matcher(joined).matches()) {
            return Optional.of("rarely");
        }
        if ("contact_children".equals(question.id()) && List.of("none", "no", "never").contains(words.get(0))
                && words.hasAny(NO_CHILDREN_REASON)) {
            // "None, it never happened for us": no children, so none.
            return Optional.of("none");
        }
        if ("marital_status".equals(question.id()) && words.has("divorced")
                && words.hasAny(List.of("single now", "single these days", "single again", "on my own now",
                        "single ever since", "single since"))
                && !words.hasAny(List.of("widowed", "died", "remarried", "married again", "partner now"))) {
            return Optional.of("separated_or_divorced");
        }
        return Optional.empty();
    }

    /**
     * Round 13: answers to a choice question that leave it open: "I manage, slowly" to how many
     * daily tasks are hard says there is some difficulty, but not with how many.
     *
     * @param question a single-choice question
     * @param words the answer as words
     * @return an unclear reading asking again, or empty
     */
    static Optional<Interpretation> askAgain(Question question, Words words) {
        if ("daily_activities".equals(question.id()) && MANAGE_SLOWLY.matcher(words.joined()).matches()) {
            return Optional.of(Interpretation.unclear("It sounds like some things take longer. How many of these "
                    + "do you have difficulty with: none, one, or two or more?"));
        }
        if ("visitors".equals(question.id()) && words.hasAny(BY_PHONE) && words.hasAny(NO_ONE_COMES)) {
            // Round 16: "nobody comes, my sister phones every week": the rate is the call's; visits are rare.
            return Optional.of(Interpretation.understood("rarely"));
        }
        if ("visitors".equals(question.id()) && words.hasAny(BY_PHONE) && !words.hasAny(IN_PERSON)) {
            // Round 16: "my daughter phones every day": a call is not a visit, and whether anyone comes is not said.
            return Optional.of(Interpretation.unclear("It's good to hear from people. Leaving calls aside, how often "
                    + "does someone come to see you at home: most days, weekly, monthly, or rarely?"));
        }
        if ("contact_family".equals(question.id()) && words.hasAny(OWN_CHILD) && !words.hasAny(OTHER_FAMILY)) {
            // Round 16: "my daughter every day" at the other-family question: the answer to the children's question.
            return Optional.of(Interpretation.unclear("That sounds like your children, which I asked about before. "
                    + "How often are you in touch with other family, like brothers, sisters, cousins or grandchildren?"));
        }
        return Optional.empty();
    }

    /** Round 16: being in touch by telephone or message only, without anyone coming. */
    private static final List<String> BY_PHONE = List.of("phones", "phone", "phoned", "rings", "ring", "rang",
            "calls me", "call me", "texts", "text", "facetime", "video call", "video calls", "on the phone");
    /** ... and words of coming in person, which keep the rate a visit ("calls in every day", "rings then pops round"). */
    private static final List<String> IN_PERSON = List.of("comes", "come", "came", "visit", "visits", "visited",
            "pops", "pop", "calls in", "calls round", "call in", "call round", "drops in", "drops by", "round",
            "over", "here", "sees me", "see me");
    /** ... or said not to come at all. */
    private static final List<String> NO_ONE_COMES = List.of("nobody", "no one", "noone", "never comes",
            "never visits", "doesnt come", "dont come", "never come", "doesnt visit", "dont visit");
    /** Round 16: one's own children, named at the question about other family. */
    private static final List<String> OWN_CHILD = List.of("my son", "my daughter", "my sons", "my daughters",
            "my kids", "my children", "my boy", "my girl", "the kids", "our son", "our daughter");
    private static final List<String> OTHER_FAMILY = List.of("sister", "brother", "cousin", "cousins", "niece",
            "nephew", "aunt", "auntie", "uncle", "grandson", "granddaughter", "grandchildren", "grandkids", "mum",
            "dad", "mother", "father", "in law", "in laws", "family", "sisters", "brothers", "nieces", "nephews");

    static Interpretation read(Question question, Words words) {
        if (words.isEmpty()) {
            return Interpretation.unclear("There was no answer to read.");
        }
        if (words.hasAny(UNSURE) && !words.hasAny(CANT_SAY_I)) {
            return Interpretation.unclear("That sounded unsure, so I did not want to guess. Please pick one of: "
                    + labels(question) + ".");
        }
        Optional<String> byPosition = byPosition(question, words);
        List<PhraseTable.Found<String>> found = TABLES.computeIfAbsent(question, ChoiceReading::tableFor).findIn(words);
        Set<String> meant = found.stream()
                .filter(f -> !f.negated())
                .map(PhraseTable.Found::meaning)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        byPosition.ifPresent(meant::add);
        if (meant.size() == 1) {
            return Interpretation.understood(meant.iterator().next());
        }
        Optional<String> corrected = RATINGS.contains(question.id()) && byPosition.isEmpty()
                ? settledAfterHedge(found, words) : Optional.empty();
        if (corrected.isPresent()) {
            return Interpretation.understood(corrected.get());
        }
        if (meant.size() > 1) {
            return Interpretation.unclear("That could mean more than one of the answers ("
                    + meant.stream().map(id -> label(question, id)).collect(Collectors.joining(", "))
                    + "), so please pick one.");
        }
        if (!found.isEmpty()) {
            return Interpretation.unclear("I could not tell which answer you meant. Please pick one of: " + labels(question) + ".");
        }
        return Interpretation.unclear("That did not match any of the answers. Please pick one of: " + labels(question) + ".");
    }

    /**
     * "Not great, pretty poor really": a rating hedged with "not" and then said plainly is the
     * plain one. Only when every other phrase is a "not ..." that comes before it.
     */
    private static Optional<String> settledAfterHedge(List<PhraseTable.Found<String>> found, Words words) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // "Some days good, some days bad, so fair I suppose": a rating given as the conclusion.
        PhraseTable.Found<String> last = found.getLast();
        int at = last.start();
        boolean concluded = !last.negated() && at > 0 && (words.get(at - 1).equals("so")
                || words.get(at - 1).equals("overall") || (at > 1 && words.get(at - 2).equals("on")
                && words.get(at - 1).equals("balance")) || (at > 1 && words.get(at - 2).equals("all")
                && words.get(at - 1).equals("round")));
        if (concluded) {
            return Optional.of(last.meaning());
        }
        List<PhraseTable.Found<String>> plain = found.stream()
                .filter(f -> !f.negated() && !f.phrase().startsWith("not ")).toList();
        if (plain.size() != 1) {
            return Optional.empty();
        }
        PhraseTable.Found<String> settled = plain.getFirst();
        boolean hedgesBefore = found.stream().filter(f -> f != settled)
                .allMatch(f -> f.phrase().startsWith("not ") && f.start() < settled.start());
        return hedgesBefore ? Optional.of(settled.meaning()) : Optional.empty();
    }

    private static Optional<String> byPosition(Question question, Words words) {
        List<String> left = words.tokens().stream().filter(t -> !POSITION_FILLERS.contains(t)).toList();
        if (left.size() != 1) {
            return Optional.empty();
        }
        String token = left.get(0);
        int position = ORDINALS.indexOf(token) + 1;
        if (position == 0 && token.matches("[0-9]{1,2}")) {
            position = Integer.parseInt(token);
        }
        return position >= 1 && position <= question.options().size()
                ? Optional.of(question.options().get(position - 1).id())
                : Optional.empty();
    }

    /** Labels and ids first, then every everyday phrase that points to an option this question offers. */
    private static PhraseTable<String> tableFor(Question question) {
        PhraseTable<String> table = new PhraseTable<>();
        for (AnswerOption option : question.options()) {
            table.add(option.label(), option.id());
            table.add(option.id().replace('_', ' '), option.id());
        }
        OptionPhrases.MEANINGS.forEach((phrase, candidates) -> candidates.stream()
                .filter(id -> question.option(id).isPresent())
                .findFirst()
                .ifPresent(id -> table.add(phrase, id)));
        return table;
    }

    private static String label(Question question, String optionId) {
        return question.option(optionId).map(AnswerOption::label).orElse(optionId);
    }

    private static String labels(Question question) {
        return question.options().stream().map(AnswerOption::label).collect(Collectors.joining(", "));
    }
}
