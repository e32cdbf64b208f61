package uk.lantern.engine.interpret;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;

/**
 * Round 18 (a22): answers that look like a yes or a no and are not one, so a careful reader asks
 * again. Each kind was misread in the twenty-first outsiders' set (docs/interpretation.md,
 * "Round 18 (a22)"):
 *
 * <ul>
 *   <li>a remark about the questions themselves ("what's the point of all this asking"), at any
 *       question: not despair at the low-mood question, nor a yes anywhere;</li>
 *   <li>one's own state said back as a question ("my hearing's fine?"), at a yes-or-no
 *       question: not sure, so not a no;</li>
 *   <li>a feeling and then a yes in BSL order ("lonely yes, no one sign") at a question asking
 *       how often: it comes, but how often is not said.</li>
 * </ul>
 *
 * <p>Stateless; the text is what the person typed, in any case.
 */
final class AskAgainKinds {

    /** "What's the point of these questions", "why all the questions", "what is the point of asking me that". */
    private static final Pattern ABOUT_THE_QUESTIONS = Pattern.compile("\\b(whats|what is|wheres|where is) the "
            + "(point|use|sense) (of|in) (all )?(these|this|the|your|them|those|such) ?(questions?|asking|survey"
            + "|form|questionnaire|quiz)\\b|\\bwhy (all|so many) (these |the )?questions\\b"
            + "|\\bwhat(s| is) the point (of|in) asking\\b");
    /** "My English is good?", "me hearing's ok?": the person's own state, said and then asked. */
    private static final Pattern OWN_STATE_ASKED = Pattern.compile("^(my|me|i think my) [a-z ]{2,20}?"
            + " (is|s|are|seems) (quite |pretty |very )?(good|ok|okay|fine|alright|all right|bad|poor|not bad"
            + "|not good|normal)$");
    /** The questions asking how often a feeling comes. */
    private static final List<String> HOW_OFTEN_FELT = List.of("lack_companionship", "left_out",
            "isolated_from_others", "how_often_lonely");
    /** BSL order, the feeling and then a yes ("isolated yes", "lonely yes, no one sign"): it comes, but how often? */
    private static final Pattern FEELING_THEN_YES = Pattern.compile("^(me )?(isolated|lonely|left out|alone|lonesome|"
            + "cut off)( me)? (yes|yeah|yep|true)\\b");
    private static final List<String> RATE_SAID = List.of("always", "often", "sometimes", "never", "hardly",
            "rarely", "now and then", "now and again", "all the time", "every day", "most days", "occasionally",
            "some of the time", "much", "lot", "little");

    /** Round 18 (a22): too many tablets taken by mistake: not self-harm as said, nor surely not; asked directly. */
    private static final Pattern TABLETS_BY_MISTAKE = Pattern.compile("\\btoo many (of my )?(tablets|pills|painkillers)"
            + "\\b.*\\b(by mistake|by accident|accidentally|muddled|mixed up|forgot|forgetting)\\b"
            + "|\\b(by mistake|by accident|accidentally|muddled|mixed up)\\b.*\\btoo many (tablets|pills|painkillers)\\b");
    /** Round 18 (a22): talking only to a pet or the telly ("I talk to the dog"): no person to confide in. */
    private static final Pattern ONLY_TO_A_PET = Pattern.compile("^(i )?(only |just )?(talk|speak|chat|natter) "
            + "(to )?(the|my|me) (dog|dogs|cat|cats|budgie|bird|birds|parrot|pet|pets|telly|tv|radio|plants|walls?)"
            + "( mostly| ha| haha| lol| really)?$");
    /** Round 18 (a22): "I can but I don't want to": able to get out, and choosing not to. */
    private static final Pattern ABLE_BUT_WONT = Pattern.compile("^(yes |yeah )?i can,? but i (dont|do not|wouldnt)"
            + " (want|like|bother|feel like|choose)\\b.*$");

