package uk.lantern.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.lantern.engine.interpret.Interpretation.Understood;

/**
 * The kinds of answer the first sealed set found unread or misread, each in wordings that are
 * not in any corpus file, so a fix holds for the kind and not just for the phrase the set used.
 * The second test holds the line on caution: near-misses that must be asked again, not guessed.
 * Round 5 added the kinds the fourth and fifth sealed sets found, with the cut each one turns on
 * (a date of birth the day after today; round 6 reads a bare "2" for how many tasks as a count,
 * and only a bare "1", which is also the first option, is asked again). Round 14b moved "my dad and
 * my wife" to the second test: two people cared for under two options are asked again.
 */
class ReadsByKindTest {

    private final AnswerInterpreter interpreter = new AnswerInterpreter(
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneId.of("Europe/London")));

    private Interpretation read(String questionId, String typed) {
        return interpreter.interpret(ShippedQuestions.byId(questionId), typed);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            household_size       | me, my son and his wife                             | 3
            household_size       | I live with my son and his partner                  | 3
            household_size       | just me on me tod                                   | 1
            household_size       | me and the missus and our lass                      | 3
            household_size       | I'm her carer, it's me and my mum                   | 2
            household_size       | three, me, the wife and our lad                     | 3
            age                  | I am 84, my wife is 80                              | 84
            age                  | my sister is 90 and I'm 86                          | 86
            sex                  | I'm a granny                                        | female
            sex                  | I am a widower                                      | male
            sex                  | I'm a grandad of three                              | male
            marital_status       | me and my other half                                | married_or_partner
            marital_status       | never tied the knot                                 | single
            marital_status       | with my boyfriend                                   | married_or_partner
            recent_loss          | my husband went into a nursing home in the summer   | yes
            recent_loss          | dad moved into a care home                          | yes
            recent_loss          | none that I can think of                            | no
            cold_home            | I wrap up in blankets to save on the gas            | yes
            cold_home            | I go to bed early to save on heating                | yes
            cold_home            | of course not, I put the heating on when it's cold  | no
            cold_home            | no problems there                                   | no
            money_worries        | I skip meals some weeks                              | yes
            money_worries        | we're okay for money                                | no
            money_stops_going_out| I can't pay for the bus into town                    | yes
            money_stops_going_out| I stopped going to bingo because it costs too much  | yes
            can_get_out          | yes no problem at all                               | yes
            feel_safe_at_home    | no problem                                          | yes
            hearing_loss         | not a problem                                       | no
            stopped_driving      | gave it up 30 years ago                             | no
            thoughts_of_harm     | I sometimes think they'd be better off without me   | yes
            thoughts_of_harm     | I've thought of ending it all                       | yes
            thoughts_of_harm     | I would never end it                                | no
            eye_conditions       | glaucoma and cataracts                              | 2
            eye_conditions       | only the cataract                                   | 1
            daily_activities     | washing, cooking and shopping                       | two_or_more
            daily_activities     | just the stairs                                     | one
            work                 | retired in 2010                                     | retired
            work                 | I retired in 2026                                   | retired_recently
            contact_children     | we don't speak                                      | less_than_monthly
            contact_friends      | a couple of times a week                            | monthly_or_more
            self_rated_health    | v good                                              | very_good
            self_rated_health    | gooood                                              | good
            hearing_loss         | I can hear fine but my wife is deaf                 | no
            work                 | retired 24 months ago                               | retired_recently
            work                 | retired 25 months ago                               | retired
            work                 | I retired a year and a half back                    | retired_recently
            recent_loss          | my husband died 24 months ago                       | yes
            recent_loss          | my husband died 25 months ago                       | no
            stopped_driving      | I stopped driving 60 months ago                     | yes
            stopped_driving      | I stopped driving 61 months ago                     | no
            household_size       | me and Jim                                          | 2
            household_size       | me and my dog Benji                                 | 1
            household_size       | me and my son in Leeds                              | 2
            household_size       | two of us plus my lodger                            | 3
            household_size       | me and my husband Ron                               | 2
            age                  | I'm 78 but I feel about 50                          | 78
            self_rated_health    | some days good, some bad, so fair I suppose         | fair
            age                  | 30/11/1950                                          | 76
            age                  | 1/12/1950                                           | 75
            age                  | I was 90 last month                                 | 90
            age                  | eighty 4                                            | 84
            age                  | seventy nine, eighty in May                         | 79
            age                  | I turned 70 in June                                 | 70
            can_get_out          | not on my own, my son has to drive me               | no
            feel_safe_at_home    | most days, unless he's been drinking                | no
            recent_loss          | my old boss died but I hardly knew him              | no
            work                 | gave up work last summer                            | retired_recently
            daily_activities     | 2 things                                            | two_or_more
            daily_activities     | three                                               | two_or_more
            eye_conditions       | a cataract in one eye and macular                   | 2
            household_size       | me n her                                            | 2
            eye_conditions       | macular and a cataract in the right one             | 2
            can_get_out          | only to the surgery by taxi, nowhere else           | no
            confidant            | it was my brother but he died                       | no
            confidant            | there's my brother, he's gone quiet but he listens  | yes
            recent_loss          | too many, you lose people at my age                 | yes
            group_member         | used to go to bowls but I stopped                   | no
            is_carer             | no, I just do a bit of shopping for the lady next door | no
            lives_with_partner   | we live in separate houses, been together 20 years  | no
            hearing_loss         | eh? oh yes                                          | yes
            """)
    void readsEachKindInOtherWords(String question, String typed, String value) {
        assertThat(read(question, typed)).isInstanceOfSatisfying(Understood.class,
                u -> assertThat(String.valueOf(u.value() instanceof Boolean b ? (b ? "yes" : "no") : u.value()))
                        .isEqualTo(value));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not read as an answer")
    @CsvSource(delimiter = '|', textBlock = """
            household_size  | two, me, my daughter and her husband
            sex             | my husband
            sex             | the wife
            age             | I'm 80 or 81
            work            | retired in 2024
            group_member    | no problem
            age             | my husband is 82
            marital_status  | the wife left me
            marital_status  | my girlfriend died
            recent_loss     | my mum is in a care home, she has been for five years
            daily_activities| I can do washing and dressing fine
            is_carer        | not a problem
            daily_activities| maybe dressing and cooking
            eye_conditions  | I might have glaucoma and cataracts
            stopped_driving | no, I stopped last year
            work            | I retired a few years ago
            household_size  | four - me, my son and his girlfriend
            marital_status  | my first husband died and I married again
            is_carer        | I do a bit for the man next door
            can_get_out     | with some help from my son
            long_term_condition | one or two things wrong with me
            memory_problems | I'd forget if I did
            confidant       | I keep things to myself
            self_rated_health | up and down
            contact_children| they're ever so busy
            recent_loss     | could you help me arrange my husband's funeral?
            long_term_condition | can someone come round and fit a rail?
            recent_loss     | people pass on all the time when you're my age
            long_term_condition | a touch, my hands, but I get by mostly
            group_member    | I used to go to the bowls club
            confidant       | my nephew would listen but I don't like to trouble him
            cares_for       | my dad and my wife
            contact_children| my son rings every day, my daughter I haven't seen for years
            """)
    void leavesNearMissesUnread(String question, String typed) {
        assertThat(read(question, typed)).isNotInstanceOf(Understood.class);
    }
}
