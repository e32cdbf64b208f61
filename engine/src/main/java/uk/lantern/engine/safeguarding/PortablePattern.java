package uk.lantern.engine.safeguarding;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import uk.lantern.engine.RuleBaseException;

/**
 * Checks that a regular expression of the rule base means the same to a browser's
 * {@code RegExp} as to {@link Pattern}, over the tidied text the rules read (lower-case ASCII
 * letters, digits and single spaces, with no line breaks).
 *
 * <p>Allowed: literals, {@code .}, classes without nesting or intersection, groups
 * {@code ( )} and {@code (?: )}, lookahead {@code (?= )}/{@code (?! )}, lookbehind
 * {@code (?<= )}/{@code (?<! )}, greedy and lazy quantifiers, {@code ^ $ |}, back references
 * {@code \1}-{@code \9}, and the escapes {@code \s \S \d \D \w \W \b \B \n \r \t} and of a
 * punctuation mark. Refused, because Java and JavaScript read them differently or JavaScript not
 * at all: possessive quantifiers ({@code a*+}), atomic groups ({@code (?>)}), inline flags
 * ({@code (?i)}), named groups, {@code \p{..}}, {@code \Q..\E}, {@code \A \z \Z \G \h \R},
 * nested classes and {@code &&} in a class.
 */
final class PortablePattern {

    private static final String ESCAPES = "sSdDwWbBnrt123456789";

    private PortablePattern() {
    }

    /**
     * Returns the pattern when it compiles in Java and reads the same in JavaScript.
     *
     * @param where names the rule or file in the error
     * @throws RuleBaseException naming the construct that does not carry over
     */
    static String checked(String where, String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new RuleBaseException(where + " has a pattern that does not compile: " + e.getDescription());
        }
        String problem = problem(regex);
        if (problem != null) {
            throw new RuleBaseException(where + " has a pattern with " + problem + ", which a browser's RegExp reads "
                    + "differently or not at all: /" + regex + "/");
        }
        return regex;
    }

    /** What in the pattern does not carry over to JavaScript, or null. */
    static String problem(String regex) {
        boolean inClass = false;
        boolean quantified = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
            if (c == '\\') {
                boolean punctuation = !Character.isLetterOrDigit(next);
                if (!punctuation && ESCAPES.indexOf(next) < 0 || inClass && Character.isDigit(next)) {
                    return "the escape \\" + next;
                }
                i++;
                quantified = false;
                continue;
            }
            if (inClass) {
                if (c == '[') {
                    return "a class inside a class";
                }
                if (c == '&' && next == '&') {
                    return "a class intersection (&&)";
                }
                inClass = c != ']';
                continue;
            }
            if (quantified && c == '+') {
                return "a possessive quantifier";
            }
            quantified = false;
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> {
                    if (next == '?') {
                        String opening = regex.substring(i + 2, Math.min(regex.length(), i + 4));
                        if (!opening.startsWith(":") && !opening.startsWith("=") && !opening.startsWith("!")
                                && !opening.equals("<=") && !opening.equals("<!")) {
                            return "the group (?" + opening + " (an atomic group, inline flag or named group)";
                        }
                        i++;
                    }
                }
                case '*', '+', '}' -> quantified = true;
                case '?' -> quantified = true;
                default -> {
                }
            }
        }
        return null;
    }
}