    /** Round 21b (a26): "I wouldn't say I haven't", "can't say I don't": a no of a no. */
    private static final Pattern DOUBLE_NEGATIVE = Pattern.compile("^(well |oh )?(i )?(wouldnt|couldnt|cant|cannot"
            + "|wont) (say|pretend|tell you) (that )?(i )?(havent|dont|am not|im not|never|hadnt|wasnt|didnt|aint)$");
    /** Forgetting said, of the ordinary kind. */
    private static final Pattern FORGETFUL = Pattern.compile("\\b(forgetful|forget|forgets|forgetting|scatty"
            + "|absent minded|scatterbrained|names|dizzy)\\b");
    /** Forgetting said to be ordinary, or always so: "who isn't", "same as everyone", "always been like that". */
    private static final Pattern NORMAL_FORGETTING = Pattern.compile("\\bwho (isnt|doesnt|hasnt)\\b"
            + "|\\b(everyone|everybody|we all|dont we all|same as (everyone|anyone|everybody|anybody))\\b"
            + "|\\balways (been|have been|have done|had|was) (like (that|this)|that way|the same)\\b"
            + "|\\balways have( done)?$|\\bnormal (for|at) my age\\b");
    /** Forgetting that is new, growing or worrying: then it is trouble after all. */
    private static final Pattern MEMORY_WORSE = Pattern.compile("\\b(worse|worsening|getting bad|lost|losing|repeat"
            + "|repeating|dementia|alzheimers|never used to|didnt used to|not like me|diagnos[a-z]*|worried|worries"
            + "|worry|scared|confused|lately|recently|more and more)\\b");
    /** Forgetting said to be new: "never used to", "not like me", "getting worse". */
    private static final Pattern NEW_FORGETTING = Pattern.compile("\\b(never used to|didnt use to|didnt used to"
            + "|not like me|getting worse|worse than it was)\\b");
    /** Forgetting denied: "I don't forget things", "not forgetful". */
    private static final Pattern FORGETTING_DENIED = Pattern.compile("\\b(dont|do not|never|not|no|doesnt|isnt)"
            + " (really )?(forget|forgetful|forgets)\\b");
    /** Money said to be short in BSL order: "benefit small", "pension little", "money not enough". */
    private static final Pattern MONEY_SHORT = Pattern.compile("\\b(benefit|benefits|pension|money|income|wage"
            + "|wages)( is| are)? (small|little|low|not enough|no enough|tight|short)\\b");

    /** Round 18 (a22): the ear or eye named alone ("one ear", "my left eye mostly"): which one has the trouble. */
    private static final Pattern ONE_SIDE = Pattern.compile("^(in |with )?(one|my left|my right|left|right|the left"
            + "|the right|me left|me right) (ear|eye)( only| mostly| really| a bit)?$");

    /**
     * Round 19 (a23): an answer that points back to something said before ("yes I struggle, I said", "no I told you,
     * the stairs"): the yes or no may be the answer to an earlier question.
     */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(i said|i told you|ive said|ive told you"
            + "|i already said|i just said|like i said|as i said|i said already)$");
    /** Words of an answer that say nothing of its subject: yes, no, and how one points back. */
    private static final java.util.Set<String> NOT_A_SUBJECT = java.util.Set.of("yes", "yeah", "yep", "aye", "no",
            "nope", "nah", "i", "said", "told", "you", "ive", "already", "just", "like", "as", "well", "oh", "do",
            "dont", "am", "im", "not", "it", "its", "that", "so", "very", "much", "really", "a", "lot", "bit", "the");

    /** Round 19 (a23): "need interpreter", "I need a BSL interpreter", "me need interpreter doctor". */
    private static final Pattern INTERPRETER_NEEDED = Pattern.compile("\\b(need|needs|needed|want|have to have|"
            + "must have|use|always have) (an |a |my )?(bsl |sign language |sign )?(interpreter|interpreters|"
            + "translator)\\b");
    /** "Don't need an interpreter", "never needed an interpreter", "no need for a translator". */
    private static final Pattern INTERPRETER_NOT_NEEDED = Pattern.compile("\\b(dont|do not|never|not|no|didnt|"
            + "wouldnt) (need|needs|needed|want|use)\\b|\\bno need\\b");

