package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;

/** The shipped crisis wording gives the UK numbers at once, in the right order, and nothing invented. */
class CrisisResponseWordingTest {

    private static final Set<String> KNOWN_NUMBERS = Set.of("999", "111", "2", "116 123", "85258", "0800 4 70 80 90", "24");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9 ]*[0-9]|[0-9]");

    private final CrisisResponse response = CrisisResponse.load();

    @ParameterizedTest
    @EnumSource(Concern.class)
    void everyConcernGetsEveryHelplineAndAnOfferToCarryOn(Concern concern) {
        String text = response.textFor(Set.of(concern));
        assertThat(text).contains("999", "NHS 111", "option 2", "116 123", "SHOUT", "85258", "0800 4 70 80 90")
                .contains("Samaritans", "Silver Line");
        assertThat(text.indexOf("999")).isLessThan(text.indexOf("NHS 111"));
        assertThat(text.strip()).endsWith("or stop for now.");
    }

    @Test
    void suicidalLanguageOpensWithLifeAtRisk() {
        String text = response.textFor(EnumSet.of(Concern.PASSIVE, Concern.CODED));
        assertThat(text.lines().limit(2).toList()).anySatisfy(line -> assertThat(line).contains("life is at risk").contains("999"));
    }

    @Test
    void dangerOpensWithDangerNow() {
        assertThat(response.textFor(Set.of(Concern.DANGER)).lines().findFirst().orElseThrow())
                .contains("in danger right now").contains("999");
    }

    @Test
    void abuseMentionsTheCouncilsAdultSocialCare() {
        String text = response.textFor(Set.of(Concern.ABUSE));
        assertThat(text.lines().findFirst().orElseThrow()).contains("999");
        assertThat(text).contains("adult social care");
        assertThat(response.textFor(Set.of(Concern.EXPLICIT))).doesNotContain("adult social care");
    }

    @Test
    void worryAboutSomeoneElseIsAnsweredAboutThem() {
        assertThat(response.textFor(Set.of(Concern.THIRD_PERSON))).contains("their life is at risk");
    }

    @Test
    void noNumberIsInvented() {
        Matcher numbers = NUMBER.matcher(response.textFor(EnumSet.allOf(Concern.class)));
        while (numbers.find()) {
            assertThat(numbers.group().strip()).isIn(KNOWN_NUMBERS);
        }
    }

    @Test
    void nothingIsSaidWhenNothingWasFound() {
        assertThat(response.textFor(SafeguardingCheck.load().check("I like my garden"))).isEmpty();
    }
}
