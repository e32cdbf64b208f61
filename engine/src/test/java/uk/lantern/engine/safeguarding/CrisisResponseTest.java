package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.RuleBaseException;

/** How the help is put together from the rule base's sections and helplines. */
class CrisisResponseTest {

    static final String LINES = """
            # a note
            id\tname\thow\twhen\tsource\tchecked
            one\tOne\tcall 1\tany time\tas published by One\t2026-11-30
            two\tTwo\tcall 2\tfree\tas published by Two\t2026-11-30
            three\tThree\tcall 3\tat night\tas published by Three\t2026-11-30
            """;

    static String help(String skip) {
        StringBuilder text = new StringBuilder("# order is urgency\n");
        for (Help h : new Help[] {Help.DANGER_NOW, Help.CHILD, Help.SEXUAL_VIOLENCE, Help.ABUSE, Help.SUICIDE_SELF_HARM,
            Help.EATING_DISORDER, Help.SELF_NEGLECT, Help.WORRY_OTHER}) {
            if (h.label().equals(skip)) {
                continue;
            }
            String lines = switch (h) {
                case DANGER_NOW -> "one";
                case ABUSE -> "one three";
                default -> "one two";
            };
            text.append("== ").append(h.label()).append(" ==\nopening: OPEN-").append(h.name())
                    .append("\nlines: ").append(lines).append("\nworker: STAFF-").append(h.name()).append("\n\n");
        }
        return text.append("== continue ==\nCARRY-ON\n\n== again ==\nSTILL-HERE\n").toString();
    }

    private final CrisisResponse response = CrisisResponse.read(help(""), LINES);

    @Test
    void oneConcernGetsItsOpeningItsLinesAsAListThenTheOfferToCarryOn() {
        assertThat(response.textFor(Set.of(Concern.EXPLICIT))).isEqualTo("""
                OPEN-SUICIDE_SELF_HARM

                These can help:
                - One: call 1, any time.
                - Two: call 2, free.

                CARRY-ON""");
    }

    @Test
    void theMostUrgentKindOpensAndEveryKindsLinesAreListedOnce() {
        String text = response.textFor(EnumSet.of(Concern.PASSIVE, Concern.DANGER, Concern.ABUSE));
        assertThat(text).startsWith("OPEN-DANGER_NOW\n");
        assertThat(text.lines().filter(l -> l.startsWith("- "))).containsExactly(
                "- One: call 1, any time.", "- Three: call 3, at night.", "- Two: call 2, free.");
    }

    @Test
    void helpAlreadyGivenIsNotRepeatedButANewKindListsAllItsLines() {
        assertThat(response.textFor(Set.of(Concern.METHOD), Set.of(Help.SUICIDE_SELF_HARM))).isEqualTo("STILL-HERE");
        // Round 13 (new-user trial): a carer's own suicidal thought, after an earlier worry about
        // someone else had listed 999 and Samaritans, got only the lines not listed before. A new
        // kind now lists every line it needs: the person may read only the latest reply.
        String abuse = response.textFor(Set.of(Concern.ABUSE), Set.of(Help.SUICIDE_SELF_HARM));
        assertThat(abuse).startsWith("OPEN-ABUSE").contains("These can help:\n- One: call 1, any time.\n"
                + "- Three: call 3, at night.");
    }

    @Test
    void aPersonWhoCannotUseVoiceCallsAlsoGetsTheWaysWithoutOne() {
        CrisisResponse withDeaf = CrisisResponse.read(help("") + "\n== deaf ==\nopening: NO-VOICE\nlines: three\nworker: WORKER-NO-VOICE\n",
                LINES);
        assertThat(withDeaf.deafWorkerGuidance()).isEqualTo("WORKER-NO-VOICE");
        String text = withDeaf.helpText(Set.of(Help.SUICIDE_SELF_HARM), Set.of(), true);
        assertThat(text).isEqualTo("""
                OPEN-SUICIDE_SELF_HARM

                These can help:
                - One: call 1, any time.
                - Two: call 2, free.

                NO-VOICE
                - Three: call 3, at night.

                CARRY-ON""");
        assertThat(withDeaf.helpText(Set.of(Help.SUICIDE_SELF_HARM), Set.of(), false)).doesNotContain("NO-VOICE");
        assertThat(withDeaf.helpText(Set.of(Help.SUICIDE_SELF_HARM), Set.of(Help.SUICIDE_SELF_HARM), true))
                .isEqualTo("STILL-HERE");
        assertThat(response.helpText(Set.of(Help.SUICIDE_SELF_HARM), Set.of(), true))
                .as("a rule folder with no deaf section").doesNotContain("NO-VOICE").endsWith("CARRY-ON");
    }

    @Test
    void workerGuidanceNeverReachesThePerson() {
        assertThat(response.textFor(EnumSet.allOf(Concern.class))).doesNotContain("STAFF");
        assertThat(response.help(Help.ABUSE).workerGuidance()).isEqualTo("STAFF-ABUSE");
    }

    @Test
    void noConcernsNoWords() {
        assertThat(response.textFor(Set.of())).isEmpty();
    }

    @Test
    void everyConcernNeedsOneKindOfHelp() {
        assertThat(response.helpFor(EnumSet.allOf(Concern.class))).containsExactly(Help.DANGER_NOW, Help.CHILD,
                Help.SEXUAL_VIOLENCE, Help.ABUSE, Help.SUICIDE_SELF_HARM, Help.EATING_DISORDER, Help.SELF_NEGLECT,
                Help.WORRY_OTHER);
    }

    @Test
    void aMissingKindOfHelpAnUnknownLineOrABadDateIsRefused() {
        assertThatThrownBy(() -> CrisisResponse.read(help("child"), LINES)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("== child ==");
        assertThatThrownBy(() -> CrisisResponse.read(help("").replace("lines: one three", "lines: one four"), LINES))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("\"four\"");
        assertThatThrownBy(() -> CrisisResponse.read(help(""), LINES.replace("2026-11-30\n", "last week\n")))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("not a date");
    }
}
