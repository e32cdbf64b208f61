package uk.lantern.engine.catalogue;

/**
 * A concern that sets the urgent flag.
 *
 * @param id          the id rules raise it by
 * @param label       what was disclosed, in neutral words
 * @param whatToDoNow the immediate action and numbers to give
 */
public record SafeguardingEntry(String id, String label, String whatToDoNow) {
}
