package uk.lantern.engine.interpret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yes or a no, said or carried by a sentence ({@link YesNoReading}, {@link YesNoStatements},
 * {@link OpenHedges}): the kinds each round found, at fresh
 * answers, with the look-alikes that must keep their reading (docs/interpretation.md, the round
 * named above each group). Each row is question id | expected | what was typed; expected is read by
 * {@link WrittenDay#assertReads}.
 */
class YesNoReadingTest {

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Round 6 (cuts at the edges)
            recent_loss|yes|my brother, Christmas 2024
            recent_loss|yes|my brother, winter 2025
            recent_loss|no|my brother, summer 2024
            recent_loss|yes|it's been 24 months since mum passed
            recent_loss|no|it's been 25 months since mum passed
            recent_loss|yes|two years since my husband went
            recent_loss|no|three year since my husband went
            stopped_driving|no|I stopped driving in the 90s
            stopped_driving|yes|I stopped driving in 2025
            lives_with_partner|no|never married
            lives_with_partner|yes|living with my partner, never married
            cold_home|yes|the heating's included but it doesn't work
            cold_home|no|the heating's included in my rent
            recent_loss|again|my brother, autumn 2024
            recent_loss|again|my wife, about two years ago
            confidant|again|there's my son but he's always busy
            hearing_loss|again|my wife says I am but I can hear fine
            money_worries|again|I manage, just about
            # Round 7
            confidant|yes|yes, I can always count on my daughter
            can_get_out|yes|I can get out fine, I get the bus
            money_worries|no|nae bother, I'm fine
            thoughts_of_harm|yes|I'd never do anything but I do think about it
            thoughts_of_harm|yes|I have thought about it but no, I wouldn't
            thoughts_of_harm|yes|sometimes I wish I didn't wake up
            thoughts_of_harm|no|no, I've never thought about it
            thoughts_of_harm|no|I thought about it years ago but no, not lately
            thoughts_of_harm|yes|sometimes
            thoughts_of_harm|yes|yes now and then
            thoughts_of_harm|yes|at times I do
            feel_safe_at_home|no|most of the time, apart from when he's been drinking
            confidant|no|no, I keep myself to myself
            confidant|no|I keep myself to myself, there's nobody
            confidant|no|can't think of anyone
            money_worries|yes|I manage but it's tight
            cold_home|no|no, heating's included in my rent
            cold_home|yes|heating's broke and the landlord won't fix it
            cold_home|yes|the landlord won't sort the damp and it's freezing
            lives_with_partner|yes|my partner and I share the flat
            lives_with_partner|no|I share the flat with a lodger
            money_worries|no|the pension covers it
            money_worries|yes|the pension doesn't cover it
            hearing_loss|no|fine with my aid in
            hearing_loss|yes|even with my aid I struggle
            stopped_driving|yes|had to give it up after the stroke
            is_carer|yes|full time for my son
            is_carer|no|my daughter looks after me full time
            recent_loss|again|my dog died in the spring, does that count
            group_member|again|does the pub quiz count?
            group_member|again|I go to a knit and natter at the library, is that a group?
            feel_safe_at_home|again|mostly, apart from when my grandson's about
            feel_safe_at_home|again|yes mostly, except when my son visits
            confidant|again|I keep myself to myself
            confidant|again|I've got my son but he's always too busy
            thoughts_of_harm|again|I wouldn't say never but I wouldn't do anything
            money_worries|again|no, but I do worry about the bills
            money_worries|again|I struggle but I manage
            money_worries|again|the pension just about covers it
            low_mood|again|yes I'm often low but no, I don't want any help
            low_mood|!no|I do count my blessings but I've been very low
            # Round 8
            hearing_loss|unclear|my son keeps telling me I'm deaf, I'm not
            hearing_loss|unclear|my daughter thinks I need a hearing aid, there's nothing wrong with my ears
            hearing_loss|yes|my wife says I'm deaf and she's right, I can't hear the telly
            low_mood|unclear|bit down like we all get, I suppose
            low_mood|no|I have the odd off day like anyone but no
            low_mood|yes|yes, more than I'd like to admit
            language_barrier|no|I've a thick Geordie accent but English is all I speak
            language_barrier|no|only my accent, English is my language
            language_barrier|unclear|sometimes hard with the accents
            language_barrier|yes|yes, English is my second language and my accent is strong
            feel_safe_at_home|unclear|safe enough I suppose, there's been a few things
            feel_safe_at_home|unclear|yes I suppose, though things have happened
            feel_safe_at_home|yes|safe enough, nothing's ever happened round here
            feel_safe_at_home|yes|yes, never had any trouble
            lives_with_partner|no|my boyfriend lives in the next street
            lives_with_partner|no|we're together but he lives in his own house in the village
            lives_with_partner|yes|my partner lives with me
            lives_with_partner|yes|yes, we live in the next village to my daughter
            recent_loss|yes|loads of friends, it's my age
            recent_loss|yes|lost a few pals this year
            recent_loss|no|lost a few pals over the years but not lately
            recent_loss|unclear|I've lost loads of weight this year
            recent_loss|no|lost my keys this morning, otherwise no
            confidant|no|who do I talk to? nobody
            confidant|yes|who do I talk to? my daughter, always
            thoughts_of_harm|unclear|I try not to think about it
            # Round 9
            memory_problems|yes|my dad has dementia, I'm doing this for him
            is_carer|yes|I'm his carer
            sight_loss|yes|my left eye is no good since the stroke
            sight_loss|no|had the cataracts done and now I see fine
            sight_loss|yes|eyes aren't what they were
            sight_loss|yes|my eyes are not what they used to be
            sight_loss|unclear|a little blurry now and then
            sight_loss|yes|everything's blurry, even with my glasses on
            language_barrier|yes|Tamil is my first language, it's hard with the doctor
            language_barrier|no|Welsh is my first language but I'm fine in English
            language_barrier|no|no but my hearing makes it hard
            language_barrier|unclear|sometimes hard with the accents
            money_worries|unclear|no more than most folk
            money_worries|no|I get by
            group_member|no|I'm on the waiting list for the bowls club
            group_member|yes|I'm in the bowls club
            memory_problems|unclear|they're testing me at the memory clinic
            memory_problems|yes|the memory clinic diagnosed me with Alzheimer's
            memory_problems|no|I forget the odd thing but it doesn't affect anything
            can_get_out|yes|mostly
            group_member|unclear|what sort of group do you mean?
            sight_loss|no|my eyesight's perfect thanks
            can_get_out|no|I can't get past the end of the road
            hearing_loss|no|I can hear you perfectly
            confidant|yes|my priest
            money_worries|yes|some weeks I chose between heating and food
            is_carer|no|I do my neighbour's shopping but he'd manage
            memory_problems|no|only the odd senior moment
            stopped_driving|yes|about two years ago
            stopped_driving|no|twenty years ago
            low_mood|no|bit low at christmas but not really
            # Round 9b
            language_barrier|yes|english isnt that good
            language_barrier|no|my english is fine
            is_carer|no|not currently
            is_carer|yes|my son has autism and still lives with me
            is_carer|unclear|my son is disabled but lives in a home
            low_mood|no|not more than usual really
            low_mood|no|no more than usual
            cold_home|unclear|slightly
            money_worries|unclear|somewhat
            feel_safe_at_home|unclear|most of the time, he gets angry
            feel_safe_at_home|yes|yes I do
            can_get_out|yes|mostly
            long_term_condition|unclear|epilepsy, it's under control now
            long_term_condition|no|asthma but it's controlled and doesn't stop me
            hearing_loss|unclear|the kids reckon yes, I say no
            memory_problems|unclear|not that I know of, but I'd probably forget
            group_member|unclear|used to go to the WI, haven't been in a while
            group_member|no|used to go to bingo but not any more
            confidant|unclear|there's people around but not really
            confidant|yes|yes, my neighbour
            # Round 10
            sight_loss|no|had both cataracts removed in the spring and I see perfectly now
            sight_loss|no|cataract op last year, my sight's brilliant now
            long_term_condition|no|had a new hip in March and I'm walking fine now
            long_term_condition|no|knee replacement last year, no bother since
            sight_loss|yes|had my cataracts done but I still can't see to read
            long_term_condition|yes|ive got diabetis
            long_term_condition|no|diabetis but it doesnt stop me
            stopped_driving|unclear|my wife did the driving and she passed last year
            stopped_driving|yes|I gave up driving when my husband died
            lives_with_partner|yes|50 years this spring, God help me
            lives_with_partner|yes|going on 40 years now
            lives_with_partner|yes|yss
            money_worries|no|not at the moment, touch wood
            memory_problems|no|not yet, touch wood
            money_worries|yes|at the moment yes, touch wood it gets better
            long_term_condition|yes|my hips are terrible, some days I can't get up the stairs
            long_term_condition|yes|my knees, some days I can't get out of the chair
            sight_loss|yes|a little, things look fuzzy
            sight_loss|unclear|a bit blurry sometimes
            hearing_loss|yes|I have hearing aids but never put them in
            hearing_loss|yes|I've been given an aid but I don't like wearing it
            hearing_loss|no|fine with my aid in
            low_mood|no|no, fed up with my knees but that's it
            low_mood|yes|yes, fed up with everything
            stopped_driving|yes|my son hid the car keys
            feel_safe_at_home|no|someone's been trying my door handle at night
            feel_safe_at_home|no|teenagers throw eggs at my windows
            feel_safe_at_home|yes|yes, though the kids play football in the street
            thoughts_of_harm|yes|last month I did, not so much now
            thoughts_of_harm|yes|I did over Christmas, less now
            # Round 13: one rule with "not lately, years ago yes": a no said of now beside a yes long past is a no
            thoughts_of_harm|no|years ago yes, not for a long time
            # Round 11
            cold_home|no|the heating is on all day long and I still feel the cold, it's my age
            cold_home|no|heating's always on, I just feel the cold
            cold_home|yes|the heating's on all day but the house is still freezing
            cold_home|yes|I feel the cold, I only put the heating on for an hour
            memory_problems|no|I misplace my glasses but who doesn't
            memory_problems|no|forget why I went upstairs, happens to everyone
            memory_problems|yes|I forget to take my tablets most days
            memory_problems|yes|early stages, the memory clinic said
            stopped_driving|no|I stopped ages ago, 30 years or more
            stopped_driving|yes|I stopped 2 years ago
            language_barrier|no|it's the accents round here, not my english
            language_barrier|yes|english is my second language and the accents are hard
            thoughts_of_harm|unclear|what's the point of anything
            thoughts_of_harm|unclear|I can't see the point
            thoughts_of_harm|yes|some days I don't see the point in living
            thoughts_of_harm|yes|I think about ending it
            money_worries|no|not reely
            money_worries|no|nt really
            hearing_loss|no|fine
            hearing_loss|yes|the tv has to be up loud
            hearing_loss|yes|can't hear in groups, fine one to one
            hearing_loss|no|it's fine
            sight_loss|no|I only need readers
            sight_loss|!no|I can't see to read even with readers
            low_mood|yes|on and off
            low_mood|yes|off and on really
            # Round 12: losses, cost, money, conditions, sight, driving, stairs, caring, groups, safety
            recent_loss|yes|my best friend and then my brother, both in 2025
            recent_loss|yes|three years ago my husband, and then my sister this February
            cold_home|yes|the bills are frightening so it stays off
            money_worries|yes|everythings gone up, I can barely cover the basics
            money_worries|no|we're alright thanks
            money_stops_going_out|yes|I'd go out more if I had the money
            money_stops_going_out|yes|I say no when my friends go for lunch because of the money
            money_stops_going_out|!yes|not the money, it's the buses
            long_term_condition|yes|M.E. for ten years
            sight_loss|no|fine with my specs
            sight_loss|no|eyes are grand, its the knees
            sight_loss|!no|even with my glasses I can't read the paper
            can_get_out|no|cant get down the stairs from my flat
            can_get_out|!no|I can get down the stairs fine
            is_carer|yes|grandson, I've had him since he was 3
            is_carer|yes|brother with MS
            is_carer|no|just the cat lol
            group_member|no|nope, tried the bridge club once, never again
            group_member|yes|I go to the bowls club every Thursday
            feel_safe_at_home|no|my husband can get nasty when he drinks
            confidant|yes|my best mate Tony
            confidant|yes|my neighbour's a diamond
            thoughts_of_harm|again|I've wondered what the point is lately
            thoughts_of_harm|yes|lately I've wondered what the point of going on is
            # Round 13 (misreads first): hedges asked again; a trouble put right; another's trouble
            cold_home|again|warm enough as long as I've got a cardigan on
            cold_home|no|nice and warm thanks
            long_term_condition|again|my hip aches every so often
            memory_problems|again|a little bit scatty
            memory_problems|again|had a memory test last week, still waiting to hear
            stopped_driving|again|no, I can't drive
            stopped_driving|yes|I can't drive now, not since my stroke
            can_get_out|again|only when my daughter picks me up
            thoughts_of_harm|again|nah, just sick of it all
            sight_loss|no|had my cataracts sorted and now they're grand
            sight_loss|yes|had one cataract done, still waiting for the other
            hearing_loss|no|a bit of buzzing but I hear fine
            language_barrier|no|my mum's english isn't great but I'm fine
            memory_problems|no|my dad has, not me
            lives_with_partner|yes|he's in rehab after his fall, coming home next week
            thoughts_of_harm|yes|I wouldn't act on it but I have thought about it
            thoughts_of_harm|no|not lately, a long time ago yes
            """)
    void readsEachKindAndKeepsItsLookAlike(String questionId, String expected, String typed) {
        WrittenDay.assertReads(questionId, expected, typed);
    }
}
