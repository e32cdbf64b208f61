package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.lantern.engine.RuleBaseException;

/** The wording model on a small labelled set, and how the check combines it with the rules. */
class WordingModelTest {

    private static final List<WordingModel.Example> EXAMPLES = List.of(
            example(" i want to end my life ", Help.SUICIDE_SELF_HARM),
            example(" no point in my life any more ", Help.SUICIDE_SELF_HARM),
            example(" i cannot go on with my life ", Help.SUICIDE_SELF_HARM),
            example(" he hits me and takes my money ", Help.ABUSE),
            example(" my husband hits me ", Help.ABUSE),
            example(" i love my garden ", null),
            example(" the garden centre has lovely roses ", null),
            example(" i went to the shops for bread ", null),
            example(" my grandson loves football ", null));

    private static WordingModel.Example example(String text, Help help) {
        return new WordingModel.Example(text, Optional.ofNullable(help));
    }

    @Test
    void featuresAreWordsAndNeighbourPairsOnceEachInOrder() {
        assertThat(WordingModel.features(" no point no point ", FirstNames.NONE)).containsExactly("no", "no_point", "point", "point_no");
    }

    @Test
    void aNewWordingOfAKnownKindReadsAsThatKindWithTheWordsThatWeighedMost() {
        WordingModel.Reading reading = WordingModel.train(EXAMPLES).read(" there is no point to my life ");
        assertThat(reading.help()).isEqualTo(Help.SUICIDE_SELF_HARM);
        assertThat(reading.probability()).isGreaterThan(0.9);
        assertThat(reading.weightiest()).isNotEmpty().hasSizeLessThanOrEqualTo(WordingModel.WORDS_NAMED)
                .allMatch(w -> !w.contains("_"));
        assertThat(reading.concern()).isEqualTo(Concern.PASSIVE);
        assertThat(reading.explanation()).startsWith("Worded like messages about suicide or self-harm (words that weighed most: \"");
    }

    @Test
    void everydayWordsReadAsNeedingNoHelp() {
        assertThat(WordingModel.train(EXAMPLES).read(" roses in my garden ").probability()).isLessThan(0.5);
    }

    @Test
    void wordsNeverSeenSayNothingSoThePriorDecides() {
        WordingModel model = WordingModel.train(EXAMPLES);
        assertThat(model.read(" zzz qqq ").probability()).isEqualTo(model.read(" ").probability());
        assertThat(model.read(" zzz qqq ").weightiest()).isEmpty();
    }

    @Test
    void trainingIsDeterministic() {
        WordingModel.Reading a = WordingModel.train(EXAMPLES).read(" he takes my life money ");
        WordingModel.Reading b = WordingModel.train(List.copyOf(EXAMPLES)).read(" he takes my life money ");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void noExamplesIsAClearError() {
        assertThatThrownBy(() -> WordingModel.train(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one labelled example");
    }

    @Test
    void theModelAddsAConcernTheRulesMissedAndSaysSo() {
        // The small rule set of SafeguardingCheckTest: "kill" is explicit, nothing else fires.
        SafeguardingCheck rules = SafeguardingCheck.fromSources("test/wording/", Map.of("test.drl", SafeguardingCheckTest.RULES));
        SafeguardingCheck check = rules.withWording(WordingModel.train(EXAMPLES));
        SafeguardingResult worded = check.check("there is no point to my life");
        assertThat(worded.crisis()).isTrue();
        assertThat(worded.kinds()).containsExactly(Concern.PASSIVE);
        assertThat(worded.matchedRules()).singleElement().asString().startsWith("Worded like messages about");
        assertThat(rules.check("there is no point to my life").crisis()).isFalse();
        assertThat(check.check("I love roses in my garden").crisis()).isFalse();
        SafeguardingResult byRule = check.check("I will kill myself, there is no point to my life");
        assertThat(byRule.kinds()).containsExactly(Concern.EXPLICIT);
        assertThat(check.rulesOnly().check("there is no point to my life").crisis()).isFalse();
    }

    /** A crisis example and a quiet one that name different people, as the corpus does by chance. */
    private static final List<WordingModel.Example> NAMED = List.of(
            example(" since jean passed i just want to be with her ", Help.SUICIDE_SELF_HARM),
            example(" i cannot go on since jean went ", Help.SUICIDE_SELF_HARM),
            example(" there is no point since jean ", Help.SUICIDE_SELF_HARM),
            example(" brian takes me to the shops ", null),
            example(" i play cards with brian on a friday ", null),
            example(" i will ask my daughter ", null),
            example(" the gas bill came ", null));

    private static final FirstNames NAMES = FirstNames.parse("test", """
            # a comment
            == names ==
            jean brian margaret
            will bill   # names that are also words
            == ordinary words ==
            will bill
            """);

    @Test
    void aFirstNameIsOnePlaceholderSoWhichNameItIsWeighsNothing() {
        WordingModel model = WordingModel.train(NAMED, NAMES);
        assertThat(model.read(" im on my own since jean passed ").probability())
                .isEqualTo(model.read(" im on my own since margaret passed ").probability())
                .isEqualTo(model.read(" im on my own since brian passed ").probability());
        assertThat(WordingModel.features(" since jean passed ", NAMES))
                .containsExactly("since", "since_<name>", "<name>", "<name>_passed", "passed");
        // Without the names, the name itself leans towards the crisis examples that happen to name her.
        WordingModel wordsOnly = WordingModel.train(NAMED);
        assertThat(wordsOnly.read(" jean ").probability()).isGreaterThan(wordsOnly.read(" margaret ").probability());
    }

    @Test
    void namesThatAreOrdinaryWordsStayWords() {
        assertThat(NAMES.asRead("will")).isEqualTo("will");
        assertThat(NAMES.asRead("bill")).isEqualTo("bill");
        assertThat(NAMES.asRead("jean")).isEqualTo(FirstNames.PLACEHOLDER);
        assertThat(NAMES.names()).containsExactly("brian", "jean", "margaret");
        assertThat(WordingModel.features(" i will pay the bill ", NAMES)).contains("will", "bill").doesNotContain("<name>");
    }

    @Test
    void aNamesFileOutOfShapeIsAClearError() {
        assertThatThrownBy(() -> FirstNames.parse("first-names.txt", "jean\n"))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("first-names.txt:1").hasMessageContaining("jean");
        assertThatThrownBy(() -> FirstNames.parse("first-names.txt", "== names ==\nJean\n"))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> FirstNames.parse("first-names.txt", "== surnames ==\n"))
                .isInstanceOf(RuleBaseException.class).hasMessageContaining("unknown section");
    }

    @Test
    void theTabletCopyCarriesTheNamesAndThePlaceholder() {
        Map<String, Object> portable = WordingModel.train(NAMED, NAMES).portable();
        assertThat(portable.get("names")).isEqualTo(List.of("brian", "jean", "margaret"));
        assertThat(portable.get("placeholder")).isEqualTo("<name>");
        @SuppressWarnings("unchecked")
        Map<String, Object> features = (Map<String, Object>) portable.get("features");
        assertThat(features).containsKey("<name>").doesNotContainKey("jean");
    }
}
