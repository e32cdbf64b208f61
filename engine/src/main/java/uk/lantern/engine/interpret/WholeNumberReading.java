package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads a whole number: "82", "eighty two", "I'm 82". A number spoken of as still to come
 * ("I'll be 83 in May", "nearly 83", "83 next birthday") counts as one less, so the reading is
 * the present age. Two different present numbers, or a hedge such as "over 80", are unclear.
 */
final class WholeNumberReading {

    private static final List<String> UNSURE = List.of(
            "dont know", "do not know", "not sure", "no idea", "dunno", "cant remember", "cannot remember",
            "maybe", "perhaps", "about", "around", "roughly", "over", "under", "more than", "less than",
            "at least", "odd", "ish", "something", "or so", "or", "between");
    private static final Set<String> STILL_TO_COME_BEFORE = Set.of("be", "turning", "turn", "nearly", "almost", "approaching",
            "pushing", "nearing", "rising");
    /** Words around an age reached this year: "turned 76 in August", "86 in March just gone". */
    private static final Set<String> PASSED_BEFORE = Set.of("turned", "was", "reached", "hit");
    private static final Set<String> PASSED_AFTER = Set.of("just", "gone", "passed", "last");
    /** Two words before an age still to come: "coming up to 90", "getting on for 80", "knocking on 85". */
    private static final Set<String> CLOSE_TO = Set.of("up to", "on for", "close to", "knocking on", "nearer to",
            "heading for", "heading towards", "near to", "creeping to");
    private static final List<String> NOTHING = List.of("none", "no", "nothing", "not any", "zero", "nil", "nope",
            "dont have any", "havent got any", "havent any", "do not have any");

    private WholeNumberReading() {
    }

    static Interpretation read(Question question, Words words) {
        if (words.isEmpty()) {
            return Interpretation.unclear("There was no answer to read.");
        }
        if (words.hasAny(UNSURE)) {
            return Interpretation.unclear("I need an exact number, so I did not want to guess.");
        }
        Optional<Integer> number = presentNumber(words);
        if (number.isEmpty() && question.min() != null && question.min() == 0 && words.hasAny(NOTHING)) {
            number = Optional.of(0);
        }
        return number.map(n -> inRange(question, n))
                .orElseGet(() -> Interpretation.unclear("I could not find one number in that. Could you type it as a number, like "
                        + example(question) + "?"));
    }

    /** Round 16: the words that take back a number just said: "two, no three", "seventy one. no sorry seventy two". */
    private static final Set<String> TAKING_BACK = Set.of("no", "sorry", "wait", "i", "mean", "oh", "hang", "on",
            "actually", "scratch", "that");

    /**
     * Round 16: a number said first and put right at once ("two, no three, forgot my grandson moved back in",
     * "seventy one. no sorry seventy two, forgot I had a birthday in August"): the second number, whatever reason
     * follows it. Empty unless the answer opens with a number and only words of taking back stand before the next,
     * with "no" or "sorry" among them.
     */
    static Optional<Integer> putRightAtOnce(Words words) {
        List<NumberWords.Mention> mentions = NumberWords.findIn(words);
        if (mentions.size() < 2 || mentions.get(0).start() != 0 || mentions.get(0).doubtful() || mentions.get(1).doubtful()) {
            return Optional.empty();
        }
        List<String> between = words.tokens().subList(mentions.get(0).end(), mentions.get(1).start());
        boolean takenBack = !between.isEmpty() && between.stream().allMatch(TAKING_BACK::contains)
                && (between.contains("no") || between.contains("sorry"));
        if (!takenBack || mentions.get(1).value() == mentions.get(0).value()) {
            return Optional.empty();
        }
        // Round 19 (a23): "three no four hang on... three": taken back again, and again; the last number said stands
        int last = 1;
        while (last + 1 < mentions.size() && !mentions.get(last + 1).doubtful()) {
            List<String> next = words.tokens().subList(mentions.get(last).end(), mentions.get(last + 1).start());
            if (next.isEmpty() || !next.stream().allMatch(TAKING_BACK::contains)) {
                break;
            }
            last++;
        }
        return Optional.of(mentions.get(last).value());
    }

