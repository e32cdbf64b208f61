package uk.lantern.engine.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a typed message is tidied before the safeguarding rules read it. */
class MessageWordingTest {

    @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I WANT to   kill MYSELF!!!      | ' i want to kill myself '
            I'd be better off not here.     | ' id be better off not here '
            I’m afraid so                   | ' im afraid so '
            k1ll myself                     | ' kill myself '
            su1c!de                         | ' suicide '
            killlll myself                  | ' kill myself '
            kms                             | ' kill myself '
            K.M.S                           | ' kill myself '
            i want to kil myslef            | ' i want to kill myself '
            thinking about sucide           | ' thinking about suicide '
            i feel sucidal                  | ' i feel suicidal '
            wanna unalive myself            | ' want to kill myself '
            sewer slide                     | ' suicide '
            I've OD'd                       | ' ive overdosed '
            that's odd                      | ' thats odd '
            call 116 123                    | ' call 116 123 '
            help!                           | ' help '
            ''                              | ' '
            """)
    void repairsTheText(String typed, String expected) {
        assertThat(ScreenedMessage.of(typed).getText()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" keeps the words \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            kms                  | ' kms '
            unalive myself       | ' unalive myself '
            sewerslide           | ' sewerslide '
            """)
    void keepsCodedWordsAsTypedInTheWords(String typed, String expected) {
        assertThat(ScreenedMessage.of(typed).getWords()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "setting aside \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            this form is killing me and i want to die | ' is killing me(?= )'      | ' this form and i want to die '
            my phone died                             | ' phone died(?= )'          | ' my '
            kill the lights                           | ' kill the lights(?= )'     | ' '
            """)
    void setsAPhraseAside(String typed, String pattern, String expected) {
        ScreenedMessage message = ScreenedMessage.of(typed);
        message.setAside(pattern);
        assertThat(message.getText()).isEqualTo(expected);
    }
}
