package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lantern.engine.questionnaire.Question;

/**
 * Reads how many people live in the home, counting the person answering: "just me" is 1,
 * "me and my wife" is 2, "three of us" is 3. Someone spoken of as gone ("just me since Jim
 * died", "since my wife passed") is not counted, and neither are pets.
 */
final class HouseholdReading {

    static final String QUESTION_ID = "household_size";
    /** Said after a number of everyone but the speaker. */
    private static final List<String> BESIDES_ME = List.of("not counting me", "not counting myself", "not including me",
            "not including myself", "plus me", "plus myself", "besides me", "besides myself", "as well as me",
            "excluding me", "apart from me", "apart from myself", "other than me", "and me", "and myself",
            "without counting me", "without me", "on top of me", "and then me");

    /** Round 14: someone named who lives elsewhere ("mum lives round the corner"). */
    private static final List<String> LIVES_ELSEWHERE = List.of("round the corner", "around the corner", "live near",
            "lives near", "lives nearby", "live nearby", "next door", "down the road", "up the road", "lives close",
            "live close", "moved out", "doesnt live", "dont live", "lives away", "not with us");
    /** Round 20 (a24): living alone said outright, not "just me" (which may open a list: "just me and my son"). */
    private static final List<String> ALONE_SAID = List.of("live alone", "living alone", "i live on my own",
            "live on my own", "living on my own", "live by myself", "living by myself", "live on me own", "me alone");
    /** Round 20 (a24): someone said to live near, not gone ("my daughter lives next door"). */
    private static final List<String> LIVES_NEARBY = List.of("round the corner", "around the corner", "live near",
            "lives near", "lives nearby", "live nearby", "next door", "down the road", "up the road", "lives close",
            "live close");
    private static final List<String> ALONE = List.of(
            "just me", "only me", "me alone", "on my own", "by myself", "myself", "alone", "just myself",
            "only myself", "live alone", "i live alone", "on me own", "by meself", "meself", "nobody else",
            "no one else", "just the one", "me", "solo", "on my tod", "on me tod", "on my jack", "by my own",
            "just meself", "only meself");
    private static final List<String> TWO_OF_US = List.of("both of us", "the two of us", "us two", "the pair of us", "just us two");
    private static final Set<String> ONE_PERSON = Set.of(
            "wife", "husband", "partner", "hubby", "son", "daughter", "mum", "mam", "mother", "dad", "father",
            "brother", "sister", "grandson", "granddaughter", "grandchild", "friend", "lodger", "fiance", "fiancee",
            "nephew", "niece", "aunt", "auntie", "uncle", "cousin", "child", "baby", "boyfriend", "girlfriend",
            "carer", "flatmate", "housemate", "lady", "gentleman", "spouse", "stepson", "stepdaughter", "him", "her",
            "missus", "missis", "lad", "lass", "fella", "feller", "bloke", "grandma", "grandad", "granddad", "nan",
            "gran", "granny", "grandpa", "stepdad", "stepmum", "stepmother", "stepfather", "bairn",
            "half", "kid", "boy", "girl", "youngster", "teenager", "toddler", "grandkid", "grandaughter", "hubbie",
            "wifey", "nana", "nanna", "papa", "mummy", "daddy", "ma", "pa", "stepchild", "companion",
            "tenant", "roommate", "guy", "chap", "man", "woman", "indoors");
    /** "Their little one", "our eldest": a person named by a word that is otherwise a number or a description. */
    private static final Set<String> ONE_DESCRIBED = Set.of("little", "youngest", "eldest", "oldest", "wee", "young",
            "baby", "new", "younger", "older");
    private static final Set<String> SEVERAL_PEOPLE = Set.of(
            "children", "kids", "sons", "daughters", "grandchildren", "grandsons", "granddaughters", "parents",
            "lodgers", "twins", "brothers", "sisters", "friends", "grandkids", "family", "lads", "lasses", "boys",
            "girls", "bairns", "kiddies", "kiddos", "youngsters", "teenagers", "stepchildren", "stepkids", "nieces",
            "nephews", "cousins", "inlaws", "laws", "tenants", "flatmates", "housemates",
            "others", "ones", "carers", "folks");
    private static final Map<String, Integer> PAIRS = Map.of(
            "parents", 2, "twins", 2, "inlaws", 2, "laws", 2, "folks", 2);
    private static final String NOT_COUNTED =
            "I could not tell how many people that is. Could you give a number, counting yourself?";
    /** Round 11: someone not fixed, who comes and goes with another's life: "whoever", "whichever of". */
    private static final Set<String> UNFIXED = Set.of("whoever", "whichever", "whoevers", "whomever");
    /**
     * Round 11: words opening a clause about someone's life ("our grandson who's been stopping with us since
     * his mum and dad split up"): people named from there on are the story, not more members.
     */
    private static final Set<String> CLAUSE_ABOUT = Set.of("who", "whos", "whose", "since", "after", "because",
            "cos", "coz", "till", "until");
    private static final Set<String> GONE = Set.of("died", "passed", "dead", "left", "gone", "moved", "went", "lost", "death");

