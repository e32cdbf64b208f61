package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/**
 * The kinds a message is expected to raise, as written in a test's table: {@code none}, or
 * concern names separated by spaces ({@code DANGER SELF_HARM}), each of which must be raised.
 */
final class ExpectedKinds {

    private ExpectedKinds() {
    }

    /** The shipped rules without the wording model, so the model cannot hide a rule that stopped working. */
    static SafeguardingCheck shippedRulesAlone() {
        return SafeguardingCheck.load().rulesOnly();
    }

    /** Asserts that {@code kinds}, raised by {@code message}, hold what {@code expected} names. */
    static void assertRaised(String message, Set<Concern> kinds, String expected) {
        if (expected.equals("none")) {
            assertThat(kinds).as(message).isEmpty();
        } else {
            assertThat(kinds).as(message).containsAll(Arrays.stream(expected.split(" "))
                    .map(Concern::valueOf).collect(Collectors.toSet()));
        }
    }
}
