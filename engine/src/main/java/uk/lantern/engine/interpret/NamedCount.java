package uk.lantern.engine.interpret;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the different things of one kind an answer names, for "how many" questions answered
 * with names rather than a number: "cataracts and dry AMD" is two eye conditions, "my husband
 * has to help me wash and dress" two everyday tasks. Each everyday word maps to the one thing it
 * names, so "wash" and "washing" count once. Only plain naming is counted; a negated or hedged
 * answer is left to the other readers.
 */
final class NamedCount {

    /** Everyday words for the eye conditions people are told they have, keyed by the condition. */
    static final NamedCount EYE_CONDITIONS = new NamedCount(Map.ofEntries(
            Map.entry("macular", "macular degeneration"), Map.entry("amd", "macular degeneration"),
            Map.entry("glaucoma", "glaucoma"), Map.entry("cataract", "cataracts"), Map.entry("cataracts", "cataracts"),
            Map.entry("retinopathy", "diabetic retinopathy"), Map.entry("retinitis", "retinitis pigmentosa"),
            Map.entry("keratoconus", "keratoconus"), Map.entry("nystagmus", "nystagmus"),
            Map.entry("squint", "squint"), Map.entry("detached", "detached retina"), Map.entry("detached retina", "detached retina"),
            // "something wrong with the retina", not "the optician said something about my retina".
            Map.entry("the retina", "a retinal condition"), Map.entry("retinal", "a retinal condition"), Map.entry("uveitis", "uveitis"),
            Map.entry("blepharitis", "blepharitis"), Map.entry("dry eye", "dry eye"), Map.entry("dry eyes", "dry eye"),
            Map.entry("lazy eye", "lazy eye"), Map.entry("thyroid eye", "thyroid eye disease"),
            Map.entry("macular hole", "macular hole"),
            // Round 21b (a26): "glaucoma, cataracts and the diabetic one": the eye trouble diabetes brings.
            Map.entry("diabetic one", "diabetic retinopathy"), Map.entry("diabetic eye", "diabetic retinopathy"),
            Map.entry("diabetic eyes", "diabetic retinopathy"), Map.entry("optic neuritis", "optic neuritis")));

    /** Everyday words for the tasks of daily living (washing, dressing, cooking and the like). */
    static final NamedCount DAILY_TASKS = new NamedCount(Map.ofEntries(
            Map.entry("wash", "washing"), Map.entry("washing", "washing"), Map.entry("bathing", "washing"),
            Map.entry("bath", "washing"), Map.entry("shower", "washing"), Map.entry("showering", "washing"),
            Map.entry("dress", "dressing"), Map.entry("dressing", "dressing"), Map.entry("dressed", "dressing"),
            Map.entry("feet", "feet"), Map.entry("toenails", "feet"), Map.entry("cookings", "cooking"), Map.entry("buttons", "dressing"),
            Map.entry("socks", "dressing"), Map.entry("shoelaces", "dressing"), Map.entry("laces", "dressing"),
            Map.entry("tights", "dressing"), Map.entry("shoes", "dressing"), Map.entry("stockings", "dressing"),
            Map.entry("cook", "cooking"), Map.entry("cooking", "cooking"), Map.entry("meals", "cooking"),
            Map.entry("shopping", "shopping"), Map.entry("cleaning", "cleaning"), Map.entry("housework", "cleaning"),
            Map.entry("stairs", "stairs"), Map.entry("toilet", "toilet"), Map.entry("eating", "eating"),
            Map.entry("laundry", "laundry"), Map.entry("medication", "medicines"), Map.entry("tablets", "medicines"),
            // Round 12: the tasks as verbs ("cant cook or clean anymore", "can't shop or cook").
            Map.entry("clean", "cleaning"), Map.entry("shop", "shopping"), Map.entry("hoover", "cleaning"),
            Map.entry("hoovering", "cleaning"), Map.entry("ironing", "laundry")));

    /** Words that doubt, negate or say the named things are no trouble ("I can do washing and dressing fine"). */
    private static final Set<String> HEDGES = Set.of("not", "no", "never", "dont", "maybe", "perhaps", "might",
            "used", "or", "sometimes", "can", "fine", "manage", "able", "alright", "ok", "okay", "without", "easy");

    private final Map<String, String> things;

    private NamedCount(Map<String, String> things) {
        this.things = things;
    }

    /** How many different things the words name, or empty when none, or when the words negate or hedge. */
    Optional<Integer> count(Words words) {
        List<String> all = words.tokens();
        // "I can't do my feet or get in the bath": after a said difficulty, "or" joins two more, it is no doubt.
        boolean difficultySaid = words.hasAny(List.of("cant", "cannot", "struggle", "unable"));
        for (int i = 0; i < all.size(); i++) {
            // "I can't manage the bath": "manage" after "can't" names a difficulty, not a way of coping.
            boolean afterCant = i > 0 && (all.get(i - 1).equals("cant") || all.get(i - 1).equals("cannot"));
            boolean joining = all.get(i).equals("or") && difficultySaid;
            if (HEDGES.contains(all.get(i)) && !afterCant && !joining) {
                return Optional.empty();
            }
        }
        Set<String> named = new LinkedHashSet<>();
        List<String> tokens = words.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            // A two-word name ("dry eye") first, so "dry AMD" stays one condition.
            String pair = i + 1 < tokens.size() ? things.get(tokens.get(i) + " " + tokens.get(i + 1)) : null;
            String thing = pair != null ? pair : things.get(tokens.get(i));
            if (thing != null) {
                named.add(thing);
            }
            if (pair != null) {
                i++;
            }
        }
        return named.isEmpty() ? Optional.empty() : Optional.of(named.size());
    }

    /** Words saying the list is complete: "just glaucoma", "only cooking", "buttons, that's it". */
    static boolean saysOnly(Words words) {
        return words.hasAny(List.of("just", "only", "thats it", "thats all", "nothing else", "thats about it",
                "thats about all", "and thats it", "thats the only one", "nothing more"));
    }
}
