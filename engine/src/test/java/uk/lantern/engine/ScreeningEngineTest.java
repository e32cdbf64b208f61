package uk.lantern.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.catalogue.WeightSource;
import uk.lantern.engine.questionnaire.InvalidAnswersException;

/** The engine's mechanics, on a two-rule test rule base (the real rules are tested in the rules module). */
class ScreeningEngineTest {

    private static final ScreeningEngine ENGINE =
            new ScreeningEngine(RuleBase.load("lantern/testrules/", ScreeningEngineTest.class.getClassLoader()));

    @Test
    void explainsEachPointWithItsRuleAndCatalogueEntry() {
        Assessment a = ENGINE.assess(Map.of("age", 70, "lives_alone", true, "cares", false));

        assertThat(a.band()).isEqualTo(Band.HIGH);
        assertThat(a.score()).isEqualTo(2);
        assertThat(a.factors()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("alone");
            assertThat(f.points()).isEqualTo(2);
            assertThat(f.weightSource()).isEqualTo(WeightSource.EXPERT_SET);
            assertThat(f.rule()).isEqualTo("Living alone counts");
        });
        assertThat(a.needs()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo("company");
            assertThat(n.because()).containsExactly("Alone");
        });
        assertThat(a.firedRules()).containsExactly("Living alone counts", "2 or more is high", "Alone calls for company");
        assertThat(a.ruleBaseVersion()).isEqualTo("test-1");
    }

    @Test
    void aScreeningWithNoFactorsIsLow() {
        Assessment a = ENGINE.assess(Map.of("age", 70, "lives_alone", false, "cares", false));
        assertThat(a.band()).isEqualTo(Band.LOW);
        assertThat(a.score()).isZero();
        assertThat(a.factors()).isEmpty();
        assertThat(a.urgent()).isFalse();
    }

    @Test
    void invalidAnswersAreRefusedBeforeAnyRuleRuns() {
        assertThatThrownBy(() -> ENGINE.assess(Map.of("age", 7)))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("age")
                .hasMessageContaining("lives_alone");
    }

    @Test
    void sessionsDoNotShareState() {
        Assessment first = ENGINE.assess(Map.of("age", 70, "lives_alone", true, "cares", false));
        Assessment second = ENGINE.assess(Map.of("age", 70, "lives_alone", false, "cares", false));
        assertThat(first.factors()).hasSize(1);
        assertThat(second.factors()).isEmpty();
    }

    @Test
    void listsRulesWithTheirFileAndMetadata() {
        assertThat(ENGINE.ruleBase().rules())
                .filteredOn(r -> r.name().equals("Living alone counts"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.file()).isEqualTo("test.drl");
                    assertThat(r.metadata()).containsEntry("factor", "alone");
                });
    }

    @Test
    void aRuleFileThatDoesNotCompileIsReportedWithItsPlace() {
        assertThatThrownBy(() -> RuleBase.load("lantern/brokenrules/", getClass().getClassLoader()))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("do not compile")
                .hasMessageContaining("test.drl");
    }

    @Test
    void aMissingRuleBaseIsReportedByPath() {
        assertThatThrownBy(() -> RuleBase.load("lantern/nothing-here/", getClass().getClassLoader()))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("lantern/nothing-here/questionnaire.json");
    }
}
