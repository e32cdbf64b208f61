package uk.lantern.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import uk.lantern.engine.questionnaire.AnswerOption;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/**
 * The questions of the shipped questionnaire ({@code rules/.../questionnaire.json}) that the
 * interpreter has wording for, with the same ids, types, limits and options. The engine module
 * cannot read the rules module's files, so they are repeated here.
 */
final class ShippedQuestions {

    private ShippedQuestions() {
    }

    static Question byId(String id) {
        return switch (id) {
            case "age" -> number(id, 18, 120);
            case "household_size" -> number(id, 1, 20);
            case "eye_conditions" -> number(id, 0, 10);
            case "postcode" -> new Question(id, "about_you", id, "", AnswerType.POSTCODE, null, null, null, false, null);
            case "notes" -> new Question(id, "about_you", id, "", AnswerType.FREE_TEXT, null, null, null, false, null);
            case "sex" -> choice(id, "female", "Woman", "male", "Man", "another", "Another way",
                    "prefer_not_to_say", "Prefer not to say");
            case "marital_status" -> choice(id, "married_or_partner", "Married or living with a partner", "single", "Single",
                    "separated_or_divorced", "Separated or divorced", "widowed", "Widowed");
            case "self_rated_health" -> choice(id, "excellent", "Excellent", "very_good", "Very good", "good", "Good",
                    "fair", "Fair", "poor", "Poor");
            case "visitors" -> choice(id, "most_days", "Most days", "weekly", "At least once a week", "monthly",
                    "At least once a month, but not every week", "rarely", "Less than once a month, or never");
            case "daily_activities" -> choice(id, "none", "None", "one", "One", "two_or_more", "Two or more");
            case "cares_for" -> choice(id, "partner", "My husband, wife or partner", "parent", "A parent",
                    "child", "A child or grown-up son or daughter", "someone_else", "Someone else");
            case "work" -> choice(id, "working", "Working", "retired_recently", "Retired in the last two years",
                    "retired", "Retired longer ago", "unemployed", "Looking for work", "unable_to_work", "Unable to work",
                    "other", "Something else");
            case "contact_children", "contact_family", "contact_friends" -> choice(id, "monthly_or_more", "Once a month or more",
                    "less_than_monthly", "Less than once a month", "none", "I have none");
            case "lack_companionship", "left_out", "isolated_from_others" -> choice(id, "hardly_ever", "Hardly ever or never",
                    "some_of_the_time", "Some of the time", "often", "Often");
            case "how_often_lonely" -> choice(id, "often_always", "Often or always", "some_of_the_time", "Some of the time",
                    "occasionally", "Occasionally", "hardly_ever", "Hardly ever", "never", "Never");
            default -> new Question(id, "home", id, "", AnswerType.YES_NO, null, null, null, true, null);
        };
    }

    private static Question number(String id, int min, int max) {
        return new Question(id, "about_you", id, "", AnswerType.WHOLE_NUMBER, null, min, max, true, null);
    }

    private static Question choice(String id, String... idsAndLabels) {
        List<AnswerOption> options = new ArrayList<>();
        for (int i = 0; i < idsAndLabels.length; i += 2) {
            options.add(new AnswerOption(idsAndLabels[i], idsAndLabels[i + 1], 0));
        }
        return new Question(id, "about_you", id, "", AnswerType.SINGLE_CHOICE, options, null, null, true, null);
    }
}