    /** Round 21b (a26): "I manage", "I cope", "I get by": managing, but whether with difficulty is not said. */
    private static final Pattern JUST_MANAGING = Pattern.compile("^(oh |well |yes |yeah )?(i )?(manage|cope|get by"
            + "|muddle through|muddle along|get along|get on)$");
    /** Round 21b (a26): the car sold, and nothing more ("sold the car", "got rid of my car"): not when, nor why. */
    private static final Pattern CAR_GONE = Pattern.compile("^(i |ive |we |weve )?(sold|got rid of|scrapped"
            + "|gave away) (the|my|our|me) (car|motor|van)$");
    /** Round 21b (a26): no friends said, and people known all the same ("just people I know", "acquaintances"). */
    private static final Pattern NO_REAL_FRIENDS = Pattern.compile("\\b(dont|do not|havent|have not|aint|no|not)"
            + "( really| got| have| any| as| many)* (real |proper |close )?friends\\b");
    private static final Pattern PEOPLE_KNOWN = Pattern.compile("\\b(just|only|but|more) (people|folk|neighbours"
            + "|faces|acquaintances)\\b|\\bacquaintances\\b|\\bfriends as such\\b|\\bpeople i know\\b");
    /** Round 21b (a26): the feeling said in BSL order, a sentence of its own, with no rate ("me isolated. no sign ..."). */
    private static final Pattern SIGNED_FEELING = Pattern.compile("^(me|i|im|i am|i feel)( feel)? (isolated|lonely"
            + "|left out|cut off|lonesome)\\s*[.,;!]");
    /** The feeling denied after all: "I'm alone, not lonely". */
    private static final Pattern FEELING_DENIED = Pattern.compile("\\bnot (isolated|lonely|left out|cut off|lonesome)\\b");

    private AskAgainKinds() {
    }

    /** Why the answer must be asked again, when it is one of these kinds; empty otherwise (or for null). */
    static Optional<String> read(Question question, String typed) {
        if (typed == null || question.type() == AnswerType.FREE_TEXT || question.type() == AnswerType.POSTCODE) {
            return Optional.empty();
        }
        Words words = Words.of(typed);
        String joined = words.joined();
        if (ABOUT_THE_QUESTIONS.matcher(joined).find()) {
            return Optional.of("I ask these so I can point you to the right help. You don't have to answer any you'd "
                    + "rather not. Would you like to answer this one?");
        }
        String t = typed.strip().toLowerCase(Locale.UK);
        if (question.type() == AnswerType.YES_NO && t.endsWith("?") && OWN_STATE_ASKED.matcher(joined).matches()) {
            return Optional.of("It's what you think that counts. Would you say yes or no?");
        }
        if (HOW_OFTEN_FELT.contains(question.id()) && FEELING_THEN_YES.matcher(joined).find()
                && !words.hasAny(RATE_SAID)) {
            return Optional.of("I'm sorry you feel that way. How often is it: hardly ever, some of the time, or often?");
        }
        if (question.type() == AnswerType.YES_NO && POINTS_BACK.matcher(joined).find()
                && !namesItsSubject(question, words)) {
            // Round 19 (a23): "yes I struggle, I said" at the question on money stopping one going out: the answer
            // to the question before, said again; this one's own subject is not named
            return Optional.of("I think that might have been about the last question. For this one: "
                    + question.text());
        }
        if (HOW_OFTEN_FELT.contains(question.id()) && SIGNED_FEELING.matcher(t.replace("'", "")).find()
                && !words.hasAny(RATE_SAID) && !FEELING_DENIED.matcher(joined).find()) {
            // Round 21b (a26): "me isolated. no sign people here": the feeling is there; the "no" is of signers.
            return Optional.of("I'm sorry you feel that way. How often is it: hardly ever, some of the time, or often?");
        }
        if ("daily_activities".equals(question.id()) && JUST_MANAGING.matcher(joined).matches()) {
            return Optional.of("It's good you're managing. Are there any everyday tasks you find hard now, like "
                    + "washing, dressing or cooking? If so, how many?");
        }
        if ("stopped_driving".equals(question.id()) && CAR_GONE.matcher(joined).matches()) {
            return Optional.of("When did you stop driving? Was it in the last few years?");
        }
        if ("contact_friends".equals(question.id()) && NO_REAL_FRIENDS.matcher(joined).find()
                && PEOPLE_KNOWN.matcher(joined).find()) {
            return Optional.of("That's fine. Thinking of the people you know, is there anyone you'd call a friend? "
                    + "If so, how often are you in touch?");
        }
        if ("thoughts_of_harm".equals(question.id()) && TABLETS_BY_MISTAKE.matcher(joined).find()) {
            return Optional.of("Thank you for telling me. Can I ask directly: have you had thoughts of harming "
                    + "yourself, yes or no?");
        }
        return Optional.empty();
    }

