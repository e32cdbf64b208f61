package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

/**
 * The shipped check as the chat uses it: on every message, from many threads. Its speed is
 * measured by SafeguardingBenchmark, not timed here (docs/benchmarks.md).
 */
class SafeguardingCheckInUseTest {

    private static SafeguardingCheck check;

    @BeforeAll
    static void loadTheShippedRules() {
        check = SafeguardingCheck.load();
    }

    @Test
    void aCrisisPhraseBesideAFigureOfSpeechStillFires() {
        SafeguardingResult result = check.check("This form is killing me and honestly I want to kill myself");
        assertThat(result.crisis()).isTrue();
        assertThat(result.kinds()).contains(Concern.EXPLICIT);
        assertThat(result.lookAlikes()).containsExactly("Something that is killing you is a figure of speech");
        assertThat(result.matchedRules()).contains("Saying you will kill yourself is explicit");
    }

    @Test
    void aFigureOfSpeechAloneIsSetAsideAndNamed() {
        SafeguardingResult result = check.check("My phone died");
        assertThat(result.crisis()).isFalse();
        assertThat(result.lookAlikes()).containsExactly("A phone or a battery dying is about things");
    }

    @Test
    void aPersonsNameCarriesNoWeightWhicheverNameItIs() {
        // The round-12 trial's widower: the model once weighed "jean" because crisis examples name a Jean.
        for (String name : List.of("Jean", "Margaret", "Ron", "Priya", "Doreen")) {
            assertThat(check.check("I'm on my tod since " + name + " passed").crisis()).as(name).isFalse();
            SafeguardingResult disclosure = check.check("since " + name + " went I just want to be with her, there's nothing keeping me here");
            assertThat(disclosure.crisis()).as(name).isTrue();
            assertThat(String.join(" ", disclosure.matchedRules()).toLowerCase()).as(name)
                    .doesNotContain(name.toLowerCase());
        }
    }

    @Test
    void blankMessagesRaiseNothing() {
        assertThat(check.check("")).isEqualTo(SafeguardingResult.nothingFound());
        assertThat(check.check(null)).isEqualTo(SafeguardingResult.nothingFound());
        assertThat(check.check("   ")).isEqualTo(SafeguardingResult.nothingFound());
    }

    @Test
    void oneMessageCanRaiseSeveralConcerns() {
        // An overdose taken is danger now and self-harm (round 6), beside the abuse.
        SafeguardingResult result = check.check("He hits me and I've taken an overdose");
        assertThat(result.kinds()).containsExactlyInAnyOrder(Concern.ABUSE, Concern.DANGER, Concern.SELF_HARM);
    }

    @Test
    void checksFromManyThreadsDoNotHearEachOther() throws Exception {
        List<LabelledMessage> all = LabelledMessage.all();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (LabelledMessage labelled : all) {
                    outcomes.add(pool.submit(() -> check.check(labelled.message()).crisis() == labelled.crisis()));
                }
            }
            for (Future<Boolean> outcome : outcomes) {
                assertThat(outcome.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
