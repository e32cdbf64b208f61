package uk.lantern.web.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.interpret.ServiceQuestion;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;
import uk.lantern.engine.safeguarding.AnswerTopics;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.chat.Conversation.Stage;
import uk.lantern.web.signpost.ServiceFinder;

/**
 * Turns one message from the person into Lantern's replies. Every message is first checked for
 * crisis language; then commands ({@link Command}: "go back", "help", "stop"...) are obeyed
 * ({@link CommandTurn}), and the rest is read for the stage the conversation is at: the place
 * ({@link PlaceAnswer}), an answer or a question about services ({@link AnswerTurn}, which reads
 * a typed answer back with {@link ReadBack}; {@link ServiceTurn}), or, after the end, a question
 * about services. {@link QuestionFlow} decides what is asked next and {@link ScreeningEnd} how the
 * conversation ends. Thread-safe and stateless: all state is in the {@link Conversation}, which
 * the caller locks.
 */
public final class Dialogue {

    /** Longest message read; longer ones get a polite request to say it more briefly. */
    public static final int MAX_TEXT_CHARS = 1000;

    /** The {@code questionId} of the opening question about where the person lives. */
    public static final String PLACE = "place";

    /** How many questions there are at most, said in the opening; checked against the questionnaire by a test. */
    static final String HOW_MANY = "about thirty";

    private final Questionnaire questionnaire;
    private final SafeguardingCheck safeguarding;
    /** Round 15: the words that answer a question in its own topic, kept from raising an alarm there. */
    private final AnswerTopics topics = AnswerTopics.load();
    private final CrisisResponse crisis;
    private final AnswerInterpreter interpreter;
    private final String opening;
    private final Gazetteer gazetteer;
    private final ChatSignals signals;
    private final QuestionFlow flow;
    private final AnswerTurn answers;
    private final ServiceTurn services;
    private final CommandTurn commands;

    /** A dialogue whose conversations are forgotten after 30 idle minutes. */
    public Dialogue(ScreeningEngine engine, SafeguardingCheck safeguarding, CrisisResponse crisis,
                    AnswerInterpreter interpreter, LocalServicesDirectory directory) {
        this(engine, safeguarding, crisis, interpreter, directory, 30);
    }

    /** @param idleMinutes how long an idle conversation is kept, as the opening tells the person */
    public Dialogue(ScreeningEngine engine, SafeguardingCheck safeguarding, CrisisResponse crisis,
                    AnswerInterpreter interpreter, LocalServicesDirectory directory, long idleMinutes) {
        this(engine, safeguarding, crisis, interpreter, directory, idleMinutes, ChatSignals.NONE);
    }

    /** @param signals told of crisis help given and screenings completed, for the operations metrics */
    public Dialogue(ScreeningEngine engine, SafeguardingCheck safeguarding, CrisisResponse crisis,
                    AnswerInterpreter interpreter, LocalServicesDirectory directory, long idleMinutes,
                    ChatSignals signals) {
        this.signals = signals;
        this.questionnaire = engine.ruleBase().questionnaire();
        this.safeguarding = safeguarding;
        this.crisis = crisis;
        this.interpreter = interpreter;
        ServiceFinder finder = new ServiceFinder(directory);
        this.opening = opening(idleMinutes);
        this.gazetteer = directory.gazetteer();
        ScreeningEnd end = new ScreeningEnd(engine, crisis, new Closing(engine.ruleBase().catalogue(), finder), signals);
        this.flow = new QuestionFlow(questionnaire, end);
        this.services = new ServiceTurn(new ServiceReply(finder, crisis.deafLines().stream().map(uk.lantern.engine.safeguarding.Helpline::line).toList()), flow);
        this.answers = new AnswerTurn(engine, interpreter, crisis, signals, flow, services);
        this.commands = new CommandTurn(flow, end, opening);
    }

