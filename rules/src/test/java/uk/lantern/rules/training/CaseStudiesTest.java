package uk.lantern.rules.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.training.CaseStudies;
import uk.lantern.engine.training.CaseStudy;
import uk.lantern.rules.Screenings;

/**
 * Each case study trainers teach with, run through the engine, gives the result it is pinned to in
 * {@code lantern/training/cases.json}. A rule change that alters what a case teaches fails here,
 * so the case's expectation (and perhaps its lesson) is looked at again rather than drifting.
 */
class CaseStudiesTest {

    private static final CaseStudies CASES = CaseStudies.load();

    static List<CaseStudy> cases() {
        return CASES.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theEngineGivesTheResultTheCaseIsPinnedTo(CaseStudy c) {
        Assessment result = Screenings.engine().assess(c.answers());
        CaseStudy.Expected expected = c.expected();

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(result.band().name().toLowerCase()).as("%s band", c.id()).isEqualTo(expected.band());
        soft.assertThat(result.score()).as("%s score", c.id()).isEqualTo(expected.score());
        soft.assertThat(result.urgent()).as("%s urgent", c.id()).isEqualTo(expected.urgent());
        soft.assertThat(ids(result.factors(), Assessment.Factor::id)).as("%s factors", c.id())
                .isEqualTo(new TreeSet<>(expected.factors()));
        soft.assertThat(ids(result.needs(), Assessment.Need::id)).as("%s needs", c.id())
                .isEqualTo(new TreeSet<>(expected.needs()));
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseAnswersEveryQuestionItIsAskedAndNoOther(CaseStudy c) {
        // validate() throws, naming every problem, if a case breaks the questionnaire or its skip logic
        assertThat(Screenings.engine().ruleBase().questionnaire().validate(c.answers()).size())
                .as(c.id()).isEqualTo(c.answers().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseIsToldInFullAndCitesASeedBySection(CaseStudy c) {
        assertThat(c.title()).as(c.id()).isNotBlank();
        assertThat(c.person()).as(c.id()).isNotBlank();
        assertThat(c.story()).as(c.id()).hasSizeGreaterThan(150);
        assertThat(c.lesson()).as(c.id()).isNotBlank();
        Pattern seed = Pattern.compile("seed 00[0-4]_[0-9a-f]{16}\\.txt, '[^']+'");
        for (String part : c.source().split("; ")) {
            assertThat(seed.matcher(part).lookingAt()).as(c.id() + ": " + part).isTrue();
        }
        Set<String> factors = Screenings.engine().ruleBase().catalogue().factors().keySet();
        assertThat(factors).as(c.id() + " expected factors are in the catalogue").containsAll(c.expected().factors());
    }

    @Test
    void thereAreAtLeastEightCasesAcrossEveryBand() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cases()).extracting(c -> c.expected().band()).contains("low", "moderate", "high");
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(TreeSet::new));
    }
}
