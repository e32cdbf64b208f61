package uk.lantern.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The curated words that name a need outright (round 16: Deaf and BSL requests, for every caller of the search). */
class NeedWordsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deaf club", "Deaf BSL user, want to meet other Deaf people", "sign language coffee morning",
            "hard of hearing and lonely", "any lip-reading class?", "my hearing aid whistles", "I can't hear the telly",
            "tinnitus group", "DEAFBLIND", "mum's going deaf", "groups for hard hearing people"})
    void deafAndHearingWordsNameSightAndHearingHelp(String words) {
        assertThat(NeedWords.CURATED.needsNamedBy(words)).containsExactly("sensory_support");
        assertThat(NeedWords.CURATED.names("hearing", words)).isTrue();
    }

    /** Words that look alike but ask for something else: none narrows the search. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"death club", "I keep hearing voices", "help signing up for pension credit",
            "interpreter for my polish neighbour", "lunch club", "deafening silence since my wife died", "headache"})
    void otherWordsNameNoNeed(String words) {
        assertThat(NeedWords.CURATED.needsNamedBy(words)).isEmpty();
    }

    /** Round 16: a Deaf request that asks for another kind of help too is led by the need, not narrowed to it. */
    @Test
    void aRequestAskingForAnotherKindOfHelpTooIsNotNarrowed() {
        assertThat(NeedWords.CURATED.asksForMoreThanTheNeed("mum has dementia and is going deaf, can someone visit her"))
                .isTrue();
        assertThat(NeedWords.CURATED.asksForMoreThanTheNeed("my mum is deaf and partially sighted")).isTrue();
        for (String narrowed : new String[] {"deaf club", "deaf club near Chatham", "bsl social group",
                "sign language coffee morning", "I am Deaf BSL user, want meet other Deaf people near me",
                "hard of hearing and struggling with my hearing aids"}) {
            assertThat(NeedWords.CURATED.asksForMoreThanTheNeed(narrowed)).as(narrowed).isFalse();
        }
    }

    @Test
    void noWordsNameNoNeed() {
        assertThat(NeedWords.CURATED.needsNamedBy(null)).isEmpty();
        assertThat(NeedWords.CURATED.names("hearing", null)).isFalse();
    }

    @Test
    void aLineWithANeedTheTaxonomyDoesNotKnowIsRefusedByLine() {
        assertThatThrownBy(() -> NeedWords.parse("# words\nhearing\tnot_a_need\tdeaf\n"))
                .hasMessageContaining("line 2").hasMessageContaining("not_a_need");
        assertThatThrownBy(() -> NeedWords.parse("hearing deaf\n")).hasMessageContaining("line 1");
    }
}