    /** What the opening says: what Lantern does, how long it takes and, truly, what is kept and for how long. */
    private static String opening(long idleMinutes) {
        return "Hello, I'm Lantern. I'll ask you " + HOW_MANY + " short questions about your life and the people "
                + "around you, to see what might help you feel less on your own. I can also tell you about services "
                + "near you.\n\n"
                + "It takes about ten to fifteen minutes. You can answer in your own words or press a button.\n\n"
                + "I keep your answers only while we talk, so you can carry on if the page reloads. They are not saved "
                + "anywhere, and I forget them when you say \"stop\" or \"start again\", or " + idleMinutes
                + " minutes after your last message. You can print your summary at the end.\n\n"
                + "You can say \"help\", \"go back\" or \"stop\" at any time.";
    }

    /** The first messages of a new conversation. */
    public List<ChatMessage> open(Conversation c) {
        List<ChatMessage> out = new ArrayList<>();
        out.add(c.say(Kind.INFO, opening, null, null, List.of(), List.of(), null));
        flow.askAgain(c, out, null);
        return out;
    }

    /**
     * What to send when the person comes back to the conversation: nothing new when the transcript
     * (sent again by the caller) ends with where they were; otherwise the question again.
     */
    public List<ChatMessage> resume(Conversation c) {
        List<ChatMessage> out = new ArrayList<>();
        if (c.lastMessage() == null) {
            flow.askAgain(c, out, "Welcome back. Here is where we were.");
        }
        return out;
    }

    /** A quick reply was pressed: its value is taken as it is when it fits the question. */
    public List<ChatMessage> choose(Conversation c, String value) {
        if (value == null) {
            return hear(c, "");
        }
        Question q = flow.currentQuestion(c);
        if (c.stage() == Stage.QUESTIONS && q != null) {
            Object exact = AnswerTurn.exactValue(q, value.strip());
            if (exact != null) {
                c.heard(labelOf(c, value));
                List<ChatMessage> out = new ArrayList<>();
                answers.accept(c, q, exact, null, out);
                return out;
            }
        }
        return hear(c, value, labelOf(c, value));
    }

    /** The person typed something. */
    public List<ChatMessage> hear(Conversation c, String text) {
        return hear(c, text, text);
    }

    /** The label of the quick reply with this value on the last message, or the value itself. */
    private static String labelOf(Conversation c, String value) {
        ChatMessage last = c.lastMessage();
        return last == null ? value : last.options().stream().filter(o -> o.value().equals(value))
                .map(QuickReply::label).findFirst().orElse(value);
    }

    private List<ChatMessage> hear(Conversation c, String text, String shown) {
        List<ChatMessage> out = new ArrayList<>();
        if (shown != null && !shown.isBlank()) {
            c.heard(shown.length() > MAX_TEXT_CHARS ? shown.substring(0, MAX_TEXT_CHARS) : shown);
        }
        if (text == null || text.isBlank()) {
            flow.askAgain(c, out, "I didn't catch anything there.");
            return out;
        }
        // Round 15: a message typed at a question is checked with that question's topic, so hardship in the
        // topic ("the house is freezing, I sit in my coat" at the cold-home question) is an answer, not an alarm.
        String asked = asking(c);
        SafeguardingResult found = topics.check(safeguarding, asked, text);
        if (found.crisis()) {
            c.raiseSafeguardingFlag();
            // Round 15: the same words sent again straight after their crisis reply are not answered with the
            // alarm again (the help above still stands); they go on to the answer, or to the choices.
            boolean repeated = repeatsLastAlarm(c, text);
            if (!repeated) {
                out.add(c.say(Kind.CRISIS, crisis.replyTo(found.kinds(), c.helpGiven()), null, null, List.of(), List.of(),
                        null));
                c.giveHelp(crisis.helpFor(found.kinds()));
                found.kinds().forEach(kind -> signals.crisisResponse(kind.name()));
            }
            // Round 8c: the crisis help comes first; if the same words also answer the question
            // being asked, the answer is kept (read back, with "Change my answer") rather than
            // thrown away; otherwise the question is kindly put again.
            // Round 12: only words the check did not fire on may answer ("my son gets rough with me
            // when he's had a drink" is not "2 in your home"; "yes, and I can't go on" is still "yes").
            String rest = c.stage() == Stage.QUESTIONS && text.length() <= MAX_TEXT_CHARS ? notConcerning(text, asked) : "";
            if (!rest.isBlank()
                    && answers.acceptIfUnderstood(c, rest, KEPT_ANSWER, out)) {
                return out;
            }
            if (repeated && (c.stage() == Stage.PLACE || c.stage() == Stage.QUESTIONS)) {
                flow.askAgain(c, out, REPEATED);
            } else if (c.stage() == Stage.PLACE || c.stage() == Stage.QUESTIONS) {
                flow.askAgain(c, out, "When you feel ready, here is where we were: the question is still here.");
            }
            return out;
        }
        if (text.length() > MAX_TEXT_CHARS) {
            out.add(c.say(Kind.INFO, "I'm sorry, that's longer than I can read in one go. Could you tell me in a "
                    + "shorter message, of a few lines?", null, null, List.of(), List.of(), null));
            return out;
        }
        Command command = Command.read(text, questionnaire.questions());
        if (command != null && command.kind() == Command.Kind.PLACE && command.place() != null
                && commands.forgetPlace(c)) {
            // Round 16b (x7): "can you change my postcode to ME4 6QU please": the new place is taken at once, with
            // the same checks as at the place question.
            hearPlace(c, command.place(), out);
            return out;
        }
        if (command != null) {
            commands.obey(c, command, out);
            return out;
        }
        switch (c.stage()) {
            case PLACE -> hearPlace(c, text, out);
            case QUESTIONS -> answers.hear(c, text, out);
            case FINISHED, STOPPED -> services.hearAfterwards(c, text, out);
        }
        return out;
    }

