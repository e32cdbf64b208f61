package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

/**
 * The labelled messages pin the shipped safeguarding rules: every crisis is caught (recall 100%)
 * with the concern it is labelled with, and no look-alike raises an alarm.
 */
class LabelledMessagesTest {

    private static SafeguardingCheck check;

    @BeforeAll
    static void loadTheShippedRules() {
        check = SafeguardingCheck.load();
    }

    static List<LabelledMessage> crises() {
        return LabelledMessage.crises();
    }

    static List<LabelledMessage> lookAlikes() {
        return LabelledMessage.lookAlikes();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crises")
    void everyCrisisIsCaughtWithItsConcern(LabelledMessage labelled) {
        SafeguardingResult result = check.check(labelled.message());
        assertThat(result.crisis()).as("crisis flag").isTrue();
        assertThat(result.kinds()).contains(labelled.kind().orElseThrow());
        assertThat(result.matchedRules()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikes")
    void noLookAlikeRaisesAnAlarm(LabelledMessage labelled) {
        SafeguardingResult result = check.check(labelled.message());
        assertThat(result.crisis()).as("fired: %s", result.matchedRules()).isFalse();
        assertThat(result.kinds()).isEmpty();
    }

    @Test
    void recallIsCompleteAndThereAreNoFalseAlarms() {
        List<LabelledMessage> crises = LabelledMessage.crises();
        List<LabelledMessage> lookAlikes = LabelledMessage.lookAlikes();
        assertThat(crises).hasSizeGreaterThanOrEqualTo(30);
        assertThat(lookAlikes).hasSizeGreaterThanOrEqualTo(30);

        long caught = crises.stream().filter(m -> check.check(m.message()).crisis()).count();
        long falseAlarms = lookAlikes.stream().filter(m -> check.check(m.message()).crisis()).count();
        assertThat((double) caught / crises.size()).as("recall").isEqualTo(1.0);
        assertThat(falseAlarms).as("false alarms").isZero();
    }

    @ParameterizedTest
    @EnumSource(Concern.class)
    void everyConcernIsLabelledAndCaughtEveryTime(Concern concern) {
        List<LabelledMessage> ofThisKind = LabelledMessage.crises().stream()
                .filter(m -> m.kind().orElseThrow() == concern).toList();
        assertThat(ofThisKind).as("labelled %s messages", concern).hasSizeGreaterThanOrEqualTo(3);
        Set<String> missed = ofThisKind.stream()
                .filter(m -> !check.check(m.message()).kinds().contains(concern))
                .map(LabelledMessage::message)
                .collect(Collectors.toSet());
        assertThat(missed).as("%s messages not raising %s", concern, concern).isEmpty();
    }

    @Test
    void theSetCoversEveryConcern() {
        Set<Concern> labelled = LabelledMessage.crises().stream().map(m -> m.kind().orElseThrow()).collect(Collectors.toSet());
        assertThat(labelled).containsExactlyInAnyOrder(Concern.values());
        assertThat(Arrays.stream(Concern.values())).isNotEmpty();
    }
}