    private HouseholdReading() {
    }

    /**
     * @param names people named in the answer ({@link PersonNames}: "me and Jim"), lower case;
     *              each counts as one person unless spoken of as gone
     */
    static Interpretation read(Question question, Words spoken, Set<String> names) {
        // "me n him": in a list of people a lone "n" is "and" (elsewhere it is a quick "no").
        Words words = withoutPets(withoutPast(withoutHouseSize(new Words(spoken.tokens().stream().map(w -> w.equals("n") ? "and" : w).toList()))));
        if (words.isEmpty()) {
            return Interpretation.unclear("There was no answer to read.");
        }
        if (words.tokens().stream().anyMatch(UNFIXED::contains)) {
            // Round 11: "me and whoever my daughter has fallen out with this week": no number stands still.
            return Interpretation.unclear(NOT_COUNTED);
        }
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        if (words.size() > 1 && (words.get(0).equals("were") || words.size() > 2 && words.get(0).equals("we")
                && words.get(1).equals("are")) && !numbers.isEmpty()
                && numbers.getFirst().start() == (words.get(0).equals("were") ? 1 : 2)
                && numbers.stream().map(NumberWords.Mention::value).distinct().count() == 1) {
            // Round 12: "we're 6 now my son's family have moved in": the count said for "we", whoever is named after.
            return WholeNumberReading.inRange(question, numbers.getFirst().value());
        }
        if (words.hasAny(List.of("live alone", "living alone", "lives alone", "me live alone", "on my own", "me alone",
                "alone now", "just me now"))
                && words.tokens().stream().anyMatch(w -> GONE.contains(w) || w.equals("die")) && numbers.stream().allMatch(m -> m.end() < words.size()
                        && List.of("years", "year", "months", "month", "weeks", "ago").contains(words.get(m.end()))
                        || m.value() >= 1900 && m.value() <= 2100)) {
            // Round 14: "me live alone, husband die last year": the one gone is not counted, nor "2 years".
            // Round 19 (a23): "me alone. husband die 2019": nor the year they died.
            return WholeNumberReading.inRange(question, 1);
        }
        if (words.hasAny(ALONE_SAID) && words.hasAny(LIVES_NEARBY) && numbers.isEmpty()
                && !words.hasAny(List.of("me and", "and me", "with me", "with us", "we", "us"))) {
            // Round 20 (a24): "I live on my own but my son is next door": the one nearby lives elsewhere.
            return WholeNumberReading.inRange(question, 1);
        }
        Optional<Integer> others = countBesidesMe(words);
        if (others.isPresent()) {
            // "Three not counting me": the number is everyone else.
            return WholeNumberReading.inRange(question, others.get() + 1);
        }
        Optional<Integer> counting = countingSomeone(words);
        if (counting.isPresent()) {
            // "Four if you count the lodger": the number given is the count, the lodger is in it.
            return counting.get() < 0 ? Interpretation.unclear(NOT_COUNTED) : WholeNumberReading.inRange(question, counting.get());
        }
        Optional<Integer> ofUs = countOfUs(words);
        if (ofUs.isPresent()) {
            // "Two of us plus my lodger": people added after "plus" are on top.
            int plus = words.tokens().indexOf("plus");
            Optional<Integer> added = plus < 0 ? Optional.of(0)
                    : companions(new Words(words.tokens().subList(plus + 1, words.size())));
            return added.map(n -> WholeNumberReading.inRange(question, ofUs.get() + n))
                    .orElseGet(() -> Interpretation.unclear(NOT_COUNTED));
        }
        Optional<Integer> companions = companions(words, names);
        if (companions.isEmpty()) {
            return Interpretation.unclear(NOT_COUNTED);
        }
        if (companions.get() > 0) {
            int counted = 1 + companions.get();
            Optional<Integer> stated = openingNumber(words);
            if (stated.isPresent() && stated.get() < counted && words.hasAny(LIVES_ELSEWHERE)) {
                // Round 14: "3, me my husband and my son, mum lives round the corner": the number given first is
                // explained, and someone named after it lives elsewhere.
                return WholeNumberReading.inRange(question, stated.get());
            }
            if (stated.isEmpty() && words.hasAny(LIVES_NEARBY)) {
                // Round 20 (a24): "just me and my son, my daughter lives next door": someone named lives elsewhere,
                // and which of those named is not for a count of words to say.
                return Interpretation.unclear("I think someone you mentioned lives elsewhere. How many people live "
                        + "in your home, counting yourself?");
            }
            if (stated.isPresent() && stated.get() != counted) {
                return Interpretation.unclear("I counted " + counted + " people in that but you also said " + stated.get()
                        + ". How many people live in your home, counting yourself?");
            }
            return WholeNumberReading.inRange(question, counted);
        }
        if (words.hasAny(ALONE) && WholeNumberReading.presentNumber(words).isEmpty()) {
            return WholeNumberReading.inRange(question, 1);
        }
        return WholeNumberReading.read(question, words);
    }

