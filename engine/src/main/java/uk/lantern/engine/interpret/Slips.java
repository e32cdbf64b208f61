package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Common typing slips and spoken spellings, put right word by word before anything is read:
 * "yess", "naw", "nto", "deffo". Only slips that cannot be another real word are listed, so
 * putting them right never changes what a correctly typed answer means; every other slip in the
 * interpreter's own words ("definately", "sinlge") is left to {@link SlipCorrection}.
 */
final class Slips {

    /** A run of letters stretched for emphasis: "yesss", "nooo", "yeahhh". */
    private record Stretched(Pattern pattern, String word) {
    }

    private static final List<Stretched> STRETCHED = List.of(
            new Stretched(Pattern.compile("y+e+s+"), "yes"),
            new Stretched(Pattern.compile("no{2,}"), "no"),
            new Stretched(Pattern.compile("n+a+h+"), "nah"),
            // Round 18 (a22): "naa", "naaa": the "h" left off a drawn-out "nah".
            new Stretched(Pattern.compile("na{2,}"), "nah"),
            new Stretched(Pattern.compile("ye+a+h*"), "yeah"),
            new Stretched(Pattern.compile("nope+"), "nope"),
            new Stretched(Pattern.compile("go{3,}d"), "good"));

    /**
     * Round 9: only the slips {@link SlipCorrection} cannot reach, each for one of these reasons
     * (checked against the vocabulary and word list on 2026-12-01; the 147 slips it does reach,
     * such as "sinlge", "widowwed", "definately", "ocasionally", were taken out of this table):
     * shorter than three letters; itself an English word ("nay", "neva", "yess", "wkly"); equally
     * near two known words ("nto": "not", "into"; "evry": "every", "very"; "womn"); nearer another
     * word ("abit" to "bit", "deffo" to "deaf", "seperate" to "separate", "wommen" to "women"); more
     * than the allowed slips away ("gud", "nowt", "okey", "probly"); or one word for two ("iam",
     * "memorys").
     */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ys", "yes"), Map.entry("yess", "yes"), Map.entry("ye", "yes"), Map.entry("yh", "yes"),
            Map.entry("yas", "yes"), Map.entry("naw", "no"), Map.entry("nay", "no"), Map.entry("noe", "no"),
            Map.entry("nto", "not"), Map.entry("fourty", "forty"), Map.entry("fiveteen", "fifteen"),
            Map.entry("womn", "woman"), Map.entry("wmn", "woman"), Map.entry("wommen", "woman"),
            Map.entry("gud", "good"), Map.entry("evry", "every"), Map.entry("wk", "week"),
            Map.entry("widder", "widow"), Map.entry("widda", "widow"), Map.entry("widdah", "widow"),
            Map.entry("widdowd", "widowed"), Map.entry("wkly", "weekly"), Map.entry("wkley", "weekly"),
            Map.entry("mthly", "monthly"), Map.entry("ocassionaly", "occasionally"), Map.entry("offen", "often"),
            Map.entry("neva", "never"), Map.entry("seperate", "separated"), Map.entry("awfull", "awful"),
            Map.entry("probly", "probably"), Map.entry("okey", "okay"), Map.entry("tims", "times"),
            Map.entry("hereing", "hearing"), Map.entry("v", "very"),
            // Round 18 (a22): "v gd": "good" cut to its consonants.
            Map.entry("gd", "good"), Map.entry("vv", "very"),
            // Round 9: equally near two known words, so only the table can reach them ("hearing ades").
            Map.entry("ades", "aids"), Map.entry("nevar", "never"),
            // Round 9: "nite", spelt as said, is three letters from "night".
            Map.entry("nite", "night"), Map.entry("nites", "nights"),
            // Round 9b: "thre" is one letter from "three", "there" and "the" alike.
            Map.entry("thre", "three"),
            // Round 10: "yss" is one letter from "yes" and "ass"; "non" is a word in the list (French
            // "no"); "diabetis" is one letter from "diabetes" and "diabetic" alike.
            Map.entry("yss", "yes"), Map.entry("non", "none"), Map.entry("diabetis", "diabetes"),
            // Round 11: "really" spelt as said ("not reely", "rilly"), or cut short ("rly"); "nt" for "not"
            // (two letters, below what SlipCorrection reaches).
            Map.entry("reely", "really"), Map.entry("rilly", "really"), Map.entry("rly", "really"),
            Map.entry("nt", "not"),
            // Scots "nae" ("nae bad"); dialect for nothing, spelt as said; "deffo" for definitely.
            Map.entry("nae", "not"), Map.entry("nowt", "nothing"), Map.entry("nought", "nothing"),
            Map.entry("deffo", "definitely"), Map.entry("defo", "definitely"),
            // Two words run together.
            Map.entry("iam", "i am"), Map.entry("alot", "a lot"), Map.entry("abit", "a bit"),
            Map.entry("thankyou", "thank you"),
            // Round 14: words a near-slip would otherwise turn into others ("meds" is not "mens"); Spanish "sí".
            Map.entry("meds", "meds"), Map.entry("si", "si"), Map.entry("dificil", "dificil"),
            // "Nobody's died", "my memory's going": the "'s" of "is" or "has" run on to the word.
            Map.entry("nobodys", "nobody"), Map.entry("noones", "no one"), Map.entry("nothings", "nothing"),
            Map.entry("somebodys", "somebody"), Map.entry("someones", "someone"), Map.entry("memorys", "memory is"),
            Map.entry("minds", "mind is"), Map.entry("hearings", "hearing is"), Map.entry("eyesights", "eyesight is"),
            Map.entry("sights", "sight is"), Map.entry("healths", "health is"), Map.entry("moneys", "money is"),
            Map.entry("englishs", "english is"), Map.entry("heatings", "heating is"));

    private Slips() {
    }

    /** Whole phrases put right before words are: Scots "nae bother" is "no bother", though "nae bad" is "not bad". */
    private static final Map<String, String> PHRASES = Map.ofEntries(Map.entry(" nae bother ", " no bother "),
            Map.entry(" tow of us ", " two of us "),
            // Round 11: "couple times a week", the "of" left out.
            Map.entry(" couple times ", " couple of times "),
            // Round 14: sound-alike slips: "past away", "the too of us", "every coupla weeks", "nextdoor".
            Map.entry(" past away ", " passed away "), Map.entry(" too of us ", " two of us "),
            Map.entry(" to of us ", " two of us "), Map.entry(" coupla ", " couple of "),
            Map.entry(" nextdoor ", " next door "), Map.entry(" my self to myself ", " myself to myself "),
            Map.entry(" see to good ", " see too good "), Map.entry(" see to well ", " see too well "));

    /** The lower-case, space-separated text with known phrase slips put right. */
    static String putRightPhrases(String plain) {
        // Round 12: "nun", "nun thanks": an answer that opens with "nun" means none ("a nun" does not open with it).
        if (plain.equals("nun") || plain.startsWith("nun ")) {
            plain = "none" + plain.substring(3);
        }
        String padded = " " + plain + " ";
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            padded = padded.replace(e.getKey(), e.getValue());
        }
        return padded.strip();
    }

    /** The word as it was meant: a known slip, a stretched word, or a slip {@link SlipCorrection} finds; otherwise unchanged. */
    static String putRight(String word) {
        String known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        for (Stretched s : STRETCHED) {
            if (s.pattern().matcher(word).matches()) {
                return s.word();
            }
        }
        return SlipCorrection.putRight(word);
    }
}
