package uk.lantern.web.chat;

import java.util.Map;

/** Test fixture: what a person might type for each question, in their own words. */
public final class TypedAnswers {

    /** An 82-year-old widow living alone who has stopped driving and feels lonely. */
    public static final Map<String, String> OLDER_WIDOW = Map.ofEntries(
            Map.entry("age", "eighty two"),
            Map.entry("sex", "a woman"),
            Map.entry("household_size", "just me"),
            Map.entry("visitors", "most days"),
            Map.entry("marital_status", "widowed"),
            Map.entry("recent_loss", "yes"),
            Map.entry("cold_home", "no"),
            Map.entry("money_worries", "yes"),
            Map.entry("money_stops_going_out", "afraid so"),
            Map.entry("self_rated_health", "fair"),
            Map.entry("long_term_condition", "yes"),
            Map.entry("daily_activities", "none"),
            Map.entry("sight_loss", "yes"),
            Map.entry("eye_conditions", "two"),
            Map.entry("hearing_loss", "no"),
            Map.entry("memory_problems", "no"),
            Map.entry("low_mood", "yes"),
            Map.entry("stopped_driving", "yes"),
            Map.entry("can_get_out", "not really"),
            Map.entry("is_carer", "no"),
            Map.entry("work", "retired longer ago"),
            Map.entry("language_barrier", "no"),
            Map.entry("contact_children", "less than once a month"),
            Map.entry("contact_family", "less than once a month"),
            Map.entry("contact_friends", "once a month or more"),
            Map.entry("group_member", "no"),
            Map.entry("confidant", "yes"),
            Map.entry("lack_companionship", "often"),
            Map.entry("left_out", "some of the time"),
            Map.entry("isolated_from_others", "often"),
            Map.entry("how_often_lonely", "often or always"),
            Map.entry("feel_safe_at_home", "yes"),
            Map.entry("thoughts_of_harm", "no"));

    /** A well-connected 70-year-old man: married, out and about, rarely lonely; no need raised. */
    public static final Map<String, String> WELL_CONNECTED = Map.ofEntries(
            Map.entry("age", "seventy"),
            Map.entry("sex", "a man"),
            Map.entry("household_size", "two"),
            Map.entry("visitors", "most days"),
            Map.entry("marital_status", "married"),
            Map.entry("lives_with_partner", "yes"),
            Map.entry("recent_loss", "no"),
            Map.entry("cold_home", "no"),
            Map.entry("money_worries", "no"),
            Map.entry("self_rated_health", "good"),
            Map.entry("long_term_condition", "no"),
            Map.entry("daily_activities", "none"),
            Map.entry("sight_loss", "no"),
            Map.entry("hearing_loss", "no"),
            Map.entry("memory_problems", "no"),
            Map.entry("low_mood", "no"),
            Map.entry("stopped_driving", "no"),
            Map.entry("can_get_out", "yes"),
            Map.entry("is_carer", "no"),
            Map.entry("work", "retired longer ago"),
            Map.entry("language_barrier", "no"),
            Map.entry("contact_children", "once a week or more"),
            Map.entry("contact_family", "once a week or more"),
            Map.entry("contact_friends", "once a week or more"),
            Map.entry("group_member", "yes"),
            Map.entry("confidant", "yes"),
            Map.entry("lack_companionship", "hardly ever"),
            Map.entry("left_out", "hardly ever"),
            Map.entry("isolated_from_others", "hardly ever"),
            Map.entry("how_often_lonely", "never"),
            Map.entry("feel_safe_at_home", "yes"),
            Map.entry("thoughts_of_harm", "no"));

    private TypedAnswers() {
    }
}
