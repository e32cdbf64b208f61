package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

/**
 * Round 15 (docs/safeguarding.md, "Round 15"), through the whole shipped check, rules and wording model together:
 * look-alikes the wording model raised until a look-alike rule set their words aside (a treatment declined, better
 * off without a thing, BSL-style wishes for friends, an appointment dreaded, a wish to die told as before), kinds the
 * model gave the wrong help until a rule for the kind decided first, and the order of the reply: danger now leads
 * when abuse is raised beside it, and a child's help leads an adult's.
 */
class Round15WordingModelLookAlikesTest {

    private static final SafeguardingCheck check = SafeguardingCheck.load();
    private static final CrisisResponse response = CrisisResponse.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I've chosen not to have more dialysis, my family back me.          | none
            Losing the dog hit me harder than I thought it would.              | none
            He threw the plate at me and it hit me hard.                       | ABUSE
            I've decided to stop my treatment so I can die.                    | PASSIVE
            We'd be better off without the caravan, it costs a fortune.        | none
            The club would be better off without him in charge.                | none
            me want make friends, me new here                                  | none
            me not want go doctor Friday, me nervous                           | none
            before me want die, now me good, new flat                          | none
            I go to bed hoping for a decent night for once                     | none
            I don't want to die, I just want some company                      | none
            A neighbour gives my grandson a lift to school with her own kids.  | none
            My dad keeps telling me everyone would be happier without him.    | THIRD_PERSON
            The man who washes me does things at bath time and says I'll go in a home if I tell. | SEXUAL_VIOLENCE
            """)
    void theWholeCheckReadsTheKind(String message, String expected) {
        ExpectedKinds.assertRaised(message, check.check(message).kinds(), expected);
    }

    @Test
    void anotherPersonsWishIsNotReadAsTheWritersOwn() {
        assertThat(check.check("My dad keeps telling me everyone would be happier without him.").kinds())
                .doesNotContain(Concern.PASSIVE);
    }

    @ParameterizedTest(name = "{0} opens with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            son drunk now, break window, me scared son                          | danger_now
            He's drunk now, smashing the kitchen and I'm terrified of him       | danger_now
            my older cousin does things to me when he's babysitting             | child
            """)
    void theMostUrgentHelpLeadsTheReply(String message, String first) {
        SafeguardingResult result = check.check(message);
        List<Help> order = response.helpFor(result.kinds());
        assertThat(order).as(message + " " + result.kinds()).isNotEmpty();
        assertThat(order.getFirst()).as(message + " " + result.kinds()).isEqualTo(Help.ofLabel(first));
        assertThat(response.textFor(result)).startsWith(response.help(Help.ofLabel(first)).opening());
    }
}
