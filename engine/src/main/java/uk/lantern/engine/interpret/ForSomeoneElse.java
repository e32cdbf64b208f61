package uk.lantern.engine.interpret;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 9: an answer given for someone else ("I'm filling this in for my mum, she's 88", "dad
 * has Alzheimer's, I'm his son filling this in"). The person being screened is the one named, so
 * what is said of them is their answer: the clause that says who is typing is taken out, and the
 * person named (and "she", "he", "her", "his") is read as the one answering ("I'm 88", "I have
 * Alzheimer's"). "My son is typing for me" and "my husband has dementia, not me" name no one else
 * being answered for, and are left as they are.
 */
final class ForSomeoneElse {

    private static final String RELATIVE = "mum|mother|mam|mom|mummy|dad|father|daddy|nan|nana|nanna|gran|granny|grandma"
            + "|grandad|granddad|grandpa|grandmother|grandfather|husband|wife|hubby|aunt|auntie|aunty|uncle"
            + "|brother|sister|friend|neighbour|neighbor";
    private static final String WHO = "(?:(?:my|our) )?(?:" + RELATIVE + "|him|her)";
    /**
     * Who is typing, for whom: "filling this in for my mum", "doing this for my dad", "answering
     * for her", "typing this for my nan", "on behalf of my father", "helping mum with this", "I'm
     * her daughter typing this". Only the form itself as the object, so "doing everything for her"
     * (caring) is not taken.
     */
    private static final Pattern TYPING_FOR = Pattern.compile("(?:\\b(?:i am|im|i m|this is|its|it s) )?(?:just )?(?:"
            + "(?:filling|fill|filled) (?:this |it |these |the form |the questions )?(?:in |out )?for " + WHO
            + "|(?:doing|completing|done) (?:this|it|these|the form|these questions|the questions) for " + WHO
            + "|(?:answering|typing|writing|replying) (?:this |it |these |the questions )?(?:in |out )?for " + WHO
            + "|on behalf of " + WHO
            + "|helping " + WHO + " (?:with|fill|do|to fill|to do|answer) (?:this|it|these|the form|the questions)(?: in| out)?"
            + "|(?:i am|im|i m) (?:his|her) (?:son|daughter|carer|niece|nephew|grandson|granddaughter|husband|wife"
            + "|neighbour|friend) (?:typing|filling|doing|writing|answering)(?: this| it| these)?(?: in| out)?(?: for (?:him|her))?"
            + ")\\b");
    private static final Pattern RELATIVE_WORD = Pattern.compile("\\b(?:(?:my|our) )?(?:" + RELATIVE + ")\\b");

    private ForSomeoneElse() {
    }

    /**
     * The answer as if said by the person answered for, or the text unchanged when it names no
     * one being answered for.
     *
     * @param text what was typed; null is returned as it is
     * @return lower-case words and punctuation, the typing clause taken out and the person named
     *         read as "I"; or {@code text} itself
     */
    static String asTheirs(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.toLowerCase(Locale.UK).replace('\u2019', '\'').replace("'", "")
                .replaceAll("[^a-z0-9,.;?!()\\-]+", " ").strip();
        Matcher typing = TYPING_FOR.matcher(plain);
        if (!typing.find()) {
            return text;
        }
        // The person answered for comes after "for", "of" or "helping"; in "I'm her daughter" the kin is the typist.
        String forWhom = typing.group().replaceFirst("^.*?\\b(?:for|of|helping)\\b", "");
        Matcher named = Pattern.compile("\\b(?:" + RELATIVE + ")\\b").matcher(
                forWhom.equals(typing.group()) ? "" : forWhom);
        String who = named.find() ? named.group() : null;
        String rest = (plain.substring(0, typing.start()) + " , " + plain.substring(typing.end()))
                .replaceAll("[()]", " , ");
        // Round 14: "my mum's 88, I'm filling this in for her": the person's "'s" run on to a number is "I'm".
        rest = rest.replaceAll("\\b(?:(?:my|our) )?(?:" + RELATIVE + ")s (?=[0-9])", "im ");
        if (who != null) {
            rest = rest.replaceAll("\\b(?:(?:my|our) )?" + who + "\\b", "i");
        } else {
            rest = RELATIVE_WORD.matcher(rest).replaceAll("i");
        }
        return rest.replaceAll("\\b(?:she|he) (?:is|was)\\b", "i am")
                .replaceAll("\\b(?:shes|hes|she s|he s)\\b", "im")
                .replaceAll("\\b(?:she|he)\\b", "i")
                .replaceAll("\\bwho is\\b", "i am")
                .replaceAll("\\b(?:her|his)\\b", "my")
                .replaceAll("\\bhim\\b", "me")
                .replaceAll("\\bi has\\b", "i have")
                // Round 11: "my mum is 88, I'm filling this in for her": the person named, then "is".
                .replaceAll("\\bi is\\b", "i am")
                .replaceAll("\\s+", " ").strip();
    }
}
