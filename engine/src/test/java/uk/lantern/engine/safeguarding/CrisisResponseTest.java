package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.RuleBaseException;

/** How the crisis reply is put together from its sections. */
class CrisisResponseTest {

    private static final String WORDING = """
            # a note for editors, not shown
            == opening.self ==
            SELF
            == opening.danger ==
            DANGER
            == opening.abuse ==
            ABUSE-OPENING
            == opening.someone_else ==
            OTHER
            == helplines ==
            LINES
            == abuse ==
            COUNCIL
            == continue ==
            CARRY-ON
            """;

    private final CrisisResponse response = CrisisResponse.read(WORDING);

    @Test
    void selfConcernsOpenForTheSelfThenHelplinesThenCarryOn() {
        assertThat(response.textFor(EnumSet.of(Concern.EXPLICIT, Concern.METHOD)))
                .isEqualTo("SELF\n\nLINES\n\nCARRY-ON");
    }

    @Test
    void dangerOpensWithDangerEvenBesideOtherConcerns() {
        assertThat(response.textFor(EnumSet.of(Concern.PASSIVE, Concern.DANGER))).startsWith("DANGER\n\nLINES");
    }

    @Test
    void abuseAddsWhoElseCanHelp() {
        assertThat(response.textFor(Set.of(Concern.ABUSE))).isEqualTo("ABUSE-OPENING\n\nLINES\n\nCOUNCIL\n\nCARRY-ON");
    }

    @Test
    void someoneElseAloneIsAnsweredAboutThem() {
        assertThat(response.textFor(Set.of(Concern.THIRD_PERSON))).startsWith("OTHER");
        assertThat(response.textFor(EnumSet.of(Concern.THIRD_PERSON, Concern.SELF_HARM))).startsWith("SELF");
    }

    @Test
    void noConcernsNoWords() {
        assertThat(response.textFor(Set.of())).isEmpty();
        assertThat(response.textFor(SafeguardingResult.nothingFound())).isEmpty();
    }

    @Test
    void aMissingSectionIsRefused() {
        assertThatThrownBy(() -> CrisisResponse.read(WORDING.replace("== abuse ==", "== abus ==")))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("abuse");
    }
}
