package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Common typing slips and spoken spellings, put right word by word before anything is read:
 * "yess", "yeh", "naw", "nto", "definately". Only slips that cannot be another real word are
 * listed, so putting them right never changes what a correctly typed answer means.
 */
final class Slips {

    /** A run of letters stretched for emphasis: "yesss", "nooo", "yeahhh". */
    private record Stretched(Pattern pattern, String word) {
    }

    private static final List<Stretched> STRETCHED = List.of(
            new Stretched(Pattern.compile("y+e+s+"), "yes"),
            new Stretched(Pattern.compile("no{2,}"), "no"),
            new Stretched(Pattern.compile("n+a+h+"), "nah"),
            new Stretched(Pattern.compile("ye+a+h*"), "yeah"),
            new Stretched(Pattern.compile("nope+"), "nope"),
            new Stretched(Pattern.compile("go{3,}d"), "good"));

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("yeh", "yeah"), Map.entry("yah", "yeah"), Map.entry("yse", "yes"), Map.entry("ys", "yes"),
            Map.entry("yess", "yes"), Map.entry("ye", "yes"), Map.entry("yh", "yes"), Map.entry("yas", "yes"),
            Map.entry("naw", "no"), Map.entry("nay", "no"), Map.entry("noe", "no"), Map.entry("nop", "nope"),
            Map.entry("nto", "not"), Map.entry("nott", "not"),
            Map.entry("sevnty", "seventy"), Map.entry("seventey", "seventy"), Map.entry("eigthy", "eighty"),
            Map.entry("eightey", "eighty"), Map.entry("ninty", "ninety"), Map.entry("nintey", "ninety"),
            Map.entry("sixtey", "sixty"), Map.entry("fourty", "forty"), Map.entry("fiveteen", "fifteen"),
            Map.entry("womn", "woman"), Map.entry("wman", "woman"), Map.entry("wmn", "woman"),
            Map.entry("gud", "good"), Map.entry("oftin", "often"), Map.entry("evry", "every"), Map.entry("evrey", "every"),
            Map.entry("wk", "week"), Map.entry("widder", "widow"), Map.entry("widda", "widow"), Map.entry("widdah", "widow"),
 Map.entry("wommen", "woman"), Map.entry("womman", "woman"), Map.entry("wumman", "woman"),
            Map.entry("strugle", "struggle"), Map.entry("struggel", "struggle"), Map.entry("strugel", "struggle"),
            Map.entry("strugglin", "struggling"), Map.entry("struglin", "struggling"), Map.entry("strugling", "struggling"),
            Map.entry("merried", "married"), Map.entry("marreid", "married"),
            // Months as typed: "83 in febuary".
            Map.entry("febuary", "february"), Map.entry("feburary", "february"), Map.entry("febuery", "february"),
            Map.entry("janurary", "january"), Map.entry("janury", "january"), Map.entry("agust", "august"),
            Map.entry("septmber", "september"), Map.entry("ocotber", "october"), Map.entry("novmber", "november"),
            Map.entry("decmber", "december"), Map.entry("decemeber", "december"), Map.entry("woamn", "woman"),
            Map.entry("dailey", "daily"), Map.entry("daly", "daily"), Map.entry("weekley", "weekly"),
            Map.entry("monthy", "monthly"),
            // Round 7: letters dropped from the option words, and Scots "nae" ("nae bad").
            Map.entry("wkly", "weekly"), Map.entry("wkley", "weekly"), Map.entry("mnthly", "monthly"),
            Map.entry("mthly", "monthly"), Map.entry("divoced", "divorced"), Map.entry("devorsed", "divorced"),
            Map.entry("seprated", "separated"), Map.entry("sepreated", "separated"), Map.entry("wido", "widow"),
            Map.entry("tme", "time"), Map.entry("nae", "not"),
            // Round 8: letters swapped, doubled or dropped in the marital, work and how-often words
            // (none of these is another English word).
            Map.entry("sinlge", "single"), Map.entry("singel", "single"), Map.entry("sigle", "single"),
            Map.entry("singl", "single"), Map.entry("snigle", "single"), Map.entry("sngle", "single"),
            Map.entry("widowwed", "widowed"), Map.entry("widdowd", "widowed"), Map.entry("widoed", "widowed"),
            Map.entry("wiodwed", "widowed"), Map.entry("widwed", "widowed"), Map.entry("widdower", "widower"),
            Map.entry("widowr", "widower"), Map.entry("mariied", "married"), Map.entry("marrried", "married"),
            Map.entry("marrid", "married"), Map.entry("marride", "married"), Map.entry("maarried", "married"),
            Map.entry("divorcd", "divorced"), Map.entry("divored", "divorced"), Map.entry("divoreced", "divorced"),
            Map.entry("dovorced", "divorced"), Map.entry("seperatd", "separated"), Map.entry("separeted", "separated"),
            Map.entry("separted", "separated"), Map.entry("reitred", "retired"), Map.entry("retiried", "retired"),
            Map.entry("retred", "retired"), Map.entry("retirde", "retired"), Map.entry("rtired", "retired"),
            Map.entry("ocassionaly", "occasionally"), Map.entry("occasionly", "occasionally"),
            Map.entry("ocasionaly", "occasionally"), Map.entry("occasionnaly", "occasionally"),
            Map.entry("nevver", "never"), Map.entry("neverr", "never"), Map.entry("husbnad", "husband"),
            Map.entry("husbad", "husband"), Map.entry("hubsand", "husband"), Map.entry("husbnd", "husband"),
            Map.entry("parnter", "partner"), Map.entry("partnr", "partner"), Map.entry("patner", "partner"),
            // Dialect for nothing, spelt as said.
            Map.entry("nowt", "nothing"), Map.entry("nought", "nothing"),
            Map.entry("definately", "definitely"), Map.entry("definatly", "definitely"),
            Map.entry("definetly", "definitely"), Map.entry("defintely", "definitely"),
            Map.entry("definitly", "definitely"), Map.entry("deffo", "definitely"), Map.entry("defo", "definitely"),
            Map.entry("deffinately", "definitely"),
            Map.entry("realy", "really"), Map.entry("relly", "really"), Map.entry("reallly", "really"),
            Map.entry("somtimes", "sometimes"), Map.entry("sometimese", "sometimes"), Map.entry("sometims", "sometimes"),
            Map.entry("somethimes", "sometimes"), Map.entry("sumtimes", "sometimes"),
            Map.entry("ocasionally", "occasionally"), Map.entry("occasionaly", "occasionally"),
            Map.entry("ocassionally", "occasionally"), Map.entry("occassionally", "occasionally"),
            Map.entry("offen", "often"), Map.entry("ofen", "often"), Map.entry("oftern", "often"),
            Map.entry("rarly", "rarely"), Map.entry("rarley", "rarely"), Map.entry("hardley", "hardly"),
            Map.entry("hardlly", "hardly"), Map.entry("nevr", "never"), Map.entry("neva", "never"),
            Map.entry("nver", "never"), Map.entry("alwys", "always"), Map.entry("allways", "always"),
            Map.entry("alays", "always"), Map.entry("alwasy", "always"),
            Map.entry("seperated", "separated"), Map.entry("seperate", "separated"), Map.entry("devorced", "divorced"),
            Map.entry("divorsed", "divorced"), Map.entry("maried", "married"), Map.entry("marryed", "married"),
            Map.entry("widdow", "widow"), Map.entry("widdowed", "widowed"), Map.entry("widowd", "widowed"),
            Map.entry("retierd", "retired"), Map.entry("retiered", "retired"), Map.entry("retird", "retired"),
            Map.entry("excelent", "excellent"), Map.entry("exellent", "excellent"),
            Map.entry("aweful", "awful"), Map.entry("terible", "terrible"), Map.entry("terrable", "terrible"),
            Map.entry("awfull", "awful"), Map.entry("exelent", "excellent"), Map.entry("excelant", "excellent"),
            Map.entry("excellant", "excellent"), Map.entry("brillant", "brilliant"), Map.entry("fantastick", "fantastic"),
            Map.entry("lonley", "lonely"), Map.entry("lonly", "lonely"),
            Map.entry("freinds", "friends"), Map.entry("frends", "friends"), Map.entry("famly", "family"),
            Map.entry("probly", "probably"), Map.entry("dnt", "dont"), Map.entry("havnt", "havent"),
            Map.entry("iam", "i am"), Map.entry("alot", "a lot"), Map.entry("abit", "a bit"),
            Map.entry("okey", "okay"),
            // "Nobody's died", "my memory's going": the "'s" of "is" or "has" run on to the word.
            Map.entry("nobodys", "nobody"), Map.entry("noones", "no one"), Map.entry("nothings", "nothing"),
            Map.entry("somebodys", "somebody"), Map.entry("someones", "someone"), Map.entry("memorys", "memory is"), Map.entry("minds", "mind is"),
            Map.entry("hearings", "hearing is"), Map.entry("eyesights", "eyesight is"), Map.entry("sights", "sight is"),
            Map.entry("healths", "health is"), Map.entry("moneys", "money is"), Map.entry("englishs", "english is"),
            Map.entry("heatings", "heating is"), Map.entry("v", "very"), Map.entry("tims", "times"), Map.entry("hereing", "hearing"), Map.entry("vv", "very"), Map.entry("thankyou", "thank you"));

    private Slips() {
    }

    /** Whole phrases put right before words are: Scots "nae bother" is "no bother", though "nae bad" is "not bad". */
    private static final Map<String, String> PHRASES = Map.of(" nae bother ", " no bother ", " tow of us ", " two of us ");

    /** The lower-case, space-separated text with known phrase slips put right. */
    static String putRightPhrases(String plain) {
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
