package uk.lantern.rules.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.catalogue.Catalogue;
import uk.lantern.rules.Screenings;

/** Each golden case, run through the Drools engine, gives the result worked out by hand. */
class GoldenCasesTest {

    private static final Catalogue CATALOGUE = Screenings.engine().ruleBase().catalogue();

    static List<GoldenCase> cases() {
        return GoldenCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEngineGivesTheHandComputedResult(GoldenCase golden) {
        Assessment result = Screenings.engine().assess(golden.answers());
        GoldenCase.Expected expected = golden.expected();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(result.band().name().toLowerCase()).as("band").isEqualTo(expected.band());
        soft.assertThat(result.score()).as("score").isEqualTo(expected.score());
        soft.assertThat(result.urgent()).as("urgent").isEqualTo(expected.urgent());
        soft.assertThat(ids(result.urgentConcerns(), Assessment.UrgentConcern::id)).as("urgent concerns")
                .isEqualTo(Set.copyOf(expected.urgentConcerns()));
        soft.assertThat(ids(result.factors(), Assessment.Factor::id)).as("factors")
                .isEqualTo(Set.copyOf(expected.factors()));
        soft.assertThat(ids(result.needs(), Assessment.Need::id)).as("needs")
                .isEqualTo(Set.copyOf(expected.needs()));
        soft.assertThat(result.notComputed().stream().map(Assessment.NotComputed::id).toList()).as("not computed")
                .isEqualTo(expected.notComputed() != null ? expected.notComputed()
                        // unless a case says otherwise: the Age UK model says why it is absent under 65
                        : ((Number) golden.answers().get("age")).intValue() < 65 ? List.of("ageuk_often_lonely") : List.of());
        if (expected.bandFloors() != null) {
            soft.assertThat(result.bandDetail().minimumSetBy().stream().map(Assessment.BandFloor::id).toList())
                    .as("band floors").isEqualTo(expected.bandFloors());
        }
        soft.assertThat(result.factors().stream().mapToInt(Assessment.Factor::points).sum())
                .as("the factors' points add up to the score").isEqualTo(result.score());

        Map<String, Assessment.Measure> measures = result.measures().stream()
                .collect(Collectors.toMap(Assessment.Measure::id, m -> m));
        soft.assertThat(measures.keySet()).as("measures present").isEqualTo(expected.measures().keySet());
        expected.measures().forEach((id, want) -> {
            Assessment.Measure got = measures.get(id);
            if (got == null) {
                return;
            }
            if (want.probability() != null) {
                soft.assertThat(Math.round(got.value() * 100) / 100.0).as(id + " rounded to 2 decimals")
                        .isEqualTo(want.probability());
                soft.assertThat(got.value()).as(id + " from the summed log-odds")
                        .isCloseTo(1.0 / (1.0 + Math.exp(-want.logOdds())), within(1e-9));
                soft.assertThat(got.terms().stream().mapToDouble(Assessment.Term::value).sum())
                        .as(id + " log-odds terms").isCloseTo(want.logOdds(), within(1e-9));
            } else {
                soft.assertThat(got.value()).as(id + " value").isEqualTo(want.value());
                soft.assertThat(got.interpretation()).as(id + " interpretation")
                        .isEqualTo(CATALOGUE.measures().get(id).interpretations().get(want.interpretation()));
            }
        });
        soft.assertAll();
    }

    @Test
    void theCasesCoverEveryFactorEveryBandAndTheBandBoundaries() {
        List<GoldenCase> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(32);
        assertThat(cases).extracting(GoldenCase::name).doesNotHaveDuplicates();
        assertThat(cases.stream().flatMap(c -> c.expected().factors().stream()).collect(Collectors.toSet()))
                .as("every factor in the catalogue appears in some case")
                .containsAll(CATALOGUE.factors().keySet());
        assertThat(cases.stream().flatMap(c -> c.expected().needs().stream()).collect(Collectors.toSet()))
                .as("every need in the catalogue appears in some case")
                .containsAll(CATALOGUE.needs().keySet());
        assertThat(cases.stream().flatMap(c -> c.expected().urgentConcerns().stream()).collect(Collectors.toSet()))
                .containsAll(CATALOGUE.safeguarding().keySet());
        assertThat(cases.stream().map(c -> c.expected().band()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("low", "moderate", "high");
        assertThat(cases.stream().map(c -> c.expected().score()).collect(Collectors.toSet()))
                .contains(0, 4, 5, 9, 10);
        assertThat(cases.stream().map(c -> ((Number) c.answers().get("age")).intValue()).collect(Collectors.toSet()))
                .contains(64, 65, 74, 75, 79, 80);
    }

    @Test
    void everyCaseAnswersEveryQuestionItIsAskedAndNoOther() {
        for (GoldenCase c : cases()) {
            // validate() throws, naming every problem, if a case breaks the questionnaire or its skip logic
            assertThat(Screenings.engine().ruleBase().questionnaire().validate(c.answers()).size())
                    .as(c.file()).isEqualTo(c.answers().size());
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
