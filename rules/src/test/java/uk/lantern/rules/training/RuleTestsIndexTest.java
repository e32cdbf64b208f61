package uk.lantern.rules.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.RuleInfo;
import uk.lantern.engine.training.CaseStudies;
import uk.lantern.engine.training.CaseStudy;
import uk.lantern.engine.training.RuleTests;
import uk.lantern.engine.training.RuleTests.TestMethod;
import uk.lantern.rules.Screenings;
import uk.lantern.rules.golden.GoldenCase;

/**
 * The index trainers follow from a rule to its tests ({@code lantern/training/rule-tests.json})
 * stays honest: every rule has a test, every listed test exists, and where a listing can be
 * checked by running something (golden cases, case studies, factor boundaries) it is.
 */
class RuleTestsIndexTest {

    private static final RuleBase RULE_BASE = Screenings.engine().ruleBase();
    private static final RuleTests INDEX = RuleTests.load();
    private static final String GOLDEN = "uk.lantern.rules.golden.GoldenCasesTest";
    private static final String CASES = "uk.lantern.rules.training.CaseStudiesTest";
    private static final String FACTORS = "uk.lantern.rules.FactorRulesTest";

    private static Set<String> ruleNames() {
        return RULE_BASE.rules().stream().map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleHasAtLeastOneTestAndNoOtherRuleIsListed() {
        assertThat(INDEX.all().keySet()).as("rules in rule-tests.json").containsExactlyInAnyOrderElementsOf(ruleNames());
        List<String> untested = ruleNames().stream().filter(r -> INDEX.forRule(r).isEmpty()).toList();
        assertThat(untested).as("rules with no test listed").isEmpty();
    }

    @Test
    void everyListedTestMethodExistsAndIsATest() {
        List<String> problems = new ArrayList<>();
        INDEX.all().forEach((rule, tests) -> {
            for (TestMethod test : tests) {
                String problem = problemWith(test);
                if (problem != null) {
                    problems.add(rule + ": " + test + " " + problem);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    /** Null when the class has a method of that name marked as a JUnit test, else what is wrong. */
    static String problemWith(TestMethod test) {
        Class<?> type;
        try {
            type = Class.forName(test.className());
        } catch (ClassNotFoundException e) {
            return "names a test class that does not exist";
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(test.method())) {
                return m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class)
                        ? null : "is not marked @Test or @ParameterizedTest";
            }
        }
        return "names a method that does not exist";
    }

    @Test
    void theCheckNoticesAMissingMethodOrClass() {
        assertThat(problemWith(new TestMethod(FACTORS, "noSuchMethod"))).isNotNull();
        assertThat(problemWith(new TestMethod("uk.lantern.rules.NoSuchTest", "x"))).isNotNull();
        assertThat(problemWith(new TestMethod(FACTORS, "boundaries"))).isNotNull();
        assertThat(problemWith(new TestMethod(FACTORS, "raisesTheFactorOnlyOnItsSideOfTheBoundary"))).isNull();
    }

    @Test
    void goldenCasesAreListedForExactlyTheRulesTheyFire() {
        Set<String> fired = firedBy(GoldenCase.all(), GoldenCase::answers);
        assertThat(listing(GOLDEN)).as("rules listing GoldenCasesTest").isEqualTo(fired);
    }

    @Test
    void caseStudiesAreListedForExactlyTheRulesTheyFire() {
        Set<String> fired = firedBy(CaseStudies.load().all(), CaseStudy::answers);
        assertThat(listing(CASES)).as("rules listing CaseStudiesTest").isEqualTo(fired);
    }

    @Test
    void factorBoundaryTestsAreListedForExactlyTheFactorsTheyCover() throws Exception {
        Method boundaries = Class.forName(FACTORS).getDeclaredMethod("boundaries");
        boundaries.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> covered = ((Stream<Arguments>) boundaries.invoke(null))
                .map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> expected = RULE_BASE.rules().stream()
                .filter(r -> covered.contains(r.metadata().get("factor")))
                .map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listing(FACTORS)).isEqualTo(expected);
    }

    private static Set<String> listing(String className) {
        Set<String> rules = new TreeSet<>();
        INDEX.all().forEach((rule, tests) -> {
            if (tests.stream().anyMatch(t -> t.className().equals(className))) {
                rules.add(rule);
            }
        });
        return rules;
    }

    private static <T> Set<String> firedBy(List<T> cases, Function<T, Map<String, Object>> answers) {
        Set<String> fired = new TreeSet<>();
        for (T c : cases) {
            fired.addAll(Screenings.engine().assess(answers.apply(c)).firedRules());
        }
        return fired;
    }
}
