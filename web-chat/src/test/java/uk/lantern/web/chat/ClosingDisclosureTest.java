package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closing's "disclosure first, no reassurance" branch on its own: once anything was
 * disclosed, the end of the chat leads with the help and says nothing reassuring, even when no
 * risk factor stood out.
 */
class ClosingDisclosureTest {

    private static Summary summary(List<String> actNow, List<String> reflection) {
        return new Summary(reflection, actNow.isEmpty() ? "You have some good connections." : "", List.of(), "",
                List.of(),
                actNow, List.of());
    }

    @Test
    void withNothingDisclosedAndNothingFoundTheEndReassures() {
        assertThat(Closing.reflection(summary(List.of(), List.of()))).contains("stands out as a worry");
    }

    @Test
    void afterADisclosureNothingReassuresEvenWhenNoFactorStoodOut() {
        Summary s = summary(List.of(Closing.DISCLOSURE_LEAD, "Samaritans: call 116 123, free."), List.of());
        assertThat(Closing.reflection(s)).doesNotContain("stands out").doesNotContain("good connections");
        assertThat(Closing.actNow(s)).isEqualTo(Closing.DISCLOSURE_LEAD + "\n- Samaritans: call 116 123, free.");
    }

    @Test
    void afterADisclosureWhatMattersIsStillListed() {
        Summary s = summary(List.of(Closing.DISCLOSURE_LEAD), List.of("You said you live on your own."));
        assertThat(Closing.reflection(s)).contains("what I heard from you that matters:\n- You said you live on your own.");
    }
}
