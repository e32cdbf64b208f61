package uk.lantern.engine.catalogue;

import java.util.List;

/**
 * A concern that sets the urgent flag.
 *
 * @param id            the id rules raise it by
 * @param label         what was disclosed, in neutral words
 * @param help          the label of the kind of help it needs, as in the safeguarding rule base's
 *                      {@code help.txt} ({@code abuse}, {@code suicide_self_harm}...)
 * @param whatToDoNow   the immediate action and numbers, written to the person: never
 *                      instructions for staff, which belong in {@code help.txt}'s worker guidance
 * @param questions     the ids of the questionnaire questions whose answer raises it
 * @param reason        why the answer is urgent whatever the score, in plain English
 * @param triggerSource where raising it on that answer comes from; expert-set
 */
public record SafeguardingEntry(String id, String label, String help, String whatToDoNow, List<String> questions,
        String reason, WeightSource triggerSource) {

    public SafeguardingEntry {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