    /**
     * A number to show as an example that fits the question: an adult's age ("78") when the
     * question asks for 18 or more, else a small count ("3").
     */
    static String example(Question question) {
        return question.min() != null && question.min() >= 18 ? "78" : "3";
    }

    /**
     * The number said of the person answering when others' are said too: "I'm 79 and my husband
     * is 82" is 79. Empty unless exactly one number follows "I'm" or "I am" (or "I'm aged").
     */
    static Optional<Integer> speakersOwn(Words all) {
        // "I'm 78 but I feel about 50": what follows "but" does not hedge the age given before it.
        int but = all.tokens().indexOf("but");
        Words words = but > 0 ? new Words(all.tokens().subList(0, but)) : all;
        if (words.hasAny(UNSURE)) {
            return Optional.empty();
        }
        List<Integer> own = NumberWords.findIn(words).stream()
                .filter(m -> !isStillToCome(words, m) && saidOfSpeaker(words, m.start()))
                .map(NumberWords.Mention::value)
                .distinct()
                .toList();
        return own.size() == 1 ? Optional.of(own.getFirst()) : Optional.empty();
    }

    /**
     * The number an answer opens with when every other number is said of someone else: "85, my
     * daughter is 60". Empty when it does not open with a number or another number is unexplained.
     */
    static Optional<Integer> openingNotSomeoneElses(Words words) {
        List<NumberWords.Mention> mentions = NumberWords.findIn(words);
        if (mentions.size() < 2 || mentions.getFirst().start() != 0 || isStillToCome(words, mentions.getFirst())) {
            return Optional.empty();
        }
        boolean othersExplained = mentions.stream().skip(1).allMatch(m -> ofSomeoneElse(words, m));
        return othersExplained ? Optional.of(mentions.getFirst().value()) : Optional.empty();
    }

    private static boolean ofSomeoneElse(Words words, NumberWords.Mention m) {
        return m.start() > 0 && !birthdayPassed(words, m.start())
                && (Set.of("is", "hes", "shes", "was", "theyre", "are").contains(words.get(m.start() - 1))
                || SOMEONE_IS.contains(words.get(m.start() - 1)));
    }

    /** "My son's 60": a person's word run on to "is". */
    private static final Set<String> SOMEONE_IS = Set.of("sons", "daughters", "husbands", "wifes", "brothers",
            "sisters", "mums", "dads", "partners", "friends", "neighbours", "hubbys");

    /** A number said of someone else: "my husband is 82", "she's 90". */
    static boolean saidOfSomeoneElse(Words words) {
        return NumberWords.findIn(words).stream().anyMatch(m -> ofSomeoneElse(words, m));
    }

    /** Round 20 (a24): units after a number that make it a length of time, not an age. */
    private static final Set<String> LENGTH_OF_TIME = Set.of("years", "year", "yrs", "yr", "months", "month", "weeks",
            "week", "days", "ago");
    /** Round 20 (a24): asking back which number is wanted. */
    private static final List<String> ASKED_WHICH = List.of("which", "what", "do you want", "do you need",
            "you want", "you need");

    private static boolean saidOfSpeaker(Words words, int at) {
        int i = at > 0 && words.get(at - 1).equals("aged") ? at - 1 : at;
        return (i > 0 && words.get(i - 1).equals("im"))
                || (i > 1 && words.get(i - 1).equals("am") && words.get(i - 2).equals("i"))
                // Round 20 (a24): "me 62, husband 65", "wife 68, me 70": "me" opening the answer or a part of a list;
                // not a length of time ("me 45 years here"), nor when asked which age is wanted ("me 58, mum 83,
                // which one do you want?")
                || (i > 0 && words.get(i - 1).equals("me") && (i == 1 || words.get(i - 2).equals("and")
                        || words.get(i - 2).matches("[0-9]+"))
                        && !(at + 1 < words.size() && LENGTH_OF_TIME.contains(words.get(at + 1)))
                        && !words.hasAny(ASKED_WHICH))
                // Round 21 (a25): a worker's note of the person screened, "Client is 81 yrs", "pt is 79": their age
                || (i > 1 && words.get(i - 1).equals("is") && SCREENED.contains(words.get(i - 2)))
                || birthdayPassed(words, at);
    }

