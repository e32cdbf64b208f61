package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.questionnaire.Question;

class TrainedReadingTest {

    private static final Question COLD_HOME = ShippedQuestions.byId("cold_home");
    private static final Question AGE = ShippedQuestions.byId("age");

    private static List<TrainedReading.Example> examples(String label, String... answers) {
        return java.util.Arrays.stream(answers).map(a -> new TrainedReading.Example("cold_home", label, a)).toList();
    }

    /** Each example three times over, as if three people had written it, so that the reading is sure. */
    private static TrainedReading trained() {
        List<TrainedReading.Example> all = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.addAll(once());
        }
        return TrainedReading.trainedOn(all);
    }

    private static List<TrainedReading.Example> once() {
        List<TrainedReading.Example> all = new java.util.ArrayList<>();
        all.addAll(examples("yes", "the boiler is broken", "boiler broke again", "the boiler packed up",
                "boiler keeps breaking", "broken boiler all winter", "my boiler is on the blink"));
        all.addAll(examples("no", "the heating is grand", "heating works well", "lovely warm heating",
                "heating is on all day", "warm as toast with the heating", "the heating is fine"));
        all.addAll(examples("unclear", "sometimes a bit", "now and then", "it comes and goes"));
        return all;
    }

    @Test
    void readsAnAnswerLikeThoseItLearnedWhenSure() {
        assertThat(trained().read(COLD_HOME, "the boiler is broken"))
                .contains(new Interpretation.Understood(true));
        assertThat(trained().guess(COLD_HOME, "the boiler is broken").orElseThrow().cues()).contains("broken");
    }

    @Test
    void leavesAnAnswerOfMostlyUnseenWordsUnread() {
        assertThat(trained().read(COLD_HOME, "the radiators gurgle at dawn")).isEmpty();
    }

    @Test
    void anAnswerLikeThoseToBeAskedAgainIsNotRead() {
        assertThat(trained().read(COLD_HOME, "it comes and goes a bit")).isEmpty();
    }

    @Test
    void readsOnlyYesNoAndChoiceQuestions() {
        TrainedReading reading = TrainedReading.trainedOn(List.of(new TrainedReading.Example("age", "80", "eighty")));
        assertThat(reading.read(AGE, "eighty")).isEmpty();
    }

    @Test
    void manyAndSeveralValuedExamplesTeachNothing() {
        TrainedReading reading = TrainedReading.trainedOn(List.of(
                new TrainedReading.Example("cold_home", "yes|no", "boiler"),
                new TrainedReading.Example("cold_home", "service_question", "boiler grant?")));
        assertThat(reading.read(COLD_HOME, "boiler")).isEmpty();
    }

    @Test
    void theSameTrainingGivesTheSameReading() {
        assertThat(trained().guess(COLD_HOME, "boiler broke")).isEqualTo(trained().guess(COLD_HOME, "boiler broke"));
    }

    @Test
    void theInterpreterTriesTheFallbackOnlyWhenTheRulesCannotDecide() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneId.of("Europe/London"));
        AnswerInterpreter withFallback = new AnswerInterpreter(clock, trained());
        AnswerInterpreter rulesAlone = new AnswerInterpreter(clock, TrainedReading.none());
        assertThat(rulesAlone.interpret(COLD_HOME, "my boiler is on the blink")).isInstanceOf(Interpretation.Unclear.class);
        assertThat(withFallback.interpret(COLD_HOME, "my boiler is on the blink")).isEqualTo(new Interpretation.Understood(true));
        // The rules decide a plain no; the fallback is not asked.
        assertThat(withFallback.interpret(COLD_HOME, "no")).isEqualTo(new Interpretation.Understood(false));
        // An answer said to be undecided is asked again whatever the fallback would say.
        assertThat(withFallback.interpret(COLD_HOME, "it varies, the boiler is broken sometimes"))
                .isInstanceOf(Interpretation.Unclear.class);
    }
}
