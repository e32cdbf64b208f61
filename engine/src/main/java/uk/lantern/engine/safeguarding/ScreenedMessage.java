package uk.lantern.engine.safeguarding;

import java.util.Set;
import org.kie.api.definition.type.Modifies;

/**
 * The fact the safeguarding rules read: one chat message as tidied words, each string starting
 * and ending with a space so a rule can look for a whole phrase as {@code " kill myself "}, and
 * the lexicon's concepts found in it. Look-alike rules call {@link #setAside} to remove an
 * everyday figure of speech before the concern rules look; the concepts are found again in what
 * is left. One instance per check: not shared between threads.
 */
public final class ScreenedMessage {

    private final Lexicon lexicon;
    private String words;
    private String text;
    private Set<String> concepts;

    ScreenedMessage(String words, String text, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.words = words;
        this.text = text;
        this.concepts = lexicon.conceptsIn(text);
    }

    /** Builds the fact from a message as typed, with no lexicon (for tests of the tidying). */
    public static ScreenedMessage of(String typed) {
        return of(typed, Lexicon.EMPTY);
    }

    /** Builds the fact from a message as typed, spelling out text-speak and finding concepts. */
    public static ScreenedMessage of(String typed, Lexicon lexicon) {
        String words = MessageWording.words(typed, lexicon);
        return new ScreenedMessage(words, MessageWording.repaired(words, lexicon), lexicon);
    }

    /** The message in lower-case words, before misspellings and coded words are repaired. */
    public String getWords() {
        return words;
    }

    /** The message in lower-case words with misspellings, leetspeak, text-speak and abbreviations repaired. */
    public String getText() {
        return text;
    }

    /** The names of the lexicon's concepts found in {@link #getText()}. */
    public Set<String> getConcepts() {
        return concepts;
    }

    /** Removes every match of a regular expression from both forms of the message. */
    @Modifies({"words", "text", "concepts"})
    public void setAside(String phrase) {
        words = MessageWording.without(words, phrase);
        text = MessageWording.without(text, phrase);
        concepts = lexicon.conceptsIn(text);
    }

    /** Removes the whole message: a rule has found it is a look-alike through and through. */
    @Modifies({"words", "text", "concepts"})
    public void setAllAside() {
        words = " ";
        text = " ";
        concepts = Set.of();
    }

    @Override
    public String toString() {
        return "ScreenedMessage[" + text + " " + concepts + "]";
    }
}
