package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Optional;

/**
 * Round 16: statements the nineteenth outsiders' set (v19) showed were asked again though they answer plainly,
 * by kind: a loss dated by a time ago, a partner who left or lives elsewhere, a cold or damp home, the bus fine for
 * getting out, someone cared for named with their condition, trouble where one lives, low moods "not often",
 * memory trouble "that affects nothing", and hearing missed even with aids. Each reads only with no denial near.
 */
final class PlainStatements {

    private static final List<String> PERSON = List.of("husband", "wife", "partner", "mum", "mother", "dad",
            "father", "brother", "sister", "son", "daughter", "friend", "parents", "grandson", "granddaughter",
            "nan", "gran", "aunt", "uncle", "cousin", "best friend", "neighbour");
    /** Within the two years the loss question asks about, whatever the day. */
    private static final List<String> LATELY = List.of("this year", "last year", "this month", "last month",
            "this summer", "this spring", "last summer", "last spring", "last autumn", "last winter", "last christmas");
    private static final int TWO_YEARS = 24;
    private static final int SURELY_LONGER = 30;

    private static final List<String> PARTNER_LEFT = List.of("she left me", "he left me", "she left", "he left",
            "walked out", "moved out", "own flat", "own place", "own house", "lives separately", "live separately",
            "lives down the road", "lives round the corner");
    private static final List<String> COLD_HOME = List.of("never gets warm", "never warm", "cant get it warm",
            "cant keep it warm", "damp and mould", "mould", "mouldy", "cant afford it", "cant afford the heating",
            "cant afford to put it on");
    private static final List<String> WARM_NOW = List.of("its ok now", "its fine now", "its warm now", "warm now",
            "ok now", "fine now", "did the windows", "new boiler", "insulated");
    private static final List<String> GETS_OUT_FINE = List.of("the bus is fine", "bus is fine", "buses are fine",
            "the buses are fine", "the bus is good", "get the bus fine");
    private static final List<String> NEEDS_CARE = List.of("learning disabilities", "learning disability", "autism",
            "autistic", "dementia", "alzheimers", "im all hes got", "im all shes got", "cant manage without me",
            "severely disabled", "bedbound", "bed bound");
    private static final List<String> UNSAFE = List.of("nightmare", "drugs", "shouting all night", "nervous at night",
            "scared at night", "frightened at night", "people knocking", "knocking late",
            "threatening", "threatened", "intimidated", "harassed", "harassing");
    private static final List<String> DENIAL = List.of("not", "no", "never", "dont", "doesnt", "isnt", "wasnt",
            "nobody", "no one");

    private PlainStatements() {
    }

    /** The reading when one of the kinds applies; empty otherwise. */
    static Optional<Boolean> read(String id, Words words) {
        switch (id) {
            case "recent_loss" -> {
                if (!words.hasAny(PERSON) || words.hasAny(List.of("not", "never", "no one", "nobody", "none"))) {
                    return Optional.empty();
                }
                if (words.hasAny(List.of("and then", "then", "as well", "also"))) {
                    return Optional.empty(); // two losses told in turn: left to the readings that weigh each
                }
                List<ElapsedTime.Span> spans = ElapsedTime.find(words).stream().filter(s -> s.ago(words)).toList();
                if (spans.size() == 1) {
                    // "about two years ago", "just over two years": on the line, so asked again or read elsewhere
                    double months = spans.getFirst().months();
                    boolean nearTheLine = words.hasAny(List.of("about", "around", "over", "nearly", "almost", "roughly"));
                    return months < TWO_YEARS && !nearTheLine ? Optional.of(Boolean.TRUE)
                            : months >= SURELY_LONGER ? Optional.of(Boolean.FALSE) : Optional.empty();
                }
                return spans.isEmpty() && words.hasAny(LATELY) ? Optional.of(Boolean.TRUE) : Optional.empty();
            }
            case "lives_with_partner" -> {
                return words.hasAny(PARTNER_LEFT) && !words.hasAny(List.of("came back", "back now", "moved back",
                        "moved in", "stays", "sort of", "most nights", "weekends", "half the time"))
                        ? Optional.of(Boolean.FALSE) : Optional.empty();
            }
            case "cold_home" -> {
                if (words.hasAny(WARM_NOW) && !words.hasAny(COLD_HOME)) {
                    return Optional.of(Boolean.FALSE);
                }
                return words.hasAny(COLD_HOME) && !words.hasAny(WARM_NOW) ? Optional.of(Boolean.TRUE) : Optional.empty();
            }
            case "can_get_out" -> {
                return words.hasAny(GETS_OUT_FINE) && !words.hasAny(List.of("but", "except", "apart from"))
                        ? Optional.of(Boolean.TRUE) : Optional.empty();
            }
            case "is_carer" -> {
                return words.hasAny(PERSON) && words.hasAny(NEEDS_CARE) && !words.hasAny(DENIAL)
                        && !words.hasAny(List.of("care home", "carers come", "in a home", "used to"))
                        ? Optional.of(Boolean.TRUE) : Optional.empty();
            }
            case "feel_safe_at_home" -> {
                return words.hasAny(UNSAFE) && !words.hasAny(List.of("not", "no", "never", "used to", "no more",
                        "anymore", "any more")) ? Optional.of(Boolean.FALSE) : Optional.empty();
            }
            case "low_mood" -> {
                return words.hasAny(List.of("but not often", "but not very often", "not often though",
                        "but not a lot")) ? Optional.of(Boolean.FALSE) : Optional.empty();
            }
            case "memory_problems" -> {
                return words.joined().matches("^(no )?not (that|so it) (affects|affect|stops|bothers|gets in the way"
                        + "|matters)( of)?( anything| me| my life| my day| daily life)?$")
                        ? Optional.of(Boolean.FALSE) : Optional.empty();
            }
            case "hearing_loss" -> {
                return words.hasAny(List.of("even with the aids", "even with my aids", "even with the hearing aids",
                        "even with my hearing aids", "even with them in")) && words.hasAny(List.of("miss", "cant hear",
                        "struggle", "dont catch", "cant follow")) ? Optional.of(Boolean.TRUE) : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
