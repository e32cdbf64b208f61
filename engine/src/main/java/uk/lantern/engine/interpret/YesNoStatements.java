package uk.lantern.engine.interpret;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A yes or a no carried by a sentence rather than said: "my husband died last year" answers
 * "have you lost someone close to you in the last two years?" with yes; "I'm a bit deaf" answers
 * the hearing question with yes; "I'm housebound" answers "can you get to the places you want
 * to go?" with no. Each question has its own plain statements; one is taken only when nothing
 * in the sentence negates it ("nobody has died" is not a yes) and the sentence holds no yes or
 * no of its own.
 */
final class YesNoStatements {

    /** What a statement means for its question. */
    /**
     * What a statement means for its question: {@code yes} and {@code no} cues, and {@code firmNo},
     * a no that settles the matter over a yes cue in the same sentence ("I've got arthritis but it
     * doesn't stop me", "I manage to keep warm").
     */
    private record Cues(List<String> yes, List<String> no, List<String> firmNo) {

        Cues(List<String> yes, List<String> no) {
            this(yes, no, List.of());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** A difficulty named and then said not to matter: a firm no to a question about its effect on daily life. */
    private static final List<String> DENIES_EFFECT = List.of("doesnt stop me", "does not stop me", "dont stop me",
            "doesnt affect me", "does not affect me", "doesnt affect my", "doesnt affect anything",
            "does not affect anything", "doesnt affect things", "doesnt affect my life", "doesnt affect daily", "nothing that affects", "nothing that stops",
            "doesnt limit me", "does not limit me", "doesnt hold me back", "doesnt bother me", "dont let it stop me",
            "not enough to stop me", "not enough to affect", "work fine", "works fine", "they work fine",
            "sorts it out", "corrects it", "no problem with it", "doesnt get in the way", "does not get in the way",
            "nothing that gets in the way", "manage fine", "i manage fine", "under control", "well controlled",
            "controlled with tablets", "kept under control", "but im fine", "but im ok", "but im okay",
            "otherwise fine", "otherwise im fine", "otherwise ok", "but otherwise", "but i cope", "but i manage");

    private static final Set<String> NEGATING = Set.of(
            "not", "no", "never", "dont", "didnt", "doesnt", "isnt", "arent", "wasnt", "havent", "hasnt", "nobody",
            "nothing", "none", "noone", "without", "cant", "cannot", "wont", "used");

    /** Questions where a treatment can put the difficulty right. */
    private static final Set<String> TREATABLE = Set.of("sight_loss", "hearing_loss", "long_term_condition");
    /** A treatment had: "had my cataracts done", "a new hip in March", "ears syringed". */
    private static final List<String> TREATED = List.of("done", "removed", "lasered", "laser", "op", "operation",
            "operated on", "replaced", "replacement", "new hip", "new hips", "new knee", "new knees", "syringed",
            "sorted", "fixed", "treated");
    /** ... and well since: "they're perfect now", "been grand since", "walking fine now". */
    private static final Pattern WELL_SINCE = Pattern.compile("\\b(fine|perfect|perfectly|brilliant|grand|great|spot on"
            + "|champion|no bother|no problems?|no trouble|good as new|well)( now| since| ever since| since then)\\b"
            + "|\\bbeen (fine|perfect|brilliant|grand|great|good|spot on)\\b"
            // Round 21 (a25): better beyond doubt, or the sense itself whole again ("its miles better, can see
            // everything now", "everything is clear now").
            + "|\\b(miles|loads|heaps|so much|ever so much|a hundred times|100 times|a world) better\\b"
            + "|\\bcan (see|hear) (everything|clearly|properly|perfectly|fine|well|really well)( again| now)\\b"
            + "|\\beverything(s| is) (clear|sharp|bright|crisp)( again| now)\\b");
    /** A treatment that has not put it all right: "one eye done, waiting for the other, still blurry". */
    private static final Pattern STILL_TROUBLE = Pattern.compile("\\bstill (blurry|blurred|fuzzy|cant|cannot|struggle"
            + "|struggling|bad|poor|not|waiting|need|have trouble|deaf|in pain)\\b|\\bwaiting (to do|for) the other\\b"
            + "|\\bthe other (one|eye|ear|knee|hip)\\b");

    /** Round 11: the home itself cold whatever the heating does: "still freezing", "can't get it warm", "damp". */
    private static final Pattern HOME_STILL_COLD = Pattern.compile("\\bstill (cold|freezing|chilly|not warm)\\b"
            + "|\\b(cant|cannot|never) (get|keep) (it |the house |the flat |the place )?warm\\b|\\bnever warm\\b"
            + "|\\b(draughty|damp|mould|cant afford|bills)\\b");

    /** Questions about the person answering, where a difficulty said of someone else is not theirs. */
    private static final Set<String> SPEAKERS_OWN = Set.of("long_term_condition", "sight_loss", "hearing_loss",
            "memory_problems", "low_mood");
    private static final Set<String> SPEAKER = Set.of("i", "im", "me", "ive", "id", "myself", "my");
    private static final Set<String> SOMEONE_ELSE = Set.of("husband", "wife", "hubby", "partner", "missus", "son",
            "daughter", "mum", "mother", "dad", "father", "brother", "sister", "friend", "neighbour", "he", "she",
            "hes", "shes", "they", "theyre", "him", "her", "who", "whos");

    /** A couple who never married: "my partner, we never married". */
    private static final List<String> COUPLE_UNMARRIED = List.of("we never married", "were not married",
            "we arent married", "we never wed", "never bothered marrying", "never bothered getting married");
    /** Not married, said beside whom one lives with: it says nothing of living with a partner. */
    private static final List<String> UNMARRIED = List.of("never married", "not married", "never wed", "not wed",
            "never been married", "never got married");

    /** Round 15: an answer that only lists people ("me, my wife and her mother", "my son and his wife"). */
    private static final Pattern PEOPLE_LISTED = Pattern.compile("^((me|myself|i live with|live with|just|only|my|the|our"
            + "|his|her|their|and|,|husband|wife|partner|hubby|missus|other half|fella|boyfriend|girlfriend|son|daughter"
            + "|sons|daughters|dad|mum|mam|mother|father|brother|sister|lodger|grandson|granddaughter|grandkids"
            + "|grandchildren|kids|children|two|three|in law|baby|nan|gran|stepson|stepdaughter)( |$))+$");
    /** ... and a partner word of the speaker's own: not after "his", "her" or "their". */
    private static final Pattern PARTNER_OWN = Pattern.compile(
            "(?<!\\bhis )(?<!\\bher )(?<!\\btheir )\\b(husband|wife|partner|hubby|missus|other half|fella|boyfriend"
            + "|girlfriend)\\b");
    /** Round 15: nobody at all, as the whole answer. */
    private static final Pattern NOBODY_AT_ALL = Pattern.compile("^(nobody|no one|noone|no body|not anybody|not anyone"
            + "|none)( ,)?( (really|at all|just me|only me|but me|but myself|except me|except myself|thanks|thank you))?$");

    private static final Map<String, Cues> BY_QUESTION = Map.ofEntries(
            Map.entry("recent_loss", new Cues(List.of(
                    "died", "passed away", "passed on", "passed", "lost my", "lost our", "death of", "we lost",
                    "lost mum", "lost dad", "lost mam", "lost the wife", "lost the husband", "funeral",
                    "buried", "bereaved", "bereavement", "widowed", "went into a home", "went into care",
                    "moved into a home", "moved into care", "in a home now", "in a care home now", "lost him",
                    "lost her",
                    // A move into care is a loss of the everyday company of someone close.
                    "care home", "nursing home", "residential home", "into a home", "into care", "hospice",
                    // Someone close moved away: a loss of their company too.
                    "moved away", "moved abroad", "emigrated", "moved to be near", "moved to be nearer",
                    "moved down south", "moved up north", "moved in with her", "moved in with his",
                    "moved in with their",
                    "i miss her", "i miss him", "i miss them", "miss her terribly", "miss him terribly",
                    "miss her terrible",
                    "miss him terrible", "lost touch",
                    // So many at this age: "too many, they're all going", "dropping like flies".
                    "too many", "dropping like flies", "theyre all going", "all going", "lost me mam", "lost me mum",
                    "lost me dad", "lost two", "lost three", "lost a friend", "lost friends",
                    // "Five years since my husband went": gone, said plainly.
                    "husband went", "wife went", "hubby went", "partner went", "mum went", "mam went", "mother went",
                    "dad went", "father went", "son went", "daughter went", "brother went", "sister went",
                    "missus went", "lass went", "friend went"),
                    List.of("nobody", "no one", "noone", "not recently", "not lately", "not in the last two years",
                            "touch wood", "thankfully not"),
                    // Someone died who was not close, or long ago with no one since: "my neighbour
                    // died but we weren't close", "my husband passed five years back, nobody since".
                    List.of("werent close", "wasnt close", "not close", "not that close", "hardly knew",
                            "barely knew", "didnt know him", "didnt know her", "didnt really know",
                            "lost touch years", "lost touch long", "nobody since", "no one since", "noone since",
                            "nobody lately", "no one lately", "nobody recently", "no one recently", "none since"))),
            Map.entry("cold_home", new Cues(List.of(
                    // Round 12: the heating kept off for its cost, or a home that never warms ('the bills are frightening so it stays off').
                    "stays off", "it stays off", "keep it off", "keeps it off", "leave it off", "bills are frightening", "frightened of the bills", "scared of the bills", "too dear to put", "too expensive to put", "too dear to have", "never warms", "never warms up", "the damp", "damp is awful", "mould everywhere",
                    
                    "cold", "freezing", "chilly", "draughty", "damp", "cant afford the heating", "cant afford heating",
                    "turn the heating off", "heating off", "cut back", "wear a coat", "wrap up", "in bed to keep warm",
                    "heating is too expensive", "heating bills", "hard to keep warm", "difficult to keep warm",
                    "hard to heat", "struggle to keep warm", "cant keep warm", "cant get warm",
                    // Going without heat, said as what one does.
                    "heat one room", "heat the one room", "only heat", "blanket", "blankets", "hot water bottle",
                    "bed early", "bed to keep warm", "extra layers", "layers on", "coat on", "save on the gas",
                    "save on heating", "save on the heating", "heating on less", "rarely have the heating",
                    // Doing something in order to keep warm says the home is not warm.
                    "to keep warm", "to stay warm", "to get warm", "to keep myself warm", "to warm up",
                    "for the warmth",
                    "for warmth", "in my coat", "in a coat", "my coat on", "wear my coat", "sit in my coat",
                    "dressing gown",
                    "under a blanket", "under the duvet", "go to the library", "sit in the library", "warm space",
                    "warm bank", "warm hub", "only put the heating on", "only have the heating on",
                    "only turn the heating on", "heating on for an hour", "heating on for a bit", "only put it on",
                    "to save money", "to save on", "to keep the bills down", "keep the bill down",
                    "scared to put the heating on",
                    "frightened to put the heating on", "afraid to put the heating on", "darent put the heating on",
                    "heating is off", "heating never on", "no heating", "heating broken",
                    // Round 7: broken heating waiting on a landlord or the council.
                    "heating is broke", "heating broke", "boiler is broke", "boilers packed in", "boiler packed in",
                    "boiler is packed in", "heating packed in", "heating is packed in", "packed up", "radiators dont work",
                    "radiators do not work", "heating doesnt work", "heating dont work", "boiler doesnt work",
                    "heating is been off", "heating been off", "heating has been off", "on the blink", "conked out",
                    "boiler is broken", "boiler broke", "boilers broken", "mould", "condensation", "ice on the inside",
                    "feel the cold", "perished", "nithered", "frozen", "arctic", "like a fridge", "an igloo",
                    // Rationing heat, whatever heats the home.
                    "afraid to put the central heating on", "afraid to put the fire on",
                    "afraid to put the gas fire on", "afraid to put the gas on", "afraid to put the heater on",
                    "afraid to put the heaters on", "afraid to put the heating on", "afraid to put the radiators on",
                    "cant afford the central heating", "cant afford the fire", "cant afford the gas",
                    "cant afford the gas fire", "cant afford the heater", "cant afford the heaters",
                    "cant afford the heating", "cant afford the radiators",
                    "cant afford to put the central heating on", "cant afford to put the fire on",
                    "cant afford to put the gas fire on", "cant afford to put the gas on",
                    "cant afford to put the heater on", "cant afford to put the heaters on",
                    "cant afford to put the heating on", "cant afford to put the radiators on",
                    "central heating off to save", "central heating on for a bit", "central heating on for an hour",
                    "central heating on for an hour or two", "dont put the central heating on",
                    "dont put the fire on", "dont put the gas fire on", "dont put the gas on",
                    "dont put the heater on", "dont put the heaters on", "dont put the heating on",
                    "dont put the radiators on", "fire off to save", "fire on for a bit", "fire on for an hour",
                    "fire on for an hour or two", "gas fire off to save", "gas fire on for a bit",
                    "gas fire on for an hour", "gas fire on for an hour or two", "gas off to save",
                    "gas on for a bit", "gas on for an hour", "gas on for an hour or two", "heater off to save",
                    "heater on for a bit", "heater on for an hour", "heater on for an hour or two",
                    "heaters off to save", "heaters on for a bit", "heaters on for an hour",
                    "heaters on for an hour or two", "heating off to save", "heating on for a bit",
                    "heating on for an hour", "heating on for an hour or two", "instead of the central heating",
                    "instead of the fire", "instead of the gas", "instead of the gas fire", "instead of the heater",
                    "instead of the heaters", "instead of the heating", "instead of the radiators",
                    "keep the central heating off", "keep the fire off", "keep the gas fire off", "keep the gas off",
                    "keep the heater off", "keep the heaters off", "keep the heating off", "keep the radiators off",
                    "leave the central heating off", "leave the fire off", "leave the gas fire off",
                    "leave the gas off", "leave the heater off", "leave the heaters off", "leave the heating off",
                    "leave the radiators off", "never put the central heating on", "never put the fire on",
                    "never put the gas fire on", "never put the gas on", "never put the heater on",
                    "never put the heaters on", "never put the heating on", "never put the radiators on",
                    "only have the central heating on", "only have the fire on", "only have the gas fire on",
                    "only have the gas on", "only have the heater on", "only have the heaters on",
                    "only have the heating on", "only have the radiators on", "only put the central heating on",
                    "only put the fire on", "only put the gas fire on", "only put the gas on",
                    "only put the heater on", "only put the heaters on", "only put the heating on",
                    "only put the radiators on", "only turn the central heating on", "only turn the fire on",
                    "only turn the gas fire on", "only turn the gas on", "only turn the heater on",
                    "only turn the heaters on", "only turn the heating on", "only turn the radiators on",
                    "radiators off to save", "radiators on for a bit", "radiators on for an hour",
                    "radiators on for an hour or two", "rather than put the central heating on",
                    "rather than put the fire on", "rather than put the gas fire on", "rather than put the gas on",
                    "rather than put the heater on", "rather than put the heaters on",
                    "rather than put the heating on", "rather than put the radiators on",
                    "scared to put the central heating on", "scared to put the fire on",
                    "scared to put the gas fire on", "scared to put the gas on", "scared to put the heater on",
                    "scared to put the heaters on", "scared to put the heating on", "scared to put the radiators on",
                    "turn the central heating off", "turn the fire off", "turn the gas fire off", "turn the gas off",
                    "turn the heater off", "turn the heaters off", "turn the heating off", "turn the radiators off",
                    "without the central heating", "without the fire", "without the gas", "without the gas fire",
                    "without the heater", "without the heaters", "without the heating", "without the radiators",
                    "cant keep it warm", "cannot keep it warm", "struggle to keep it warm", "hard to keep it warm",
                    "cant afford to keep", "cant afford to keep it warm", "cannot afford to keep it warm",
                    "cant afford to keep warm", "cant afford to keep the house warm", "cant afford to heat", "cant get the house warm", "cant get it warm",
                    "never warm", "never gets warm", "storage heaters", "stay in bed", "in bed longer", "bed longer", "hat indoors", "hat on indoors",
                    "gloves indoors", "cant heat", "cannot heat", "expensive to heat", "costs a fortune to heat",
                    // Heating that does not work: "the boiler's been broken since October".
                    "been broken", "broken since", "boiler packed up", "boilers packed up", "heating packed up",
                    "boiler has packed up", "boiler is not working", "boiler isnt working", "boiler doesnt work",
                    "heating doesnt work", "heating isnt working", "radiators dont work", "radiators do not work",
                    "doesnt work", "not fixed", "still not fixed", "no hot water", "waiting for a new boiler",
                    "skimp", "scrimp", "stint on"),
                    List.of("warm", "toasty", "cosy", "nice and warm", "warm enough", "keep warm enough", "always warm",
                            // Round 17: "we're alright for heating thanks"
                            "alright for heating", "all right for heating", "ok for heating", "okay for heating",
                            "fine for heating", "alright for heat", "ok for heat", "fine for heat",
                            "heating on when i need it", "heating on when i want", "heating on all day",
                            // Heating paid with the rent, not rationed, or a warm new home.
                            "heating is included", "heating included", "included in the rent", "included in my rent",
                            "comes with the rent", "service charge", "dont skimp", "never skimp", "dont scrimp",
                            "never scrimp", "dont stint", "never stint", "new flat", "new build", "modern flat",
                            "lovely and warm", "fixed it", "its fixed", "been fixed", "fine now"),
                    List.of("keep it on all day", "keep it on all the time", "keep the heating on all day",
                            "cant risk it", "cannot risk it", "cant risk being cold",
                            "manage to keep warm", "able to keep warm", "easy to keep warm", "can keep warm",
                            "no trouble keeping warm", "no problem keeping warm", "keep warm fine",
                            "manage to stay warm", "can stay warm", "warm enough", "nice and warm",
                            // Round 11: the heating on all the time: "I feel the cold" is then the person, not
                            // the home ("heating's on all the time, I feel the cold"), unless the home is said to
                            // stay cold (HOME_STILL_COLD).
                            "heating on all the time", "heating is on all the time", "heatings on all the time",
                            "heating is on all day", "heatings on all day", "heating is always on",
                            "heatings always on", "heating always on", "heating on constantly",
                            "heating is on constantly", "always have the heating on", "heating on day and night",
                            "heating is on day and night", "heatings on day and night"))),
            Map.entry("money_worries", new Cues(List.of(
                    // Round 12: prices gone up and the basics barely covered.
                    "gone through the roof", "through the roof", "everythings gone up", "everything has gone up", "everything gone up", "prices have gone up", "prices gone up", "barely cover", "hardly cover", "cover the basics", "can hardly pay", "hardly pay", "barely pay", "can barely", "hardly afford", "barely afford",
                    
                    // Round 16b (x7): managing "but only just" is a struggle ("I manage but only just").
                    "but only just", "only just manage", "only just get by", "get by only just", "manage only just",
                    "only just make ends meet", "barely get by", "hardly get by",
                    "brassic", "its hard", "state pension", "heating and eating", "heat or eat", "eat or heat", "choose between",
                    "chose between", "choosing between", "pick between", "end of the month",
                    "struggle", "struggling", "skint", "hard up", "tight", "cant afford", "broke", "in debt", "debts",
                    "make ends meet", "money is tight", "pension doesnt", "barely manage", "scrimp",
                    // Going without to make money last, said as what one does.
                    "skip meals", "skipping meals", "miss meals", "make the money last", "go without", "going without",
                    "count every penny", "counting every penny", "worry about money", "worried about money",
                    "food bank", "foodbank",
                    // Bills and debts falling behind.
                    "behind with", "behind on", "arrears", "in the red", "overdrawn", "red letters", "red letter",
                    "final demand", "final demands", "bailiffs", "owing", "borrow", "borrowing", "cant pay",
                    "cannot pay",
                    "couldnt pay", "couldnt afford", "juggle the bills", "juggling", "robbing peter",
                    "before pension day",
                    "till pension day", "until pension day", "run out of money", "runs out", "money runs out",
                    "pension doesnt go far", "doesnt cover", "dont cover", "never covers", "not enough", "doesnt stretch", "dont stretch", "penny pinching", "watch every penny",
                    "watching every penny", "tighten", "cutting back", "cut back", "cut down on food",
                    "struggle to pay", "hard to pay", "difficult to pay", "cant make ends meet", "money worries",
                    "worried sick about money", "cant keep up", "keep going up", "struggle to keep up", "make the pension last", "make it last", "make the money stretch",
                    "pension doesnt last", "pension doesnt go", "doesnt go far", "nothing left", "theres nothing left",
                    "run out before", "cost of living", "everything has gone up", "everything costs"),
                    List.of(
                    // Round 12: all right, said for the household ('we're alright thanks').
                    "were alright", "we are alright", "were all right", "alright thanks", "all right thanks", "were ok", "were okay", "were fine", "fine thanks", "ok thanks", "okay thanks", "doing alright", "doing ok", "doing fine",
                    "comfortable", "well off", "manage fine", "get by fine",
                            // Round 7: "the pension covers it".
                            "pension covers", "covers it", "covers everything", "pension is enough", "enough for me",
                            "its enough", "is plenty", "get by fine on", "no problems with money",
                            "alright for money", "all right for money", "ok for money", "okay for money",
                            "fine for money", "not too bad", "we manage", "we get by", "comfortably off",
                            "get by alright",
                            "get by all right", "manage alright", "manage all right", "manage ok", "manage okay",
                            "no money worries", "no worries about money", "money isnt a problem",
                            "money is not a problem",
                            "money isnt a worry", "money is fine", "money is ok", "money is okay", "good pension",
                            "decent pension", "i manage", "manage fine", "manage well",
                            // Round 9: "I get by", "just about manage on the pension": both fair, read as no.
                            "i get by", "get by on", "just about manage", "just about get by", "manage on"),
                    List.of("comfortably off", "no money worries", "no worries about money", "money isnt a problem",
                            "money is not a problem", "money isnt a worry"))),
            Map.entry("money_stops_going_out", new Cues(List.of(
                    // Round 12: money stopping outings said as a situation ('I'd go out more if I had the money', a club gone up in price).
                    "if i had the money", "if i had more money", "if i could afford", "if i had the cash", "if money allowed", "if i had a bit more", "say no when", "i say no", "turn down", "turn them down", "turn it down", "gone up to", "its gone up", "went up to", "put the price up", "put their prices up", "price went up", "price has gone up", "prices went up", "because of the price", "could afford it",
                    
                    "cos of the money", "because of the money", "cause of the money", "cos of money", "say no to",
                    "cant afford to go out", "cant afford it", "too expensive", "costs too much", "too dear", "cost of",
                    "cant afford", "cant pay", "cannot afford", "cannot pay", "it costs", "because it costs",
                    "the cost", "the fare", "bus fare", "no money", "short of money", "money stops me",
                    // What it costs, said as the reason: "because it's £5", "taxis cost too much".
                    "cost too much", "cost a lot", "costs a lot", "cost a fortune", "costs a fortune", "pricey",
                    "expensive", "pounds", "quid", "a fiver", "a tenner", "couldnt pay", "couldnt afford",
                    "could not afford",
                    "cant justify", "cant stretch to", "taxi fare", "taxi fares", "taxis cost", "the price", "prices",
                    "money is tight", "short of cash", "hard up", "skint", "cant run to"),
                    List.of(
                    // Round 12: 'money no, weather yes': the money part answers.
                    "money no", "the money no", "cost no", "money not really", "not money",
                    "i get by", "we get by", "pension covers", "money doesnt stop me", "money does not stop me", "doesnt come into it", "not a factor", "not the money", "not because of money",
                            "money isnt the problem", "money is not the problem", "money isnt the issue",
                            "money is not the issue", "money isnt a problem", "not about money", "not about the money",
                            "not the cost", "its not the cost", "cost isnt", "cost is not", "not money",
                            "nothing to do with money",
                            "its not money"),
                    // "No, money's not the issue, it's my hips": the "no money" in it is not a yes.
                    List.of(
                    // Round 12: 'money no, weather yes': the money part answers; the yes is for something else.
                    "money no", "the money no", "cost no",
                    "money is not the", "money isnt the", "its not the money", "not the money",
                    // Round 15: going out said to cost nothing ("I've got a bus pass so it doesn't cost me").
                    "it doesnt cost me", "doesnt cost me", "dont cost me", "it costs me nothing", "costs me nothing",
                    "cost me nothing", "costs nothing", "doesnt cost anything", "it doesnt cost anything",
                    "free with my bus pass", "free with my pass", "free on my bus pass", "free on my pass",
                    "for free with my", "gets me about for free", "gets me about free"))),
            Map.entry("long_term_condition", new Cues(List.of(
                    // Round 12: a condition by its letters ('M.E. for ten years', 'M.S.') or name.
                    "m e", "m s", "cfs", "chronic fatigue", "fibromyalgia", "fibro", "lupus", "crohns", "colitis", "ibs", "ckd", "copd", "hbp", "high blood pressure", "rheumatoid",
                    
                    "arthritis", "diabetes", "copd", "emphysema", "heart condition", "bad heart", "bad back",
                    "bad legs",
                    "bad knees", "bad hip", "walking stick", "a stick", "frame", "wheelchair", "mobility scooter",
                    "disabled", "disability", "parkinsons", "stroke", "cancer", "ms", "angina", "housebound",
                    "cant walk far", "cant get about", "struggle to walk", "breathless", "registered blind", "blind",
                    "partially sighted", "deaf", "sight loss", "epilepsy", "heart failure", "kidney", "dementia",
                    "cant get to", "cannot get to", "cant get to the", "cant get far", "cant go far", "new hips",
                    "new hip",
                    "new knee", "new knees", "hip replacement", "knee replacement", "cant manage the stairs",
                    "cant do the stairs",
                    "cant walk", "cannot walk", "cant stand for long", "struggle to get about",
                    "struggle getting about",
                    "struggle with the stairs", "walker", "rollator", "zimmer", "crutches", "on oxygen", "fibromyalgia",
                    "lupus", "osteoporosis", "sciatica", "chronic", "long covid", "motor neurone", "heart attack",
                    "limits me", "slows me down", "holds me back", "stops me", "cant do what i used to",
                    "cant do much", "blue badge", "pip", "attendance allowance", "mobility problems",
                    "registered disabled"),
                    List.of("fit as a fiddle", "healthy", "nothing wrong with me", "fighting fit", "touch wood",
                            "fit and well", "nothing that stops me", "nothing that limits me", "get about fine",
                            "get about fine", "get around fine", "no health problems", "nothing serious"),
                    DENIES_EFFECT)),
            Map.entry("sight_loss", new Cues(List.of(
                    "blind", "partially sighted", "macular", "cataract", "cataracts", "glaucoma", "cant see",
                    "eyes are bad", "eyes are going", "eyesight is poor", "eyesight is bad", "poor eyesight",
                    "bad eyesight",
                    "struggle to see", "struggle to read", "cant read", "cannot read", "cant see the", "eyes are shot",
                    "eyes got too bad", "eyes are getting worse", "not what it was", "not what it used to be",
                    // Round 12 (a new user's trial): "eyes aren't what they were".
                    "arent what they were", "arent what they used to be", "not what they were", "not what they used to be", "going blind", "losing my sight", "sight is going",
                    "sight is bad", "sight is poor", "eyesight is going", "eyesight is terrible", "magnifier",
                    "magnifying glass", "large print", "big print", "cant see the telly", "cant see faces", "blurry",
                    "blurred", "cant make out", "even with my glasses", "even with glasses", "glasses dont help",
                    // Round 10: "can't read the paper even with my reading glasses" (not the no cue "reading glasses").
                    "even with my reading glasses", "even with reading glasses", "even with my specs",
                    "even with the glasses",
                    "glasses dont work", "injections in my eye", "injections in my eyes", "eye injections",
                    // Round 9: the eye named, without the word "sight": "one eye is no good since the stroke".
                    "eye is no good", "eyes are no good", "eye went", "eye has gone", "eyes have gone", "eye is gone",
                    "blind in one", "blind in my", "lost the sight", "lost my sight", "only one good eye",
                    "one good eye", "cataract", "cateracts", "catarax"),
                    List.of(
                    // Round 12: sight fine with glasses, or the trouble said to be elsewhere ('eyes are grand, its the knees').
                    "fine with my specs", "fine with my glasses", "fine with glasses", "fine with specs", "fine with my glasses on", "fine with my specs on", "eyes are grand", "eyes are fine", "eyes are good", "eyes are ok", "eyes are okay", "eyesight is fine", "sight is fine", "its the knees", "its my knees", "its the hips", "its my hips", "its my legs", "its my hearing", "its my ears", "its the legs",
                    "eyes are fine", "eyesight is fine", "eyesight is good", "perfect eyesight", "see fine",
                            "eyes are good", "eyes are ok", "eyes are okay", "eyesight is ok",
                            "see perfectly", "see well", "see alright", "glasses for reading", "reading glasses",
                            // Round 11: "only need readers", "just reading specs": glasses for reading only.
                            "readers", "reading specs", "specs for reading", "glasses to read", "specs to read",
                            "just need glasses", "only need glasses", "glasses sort it", "fine with my glasses",
                            "fine with glasses", "ok with my glasses", "okay with my glasses", "see fine with",
                            "twenty twenty", "20 20",
                            // Round 9: "eyesight's perfect" (the "'s" read as "is").
                            "eyesight is perfect", "eyes are perfect", "sight is perfect", "sight is fine"),
                    // A condition put right: "had cataracts but they've been done and I'm fine now".
                    concat(DENIES_EFFECT, List.of("been done", "been sorted", "fine now", "see well now",
                            "fixed it", "sorted now", "sorted it", "been fixed", "operation fixed", "op fixed",
                            "cataracts out", "cataract out", "had them done", "had it done", "eyes done",
                            "both done", "can see perfectly", "see fine now", "good as new",
                            // Round 9: "had my cataracts done and now I see fine".
                            "now i see fine", "now i can see fine", "now i see well")))),
            Map.entry("hearing_loss", new Cues(List.of(
                    "deaf", "hard of hearing", "cant hear", "hearing is bad", "hearing is going", "poor hearing",
                    "bad hearing", "struggle to hear", "tinnitus", "cant follow", "struggle even with",
                    "even with my hearing",
                    "even with the hearing", "even with my aids", "hearing aids dont help", "telly on loud",
                    "telly on very loud", "tv on loud", "telly up loud", "turn the telly up", "turn the tv up",
                    "have the telly loud",
                    // Round 11: the set loud, however said ("the telly has to be up loud", "radio turned right up").
                    "up loud", "up really loud", "up very loud", "up so loud", "turned right up", "turned up loud",
                    "right up loud", "on full blast", "up full blast", "say things twice", "repeat themselves", "repeat things", "mishear",
                    "lip read",
                    // Round 20 (a24): an implant for hearing is given only for severe to profound hearing loss.
                    "cochlear implant", "cochlear implants", "cochlear", "hearing implant", "bone anchored",
                    "lipread", "mutter", "mumble", "pardon all the time", "hearing is terrible", "hearing is awful",
                    "its bad", "going deaf", "deaf as a post", "hard of hearing",
                    "not what it was", "not what it used to be", "not as good as it was", "cant hear the phone",
                    "cant hear the door", "cant hear people", "hearing aid doesnt",
                    "hearing aids dont", "hearing is getting worse", "struggle", "still struggle", "in company",
                    "in a crowd", "noisy places", "in groups",
                    // Round 15: the ears named, said to be poor ("my ears aren't good", "ears are not what they were").
                    "ears arent good", "ears are not good", "ears arent great", "ears are not great", "ears are bad",
                    "ears are going", "ears are shot", "ears arent what they were", "ears are not what they were",
                    "ears arent what they used to be", "ears are not what they used to be",
                    // ... or fine only some days ("fine some days and bad others"): both said, asked again.
                    "bad others", "bad on others", "bad other days", "worse others", "poor others"),
                    List.of("hearing is fine", "hearing is good", "hear fine", "hear perfectly", "hearing is perfect",
                            "hearing is ok",
                            "hear well", "hear alright", "hear a pin drop", "hear you fine", "hear you perfectly",
                            "hear you well", "ears like a bat", "hear fine with",
                            "fine with my hearing aid", "fine with my hearing aids", "hearing aid works",
                            // Round 7: "fine with my aid in".
                            "fine with my aid", "fine with my aids", "fine with the aid", "fine with the aids",
                            "ok with my aid", "ok with my aids", "aid in im fine", "aids in im fine", "once my aid is in",
                            "hearing aids work",
                            // Round 15: the ears named, said to be fine ("ears are fine", "nothing wrong with my ears"),
                            // or the trouble said to be elsewhere ("it's my eyes that are bad").
                            "ears are fine", "ears are ok", "ears are okay", "ears are grand", "ears are alright",
                            "ears are all right", "ears are good", "ears are perfect", "ears work fine", "ears work ok",
                            "ears work", "nothing wrong with my ears", "nothing wrong with my hearing", "ears are spot on",
                            "hearing is spot on", "its my eyes", "its the eyes", "its my eyesight"),
                    DENIES_EFFECT)),
            Map.entry("memory_problems", new Cues(List.of(
                    // Round 12: muddled over tablets or the day.
                    "muddled", "get muddled", "get confused", "i get confused", "mix up my tablets", "mixed up",
                    
                    "dementia", "alzheimers", "forgetful", "memory is bad", "memory is going", "memory is terrible",
                    "memory isnt", "forget things", "i forget", "keep forgetting", "bad memory", "poor memory",
                    "get lost", "got lost", "getting lost", "lose my way", "memory is shot", "memory is awful",
                    "memory is shocking", "memory is getting worse", "memory clinic", "memory tests", "memory problems",
                    "mild cognitive", "losing my marbles", "losing my mind", "lose track", "forget to eat",
                    "forget my tablets", "forget to take", "leave the gas on", "left the gas on", "left the cooker on",
                    "dont remember things", "forgetting things", "keep losing", "losing things", "forgetting",
                    "forget appointments", "miss appointments", "forgot my", "not what it was", "not what it used to be",
                    "not as good as it was", "not as good as it used to be", "muddled",
                    "getting confused",
                    // Round 11: a diagnosis said by its stage: "early stages", "early signs they said".
                    "early stages", "early stage", "early signs", "early onset", "in the early stages",
                    // Round 15: what is forgotten, said ("I can't remember what I went upstairs for").
                    "cant remember what", "cant remember where", "cant remember why", "cant remember things",
                    "cant remember names", "cant remember anything", "cannot remember what", "cannot remember where",
                    "cannot remember things", "what i went upstairs for", "what i came in for", "why i came in",
                    // Round 21 (a25): the loss named, and what someone else sees (a worker's note, "daughter reports
                    // short-term memory loss, repeated herself"): said of the person being screened.
                    "memory loss", "loss of memory", "short term memory", "losing her memory", "losing his memory",
                    "losing my memory", "repeats herself", "repeats himself", "repeated herself", "repeated himself",
                    "repeating herself", "repeating himself", "repeat myself", "repeating myself", "forgets things",
                    "forgets to", "keeps forgetting", "gets confused", "gets muddled", "gets lost"),
                    List.of("memory is fine", "memory is good", "sharp as a tack", "all there", "memory is sharp",
                            // Round 9: "just the odd senior moment": ordinary forgetting.
                            "odd senior moment", "the odd senior moment", "just senior moments", "only senior moments",
                            "mind like a steel trap", "memory is ok", "memory is okay", "just my age",
                            "normal for my age",
                            "no more than anyone", "like everyone", "mind is ok", "mind is okay", "mind is alright",
                            "mind is all right", "mind is fine", "mind is sharp", "mind is still sharp", "still sharp",
                            "heads alright", "heads ok", "heads fine", "head is alright", "memory is alright",
                            "mind is good", "still got all my marbles", "got all my marbles"),
                    concat(DENIES_EFFECT, List.of("just age", "just my age", "old age", "normal for my age",
                            "normal at my age", "everyone does", "we all do", "nothing to worry about",
                            "nothing serious", "the usual forgetting", "usual forgetting", "forgetting names",
                            "forget names", "the odd name", "like everyone", "like everybody",
                            // Round 11: the lapse everyone has, said as a question back ("but who doesnt").
                            "who doesnt", "doesnt everyone", "doesnt everybody", "dont we all", "everybody does",
                            "we all do that", "thats normal", "thats normal isnt it", "normal isnt it",
                            "happens to everyone", "happens to everybody", "happens to us all")))),
            Map.entry("low_mood", new Cues(List.of(
                    // Round 12: worry said as how one is ('I worry a lot at night').
                    "worry a lot", "i worry", "worrying a lot", "worry all the time", "worry at night",
                    
                    "depressed", "depression", "down", "low", "anxious", "anxiety", "fed up", "miserable", "sad",
                    "nervous", "worried sick", "on tablets for my nerves", "crying", "cry a lot", "i cry",
                    "cry most days",
                    "cry every day", "tearful", "weepy", "in tears", "panicky", "panic", "panic attacks", "on edge",
                    "most days", "nerves are bad", "nerves have been bad", "nerves are shot", "bad with my nerves", "my nerves",
                    "nervy",
                    "worry all the time", "worrying all the time", "cant stop worrying", "cant sleep for worrying",
                    "no motivation", "cant be bothered", "cant see the point", "whats the point", "no point",
                    "black cloud", "dark place", "in a dark place", "not myself", "not been myself", "struggling",
                    "low mood", "blue", "gloomy", "hopeless", "wretched", "lost interest", "stressed", "overwhelmed",
                    "on antidepressants", "antidepressants", "sertraline", "citalopram", "mirtazapine",
                    "tablets for my nerves",
                    "dont want to get up", "dont want to go out", "dont want to see anyone", "feeling low",
                    "really low",
                    "very low", "so low"),
                    List.of(
                    // Round 12: 'no more than anyone else': no.
                    "no more than anyone else", "no more than most", "no more than anybody else", "no more than the next person",
                    "happy", "cheerful", "content", "in good spirits", "quite happy", "not often", "not very often",
                            "rarely", "mood is fine", "mood is good", "mood is ok", "pretty good in myself",
                            "fine in myself",
                            "ok in myself", "okay in myself", "good in myself", "no more than anyone", "like anyone",
                            "like everyone", "like most people"))),
            Map.entry("stopped_driving", new Cues(List.of(
                    // Driving less is not stopping: "I only drive locally now" is read by the no cues below.
                    "gave up driving", "given up driving", "gave up the car", "sold the car", "sold my car",
                    "lost my licence", "gave up my licence", "dont drive any more", "dont drive anymore",
                    "not allowed to drive", "stopped", "had to stop", "made me stop", "stop driving", "told me to stop",
                    "gave it up", "given it up", "had to give up", "give it up", "made me give up", "give up driving", "licence back", "handed my licence",
                    "handed in my licence",
                    "handed back my licence", "surrendered my licence", "gave my licence", "took my licence",
                    "licence taken", "licence was taken", "licence revoked", "lost my license", "license back",
                    "handed my license", "no longer drive", "packed up driving", "sold the car", "got rid of the car",
                    "got rid of my car", "doctor stopped me", "dvla",
                    // Round 10: the keys or the licence taken by someone else: "my son took the keys off me".
                    "took the keys", "took my keys", "took the car keys", "took my car keys", "keys off me",
                    "hid the keys", "hid my keys", "hid the car keys", "hid my car keys", "licence off me",
                    "licence away", "took the car", "took my car",
                    // Round 15: the keys or the licence handed over ("had to hand my keys in", "gave my keys up").
                    "hand my keys in", "handed my keys in", "hand in my keys", "handed in my keys", "gave my keys up",
                    "gave up my keys", "give up my keys", "gave my keys", "handed my keys", "handed over my keys",
                    "handed the keys", "give my licence up", "gave my licence up", "licence up", "handed my licence in",
                    "hand my licence in", "sent my licence back", "sent my licence off"),
                    List.of(
                    // Round 12: never drove, so never stopped ('never learnt, my husband always drove').
                    "never learnt", "never learned", "never drove", "never driven", "never had a licence", "never had a license", "never learnt to drive", "never learned to drive", "always drove", "did all the driving", "did the driving", "never passed my test",
                    "still drive", "still driving", "never drove", "never driven", "never had a car",
                            "never learned to drive", "never learnt to drive", "never had a licence",
                            "never had a license",
                            "dont drive", "didnt drive", "never been a driver", "drive locally", "short distances",
                            "only drive", "just drive", "still got my licence",
                            "still have my licence", "drive every day", "drive myself",
                            // Not yet: "I might have to soon".
                            "might have to", "may have to", "will have to soon", "not yet", "one day",
                            // Round 15: keys still one's own ("I still have my keys and drive to the shops").
                            "still have my keys", "still got my keys", "still have my car", "still got my car"))),
            Map.entry("can_get_out", new Cues(List.of(
                    "get the bus", "bus pass", "i drive", "still drive", "walk there", "get a lift", "my son takes me",
                    "my daughter takes me", "taxi", "no problem", "no problems", "not a problem", "i can get",
                    "can get to", "get to the shops", "scooter", "i get out", "get about fine", "get about ok",
                    "get around fine", "get around ok", "i walk", "walk to the shops", "on the bus", "catch the bus",
                    "dial a ride", "ring and ride", "community transport", "gets me about", "takes me", "drives me",
                    "give me a lift", "gives me a lift", "i can manage", "manage fine", "most places",
                    "anywhere i want",
                    // With an aid or a ride of one's own: "I get taxis everywhere", "mostly, with my stick".
                    "taxis", "everywhere", "with my stick", "with a stick", "with my frame", "with my walker",
                    "with my rollator", "with my walking stick", "with my sticks", "on my scooter"),
                    List.of(
                    // Round 12: stairs at home that cannot be managed keep one in.
                    "cant get down the stairs", "cant manage the stairs", "cannot manage the stairs", "cant do the stairs", "cant get down the stairs from", "stairs down from the flat", "cant get down", "cannot get down", "cant manage the stairs down",
                    "housebound", "stuck in", "stuck at home", "cant get out", "never get out", "trapped",
                            "cant get further than", "no further than", "cant get past", "cant get beyond",
                            "prisoner", "cant walk far", "no way of getting", "no transport", "cant get anywhere",
                            "cannot get anywhere", "cant get about", "cant get around", "without help",
                            "need help to get",
                            "stuck indoors", "never go out", "dont go out", "not since", "nobody to take me",
                            "no one to take me", "no buses", "no bus", "bus doesnt", "bus stopped",
                            "cant manage the bus",
                            "cant get on the bus", "rarely get out", "hardly get out", "hardly go out",
                            "cant go far", "cant get to",
                            "cannot get to",
                            // Staying in said as what happens, or as what stops it.
                            "havent left the house", "not left the house", "dont leave the house",
                            "never leave the house", "rarely leave the house", "wont let me", "so i dont go",
                            "so i stay in", "so i stay home", "cost a fortune so",
                            // Only so far, or never alone: "only as far as the end of the road".
                            "not without help", "not without someone", "not on my own", "cant on my own",
                            "cant without", "cannot without", "only as far as", "no further", "cant manage the shops",
                            "cant get into town", "cant get to town", "cant get to the shops",
                            // Round 15: not out for a long while ("I havn't been out in weeks", "not been out since Christmas").
                            "havent been out in", "havent been out for", "havent been out since", "havent been out of",
                            "not been out in", "not been out for", "not been out since", "not been out of",
                            "havnt been out", "havent left the flat", "not left the flat", "havent left the house in",
                            "havent gone out in", "not gone out in", "not been further than", "havent been further than",
                            "not been past", "havent been past", "not been beyond", "havent been beyond"),
                    // Out only when taken: not getting out as one wants.
                    List.of("only if someone", "only when someone", "only if somebody", "only when somebody",
                            "only if my", "only when my", "only with someone", "only if i get a lift",
                            "only when i get a lift"))),
            Map.entry("is_carer", new Cues(List.of(
                    // Round 12: a grandchild one has raised, a brother or sister with an illness ('brother with MS').
                    "had him since", "had her since", "had them since", "brought her up", "brought him up", "brought them up", "bringing him up", "bringing her up", "raising my", "raised my", "brother with", "sister with", "with ms", "with dementia", "with parkinsons", "with alzheimers", "with cancer", "with a stroke",
                    
                    "i look after", "i care for", "full time for my", "24 7 for my", "round the clock for my",
                    "day and night for my", "im a carer", "i am a carer", "his carer", "her carer",
                    "i care for him",
                    "i care for her", "full time carer", "do everything for", "i do everything for",
                    "couldnt manage without me", "couldnt cope without me", "cant manage without me",
                    "relies on me", "depends on me", "depend on me", "rely on me", "look after my", "care for my",
                    "looking after my", "caring for my", "i nurse", "unpaid carer", "carers allowance",
                    "his main carer", "her main carer", "wifes carer", "husbands carer", "mums carer", "dads carer",
                    "mothers carer", "fathers carer", "sons carer", "daughters carer", "partners carer",
                    "sisters carer",
                    "brothers carer", "main carer", "carer for", "without me", "cant do anything without me",
                    "cant manage without me",
                    "cant cope without me", "needs me", "need me", "lost without me", "wash and dress him",
                    "wash and dress her", "do his tablets",
                    "do her tablets",
                    // Round 15: "nobody else does, so I look after my husband": the "nobody" is not a no.
                    "nobody else does", "no one else does", "nobody else will", "no one else will", "nobody else to",
                    "no one else to"),
                    List.of(
                    // Round 12: a pet is not caring for someone ('just the cat lol').
                    "just the cat", "only the cat", "the cat", "just the dog", "only the dog", "the dog", "just my cat", "just my dog", "only my cat", "only my dog", "the pets", "just the pets", "only pets",
                    "could manage", "can manage", "manages fine", "manages on her own", "manages on his own",
                            // Round 9: "I help my neighbour with shopping but she'd manage".
                            "shed manage", "hed manage", "she would manage", "he would manage", "theyd manage",
                            // Caring that ended: "I used to, until she died".
                            "until she died", "until he died", "until she passed", "until he passed",
                            "until they died", "until they passed", "i did until", "i used to until",
                            "shes fine", "hes fine", "independent", "just help", "only help", "help out",
                            "pop in on", "keep an eye on", "nobody depends on me", "no one depends on me",
                            "nobody relies on me", "no one relies on me", "just me to look after", "only myself",
                            "have a carer", "looks after me", "look after me", "cares for me", "care for me",
                            "got a carer", "carer comes", "carers come", "my carer", "i have carers"))),
            Map.entry("language_barrier", new Cues(List.of(
                    "english is not my first language", "english isnt my first language",
                    "english is my second language",
                    "little english", "dont speak english", "speak a little english", "need an interpreter",
                    "english is poor", "english is not good", "english is not very good", "english is bad",
                    "english is basic", "english is broken", "english is limited", "english is not so",
                    "english is not very",
                    "english is not great", "english isnt so", "english not good", "english not very good",
                    "broken english", "english isnt good",
                    "english isnt very good", "english isnt great", "struggle with english",
                    "struggle with the english",
                    "translate", "translates", "translating", "translator", "interpreter", "interprets", "interpreting",
                    "language line", "only speak", "my own language", "cant understand them", "dont understand them",
                    "they dont understand me", "cant make myself understood", "hard to understand me",
                    "speak slowly", "accent"),
                    List.of("english is my first language", "im english", "i am english", "speak english fine",
                            "born here", "native speaker", "english is fine", "english is good", "english is ok",
                            "english is okay", "english is perfect", "english is fluent", "english is very good",
                            "fluent", "speak english well", "speak good english", "speak english all my life",
                            "only speak english", "english born", "english is my language",
                            "english is my only language",
                            // Round 17: "English is the only language I've got love"
                            "english is the only language ive got", "english is the only language i have",
                            "english is the only language i speak", "english is the only one i speak",
                            "english is my mother tongue", "english speaking", "born and bred",
                            "english through and through"),
                    List.of("english is fine", "english is good", "english is ok", "english is okay", "english is perfect",
                            "english is fluent", "english is very good", "fluent in english", "speak english well",
                            "have no problems", "have no problem", "no problems at all", "get by fine", "manage fine",
                            "manage alright", "manage all right", "manage ok", "manage okay", "no trouble",
                            "no difficulty",
                            "doesnt stop me", "doesnt affect me", "never been a problem", "not a problem"))),
            Map.entry("group_member", new Cues(List.of(
                    "i go to church", "go to church", "church", "chapel", "mosque", "temple", "synagogue", "gurdwara",
                    "wi", "womens institute", "u3a", "bowls", "choir", "bingo", "club", "member of", "mens shed",
                    "lunch club", "coffee morning", "darts", "golf", "group", "society", "a class", "classes", "social",
                    "legion", "british legion", "rbl", "guild", "rotary", "lions", "masons", "freemasons", "lodge",
                    "scouts", "guides", "brownies", "allotment", "knitting", "bridge", "quiz", "walking group",
                    "parish", "congregation", "band", "orchestra", "salvation army", "community centre", "day centre",
                    "member", "i belong", "belong to", "dance", "dancing", "tea dance", "line dancing", "book club",
                    "painting", "art class", "u3a",
                    "probus", "bowling", "snooker", "pigeons", "mens club", "working mens", "residents association",
                    "neighbourhood watch", "volunteer", "volunteering", "tai chi", "yoga", "pilates", "aqua",
                    "keep fit",
                    "exercise class", "friendship group", "luncheon club", "veterans", "bible study", "prayer group",
                    "kingdom hall", "meeting house", "quakers"),
                    List.of(
                    // Round 12: a group tried once and left ('tried the bridge club once, never again').
                    "never again", "not for me", "tried it once", "tried once", "went once", "once never again",
                    "used to go", "not any more", "not anymore", "no longer", "not one for", "not a joiner",
                            "not a group person", "not a club person", "keep myself to myself", "not my thing",
                            "not for me", "not into", "never been one for", "gave up", "stopped going",
                            // Round 15: a past belonging ended ("gave it up when my wife died", "not been for years").
                            "gave it up", "given it up", "packed it in", "not been for years", "not been in years",
                            "havent been for years", "havent been in years", "not gone for years", "not gone in years"),
                    // Round 9: "on the waiting list for the choir": not yet a member.
                    List.of("waiting list", "on the list for", "hoping to join", "thinking of joining",
                            "going to join", "want to join", "would like to join", "id like to join"))),
            Map.entry("feel_safe_at_home", new Cues(List.of("safe as houses", "perfectly safe", "quite safe", "no problem", "no problems",
                    "not a problem", "no bother", "no trouble", "i feel safe", "feel safe", "safe enough", "very safe",
                    "safe at home", "good neighbours", "lovely neighbours", "never had any trouble", "quiet street",
                    // Round 8: nothing has happened, said as the reason for feeling safe.
                    "nothing ever happened", "nothing ever happens", "nothing has ever happened",
                    "nothing happens round here",
                    "quiet road", "nice area"),
                    List.of(
                    // Round 12: someone's temper or drinking ('not with my son's temper').
                    "temper", "his temper", "her temper", "nasty when he drinks", "nasty when she drinks", "gets nasty", "can get nasty", "when he drinks", "when she drinks", "when hes had a drink", "when hes been drinking", "violent", "gets violent", "handy with his fists", "frightened of him", "scared of him", "frightened of her", "scared of her",
                    "frightened", "scared", "afraid of", "unsafe", "threatened", "he hits", "she hits", "not since",
                            "break in", "broken into", "burgled", "burglary", "dont feel safe", "do not feel safe",
                            "not safe", "never feel safe", "takes my money", "took my money", "takes money",
                            "steals", "stole", "stealing", "shouts at me", "shouting at me", "screams at me",
                            // Round 10: the home attacked from outside: "kids throw stones at my window".
                            "throw stones", "throwing stones", "threw stones", "stones at my", "throw eggs",
                            "throwing eggs", "eggs at my", "bricks at my", "brick through", "kicking my door",
                            "kick my door", "banging on my door", "trying my door", "trying the door",
                            "smashed my window", "smash my window", "put my windows in", "set fire to",
                            "hits me", "hit me", "pushes me", "pushed me", "hurts me", "hurt me", "bullies me",
                            "bully", "threatens me", "threatening", "intimidated", "intimidating", "abuse", "abusive",
                            "controls me", "controlling", "wont let me", "locks me", "on edge",
                            "nervous in my own home",
                            "yobs", "gangs", "youths", "kids throwing", "anti social", "antisocial", "harassed",
                            "harassing", "scam", "scammed", "conned", "cold callers", "prowler",
                            "someone tried to get in", "tried to break in", "lock myself in", "double lock",
                            "terrified",
                            "petrified", "frightens me", "scares me"),
                    // Safe only some of the time is not safe: "most of the time, apart from when he's been drinking".
                    List.of("been drinking", "when hes drinking", "when shes drinking", "when hes had a drink",
                            "hes drunk", "shes drunk", "temper", "kicks off", "violent", "aggressive", "had a drink", "had a few", "when hes drunk", "when shes drunk"))),
            // Safety first: a wish to die or to hurt oneself, said in any everyday way, is a yes.
            Map.entry("thoughts_of_harm", new Cues(List.of(
                    // Round 12: the point of going on, which names life ('wondered what the point of going on is'); 'what the point is' alone stays asked again.
                    "point of going on", "point of carrying on", "point to going on", "point in me going on", "point of me being here", "point in me being here",
                    
                    "ending it", "end it", "end it all", "ending my life", "end my life", "kill myself",
                    // Round 17: a worker's note in the third person ("client disclosed thoughts of ending life, no plan").
                    // Not "ending her life": another person's ("my son talks about ending his life") is no answer.
                    "ending life", "end life", "thoughts of ending", "thoughts of suicide", "suicidal thoughts",
                    "suicidal ideation",
                    "killing myself",
                    "hurting myself", "hurt myself", "harming myself", "harm myself", "all my tablets",
                    "take my tablets",
                    "taking my tablets", "taking all my", "overdose",
                    // Round 18 (a22): an overdose said plainly ("I took too many tablets in the summer"); one taken by
                    // mistake is asked again (AskAgainKinds).
                    "took too many tablets", "took too many pills", "taken too many tablets", "taken too many pills",
                    "took too many of my tablets", "took too many painkillers", "swallowed all my",
                    "dont want to be here", "do not want to be here",
                    "better off dead", "better off without me", "not be here", "want to die", "wish i was dead",
                    "wish i were dead", "wish i wasnt here",
                    // Not waking, not going on, joining someone who has died.
                    "wouldnt wake up", "not wake up", "not to wake up", "never wake up", "didnt wake up",
                    "dont wake up",
                    "go to sleep and not", "fall asleep and not", "wish it was over", "wish it were over",
                    "wish it would all end", "want it to end", "want it all to end", "want it over", "cant go on",
                    "cannot go on", "dont want to go on", "no point going on", "no point in going on",
                    "no point living", "no point in living", "rather be dead", "id be better off", "be better off gone",
                    "join him", "join her", "be with him again", "be with her again", "take my own life",
                    "taking my own life", "suicide", "suicidal", "top myself", "do myself in", "slit", "jump off",
                    "step in front", "walk into the sea", "stockpiling", "saving up my tablets", "saved up my tablets",
                    "wont wake", "wouldnt wake", "not wake", "never wake", "didnt wake", "dont wake",
                    "with my husband again", "with my wife again", "with him again", "with her again",
                    "with them again",
                    "with mum again", "with dad again", "join my husband", "join my wife", "join them",
                    "ending things", "end things", "ending everything", "end everything", "thinking about ending",
                    "thought about ending",
                    // Round 11: "what's the point of anything", "I can't see the point": despair with no harm
                    // or life named is asked again, never a recorded yes (the safeguarding check still reads it).
                    "point in living", "dont see the point in living", "dont see the point of living",
                    "cant see the point in living", "cant see the point of living", "see no point in living",
                    "dont see the point in going on", "cant see the point in going on", "dont see the point in life",
                    "cant see the point in life", "dont see the point of life", "cant see the point of life",
                    "point of living", "point in going on", "point in carrying on", "no point any more",
                    "cut myself", "cutting myself", "burn myself", "punish myself", "not worth living",
                    "life isnt worth", "life is not worth", "tired of living", "tired of life", "had enough of life",
                    "had enough of living", "ready to go", "want to go to sleep forever", "disappear",
                    // The thought had, said plainly: "I've thought about it".
                    "thought about it", "thought of it", "crossed my mind", "thought about doing it",
                    // Round 7: thinking of it said beside not acting on it ("I'd never do anything but I do think about it").
                    "think about it", "think about ending", "think about dying", "thoughts are there", "the thoughts",
                    "think of ending", "think of it", "not mind if i didnt", "wouldnt mind if i didnt",
                    "wouldnt mind if i dont", "not mind if i dont", "wouldnt care if i didnt", "not bothered if i didnt",
                    "wouldnt mind not waking", "not mind not waking"),
                    List.of("never", "no never", "god no", "heavens no", "good heavens no", "no fear", "not at all",
                            "never crossed my mind", "wouldnt dream", "glad to be here", "glad to be alive",
                            "happy to be here", "glad to wake up", "love life", "love my life", "enjoy life",
                            "too much to live for", "got too much to live for", "plenty to live for",
                            "never thought about", "not lately", "not recently", "not these days",
                            "havent thought about it", "not thought about it", "never thought of it"))),
            Map.entry("lives_with_partner", new Cues(List.of(
                    "we live together", "under the same roof", "my husband and i", "my partner and i",
                    "the husband and i", "the missus and i", "my other half and i", "me and my partner",
                    "share with my husband", "share with my wife", "share with my partner", "we share",
                    "the wife and i",
                    "my wife and i", "me and my husband", "me and my wife", "me and the wife", "me and the missus",
                    "the wife and me", "the missus and me", "with my husband", "with my wife", "with my partner",
                    "with the wife", "with the missus", "with my other half", "with my girlfriend", "with my boyfriend",
                    "with my fella", "with hubby", "with my hubby", "married", "still married", "cohabit", "cohabiting",
                    "lived together", "living together", "been together",
                    "moved in together",
                    // Round 8: the partner said to live with the person.
                    "partner lives with me", "husband lives with me", "wife lives with me", "boyfriend lives with me", "girlfriend lives with me", "fella lives with me", "other half lives with me", "hubby lives with me", "missus lives with me",
                    // A couple who never married: "my partner, we never married".
                    COUPLE_UNMARRIED.get(0), COUPLE_UNMARRIED.get(1), COUPLE_UNMARRIED.get(2),
                    COUPLE_UNMARRIED.get(3), COUPLE_UNMARRIED.get(4), COUPLE_UNMARRIED.get(5)),
                    List.of("on my own", "live alone", "by myself", "just me", "only me", "single", "no partner",
                            "widowed", "widow", "widower", "divorced", "separated", "died", "passed",
                            "in a home", "care home", "nursing home", "in hospital", "live apart", "living apart",
                            "lives apart", "separate houses", "lives separately", "live separately", "own place",
                            "his own place", "her own place", "live with my son", "live with my daughter",
                            "live with my sister", "live with my mum",
                            // Round 7: sharing with someone who is not a partner.
                            "with my sister", "with my brother", "with a lodger", "with my lodger", "with a friend",
                            "with my friend",
                            "live with my brother", "lives with his", "lives with her", "only my son", "just my son",
                            "only my daughter", "just my daughter", "not a partner",
                            // Round 8: a partner who lives nearby, in a home of their own.
                            "lives round the corner", "lives around the corner", "lives nearby", "lives near me",
                            "lives near by", "lives close by", "lives in the next", "lives down the road",
                            "lives up the road", "lives across the road", "lives over the road", "lives a few doors",
                            "lives next door", "lives in his own", "lives in her own", "his own house",
                            "her own house", "his own flat", "her own flat", "his own home", "her own home",
                            "dont live together", "do not live together", "not living together",
                            "we each keep our own"),
                    // Together but not under one roof: "we don't live together but we've been courting 10 years".
                    List.of("separate houses", "courting", "dont live together", "not living together",
                            "live apart", "living apart", "own place"))),
            Map.entry("confidant", new Cues(List.of(
                    // Round 12: a named person or a praised neighbour ('my best mate Tony', 'my neighbour's a diamond').
                    "my best mate", "best mate", "a diamond", "shes a diamond", "hes a diamond", "a gem", "shes a gem", "hes a gem", "a treasure", "my rock", "my best pal", "best pal",
                    
                    "my daughter", "my son", "my friend", "my friends", "my best friend", "a friend", "a good friend",
                    // Round 9: "my vicar": someone from one's faith.
                    "my vicar", "the vicar", "my priest", "the priest", "my minister", "the imam", "my imam", "my rabbi",
                    "my pastor", "the chaplain",
                    "my neighbour", "neighbour", "my sister", "my brother", "my husband", "my wife", "my partner",
                    "the wife", "the missus", "my other half", "my niece", "my nephew", "my grandson",
                    "my granddaughter", "the vicar", "the priest", "my priest", "the imam", "my church",
                    "church friends",
                    "i can ring", "i can call", "i can phone", "i can talk to", "i can always talk", "someone i can",
                    "always there for me", "there for me", "count on", "rely on", "lean on", "turn to", "confide in",
                    "my kids", "my children", "the kids", "family", "my family", "my carer", "my support worker",
                    "a couple of people", "a few people", "one or two", "a couple of friends", "good friends",
                    "very good to me", "good to me"),
                    List.of("nobody", "no one", "noone", "not really anyone", "not anyone",
                            "cant think of anyone", "cant think of anybody", "cant think of a soul",
                            "cant think of any one", "springs to mind", "comes to mind",
                            "on my own", "all alone", "no friends",
                            "no family", "not a soul", "nobody to talk to", "no one to talk to", "nobody i can",
                            "no one i can", "wouldnt want to burden", "dont like to bother", "dont want to bother",
                            "dont want to burden", "they are too busy", "theyre too busy", "too far away",
                            "lost touch", "too busy",
                            "too far",
                            "died", "passed"),
                    List.of("nobody", "no one", "noone", "not a soul", "nobody to talk to", "no one to talk to",
                            "not really anyone", "not anyone",
                            // Only a pet, or someone who was: no person to confide in now.
                            "only the dog", "just the dog", "only the cat", "just the cat", "only my dog",
                            "just my dog", "only my cat", "just my cat", "only the budgie", "just the budgie",
                            "used to be my", "used to be the"))));

    /**
     * Questions about a difficulty, where "no problem" or "not a problem" is a no. Elsewhere it
     * means what the question's own cues say ("can you get out?": yes), or nothing.
     */
    /**
     * "We're okay thank you", "as good as ever", "no problems with it": a no to any question about
     * a difficulty, alongside the neutral "no problem".
     */
    private static final List<String> NO_DIFFICULTY = concat(YesNoPhrases.NEUTRAL, List.of("im ok", "im okay",
            "im fine", "were ok", "were okay", "were fine", "all good", "doing fine", "ok thanks", "okay thanks",
            "ok thank you", "okay thank you", "fine thanks", "fine thank you", "as good as ever", "good as ever",
            "as sharp as ever", "sharp as ever", "not bad", "not too bad", "not bad at all", "no problems with", "no problem with", "nothing wrong with",
            "never had any problems", "never had a problem", "no complaints", "cant complain", "mustnt grumble"));

    private static final Set<String> ABOUT_A_DIFFICULTY = Set.of("cold_home", "money_worries",
            "money_stops_going_out", "long_term_condition", "sight_loss", "hearing_loss", "memory_problems",
            "low_mood", "language_barrier");

    private YesNoStatements() {
    }

    /**
     * Whether the sentence carries both a yes and a no for the question that nothing settles
     * ("I've got my son but he's always too busy"): the chat asks again rather than let a said
     * word pick a side.
     */
    static boolean saysBoth(String questionId, Words words, LocalDate today) {
        return read(questionId, words, today, true).isPresent();
    }

    /** The yes or no the sentence carries for the question, or empty when it carries neither or both. */
    static Optional<Boolean> read(String questionId, Words words, LocalDate today) {
        return read(questionId, words, today, false);
    }

    /** With {@code bothOnly}, a value (any) only when the sentence says both and nothing settles it. */
    private static Optional<Boolean> read(String questionId, Words words, LocalDate today, boolean bothOnly) {
        Cues cues = BY_QUESTION.get(questionId);
        if (cues == null) {
            return Optional.empty();
        }
        if ("lives_with_partner".equals(questionId) && !words.hasAny(COUPLE_UNMARRIED)) {
            // "Never married, I live with my sister": the "never" is not a no to the sister.
            Words rest = without(words, UNMARRIED);
            if (rest.tokens().stream().allMatch(","::equals)) {
                // "Never married" and nothing else: no partner to live with.
                return bothOnly ? Optional.empty() : Optional.of(Boolean.FALSE);
            }
            words = rest;
        }
        if ("lives_with_partner".equals(questionId) && PEOPLE_LISTED.matcher(words.joined()).matches()
                && words.joined().matches(".*\\b(and|,)\\b.*")) {
            // Round 15: the people at home listed ("my husband and his dad", "my son and his wife"): a partner
            // of one's own is named unless the partner word says whose it is ("his wife", "her husband").
            boolean own = PARTNER_OWN.matcher(words.joined()).find();
            return bothOnly ? Optional.empty() : Optional.of(own);
        }
        if ("is_carer".equals(questionId) && NOBODY_AT_ALL.matcher(words.joined()).matches()) {
            // Round 15: "nobody", "no-one, just me", "nobody but myself": no one cared for.
            return bothOnly ? Optional.empty() : Optional.of(Boolean.FALSE);
        }
        if ("recent_loss".equals(questionId)) {
            // Round 8: "lost my keys this morning": a thing lost, not someone.
            words = without(words, LOST_THINGS);
        }
        boolean ownOnly = SPEAKERS_OWN.contains(questionId);
        boolean firmNo = firmlyNo(questionId, words);
        Words forYes = without(words, cues.firmNo());
        boolean yes = saysPlainly(forYes, cues.yes(), ownOnly)
                || "recent_loss".equals(questionId) && PersonAndTime.whoAndWhen(words)
                || "recent_loss".equals(questionId) && looseLoss(words)
                || "lives_with_partner".equals(questionId) && PersonAndTime.partnerAndYears(words);
        boolean no = firmNo || saysPlainly(without(forYes, cues.yes()), cues.no(), false)
                || (ABOUT_A_DIFFICULTY.contains(questionId) && saysPlainly(without(forYes, cues.yes()), NO_DIFFICULTY, false));
        if (yes && no && !firmNo) {
            // "The heating's included but it doesn't work": the clause after the last "but" says which.
            int but = words.tokens().lastIndexOf("but");
            if (but > 0 && but + 1 < words.size()) {
                Words tail = new Words(words.tokens().subList(but + 1, words.size()));
                boolean tailYes = saysPlainly(tail, cues.yes(), ownOnly);
                boolean tailNo = saysPlainly(without(tail, cues.yes()), cues.no(), false);
                // Round 7: only a yes after the "but" decides ("included but it doesn't work"); a no
                // there ("I struggle but I manage") leaves both said, and it is asked again.
                if (tailYes && !tailNo) {
                    no = false;
                }
            }
        }
        if (bothOnly) {
            return yes && no ? Optional.of(Boolean.TRUE) : Optional.empty();
        }
        if (yes == no) {
            return Optional.empty();
        }
        if (yes && "recent_loss".equals(questionId) && PersonAndTime.oneOfSeveralLately(words, today)) {
            // Round 12: "three years ago my husband, and then my sister this February": one loss is within the two years.
            return Optional.of(Boolean.TRUE);
        }
        if (yes && "recent_loss".equals(questionId) && longAgo(words, today, 2)) {
            return Optional.of(Boolean.FALSE);
        }
        if (yes && "recent_loss".equals(questionId)) {
            // "Autumn 2024", "about two years ago": when, said either side of the line.
            Optional<Boolean> within = PersonAndTime.withinTwoYears(words, today);
            if (within.isEmpty() || !within.get()) {
                return within.map(w -> Boolean.FALSE);
            }
        }
        if (yes && "recent_loss".equals(questionId) && forYears(words) > 2) {
            // "in a care home, she has been for five years": how long, not when; asked again.
            return Optional.empty();
        }
        // "In the last few years": more than five years ago is not.
        if (yes && "stopped_driving".equals(questionId) && longAgo(words, today, 5)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.of(yes);
    }

    /** Round 8: a loose count ... */
    private static final List<String> LOOSE_COUNT = List.of("loads of", "lots of", "several", "a few", "couple of",
            "quite a few", "a fair few", "a good few", "so many", "too many", "plenty of", "a number of",
            "a handful of", "one or two", "two or three", "a lot of", "many", "load of");
    /** ... of people ... */
    private static final Set<String> PEOPLE = Set.of("friends", "pals", "mates", "workmates", "neighbours", "people",
            "folk", "folks", "cousins", "relatives", "chums", "colleagues", "them", "friend", "pal");
    /** ... with a loss, or the age that brings it: "lost a few pals", "loads of friends, it's my age". */
    private static final List<String> LOSS_OR_AGE = List.of("lost", "lose", "losing", "gone", "went", "going",
            "died", "dying", "passed", "buried", "funerals", "funeral", "dropping", "its my age", "thats my age",
            "at my age", "at our age", "its our age", "comes with age", "its the age", "thats the age",
            "one after another", "one after the other");

    /** Round 8: things, not people, that are lost: "lost my keys", "lost loads of weight". */
    private static final List<String> LOST_THINGS = java.util.stream.Stream.of("keys", "key", "weight", "glasses",
                    "specs", "purse", "wallet", "phone", "job", "way", "temper", "appetite", "sleep", "hair", "money",
                    "bag", "handbag", "teeth", "voice", "memory", "confidence", "nerve", "track")
            .flatMap(thing -> java.util.stream.Stream.of("lost my " + thing, "lost the " + thing, "lost " + thing,
                    "lost loads of " + thing, "lost a lot of " + thing, "lost some " + thing, "lost a bit of " + thing))
            .toList();

    /** ... and not said of years gone by: "lost a few pals over the years but not lately". */
    private static final List<String> NOT_OF_LATE = List.of("not lately", "not recently", "not for a while",
            "not this year", "not in the last", "over the years", "years ago", "long time ago");

    /**
     * Round 8: losses said loosely ("lost a few pals this year", "loads of friends, it's my
     * age"): a loose count of people within four words, and a loss or the age that brings it, with
     * no negating word before the count. When it was is left to the time checks after it.
     */
    private static boolean looseLoss(Words words) {
        if (!words.hasAny(LOSS_OR_AGE) || words.hasAny(NOT_OF_LATE)) {
            return false;
        }
        String joined = " " + words.joined() + " ";
        for (String count : LOOSE_COUNT) {
            int at = joined.indexOf(" " + count + " ");
            if (at < 0 || negated(joined.substring(0, at))) {
                continue;
            }
            List<String> after = Words.of(joined.substring(at + count.length() + 1)).tokens();
            if (after.stream().limit(4).anyMatch(PEOPLE::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The words with every yes cue taken out, so "hard to keep warm" is not also read as "warm". */
    private static Words without(Words words, List<String> cues) {
        String joined = " " + words.joined() + " ";
        // Longest first, so "can't afford to keep it warm" goes whole and leaves no "warm" behind.
        List<String> longestFirst = cues.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        for (String cue : longestFirst) {
            int from = 0;
            int at;
            while ((at = joined.indexOf(" " + cue + " ", from)) >= 0) {
                // A negated cue stays: "I don't feel safe" is itself a no cue. "Even with ..." is a
                // concession the negation before it does not reach ("can't read even with my reading
                // glasses"), so it goes, and leaves no "reading glasses" behind as a no.
                if (negated(joined.substring(0, at)) && !cue.startsWith("even ")) {
                    from = at + 1;
                } else {
                    joined = joined.substring(0, at) + " , " + joined.substring(at + cue.length() + 2);
                }
            }
        }
        return Words.of(joined);
    }

    private static boolean negated(String before) {
        return Words.of(clauseBefore(withoutOpeningNo(before))).tokens().stream().anyMatch(NEGATING::contains);
    }

    /**
     * Whether the words settle the question firmly: a difficulty named and then said not to
     * matter ("arthritis, but it doesn't stop me"), or a firm denial ("nobody"). Such a no
     * outweighs a said "a bit" or "sometimes"; only a plain opening yes can contradict it.
     */
    static boolean firmlyNo(String questionId, Words words) {
        Cues cues = BY_QUESTION.get(questionId);
        if (cues == null) {
            return false;
        }
        if ("cold_home".equals(questionId) && HOME_STILL_COLD.matcher(words.joined()).find()) {
            // "The heating's on all day but the house is still freezing": heat that does not reach.
            return false;
        }
        if (TREATABLE.contains(questionId) && STILL_TROUBLE.matcher(words.joined()).find()) {
            // "One eye's been done, waiting for the other, still blurry": not put right yet.
            return false;
        }
        return saysPlainly(words, cues.firmNo(), false) || TREATABLE.contains(questionId) && putRight(words);
    }

    /**
     * Round 10: a condition treated and well since ("I had my cataracts done last year and they're
     * perfect now", "knee replacement, no bother since"): a treatment named and a wellness said of
     * now or since, with no negating word before it.
     */
    private static boolean putRight(Words words) {
        if (!words.hasAny(TREATED)) {
            return false;
        }
        java.util.regex.Matcher well = WELL_SINCE.matcher(words.joined());
        while (well.find()) {
            if (!negated(" " + words.joined().substring(0, well.start()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue appears with no negating word before it in the sentence; with {@code ownOnly}, and
     * not said of someone else ("it's my husband who has dementia").
     */
    private static boolean saysPlainly(Words words, List<String> cues, boolean ownOnly) {
        String joined = " " + words.joined() + " ";
        for (String cue : cues) {
            int from = 0;
            int at;
            while ((at = joined.indexOf(" " + cue + " ", from)) >= 0) {
                from = at + 1;
                Words before = Words.of(clauseBefore(withoutOpeningNo(joined.substring(0, at))));
                if (!negated(joined.substring(0, at)) && !(ownOnly && saidOfSomeoneElse(before))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "My husband has dementia", "it's my wife who's deaf": the last person named before the
     * cue is someone else, not the person answering.
     */
    private static boolean saidOfSomeoneElse(Words before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            String w = before.get(i);
            if (SPEAKER.contains(w)) {
                return false;
            }
            if (SOMEONE_ELSE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OVER = Set.of("over", "past", "than");
    private static final Set<String> DECADES = Set.of("sixties", "seventies", "eighties", "nineties", "fifties");
    private static final Map<String, Month> MONTHS = java.util.Arrays.stream(Month.values()).collect(
            java.util.stream.Collectors.toMap(mo -> mo.name().toLowerCase(java.util.Locale.UK), mo -> mo));

    /** The N of "for N years", or 0. */
    private static int forYears(Words words) {
        for (NumberWords.Mention m : NumberWords.findIn(words)) {
            if (m.start() > 0 && words.get(m.start() - 1).equals("for") && m.end() < words.size()
                    && words.get(m.end()).equals("years")) {
                return m.value();
            }
        }
        return 0;
    }

    /**
     * An answer's opening "no" is a said no ("no, I stopped last year"), not a negation of what
     * follows, so the sentence is seen to say both and is asked again.
     */
    private static String withoutOpeningNo(String before) {
        String trimmed = before.strip();
        if (trimmed.equals("no")) {
            return "";
        }
        return trimmed.startsWith("no ") && !trimmed.startsWith("no one ") ? trimmed.substring(3) : before;
    }

    /**
     * The part of the sentence before a cue that belongs to its clause: a negation before
     * "because" or "but" ("I don't go to the club any more because it costs") is about
     * something else.
     */
    private static String clauseBefore(String before) {
        String clause = " " + before + " ";
        // " and it's ...", " and I'm ...": a new subject starts a new clause ("the landlord won't sort
        // the damp and it's freezing").
        for (String joint : List.of(" because ", " cos ", " coz ", " but ", " and its ", " and it is ", " and im ",
                " and i am ")) {
            int at = clause.lastIndexOf(joint);
            if (at >= 0) {
                clause = clause.substring(at + joint.length());
            }
        }
        return clause;
    }

    /**
     * Something more than {@code years} years ago: "ten years ago", "in 2015", "a long time ago".
     * The recent loss question asks about the last two years, the driving one the last few.
     */
    private static boolean longAgo(Words words, LocalDate today, int years) {
        if (words.has("long time ago") || words.has("years and years") || words.has("many years ago")
                || words.has("donkeys years") || words.has("good few years") || words.has("good many years")
                || words.has("been years") || words.has("years now since")) {
            return true;
        }
        // "In the 90s", "back in the seventies": a decade gone by, more than five years ago.
        if (words.tokens().stream().anyMatch(t -> t.matches("(19)?[0-9]0s") || DECADES.contains(t))) {
            return true;
        }
        // "30 months ago", "two and a half years back": more than the cut, counted in months.
        if (ElapsedTime.find(words).stream().anyMatch(s -> s.ago(words) && s.months() > years * 12)) {
            return true;
        }
        // Round 11: "I stopped ages ago, 20 years or more": the "ago" said once, the span beside it.
        List<ElapsedTime.Span> spans = ElapsedTime.find(words);
        if ((words.has("ages ago") || words.has("ages back") || words.has("long ago")) && !spans.isEmpty()
                && spans.stream().allMatch(s -> s.months() > years * 12)) {
            return true;
        }
        // "just over two years ago": past the cut however little.
        if (ElapsedTime.find(words).stream().anyMatch(s -> s.ago(words) && s.months() >= years * 12
                && s.start() > 0 && OVER.contains(words.get(s.start() - 1)))) {
            return true;
        }
        for (NumberWords.Mention m : NumberWords.findIn(words)) {
            // "January 2024": the month settles a year on the line.
            Month month = m.start() > 0 ? MONTHS.get(words.get(m.start() - 1)) : null;
            if (month != null && m.value() >= 1900 && m.value() <= today.getYear()
                    && ChronoUnit.MONTHS.between(YearMonth.of(m.value(), month), YearMonth.from(today)) > years * 12) {
                return true;
            }
        }
        for (NumberWords.Mention m : NumberWords.findIn(words)) {
            if (m.value() >= 1900 && m.value() <= today.getYear() - years - 1) {
                return true;
            }
        }
        return false;
    }
}