    /** Said before the read-back when a message raised a concern and also answered the question (round 15). */
    static final String KEPT_ANSWER = "The help above is there whenever you need it. You also answered my question, "
            + "so I've kept your answer.";

    /** Said when the same words come again straight after their crisis reply (round 15): no second alarm. */
    static final String REPEATED = "I've read that again, and the help above still stands. To carry on, you can "
            + "choose one of the answers below, or tell me in other words.";

    /**
     * The questionnaire id of the question being asked, {@link #PLACE} at the opening question (round 17: "I'd
     * prefer not to give it" there keeps the place back, and had raised the alarm), or null after the questions.
     */
    private String asking(Conversation c) {
        if (c.stage() == Stage.PLACE) {
            return PLACE;
        }
        if (c.stage() != Stage.QUESTIONS) {
            return null;
        }
        Question q = flow.currentQuestion(c);
        return q == null ? null : q.id();
    }

    /**
     * Whether the person's message just heard (the transcript's last) repeats their previous message, and
     * Lantern's reply to that one was a crisis message: then the alarm is not sent again. Compared without
     * case, spacing or punctuation.
     */
    private static boolean repeatsLastAlarm(Conversation c, String text) {
        List<ChatMessage> said = c.transcript();
        boolean alarmSince = false;
        for (int i = said.size() - 2; i >= 0; i--) {
            ChatMessage m = said.get(i);
            if (m.kind() == Kind.CRISIS) {
                alarmSince = true;
            } else if (m.kind() == Kind.PERSON) {
                return alarmSince && sameWords(m.text(), text);
            }
        }
        return false;
    }

    private static boolean sameWords(String a, String b) {
        return a != null && b != null && a.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().equalsIgnoreCase(
                b.replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
    }

    /** Where a message divides into parts that can be read on their own. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:[,;:.!?]+|\\s(?:and|but|when|since|because|as|so|though|although|after|while|if)\\s)\\s*");

    /**
     * The parts of a message the safeguarding check does not fire on, read on their own, joined;
     * empty when every part (or only the whole) carries the concern. The message is split at
     * punctuation and joining words ("and", "when", "since"...), which are kept out of the result.
     *
     * @param text       a message the check fired on, at most {@value #MAX_TEXT_CHARS} characters
     * @param questionId the question being asked: a part only in its topic ("the heating's off") is calm
     */
    private String notConcerning(String text, String questionId) {
        String[] parts = CLAUSE_BREAK.split(text.strip());
        if (parts.length < 2) {
            return "";
        }
        List<String> calm = new ArrayList<>();
        List<String> inTopic = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            if (!safeguarding.check(part).crisis()) {
                calm.add(part.strip());
            } else if (!topics.check(safeguarding, questionId, part).crisis()) {
                inTopic.add(part.strip()); // round 15: "the heating's off" at the cold-home question is its answer
            }
        }
        if (!inTopic.isEmpty()) {
            return String.join(", ", inTopic);
        }
        // when no part alone carries the concern, it rests on the whole: nothing can be read apart
        return calm.size() == java.util.Arrays.stream(parts).filter(x -> !x.isBlank()).count() ? ""
                : String.join(", ", calm);
    }

