package uk.lantern.engine.catalogue;

/**
 * A concern that sets the urgent flag.
 *
 * @param id          the id rules raise it by
 * @param label       what was disclosed, in neutral words
 * @param help        the label of the kind of help it needs, as in the safeguarding rule base's
 *                    {@code help.txt} ({@code abuse}, {@code suicide_self_harm}...)
 * @param whatToDoNow the immediate action and numbers, written to the person: never
 *                    instructions for staff, which belong in {@code help.txt}'s worker guidance
 */
public record SafeguardingEntry(String id, String label, String help, String whatToDoNow) {
}
