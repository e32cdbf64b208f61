package uk.lantern.engine.safeguarding;

import org.kie.api.definition.type.Modifies;

/**
 * The fact the safeguarding rules read: one chat message as tidied words, each string starting
 * and ending with a space so a rule can look for a whole phrase as {@code " kill myself "}.
 * Look-alike rules call {@link #setAside} to remove an everyday figure of speech before the
 * concern rules look. One instance per check: not shared between threads.
 */
public final class ScreenedMessage {

    private String words;
    private String text;

    ScreenedMessage(String words, String text) {
        this.words = words;
        this.text = text;
    }

    /** Builds the fact from a message as typed. */
    public static ScreenedMessage of(String typed) {
        String words = MessageWording.words(typed);
        return new ScreenedMessage(words, MessageWording.repaired(words));
    }

    /** The message in lower-case words, before misspellings and coded words are repaired. */
    public String getWords() {
        return words;
    }

    /** The message in lower-case words with misspellings, leetspeak and abbreviations repaired. */
    public String getText() {
        return text;
    }

    /** Removes every match of a regular expression from both forms of the message. */
    @Modifies({"words", "text"})
    public void setAside(String phrase) {
        words = MessageWording.without(words, phrase);
        text = MessageWording.without(text, phrase);
    }

    @Override
    public String toString() {
        return "ScreenedMessage[" + text + "]";
    }
}
