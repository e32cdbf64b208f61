package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

/**
 * Every example in issue 10, and the boundary of each kind: the missed kinds are caught with the
 * help that fits, and the look-alikes beside them stay quiet.
 */
class IssueExamplesTest {

    private static SafeguardingCheck check;

    @BeforeAll
    static void load() {
        check = SafeguardingCheck.load();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            my uncle makes me do sexual stuff and I'm 13                          | child
            my uncle makes me do sexual stuff and I'm 13                          | sexual_violence
            I was raped at a party last year                                      | sexual_violence
            i got graped                                                          | sexual_violence
            he SA'd me                                                            | sexual_violence
            my partner left, how far is the drop off the Medway bridge            | suicide_self_harm
            how many of my sleeping tablets is too many, just curious             | suicide_self_harm
            there's no point me being alive                                       | suicide_self_harm
            I'm done with life                                                    | suicide_self_harm
            dont want 2 b here                                                    | suicide_self_harm
            4get it, im done 4 good                                               | suicide_self_harm
            u wont c me again                                                     | suicide_self_harm
            someone's been trying my back door all night and I'm on my own        | danger_now
            I've had nothing to eat since the weekend and the cupboards are bare  | self_neglect
            I can't manage to wash or dress myself any more                       | self_neglect
            I've stopped taking my heart pills                                    | self_neglect
            my neighbour's curtains have been shut for days and she isn't answering | worry_other
            making myself sick after meals                                        | eating_disorder
            kms                                                                   | suicide_self_harm
            I want to unalive myself                                              | suicide_self_harm
            I've fallen and I can't get up                                        | danger_now
            my son takes my pension and I'm scared of him                         | abuse
            """)
    void eachMissedKindIsCaughtWithTheHelpThatFits(String message, String help) {
        SafeguardingResult result = check.check(message);
        Set<Help> helps = result.kinds().stream().map(Concern::help).collect(Collectors.toSet());
        assertThat(helps).as("%s fired %s", message, result.matchedRules()).contains(Help.ofLabel(help));
    }

    @ParameterizedTest(name = "quiet: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            I could murder a cup of tea
            I live in Killingworth
            my son is very skilled
            I fell last year but I'm fine
            I want to die at home, not in hospital
            my wife passed away in March and I miss her
            did you see the murder on the news last night
            I stopped my statins because the doctor told me to
            I stopped taking my tablets because the GP changed them
            how many tablets should I take a day
            I'm 82 and I live alone
            my brother killed himself years ago and I still miss him
            no thoughts of harming myself, no
            I'm going to hang myself some new curtains
            I was bullied at school but that was a long time ago
            I have 2 cats and 4 grandchildren
            2 out of 10 for loneliness, maybe 3.
            I trim the hedge sometimes when it gets too wide.
            I took up judo at 66, my grandson thinks I'm bonkers.
            I have one hot meal at midday and a sandwich at teatime, always have.
            I've got my message in a bottle form in the fridge door for the ambulance.
            This quiz will see me off, only joking, next question.
            Would it be quicker to walk or get the bus to the surgery?
            I'm 14 and I walk my nan's dog after school.
            My son looks after my bank card and shows me the statements each week.
            """)
    void theLookAlikesStayQuiet(String message) {
        SafeguardingResult result = check.check(message);
        assertThat(result.crisis()).as("%s fired %s", message, result.matchedRules()).isFalse();
    }

    @ParameterizedTest(name = "boundary: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm 17 and my dad hits me     | true
            I'm 18 and my dad hits me     | false
            I stopped taking my tablets   | true
            I fell last year but I'm fine and I still want to die | true
            """)
    void theEdgesOfAKind(String message, boolean child) {
        SafeguardingResult result = check.check(message);
        assertThat(result.crisis()).isTrue();
        if (message.contains("dad hits me")) {
            assertThat(result.kinds().contains(Concern.CHILD)).as(message).isEqualTo(child);
            assertThat(result.kinds()).contains(Concern.ABUSE);
        }
    }

    /**
     * Everyday answers to the screening (a task one cannot manage, "could be better") were the wording model's
     * false alarms (docs/safeguarding.md, "Round 9 (false alarms)"), so they are read by the whole shipped check:
     * the look-alike that sets them aside is what keeps the model from being asked. Beside them, the same shape
     * with a crisis said still raises.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I can't manage the steps without the rail                                              | none
            I can't manage my tights any more                                                      | none
            I can't manage the buttons on my blouse any more                                       | none
            I can't reach the high shelves any more                                                | none
            I can't open jars any more                                                             | none
            the hoovering and the ironing                                                          | none
            I can't get out of the armchair without a push                                         | none
            Oh it could be better, my legs are bad                                                 | none
            could be better tbh                                                                    | none
            I've had better weeks                                                                  | none
            My neighbour fries fish every night and I can't bear the smell of it                   | none
            I can't stand the smell in the kitchen, it's like gas and it's getting stronger        | DANGER
            Could be better, to be honest I'd rather not wake up tomorrow                          | PASSIVE
            I can't manage the stairs any more and I want to end my life                           | EXPLICIT
            I can't manage the stairs so I've stopped eating                                       | SELF_NEGLECT
            """)
    void everydayAnswersToTheScreeningStayQuiet(String message, String expected) {
        ExpectedKinds.assertRaised(message, check.check(message).kinds(), expected);
    }
}
