package uk.lantern.web.training;

import java.util.Map;

/**
 * Rules renamed since the rule pages went up, old name to new name, so that a bookmarked rule page
 * ({@code /training/rules/<old-slug>}) moves permanently to the rule's page under its new name instead
 * of a 404. Read from the screening rule files' git history (round 12 renamed the band rules after the
 * bands' own names; earlier rounds reworded the age and needs rules). Safeguarding rules have no pages.
 * {@link TrainingRules} refuses to start when a new name here is not a rule of the running rule base,
 * so a later rename must update this map too.
 */
final class RenamedRules {

    static final Map<String, String> OLD_TO_NEW = Map.ofEntries(
            Map.entry("A score under 5 is low risk", "A score under 5 gives Lower risk"),
            Map.entry("A score of 5 to 9 is moderate risk", "A score of 5 to 9 gives Some risk"),
            Map.entry("A score of 10 or more is high risk", "A score of 10 or more gives Higher risk"),
            Map.entry("An isolation index of 4 or 5 sets at least moderate risk",
                    "An isolation index of 4 or 5 sets at least Some risk"),
            Map.entry("A loneliness score of 6 or more sets at least moderate risk",
                    "A loneliness score of 6 or more sets at least Some risk"),
            Map.entry("Feeling lonely often or always sets at least moderate risk",
                    "Feeling lonely often or always sets at least Some risk"),
            Map.entry("Measured as both isolated and lonely sets high risk",
                    "Measured as both isolated and lonely sets Higher risk"),
            Map.entry("Being 75 to 79 is a risk factor", "Age UK model: aged 75 to 79"),
            Map.entry("Chronic loneliness calls for telephone befriending, unless cost is what keeps them in",
                    "Chronic loneliness calls for telephone befriending"),
            Map.entry("Loneliness or little contact calls for befriending, unless cost is what keeps them in",
                    "Loneliness, little contact, no confidant or few visitors calls for befriending"),
            // round 19: living alone moved to a rule of its own, raised only beside another sign
            Map.entry("Living alone, poorer health or a language barrier calls for a community navigator",
                    "Poorer health, a language barrier or no one to turn to calls for a community navigator"),
            Map.entry("Living alone, poorer health, a language barrier or no one to turn to calls for a community navigator",
                    "Poorer health, a language barrier or no one to turn to calls for a community navigator"));

    private RenamedRules() {
    }
}
