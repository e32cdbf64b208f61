package uk.lantern.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.questionnaire.Question;

/**
 * Test fixtures: the shipped rule base, built once per test JVM, and a builder of answers that
 * starts from a person with no risk factors so each test states only what it changes.
 */
public final class Screenings {

    private static final ScreeningEngine ENGINE = new ScreeningEngine(RuleBase.load());

    private Screenings() {
    }

    public static ScreeningEngine engine() {
        return ENGINE;
    }

    /** Answers of a well-connected 60-year-old in excellent health: scores 0 on every factor. */
    public static Map<String, Object> noRisk() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("age", 60);
        a.put("household_size", 2);
        a.put("marital_status", "married_or_partner");
        a.put("lives_with_partner", "yes");
        a.put("recent_loss", "no");
        a.put("cold_home", "no");
        a.put("money_worries", "no");
        a.put("self_rated_health", "excellent");
        a.put("long_term_condition", "no");
        a.put("daily_activities", "none");
        a.put("sight_loss", "no");
        a.put("hearing_loss", "no");
        a.put("memory_problems", "no");
        a.put("low_mood", "no");
        a.put("stopped_driving", "no");
        a.put("can_get_out", "yes");
        a.put("is_carer", "no");
        a.put("work", "working");
        a.put("language_barrier", "no");
        a.put("contact_children", "monthly_or_more");
        a.put("contact_family", "monthly_or_more");
        a.put("contact_friends", "monthly_or_more");
        a.put("group_member", "yes");
        a.put("confidant", "yes");
        a.put("lack_companionship", "hardly_ever");
        a.put("left_out", "hardly_ever");
        a.put("isolated_from_others", "hardly_ever");
        a.put("how_often_lonely", "never");
        a.put("feel_safe_at_home", "yes");
        a.put("thoughts_of_harm", "no");
        return a;
    }

    /**
     * {@link #noRisk()} with some answers changed (pairs of question id and value). The answers
     * then follow the skip logic: a question no longer asked is dropped (living alone drops
     * "lives with a partner"), and living alone adds "visited most days" unless the pairs say.
     */
    public static Map<String, Object> noRiskWith(Object... pairs) {
        Map<String, Object> a = noRisk();
        for (int i = 0; i < pairs.length; i += 2) {
            a.put((String) pairs[i], pairs[i + 1]);
        }
        if (Integer.valueOf(1).equals(a.get("household_size"))) {
            a.putIfAbsent("visitors", "most_days");
        }
        for (Question q : ENGINE.ruleBase().questionnaire().questions()) {
            if (q.askIf() != null) {
                Object earlier = a.get(q.askIf().question());
                if (earlier == null || !q.askIf().anyOf().contains(String.valueOf(earlier))) {
                    a.remove(q.id());
                }
            }
        }
        return a;
    }
}
