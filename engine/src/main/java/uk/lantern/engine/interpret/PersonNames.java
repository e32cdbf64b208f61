package uk.lantern.engine.interpret;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named in an answer: "me and Jim", "our Sharon and her husband". A name is a word with a
 * capital letter that does not open a sentence, is not "I", a day, a month, a festival or a
 * place ("my son in Leeds"), and is not a pet's name ("my dog Benji"). Lower-cased, to match
 * {@link Words}. The first word of a sentence is never taken, since every word is capitalised
 * there.
 */
final class PersonNames {

    private static final Pattern CAPITALISED = Pattern.compile("(?<=[A-Za-z,;&+'\\-]\\s{1,3})([A-Z][a-z]+)\\b");
    private static final Set<String> NOT_NAMES = Set.of("i", "im", "ive", "id", "ill", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "christmas", "easter", "god", "lord", "english",
            "british", "council", "mum", "mam", "dad", "nan", "gran", "grandad", "grandma", "grandpa", "auntie",
            "uncle",
            "me", "my", "and", "the", "just", "only", "two", "three", "four", "five", "no", "yes", "ok", "nhs", "gp");
    /** Words before a pet's name, or before a place. */
    private static final Set<String> BEFORE_NOT_A_PERSON = Set.of("dog", "cat", "budgie", "parrot", "puppy", "kitten",
            "rabbit", "hamster", "tortoise", "pet", "called", "named", "in", "at", "from", "to", "near", "on", "of");

    private PersonNames() {
    }

    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.UK);
            String before = text.substring(0, m.start()).strip();
            if (before.endsWith(".") || before.endsWith("!") || before.endsWith("?")) {
                continue;
            }
            String[] previous = before.toLowerCase(Locale.UK).split("[^a-z]+");
            String last = previous.length == 0 ? "" : previous[previous.length - 1];
            if (!NOT_NAMES.contains(name) && !BEFORE_NOT_A_PERSON.contains(last)) {
                names.add(name);
            }
        }
        return names;
    }
}
