package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round 15: what a follow-up after the summary asks to keep, with look-alikes that ask for neither. */
class FollowUpWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What is there near me that's free? I can't get on a bus | true  | true
            anything free that comes to me? I can't get out         | true  | true
            is there anything free near me, I don’t go out any more | true  | true
            free help at home please, no bus for me                 | true  | true
            something that costs nothing                            | true  | false
            I cannot travel far, what is there                      | false | true
            I'm housebound                                          | false | true
            I can get out fine, what is there                       | false | false
            what else is there near me                              | false | false
            lunch club on a Tuesday                                 | false | false
            """)
    void readsFreeAndNotGettingOut(String words, boolean free, boolean staysIn) {
        FollowUpWords read = FollowUpWords.read(words);
        assertThat(read.free()).as(words).isEqualTo(free);
        assertThat(read.staysIn()).as(words).isEqualTo(staysIn);
        assertThat(read.any()).isEqualTo(free || staysIn);
    }
}
