package uk.lantern.engine.safeguarding;

import java.time.LocalDate;

/**
 * One helpline from the rule base's {@code helplines.tsv}.
 *
 * @param id      the name rules and {@code help.txt} use for it ("samaritans")
 * @param name    the service's name as the person reads it ("Samaritans")
 * @param how     how to reach it, to the person ("call 116 123")
 * @param when    when or what it is for, to the person ("free, any time of day or night")
 * @param source  where the number was checked ("as published by Samaritans")
 * @param checked the date it was last checked
 */
public record Helpline(String id, String name, String how, String when, String source, LocalDate checked) {

    /** The line shown to the person: "Samaritans: call 116 123, free, any time of day or night." */
    public String line() {
        return name + ": " + how + ", " + when + ".";
    }
}