    /**
     * Whether the answer says nothing beyond yes, no and pointing back, or names a word of the question's own (its
     * first four letters, so "stops" is "stop" and "costs" "cost").
     */
    private static boolean namesItsSubject(Question question, Words words) {
        List<String> own = Words.of(question.text()).tokens().stream().filter(w -> w.length() >= 4)
                .map(w -> w.substring(0, 4)).toList();
        List<String> said = words.tokens().stream().filter(w -> !NOT_A_SUBJECT.contains(w)).toList();
        return said.isEmpty() || said.stream().anyMatch(w -> w.length() >= 4 && own.contains(w.substring(0, 4)));
    }

    /**
     * Round 18 (a22): plain answers the other readings could not take: talking only to a pet at the question on a
     * confidant (no), being able to get out and not wanting to (yes), one ear or eye named alone at the hearing or
     * sight question (yes). Empty otherwise.
     */
    static Optional<Boolean> plainly(Question question, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String joined = Words.of(typed).joined();
        if ("confidant".equals(question.id()) && ONLY_TO_A_PET.matcher(joined).matches()) {
            return Optional.of(Boolean.FALSE);
        }
        if (question.type() == AnswerType.YES_NO && DOUBLE_NEGATIVE.matcher(joined).matches()) {
            // Round 21b (a26): "I wouldn't say I haven't": two no's, a guarded yes.
            return Optional.of(Boolean.TRUE);
        }
        if ("memory_problems".equals(question.id()) && FORGETFUL.matcher(joined).find()
                && NORMAL_FORGETTING.matcher(joined).find() && !MEMORY_WORSE.matcher(joined).find()) {
            // Round 21b (a26): "forgetful but who isn't", "only names, always been like that": nothing new.
            return Optional.of(Boolean.FALSE);
        }
        if ("memory_problems".equals(question.id()) && FORGETFUL.matcher(joined).find()
                && NEW_FORGETTING.matcher(joined).find() && !FORGETTING_DENIED.matcher(joined).find()) {
            // Round 21b (a26): "I forget names, never used to": forgetting that is new, not a no.
            return Optional.of(Boolean.TRUE);
        }
        if ("money_worries".equals(question.id()) && MONEY_SHORT.matcher(joined).find()) {
            // Round 21b (a26): BSL order, "me no work. benefit small. hard": the "no" is of work; money is short.
            return Optional.of(Boolean.TRUE);
        }
        java.util.regex.Matcher side = ONE_SIDE.matcher(joined);
        if (side.matches() && ("hearing_loss".equals(question.id()) && side.group(3).equals("ear")
                || "sight_loss".equals(question.id()) && side.group(3).equals("eye"))) {
            return Optional.of(Boolean.TRUE);
        }
        // the signs kept, so "speak no. need interpreter" is no "no need"
        String signed = typed.toLowerCase(Locale.UK).replaceAll("['\u2019]", "");
        if ("language_barrier".equals(question.id()) && INTERPRETER_NEEDED.matcher(joined).find()
                && !INTERPRETER_NOT_NEEDED.matcher(signed).find()) {
            // Round 19 (a23): "deaf. write English ok, speak no. need interpreter": whatever is managed, an
            // interpreter needed is language in the way
            return Optional.of(Boolean.TRUE);
        }
        if ("can_get_out".equals(question.id()) && ABLE_BUT_WONT.matcher(joined).matches()) {
            return Optional.of(Boolean.TRUE);
        }
        return Optional.empty();
    }
}
