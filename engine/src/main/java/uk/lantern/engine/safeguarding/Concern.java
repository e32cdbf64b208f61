package uk.lantern.engine.safeguarding;

/**
 * The kinds of crisis language a chat message can show; a concern rule names one in
 * {@code @concern}. Several concerns share one kind of {@link Help}: {@link #help()} says which.
 */
public enum Concern {
    /** Saying outright they want to kill themselves or end their life. */
    EXPLICIT(Help.SUICIDE_SELF_HARM),
    /** Wishing to be dead or gone, or seeing no point in living, without saying they will act. */
    PASSIVE(Help.SUICIDE_SELF_HARM),
    /**
     * Round 19: a wish to go to, follow, join or be with someone who died, with no sign that only a visit or
     * remembering is meant ("Mum's gone and I want to go where she is"). The suicide help, with its own gentler
     * opening when it is the only suicide concern raised ({@code bereaved_wish} in help.txt).
     */
    BEREAVED_WISH(Help.SUICIDE_SELF_HARM),
    /** Coded or slang words for suicide: "kms", "unalive", "sewerslide". */
    CODED(Help.SUICIDE_SELF_HARM),
    /** Hurting themselves on purpose. */
    SELF_HARM(Help.SUICIDE_SELF_HARM),
    /** Asking about or naming a way to die, including "asking for a friend". */
    METHOD(Help.SUICIDE_SELF_HARM),
    /** Being hurt, frightened, controlled or robbed by someone close: domestic or elder abuse. */
    ABUSE(Help.ABUSE),
    /** Rape, sexual assault or unwanted sexual touching, past or present. */
    SEXUAL_VIOLENCE(Help.SEXUAL_VIOLENCE),
    /** A child or young person saying they are harmed, abused, groomed or neglected. */
    CHILD(Help.CHILD),
    /** In danger now: an intruder, an overdose taken, a fall they cannot get up from, a medical emergency. */
    DANGER(Help.DANGER_NOW),
    /** Basic needs unmet: no food, no warmth, cannot wash or dress, medicine stopped. */
    SELF_NEGLECT(Help.SELF_NEGLECT),
    /** Worried about someone else who is at risk. */
    THIRD_PERSON(Help.WORRY_OTHER),
    /** Making themselves sick, starving, purging or bingeing to control weight. */
    EATING_DISORDER(Help.EATING_DISORDER);

    private final Help help;

    Concern(Help help) {
        this.help = help;
    }

    /** The help that fits this concern. */
    public Help help() {
        return help;
    }
}