    /**
     * Round 12: the size of the house is not the household: "just me rattling around in a three bed"
     * is one. A number straight before "bed", "bedroom", "bedroomed" or "bedder" is taken out.
     */
    private static Words withoutHouseSize(Words words) {
        List<String> kept = new java.util.ArrayList<>(words.tokens());
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        for (int k = numbers.size() - 1; k >= 0; k--) {
            NumberWords.Mention m = numbers.get(k);
            if (m.end() < words.size() && words.get(m.end()).startsWith("bed")) {
                kept.subList(m.start(), m.end() + 1).clear();
            }
        }
        return kept.size() == words.size() ? words : new Words(kept);
    }

    /**
     * Round 18 (a22): a number of pets is not people: "me and three dogs" is one. A number straight before a pet,
     * or before one describing word and a pet ("two little dogs"), is taken out with the pet; "two if you count
     * the dog" (the number said of people, a pet counted in) is left, to be asked again.
     */
    private static Words withoutPets(Words words) {
        List<String> kept = new java.util.ArrayList<>(words.tokens());
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        for (int k = numbers.size() - 1; k >= 0; k--) {
            NumberWords.Mention m = numbers.get(k);
            for (int span = 0; span <= 1; span++) {
                int pet = m.end() + span;
                if (pet < words.size() && PETS.contains(words.get(pet))) {
                    kept.subList(m.start(), pet + 1).clear();
                    break;
                }
            }
        }
        return kept.size() == words.size() || kept.isEmpty() ? words : new Words(kept);
    }

