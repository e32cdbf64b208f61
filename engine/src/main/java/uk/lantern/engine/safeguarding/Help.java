package uk.lantern.engine.safeguarding;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of help Lantern gives after a disclosure, one per situation the person may be in.
 * Each has its own section of wording and list of helplines in the rule base
 * ({@code help.txt} and {@code helplines.tsv}); {@link #label()} is the name used there, in the
 * labelled corpus's {@code expect} column and in the chat protocol.
 */
public enum Help {
    /** Suicide, self-harm, method-seeking and hopelessness about living. */
    SUICIDE_SELF_HARM,
    /** Domestic or elder abuse. */
    ABUSE,
    /** Rape and sexual assault. */
    SEXUAL_VIOLENCE,
    /** A child or young person at risk. */
    CHILD,
    /** Danger right now, a fall or a medical emergency. */
    DANGER_NOW,
    /** Unmet basic needs and stopped medicine. */
    SELF_NEGLECT,
    /** Worry about someone else. */
    WORRY_OTHER,
    /** Eating-disorder behaviour. */
    EATING_DISORDER;

    /** The lower-case name: {@code suicide_self_harm}, {@code danger_now}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The help with this label.
     *
     * @throws IllegalArgumentException for a label that is not one of {@link #values()}
     */
    public static Help ofLabel(String label) {
        return Arrays.stream(values()).filter(h -> h.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No kind of help \"" + label + "\"; known: "
                        + Arrays.stream(values()).map(Help::label).toList()));
    }
}