    /** Round 21 (a25): how a worker's note names the person being screened. */
    private static final Set<String> SCREENED = Set.of("client", "pt", "patient", "resident", "customer", "clt");

    /**
     * "I was 85 last month", "I was 80 in June", "I was 80 at the end of last month": a birthday this
     * year already passed, so the age now. The time may follow within five words.
     */
    private static boolean birthdayPassed(Words words, int at) {
        if (at < 2 || !words.get(at - 1).equals("was") || !words.get(at - 2).equals("i")) {
            return false;
        }
        for (int i = at + 1; i < Math.min(words.size(), at + 6); i++) {
            String w = words.get(i);
            if (w.equals("last") || w.equals("this") || w.equals("ago") || Months.of(w) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The one number meant at present, or empty when there is none or more than one. */
    static Optional<Integer> presentNumber(Words words) {
        Set<Integer> present = new TreeSet<>();
        Set<Integer> stillToCome = new TreeSet<>();
        for (NumberWords.Mention mention : NumberWords.findIn(words)) {
            if (mention.doubtful()) {
                return Optional.empty();
            }
            if (isStillToCome(words, mention)) {
                stillToCome.add(mention.value() - 1);
            } else {
                present.add(mention.value());
            }
        }
        Set<Integer> chosen = present.isEmpty() ? stillToCome : present;
        return chosen.size() == 1 ? Optional.of(chosen.iterator().next()) : Optional.empty();
    }

    private static boolean isStillToCome(Words words, NumberWords.Mention mention) {
        boolean before = mention.start() > 0 && STILL_TO_COME_BEFORE.contains(words.get(mention.start() - 1));
        boolean goingOn = mention.start() > 1 && words.get(mention.start() - 2).equals("going")
                && words.get(mention.start() - 1).equals("on");
        boolean after = mention.end() < words.size() && words.get(mention.end()).equals("next");
        // "ninety two, ninety three in Feb": the next birthday, named by its month; not "I turned 76
        // in August" or "86 in March just gone".
        boolean inMonth = mention.end() + 1 < words.size() && words.get(mention.end()).equals("in")
                && Months.of(words.get(mention.end() + 1)) > 0 && !birthdayPassed(words, mention.start())
                && !(mention.start() > 0 && PASSED_BEFORE.contains(words.get(mention.start() - 1)))
                && !(mention.end() + 2 < words.size() && PASSED_AFTER.contains(words.get(mention.end() + 2)));
        // "eighty in the new year", "eighty two come March", "eighty five after Christmas".
        String next = String.join(" ", words.tokens().subList(mention.end(), Math.min(words.size(), mention.end() + 6)));
        boolean soon = next.startsWith("in the new year") || next.startsWith("after christmas")
                || next.startsWith("at christmas") || next.startsWith("at new year")
                || next.startsWith("come ") && mention.end() + 1 < words.size()
                && Months.of(words.get(mention.end() + 1)) > 0
                || BIRTHDAY_SOON.matcher(next).lookingAt() && !PASSED_SINCE.matcher(next).find()
                && !(mention.start() > 0 && PASSED_BEFORE.contains(words.get(mention.start() - 1)));
        if (soon) {
            return true;
        }
        boolean upTo = mention.start() > 1 && CLOSE_TO.contains(words.get(mention.start() - 2) + " " + words.get(mention.start() - 1));
        // Round 14: "not 74 till later this month", "not 67 until the 20th": the speaker's own
        // arithmetic says the birthday has not come, whatever the month named.
        boolean notTill = mention.start() > 0 && words.get(mention.start() - 1).equals("not")
                && mention.end() < words.size() && NOT_TILL.contains(words.get(mention.end()));
        return before || goingOn || after || upTo || inMonth || notTill;
    }

    /**
     * Round 14: the age named in "not N till ..." ("not 74 till later this month"), the age the person
     * will be; empty when there is none or more than one.
     */
    static Optional<Integer> notTillNamed(Words words) {
        List<Integer> named = NumberWords.findIn(words).stream()
                .filter(m -> m.start() > 0 && words.get(m.start() - 1).equals("not") && m.end() < words.size()
                        && NOT_TILL.contains(words.get(m.end())))
                .map(NumberWords.Mention::value).distinct().toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** Words after "not N" that put the birthday still to come: "not 74 till later this month". */
    private static final Set<String> NOT_TILL = Set.of("till", "til", "until", "untill", "before");

    /**
     * Round 12: a birthday still to come said after the age: "90 at the end of this month", "85 on
     * Saturday", "77 at the start of next month", "80 tomorrow", "70 in a fortnight". The age now is
     * one less.
     */
    private static final java.util.regex.Pattern BIRTHDAY_SOON = java.util.regex.Pattern.compile(
            "(on (?:this |next |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
            + "|tomorrow\\b|at the (?:end|start|beginning) of\\b|(?:by )?the end of\\b|end of (?:this|the) month\\b"
            + "|later (?:this|in the)\\b|this coming\\b|soon\\b|shortly\\b"
            + "|in (?:a|one|two|three|four|a few|a couple of|[0-9]+) (?:days?|weeks?|fortnights?|months?)\\b"
            + "|in a fortnight\\b|in a week\\b"
            // Round 18 (a22): a day of next month: "87 on the ninth of next month", "80 on the 3rd next month".
            + "|on the (?:[0-9]+(?:st|nd|rd|th)?|[a-z]+) (?:of )?next month\\b)");
    /** ... unless the words say it has gone: "at the end of last month", "on Saturday just gone". */
    private static final java.util.regex.Pattern PASSED_SINCE = java.util.regex.Pattern.compile(
            "\\b(last|gone|passed|ago|just been)\\b");

    /** "My 80th": an age said as the birthday. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("([0-9]{2,3})(st|nd|rd|th)");
    private static final java.util.Map<String, Integer> SPELT_ORDINALS = java.util.Map.of("sixtieth", 60,
            "seventieth", 70, "eightieth", 80, "ninetieth", 90, "hundredth", 100);
    /** A birthday still to come: "it'll be my 70th next month". */
    private static final List<String> BIRTHDAY_TO_COME = List.of("next", "coming up", "itll be", "it will be",
            "will be", "soon", "be my", "in the new year", "approaching", "looking forward");

    /**
     * "It's my 80th today", "my 90th was last week", "it'll be my 70th next month" (69): an age
     * said as the speaker's own birthday, by "my" before it. Empty when there is none, or it is
     * someone else's ("my wife's 80th").
     */
    static Optional<Integer> ownBirthday(Words words) {
        for (int i = 1; i < words.size(); i++) {
            if (!words.get(i - 1).equals("my")) {
                continue;
            }
            java.util.regex.Matcher m = ORDINAL.matcher(words.get(i));
            Integer age = m.matches() ? Integer.valueOf(m.group(1)) : SPELT_ORDINALS.get(words.get(i));
            if (age != null) {
                return Optional.of(words.hasAny(BIRTHDAY_TO_COME) ? age - 1 : age);
            }
        }
        return Optional.empty();
    }

    static Interpretation inRange(Question question, int number) {
        if ((question.min() != null && number < question.min()) || (question.max() != null && number > question.max())) {
            return Interpretation.unclear("That number is outside what this question takes ("
                    + question.min() + " to " + question.max() + ").");
        }
        return Interpretation.understood(number);
    }
}
