package uk.lantern.engine.safeguarding;

/** The kinds of crisis language a chat message can show; a concern rule names one in {@code @concern}. */
public enum Concern {
    /** Saying outright they want to kill themselves or end their life. */
    EXPLICIT,
    /** Wishing to be dead or gone without saying they will act: "I'd be better off not here". */
    PASSIVE,
    /** Coded or slang words for suicide: "kms", "unalive", "sewerslide". */
    CODED,
    /** Hurting themselves on purpose. */
    SELF_HARM,
    /** Asking about or naming a way to die. */
    METHOD,
    /** Being hurt, frightened, controlled or robbed by someone. */
    ABUSE,
    /** In danger now: an intruder, an overdose taken, a fall they cannot get up from. */
    DANGER,
    /** Worried about someone else who is at risk. */
    THIRD_PERSON
}