    /** Round 16b (x7): words opening a clause about the household as it was ("it was the two of us"). */
    private static final List<String> PAST_OPENERS = List.of("it was", "there was", "there were", "we were",
            "it used to be", "there used to be", "we used to be", "used to be", "it had been", "we had been");
    private static final Set<String> DURATION = Set.of("years", "year", "yrs", "months", "month", "weeks", "week",
            "days", "ago", "decades");
    /** Where a past clause stops: "it used to be four of us, now it's just me". */
    private static final Set<String> PAST_ENDS = Set.of("now", "nowadays", "today", "but", "these", "currently", "so");

    /**
     * Round 16b (x7): past numbers and lengths of time are not the household. "Just me since my Arthur passed, it
     * was the two of us for fifty one years" is one: a clause opened by "it was", "we were", "used to be" is taken
     * out up to "now", "but" or "so" (or the end), and so is a number of years, months or weeks ("been here 30 years",
     * not "my 3 year old"). An answer that is all past is left as it was, to be read (or asked again) as before.
     */
    private static Words withoutPast(Words words) {
        List<String> kept = new java.util.ArrayList<>(words.tokens());
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        for (int k = numbers.size() - 1; k >= 0; k--) {
            NumberWords.Mention m = numbers.get(k);
            boolean duration = m.end() < words.size() && DURATION.contains(words.get(m.end()))
                    && !(m.end() + 1 < words.size() && words.get(m.end() + 1).equals("old"));
            if (duration) {
                kept.subList(m.start(), m.end() + 1).clear();
            }
        }
        for (String opener : PAST_OPENERS) {
            List<String> o = List.of(opener.split(" "));
            int at = java.util.Collections.indexOfSubList(kept, o);
            if (at < 0) {
                continue;
            }
            int end = at + o.size();
            while (end < kept.size() && !PAST_ENDS.contains(kept.get(end))) {
                end++;
            }
            if (at == 0 && end == kept.size()) {
                continue;
            }
            kept.subList(at, end).clear();
        }
        return kept.size() == words.size() || kept.isEmpty() ? words : new Words(kept);
    }

    /**
     * "Three not counting me", "2 plus me", "four besides myself": one number, said of everyone
     * but the speaker.
     */
    private static Optional<Integer> countBesidesMe(Words words) {
        if (!words.hasAny(BESIDES_ME)) {
            return Optional.empty();
        }
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        // The number opens the answer ("three not counting me", "there's 2 besides me"), so "my
        // partner and me plus my mum who's 92" is left to the counting of people named.
        return numbers.size() == 1 && numbers.getFirst().start() <= 2 && numbers.getFirst().value() <= 20
                ? Optional.of(numbers.getFirst().value()) : Optional.empty();
    }

    /** Said after a number to include someone in it: "four if you count the lodger", "3 including the baby". */
    private static final List<String> COUNTING = List.of("if you count", "if you include", "if you are counting",
            "if youre counting", "counting", "including", "if we count", "if i count", "if i include",
            "if you want to count",
            // Round 13: "a houseful! 7 with the lodger": the number given is everyone, the lodger in it.
            "with the", "with my", "with our", "with his", "with her");
    private static final Set<String> PETS = Set.of("dog", "dogs", "cat", "cats", "budgie", "budgies", "parrot", "bird",
            "birds", "fish", "hamster", "rabbit", "rabbits", "tortoise", "pet", "pets", "kitten", "puppy", "pup",
            "cockatiel", "canary", "goldfish", "guinea", "ferret");

