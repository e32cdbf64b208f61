package uk.lantern.web.chat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.engine.catalogue.FactorEntry;

/**
 * What the person said that matters, put back to them in the second person and in everyday
 * words: "You said you often feel you lack company." Only answers behind a factor the rules
 * found are reflected, in the rules' order; age and sex never are, so nothing is said about
 * people of an age. No points, scales or totals appear.
 */
final class Reflections {

    /** Most lines reflected, so the ending stays short; the concerns the help answers are said even past it. */
    static final int MOST = 6;
    /** Lines besides the concerns always kept, so what measured loneliness or isolation is still said first. */
    static final int LEAST_OTHERS = 2;

    private static final Map<String, String> FREQUENCY = Map.of(
            "often", "often", "often_always", "often or always", "some_of_the_time", "sometimes",
            "occasionally", "occasionally");

    private final Catalogue catalogue;

    Reflections(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The answers behind each need whose help the ending lists, so the summary names every concern that help
     * answers (round 15, new-user trial: a summary of loneliness, living alone and bereavement left out a cold
     * home, money worries, sight loss and low mood, though help for each was listed).
     */
    static final Map<String, List<String>> CONCERNS = Map.ofEntries(
            // company answers loneliness and living alone
            Map.entry("befriending", List.of("how_often_lonely", "household_size")),
            Map.entry("telephone_befriending", List.of("how_often_lonely", "household_size")),
            Map.entry("social_groups", List.of("how_often_lonely", "household_size")),
            Map.entry("mens_groups", List.of("how_often_lonely", "household_size")),
            Map.entry("warmth_income", List.of("cold_home", "money_worries", "money_stops_going_out")),
            Map.entry("free_services", List.of("money_stops_going_out")),
            Map.entry("sensory_support", List.of("sight_loss", "hearing_loss")),
            Map.entry("mental_health", List.of("low_mood")),
            Map.entry("carers_support", List.of("is_carer")),
            Map.entry("bereavement_support", List.of("recent_loss", "marital_status")),
            Map.entry("transport", List.of("can_get_out")));

    /**
     * The lines for an assessment of {@code answers} (question id to the value kept): every concern behind a
     * need the assessment raised ({@link #CONCERNS}), and the other answers behind the factors found, in the
     * rules' order, up to {@link #MOST} lines in all (the concerns are always said, even past it).
     */
    List<String> of(Assessment assessment, Map<String, Object> answers) {
        Set<String> concerns = new LinkedHashSet<>();
        for (Assessment.Need need : assessment.needs()) {
            for (String questionId : CONCERNS.getOrDefault(need.id(), List.of())) {
                String line = line(questionId, answers.get(questionId));
                if (line != null) {
                    concerns.add(line);
                }
            }
        }
        Set<String> others = new LinkedHashSet<>();
        for (Assessment.Factor factor : assessment.factors()) {
            List<String> questions = catalogue.factor(factor.id()).map(FactorEntry::questions).orElse(List.of());
            for (String questionId : questions) {
                String line = line(questionId, answers.get(questionId));
                if (line != null && !concerns.contains(line)) {
                    others.add(line);
                }
            }
        }
        // the factors' own lines first (what measured loneliness or isolation), then the concerns the help answers
        Set<String> lines = new LinkedHashSet<>();
        int room = Math.max(0, MOST - concerns.size());
        others.stream().limit(Math.max(room, LEAST_OTHERS)).forEach(lines::add);
        lines.addAll(concerns);
        return List.copyOf(lines);
    }

    /** The line for one answer, or null when it is not put back (age, sex, or an answer that is no worry). */
    static String line(String questionId, Object value) {
        if (value == null) {
            return null;
        }
        boolean yes = Boolean.TRUE.equals(value);
        String v = String.valueOf(value);
        return switch (questionId) {
            case "household_size" -> "1".equals(v) ? "You said you live on your own." : null;
            case "marital_status" -> "widowed".equals(v) ? "You said you have lost your husband, wife or partner." : null;
            case "recent_loss" -> yes ? "You said you have lost someone close to you in the last two years." : null;
            case "cold_home" -> yes ? "You said your home is hard to keep warm, or you cut back on heating." : null;
            case "money_worries" -> yes ? "You said you struggle to afford everyday things." : null;
            case "money_stops_going_out" -> yes ? "You said you can't always afford to go out or see people." : null;
            case "self_rated_health" -> switch (v) {
                case "poor", "fair", "good" -> "You said your health is " + v + ".";
                default -> null;
            };
            case "long_term_condition" -> yes ? "You said an illness, disability or trouble getting about limits what you can do." : null;
            case "daily_activities" -> switch (v) {
                case "one" -> "You said one everyday task, like washing, dressing or cooking, is hard for you.";
                case "two_or_more" -> "You said several everyday tasks, like washing, dressing or cooking, are hard for you.";
                default -> null;
            };
            case "sight_loss" -> yes ? "You said you have problems with your sight." : null;
            case "eye_conditions" -> value instanceof Number n && n.intValue() > 1
                    ? "You said you have been told you have " + n.intValue() + " eye conditions." : null;
            case "hearing_loss" -> yes ? "You said you have problems with your hearing." : null;
            case "memory_problems" -> yes ? "You said you have memory problems that affect your daily life." : null;
            case "low_mood" -> yes ? "You said you have often felt low, depressed or anxious lately." : null;
            case "stopped_driving" -> yes ? "You said you have stopped driving." : null;
            case "can_get_out" -> Boolean.FALSE.equals(value)
                    ? "You said you can't always get to the places you want to go." : null;
            case "is_carer" -> yes ? "You said you look after someone who needs your help." : null;
            case "work" -> switch (v) {
                case "retired_recently" -> "You said you retired in the last two years.";
                case "unemployed" -> "You said you are looking for work.";
                default -> null;
            };
            case "language_barrier" -> yes ? "You said it is hard to talk to services or neighbours in English." : null;
            case "contact_children" -> contact(v, "your children", "children");
            case "contact_family" -> contact(v, "other family", "other family");
            case "contact_friends" -> contact(v, "friends", "friends");
            case "group_member" -> Boolean.FALSE.equals(value) ? "You said you don't belong to a club or group." : null;
            case "lack_companionship" -> feeling(v, "feel you lack company");
            case "left_out" -> feeling(v, "feel left out");
            case "isolated_from_others" -> feeling(v, "feel cut off from other people");
            case "how_often_lonely" -> feeling(v, "feel lonely");
            default -> null;
        };
    }

    private static String contact(String value, String who, String noneOf) {
        return switch (value) {
            case "less_than_monthly" -> "You said you see or hear from " + who + " less than once a month.";
            case "none" -> "You said you have no " + noneOf + " to keep in touch with.";
            default -> null;
        };
    }

    private static String feeling(String value, String what) {
        String often = FREQUENCY.get(value);
        return often == null ? null : "You said you " + often + " " + what + ".";
    }
}
