package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Slips of one or two letters in the interpreter's own words, and real words that must stay as typed. */
class SlipCorrectionTest {

    @ParameterizedTest
    @CsvSource({
        "lsot, lost", "beter, better", "dresing, dressing", "glaucome, glaucoma",
        "alzeimers, alzheimers", "catarax, cataract", "womna, woman", "afer, after", "nieghbour, neighbour", "freind, friend",
        "sundy, sunday", "evey, every", "constanly, constantly", "tiem, time", "completly, completely",
        "offten, often", "vey, very", "decemebr, december", "catteract, cataract"})
    void aSlipInAKnownWordIsPutRight(String typed, String meant) {
        assertThat(SlipCorrection.putRight(typed)).isEqualTo(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"now", "not", "hear", "here", "bed", "bad", "tow", "fees", "bowls", "sister", "often", "skint", "jim", "leeds",
        "dont", "shes", "cant", "telly", "ok", "xqzv", "sw1a"})
    void aRealWordOrOneFarFromEveryKnownWordIsLeftAlone(String typed) {
        assertThat(SlipCorrection.putRight(typed)).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tims", "hereing"})
    void aSlipEquallyNearTwoKnownWordsIsLeftToTheSlipList(String typed) {
        assertThat(SlipCorrection.putRight(typed)).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource({"lsot, lost, 1", "catarax, cataract, 2", "hear, here, 2", "now, not, 1"})
    void slipsCountASwapOfNeighbouringLettersAsOne(String typed, String known, int slips) {
        assertThat(SlipCorrection.slips(typed, known)).isEqualTo(slips);
    }
}