    /**
     * A number opening the answer with someone counted in it: "four if you count the lodger",
     * "two, counting me". Empty when there is no such number; -1 when what is counted in is a
     * pet ("two if you count the dog"), which is asked again.
     */
    private static Optional<Integer> countingSomeone(Words words) {
        List<NumberWords.Mention> numbers = NumberWords.findIn(words);
        if (numbers.size() != 1 || numbers.getFirst().start() > 3 || !words.hasAny(COUNTING)) {
            return Optional.empty();
        }
        int after = numbers.getFirst().end();
        String next = String.join(" ", words.tokens().subList(after, Math.min(words.size(), after + 4)));
        if (COUNTING.stream().noneMatch(next::startsWith)) {
            return Optional.empty();
        }
        return words.tokens().stream().anyMatch(PETS::contains) ? Optional.of(-1) : Optional.of(numbers.getFirst().value());
    }

    /** "three of us", "the two of us", "both of us". */
    private static Optional<Integer> countOfUs(Words words) {
        if (words.hasAny(TWO_OF_US)) {
            return Optional.of(2);
        }
        for (NumberWords.Mention mention : NumberWords.findIn(words)) {
            if (mention.end() + 1 < words.size()
                    && words.get(mention.end()).equals("of") && words.get(mention.end() + 1).equals("us")) {
                return Optional.of(mention.value());
            }
        }
        return Optional.empty();
    }

    /**
     * People other than the one answering who live there, or empty when a group is named without
     * a number ("me and the kids").
     */
    private static Optional<Integer> companions(Words words) {
        return companions(words, Set.of());
    }