    /**
     * What is said once a place is given: thanks; when the place was read from anything more than the
     * place itself (a town from a slip, "Rochster"; a postcode or town picked out of a sentence, "my
     * daughter lives ME2 but I'm in Rainham"), the place understood, so a wrong reading can be seen and
     * corrected with "change my postcode"; for a place not known, that it is not.
     */
    private String thanks(String place, String typed) {
        if (gazetteer.lookup(typed) instanceof PlaceLookup.Found whole && whole.mendedFrom() != null
                && whole.town() != null) {
            // round 19 (a23): a near-miss spelling of a known town ("Gilingham") is read as that town, never silently
            return "Thank you. I've taken \"" + whole.mendedFrom() + "\" as " + gazetteer.townShown(whole.town())
                    + ". If that's wrong, say \"change my postcode\".";
        }
        PlaceLookup read = gazetteer.lookup(place);
        if (read instanceof PlaceLookup.NotFound notFound && notFound.postcode() != null) {
            return PlaceAnswer.outside(notFound.postcode().text()); // "ME14", "DA12 2": read, but not covered yet
        }
        if (!(read instanceof PlaceLookup.Found found)) {
            return PlaceAnswer.unknown(place);
        }
        boolean town = found.town() != null;
        boolean asTyped = town ? Gazetteer.placeWords(place).equals(found.town())
                && Gazetteer.placeWords(typed).equals(found.town())
                : letters(typed).equals(letters(found.reading()));
        if (!asTyped) {
            String understood = town ? uk.lantern.directory.geo.PlaceNames.title(found.town()) : found.reading();
            return "Thank you. I've taken that as " + understood
                    + "; if that's not right, say \"change my postcode\".";
        }
        return "Thank you.";
    }

    /** Only the letters and digits of a text, in capitals: "me7 1ab." and "ME7 1AB" are the same. */
    private static String letters(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.UK);
    }

    private void hearPlace(Conversation c, String text, List<ChatMessage> out) {
        Optional<ServiceQuestion> asked = ServiceQuestion.read(text, false);
        if (asked.isPresent()) {
            services.answer(c, asked.get(), out);
            return;
        }
        PlaceAnswer.Hearing heard = PlaceAnswer.hear(text, questionnaire.questions().stream()
                .filter(q -> q.type() == AnswerType.POSTCODE).findFirst(), interpreter, gazetteer);
        if (heard.heard() == PlaceAnswer.Heard.DECLINED) {
            flow.startQuestions(c, null, PlaceAnswer.NONE_GIVEN, out);
        } else if (heard.heard() == PlaceAnswer.Heard.NOT_KNOWN) {
            flow.startQuestions(c, heard.place(), PlaceAnswer.unknown(heard.place()), out);
        } else if (heard.heard() == PlaceAnswer.Heard.READ) {
            flow.startQuestions(c, heard.place(), thanks(heard.place(), text), out);
        } else if (c.countUnclear() >= 2) {
            flow.startQuestions(c, null, "Let's not worry about that for now. Without a town or postcode, I'll suggest "
                    + "services that work anywhere in the country, by phone or online. " + PlaceAnswer.OFFER, out);
        } else {
            out.add(c.say(Kind.QUESTION, PlaceAnswer.AGAIN, PLACE, PlaceAnswer.WHY, QuestionFlow.placeOptions(), List.of(), null));
        }
    }
}
