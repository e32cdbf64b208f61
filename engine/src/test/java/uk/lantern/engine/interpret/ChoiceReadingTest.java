package uk.lantern.engine.interpret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An option read from everyday words ({@link ChoiceReading}, {@link OptionPhrases}, {@link HowOften}): the kinds each round found, at fresh
 * answers, with the look-alikes that must keep their reading (docs/interpretation.md, the round
 * named above each group). Each row is question id | expected | what was typed; expected is read by
 * {@link WrittenDay#assertReads}.
 */
class ChoiceReadingTest {

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Round 6 (cuts at the edges)
            contact_children|none|my only daughter passed away
            left_out|again|when my family go out without me
            # Round 7
            self_rated_health|good|nae bad
            visitors|weekly|wkly
            marital_status|separated_or_divorced|devorsed
            left_out|often|quite a bit
            left_out|some_of_the_time|a bit
            left_out|hardly_ever|never, I'm always in the thick of it
            isolated_from_others|some_of_the_time|the odd day
            contact_children|less_than_monthly|rarely, they're busy
            marital_status|widowed|divorced from the first, widowed from the second
            marital_status|separated_or_divorced|my first husband died, the second one and I divorced
            contact_family|none|I'm the last of them
            contact_family|none|only child, parents long gone
            self_rated_health|poor|I've had two strokes and can barely walk
            work|retired|was a nurse
            marital_status|again|divorced and widowed
            contact_family|again|I'm the last of the brothers but there's my nieces
            contact_children|again|they're busy
            work|again|a nurse
            left_out|!hardly_ever|never, but sometimes at night
            self_rated_health|!poor|I had a stroke but I'm fine now
            work|!retired|was a nurse, now I care for my mum
            work|!retired|I was a nurse until last year
            work|!retired|was a cleaner till my back went
            # Round 8
            work|unclear|I did shifts till last year, now I help at my son's shop
            work|retired_recently|I did shifts till last year, now I'm retired
            work|working|I did shifts at the factory and still do
            marital_status|single|sinlge
            marital_status|widowed|widowwed
            marital_status|married_or_partner|mariied 50 years
            work|retired|reitred
            marital_status|married_or_partner|got a fella, he lives round the corner
            work|unclear|full time for my husband
            work|working|full time at the council
            how_often_lonely|unclear|no, all the time
            contact_friends|unclear|never, every week
            left_out|hardly_ever|no, not often
            left_out|hardly_ever|never, I'm always in the thick of it
            # Round 9
            contact_children|unclear|not often enough
            contact_children|less_than_monthly|lost touch with my son a long while back
            contact_friends|unclear|most of my friends have passed away
            contact_friends|none|all my friends have died
            left_out|unclear|I don't really notice
            isolated_from_others|some_of_the_time|in winter yes, not so much in summer
            how_often_lonely|occasionally|the odd Saturday night
            visitors|weekly|Mon and Thurs my daughter comes
            sex|female|trans woman
            contact_family|less_than_monthly|visits are few and far between
            left_out|often|all the bloomin' time
            isolated_from_others|often|totally cut off out here
            how_often_lonely|often_always|every nite
            sex|prefer_not_to_say|my own business, thanks
            left_out|some_of_the_time|at family gatherings
            left_out|often|a lot, at family gatherings nobody talks to me
            isolated_from_others|often|all the time, nobody ever calls
            # Round 9b
            marital_status|separated_or_divorced|divorced the once, single again now
            marital_status|single|single, never married
            self_rated_health|fair|not good, not bad either
            self_rated_health|good|good
            left_out|often|quite frequently
            isolated_from_others|often|every single morning
            lack_companionship|some_of_the_time|in the evenings
            lack_companionship|hardly_ever|never, I'm always out and about with the dog
            how_often_lonely|some_of_the_time|some weeks yes, some weeks not
            work|retired|retired in May 2022
            work|retired_recently|finished in August 2025
            cares_for|someone_else|the chap over the road
            cares_for|parent|my mum
            contact_children|none|none, we weren't blessed
            lack_companionship|often|every single evening, the house is so quiet
            # Round 10
            how_often_lonely|some_of_the_time|winters yes, summers no
            left_out|some_of_the_time|in winter I do, in summer not really
            isolated_from_others|hardly_ever|no, not even in winter
            contact_children|monthly_or_more|one every week, the other maybe once a year
            contact_children|monthly_or_more|the eldest daily, the youngest hardly ever
            contact_children|monthly_or_more|both of them ring every week
            isolated_from_others|often|extremely, I'm miles from anyone
            lack_companionship|often|very much so, there's no one out here
            isolated_from_others|!often|not very isolated, the village is lively
            # Round 11
            cares_for|someone_else|grandson
            cares_for|someone_else|my grandkids
            cares_for|child|my son
            visitors|rarely|only the postman ha
            visitors|rarely|nobody except the meter man
            visitors|weekly|couple times a week
            # Round 12: health weighed down by intensifiers and hospital stays; chats as contact; indirect answers
            self_rated_health|poor|not great at all, in and out of hospital since June
            self_rated_health|poor|not brilliant at all to be honest, in and out of the hospital
            self_rated_health|fair|not great but I get by
            contact_family|monthly_or_more|we have a family WhatsApp that never stops
            contact_family|less_than_monthly|a text at christmas and that's about it
            daily_activities|two_or_more|cant cook or clean anymore
            daily_activities|none|nun
            how_often_lonely|never|not once
            sex|prefer_not_to_say|I'd rather keep that to myself thanks
            sex|male|I'm the husband, she's out at the shops
            sex|another|I don't really see myself as either to be honest
            work|retired|put out to grass in 2003
            contact_children|none|no kiddies
            contact_friends|less_than_monthly|most of mine have died, I ring one now and then
            contact_friends|none|lost them all when I moved here
            isolated_from_others|often|feel cut off from everyone
            visitors|rarely|not a soul, bar the meter man
            visitors|most_days|my neighbour is in and out all day long, can't get rid of her
            visitors|monthly|evry fortnite or so
            # Round 13: a loner who likes it; others who never ask; an occasion; looking for work; never married
            lack_companionship|hardly_ever|bit of a loner really, suits me
            left_out|often|my sisters never ask me along
            left_out|some_of_the_time|at Easter
            isolated_from_others|often|cut off since the flood, never been the same
            work|unemployed|searching for work at the moment
            marital_status|single|never bothered getting married
            daily_activities|again|I cope, it just takes a while
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