    private static Optional<Integer> companions(Words words, Set<String> names) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String token = words.get(i);
            if (count > 0 && CLAUSE_ABOUT.contains(token)) {
                break;
            }
            boolean pronoun = token.equals("him") || token.equals("her");
            // "and her" is a person; "and her husband" is one person, counted at "husband".
            // "and her two kids", "and her little one", "and her two small boys": whoever follows within
            // three words is hers.
            boolean possessive = personWithin(words, i + 1, 3);
            if (pronoun && (i == 0 || !words.get(i - 1).equals("and") || possessive)) {
                continue;
            }
            if (isGone(words, i) || isSpeakersRole(words, i)) {
                continue;
            }
            if (token.equals("half") && (i == 0 || !words.get(i - 1).equals("other"))) {
                continue;
            }
            // "my husband Ron" is one person, named.
            boolean named = names.contains(token) && !(i > 0 && ONE_PERSON.contains(words.get(i - 1)));
            if (ONE_PERSON.contains(token) || littleOne(words, i) || named) {
                count++;
            } else if (SEVERAL_PEOPLE.contains(token)) {
                Optional<Integer> howMany = numberBefore(words, i);
                if (howMany.isEmpty() && !PAIRS.containsKey(token)) {
                    return Optional.empty();
                }
                count += howMany.orElseGet(() -> PAIRS.get(token));
            }
        }
        return Optional.of(count);
    }

    /** A person word among the {@code span} words from {@code from}, with no "and" before it. */
    private static boolean personWithin(Words words, int from, int span) {
        for (int j = from; j < Math.min(words.size(), from + span); j++) {
            String w = words.get(j);
            if (w.equals("and")) {
                return false;
            }
            if (ONE_PERSON.contains(w) || SEVERAL_PEOPLE.contains(w) || littleOne(words, j)) {
                return true;
            }
        }
        return false;
    }

    /** "One" after "little", "youngest" and the like: "their little one" is a person, not a count. */
    private static boolean littleOne(Words words, int i) {
        String w = words.get(i);
        if (w.equals("one")) {
            return i > 0 && ONE_DESCRIBED.contains(words.get(i - 1));
        }
        // "our youngest" on its own is a person; "our youngest son" is counted at "son".
        boolean standsAlone = i + 1 >= words.size() || !(ONE_PERSON.contains(words.get(i + 1))
                || SEVERAL_PEOPLE.contains(words.get(i + 1)) || words.get(i + 1).equals("one"));
        return Set.of("youngest", "eldest", "oldest").contains(w) && standsAlone;
    }

    /** A number the answer opens with ("two, me and the missus"), the count the person gave. */
    private static Optional<Integer> openingNumber(Words words) {
        return NumberWords.findIn(words).stream().filter(m -> m.start() == 0).map(NumberWords.Mention::value).findFirst();
    }

    /** "I'm his carer", "I am her daughter": the person answering, already counted. */
    private static boolean isSpeakersRole(Words words, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            String w = words.get(j);
            if (w.equals("im") || (w.equals("am") && j > 0 && words.get(j - 1).equals("i"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round 18 (a22): living elsewhere now, or only staying now and then: "my husband is in a home now", "mum's in
     * hospital", "my daughter stops over some weekends". Said within the five words after the person.
     */
    private static final List<String> AWAY_OR_STAYING = List.of("in a home", "in a care home", "in a nursing home",
            "in care", "in hospital", "in the home", "stops over", "stays over", "sleeps over", "stop over",
            "stay over", "some weekends", "at weekends", "every other weekend", "the odd weekend", "the odd night");

    private static boolean isGone(Words words, int i) {
        // Round 20 (a24): what is said after someone is said of them only up to the next person named with "my",
        // "our" or "the" ("me and my husband, the kids have moved out": the moving out is the kids')
        int next = nextPersonNamed(words, i + 1);
        String after = String.join(" ", words.tokens().subList(Math.min(words.size(), i + 1),
                Math.min(next, i + 7)));
        if (AWAY_OR_STAYING.stream().anyMatch(p -> (" " + after + " ").contains(" " + p + " "))) {
            return true;
        }
        // "the kids have all moved out": the gone word may come a few words on.
        // Round 20 (a24): one word further now that the next person named ends the look ("my son and daughter have
        // both moved out")
        for (int j = i + 1; j < Math.min(next, i + 6); j++) {
            // "my sister who moved in last year" has come, not gone.
            // So has "my son who's moved back in" (round 7).
            boolean movedIn = words.get(j).equals("moved") && j + 1 < words.size() && (words.get(j + 1).equals("in")
                    || words.get(j + 1).equals("back") && j + 2 < words.size() && words.get(j + 2).equals("in"));
            if (GONE.contains(words.get(j)) && !movedIn) {
                return true;
            }
        }
        return i > 0 && (words.get(i - 1).equals("late") || GONE.contains(words.get(i - 1))
                || (i > 1 && GONE.contains(words.get(i - 2))));
    }

    /** Words that open another person's mention: "my daughter", "our son", "the kids". */
    private static final Set<String> OPENS_A_PERSON = Set.of("my", "our", "the", "his", "her", "their", "me");

    /**
     * Where the next person named after an opening word ("my", "the") or straight after another person is, from
     * {@code from}; the length of the words if none.
     */
    private static int nextPersonNamed(Words words, int from) {
        for (int j = Math.max(from, 1); j < words.size(); j++) {
            String w = words.get(j);
            if (!(ONE_PERSON.contains(w) || SEVERAL_PEOPLE.contains(w))) {
                continue;
            }
            String before = words.get(j - 1);
            if (OPENS_A_PERSON.contains(before) && j - 1 >= from) {
                return j - 1;
            }
            if (ONE_PERSON.contains(before) || SEVERAL_PEOPLE.contains(before)) {
                return j; // "me and the wife, kids moved out": the comma gone, one person straight after another
            }
        }
        return words.size();
    }

    /** A word between a number and the people counted: "two grown sons", "his two little ones" (round 9b). */
    private static final Set<String> DESCRIBING_SEVERAL = Set.of("grown", "little", "small", "young", "wee",
            "teenage", "older", "younger", "lovely", "adult");

    private static Optional<Integer> numberBefore(Words words, int i) {
        return NumberWords.findIn(words).stream()
                .filter(m -> m.end() == i || (m.end() == i - 1 && DESCRIBING_SEVERAL.contains(words.get(i - 1))))
                .map(NumberWords.Mention::value)
                .findFirst();
    }
}
