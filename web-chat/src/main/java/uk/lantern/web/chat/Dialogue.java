package uk.lantern.web.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.geo.Gazetteer;
import uk.lantern.directory.geo.PlaceLookup;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.facts.Answer;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.interpret.Interpretation;
import uk.lantern.engine.interpret.ServiceQuestion;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.Postcodes;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.Helpline;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.chat.Conversation.Stage;
import uk.lantern.web.signpost.ServiceFinder;

/**
 * Turns one message from the person into Lantern's replies. Every message is first checked for
 * crisis language; then commands ({@link Command}: "go back", "help", "stop"...) are obeyed, and
 * the rest is read for the stage the conversation is at: the place ({@link PlaceAnswer}), an
 * answer or a question about services (the engine's interpreter; {@link ServiceReply}), or,
 * after the end, a question about services. A typed answer is read back ({@link ReadBack}). Thread-safe and stateless: all state is in the
 * {@link Conversation}, which the caller locks.
 */
public final class Dialogue {

    /** Longest message read; longer ones get a polite request to say it more briefly. */
    public static final int MAX_TEXT_CHARS = 1000;

    /** The {@code questionId} of the opening question about where the person lives. */
    public static final String PLACE = "place";

    /** How many questions there are at most, said in the opening; checked against the questionnaire by a test. */
    static final String HOW_MANY = "about thirty";
    private static final String COMMANDS = """
            Things you can say at any time:
            - "go back" to change your last answer
            - "change my answer to" and a few words of the question, like "change my answer to how old I am"
            - "change my postcode" to give a different postcode or town
            - "skip" for a question you'd rather not answer
            - "start again" to begin from the first question
            - "stop" to finish for now
            You can also ask me about services, like "is there a lunch club near ME7?\"""";
    private final Questionnaire questionnaire;
    private final ScreeningEngine engine;
    private final SafeguardingCheck safeguarding;
    private final CrisisResponse crisis;
    private final AnswerInterpreter interpreter;
    private final ServiceReply services;
    private final Closing closing;
    private final String opening;
    private final Gazetteer gazetteer;
    private final ChatSignals signals;

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
        this.engine = engine;
        this.questionnaire = engine.ruleBase().questionnaire();
        this.safeguarding = safeguarding;
        this.crisis = crisis;
        this.interpreter = interpreter;
        ServiceFinder finder = new ServiceFinder(directory);
        this.services = new ServiceReply(finder);
        this.closing = new Closing(engine.ruleBase().catalogue(), finder);
        this.opening = opening(idleMinutes);
        this.gazetteer = directory.gazetteer();
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
        askAgain(c, out, null);
        return out;
    }

    /**
     * What to send when the person comes back to the conversation: nothing new when the transcript
     * (sent again by the caller) ends with where they were; otherwise the question again.
     */
    public List<ChatMessage> resume(Conversation c) {
        List<ChatMessage> out = new ArrayList<>();
        if (c.lastMessage() == null) {
            askAgain(c, out, "Welcome back. Here is where we were.");
        }
        return out;
    }

    /** A quick reply was pressed: its value is taken as it is when it fits the question. */
    public List<ChatMessage> choose(Conversation c, String value) {
        if (value == null) {
            return hear(c, "");
        }
        Question q = currentQuestion(c);
        if (c.stage() == Stage.QUESTIONS && q != null) {
            Object exact = exactValue(q, value.strip());
            if (exact != null) {
                c.heard(labelOf(c, value));
                List<ChatMessage> out = new ArrayList<>();
                accept(c, q, exact, null, out);
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
            askAgain(c, out, "I didn't catch anything there.");
            return out;
        }
        SafeguardingResult found = safeguarding.check(text);
        if (found.crisis()) {
            c.raiseSafeguardingFlag();
            out.add(c.say(Kind.CRISIS, crisis.textFor(found.kinds(), c.helpGiven()), null, null, List.of(), List.of(),
                    null));
            c.giveHelp(crisis.helpFor(found.kinds()));
            found.kinds().forEach(kind -> signals.crisisResponse(kind.name()));
            if (c.stage() == Stage.PLACE || c.stage() == Stage.QUESTIONS) {
                askAgain(c, out, "When you feel ready, here is where we were.");
            }
            return out;
        }
        if (text.length() > MAX_TEXT_CHARS) {
            out.add(c.say(Kind.INFO, "I'm sorry, that's longer than I can read in one go. Could you tell me in a "
                    + "shorter message, of a few lines?", null, null, List.of(), List.of(), null));
            return out;
        }
        Command command = Command.read(text, questionnaire.questions());
        if (command != null) {
            obey(c, command, out);
            return out;
        }
        switch (c.stage()) {
            case PLACE -> hearPlace(c, text, out);
            case QUESTIONS -> hearAnswer(c, text, out);
            case FINISHED, STOPPED -> hearAfterwards(c, text, out);
        }
        return out;
    }

    private void hearPlace(Conversation c, String text, List<ChatMessage> out) {
        Optional<ServiceQuestion> asked = ServiceQuestion.read(text, false);
        if (asked.isPresent()) {
            answerServiceQuestion(c, asked.get(), out);
            return;
        }
        PlaceAnswer answer = PlaceAnswer.read(text, questionnaire.questions().stream()
                .filter(q -> q.type() == AnswerType.POSTCODE).findFirst(), interpreter);
        // words that give no place at all ("I'm in pain", "asdfgh") are not taken for a place we don't know
        boolean noPlace = answer.place() != null && !(gazetteer.lookup(answer.place()) instanceof PlaceLookup.Found)
                && "none".equals(gazetteer.lookup(text).reading());
        if (answer.declined()) {
            startQuestions(c, null, "That's fine.", out);
        } else if (answer.understood() && !noPlace) {
            startQuestions(c, answer.place(), gazetteer.lookup(answer.place()) instanceof PlaceLookup.Found
                    ? "Thank you." : PlaceAnswer.unknown(answer.place()), out);
        } else if (c.countUnclear() >= 2) {
            startQuestions(c, null, "Let's not worry about that for now.", out);
        } else {
            out.add(c.say(Kind.QUESTION, PlaceAnswer.AGAIN, PLACE, PlaceAnswer.WHY, placeOptions(), List.of(), null));
        }
    }

    private void startQuestions(Conversation c, String place, String first, List<ChatMessage> out) {
        c.place(place);
        c.stage(Stage.QUESTIONS);
        c.current(null);
        askNext(c, out, first);
    }

    private void hearAnswer(Conversation c, String text, List<ChatMessage> out) {
        Question q = currentQuestion(c);
        if (q == null) {
            askNext(c, out, null);
            return;
        }
        switch (interpreter.interpret(q, text)) {
            case Interpretation.Understood understood -> accept(c, q, understood.value(), ReadBack.of(q, understood.value()), out);
            case Interpretation.AboutServices about -> answerServiceQuestion(c, about.question(), out);
            case Interpretation.Unclear unclear -> unclear(c, q, unclear.why(), out);
        }
    }

    private void unclear(Conversation c, Question q, String why, List<ChatMessage> out) {
        int count = c.countUnclear();
        if (count == 1) {
            ask(c, q, QuestionPrompts.rephrase(q, why), out);
        } else if (count == 2) {
            ask(c, q, QuestionPrompts.choicesOnly(q), out);
        } else if (!q.required()) {
            c.skip(q.id());
            askNext(c, out, "Let's leave that one; it doesn't matter.");
        } else {
            ChatMessage last = c.lastMessage();
            ask(c, q, QuestionPrompts.stillUnsure(q, count, last == null ? null : last.text()), out);
        }
    }

    private void hearAfterwards(Conversation c, String text, List<ChatMessage> out) {
        Optional<ServiceQuestion> asked = ServiceQuestion.read(text, true);
        if (asked.isPresent()) {
            answerServiceQuestion(c, asked.get(), out);
            return;
        }
        out.add(c.say(Kind.INFO, c.stage() == Stage.FINISHED
                        ? "We've finished the questions. You can ask me about local services, like \"who can help with "
                        + "heating bills?\", say \"start again\", or close this window."
                        : "We stopped for now. You can say \"start again\" whenever you like, or close this window.",
                null, null, List.of(new QuickReply("Start again", "start again")), List.of(), null));
    }

    /** Answers a question about services, then goes back to where the conversation was. */
    private void answerServiceQuestion(Conversation c, ServiceQuestion asked, List<ChatMessage> out) {
        out.add(services.answer(c, asked));
        if (c.stage() == Stage.PLACE || c.stage() == Stage.QUESTIONS) {
            askAgain(c, out, "Now, back to where we were.");
        }
    }

    private void obey(Conversation c, Command command, List<ChatMessage> out) {
        switch (command.kind()) {
            case BACK -> goBack(c, out);
            case CHANGE -> change(c, command.questionId(), out);
            case PLACE -> changePlace(c, out);
            case RESTART -> {
                c.forgetEverything();
                out.add(c.say(Kind.INFO, "Let's start again from the beginning. I've forgotten everything you told "
                        + "me before.\n\n" + opening, null, null, List.of(), List.of(), null));
                askAgain(c, out, null);
            }
            case HELP -> help(c, out);
            case SKIP -> skip(c, out);
            case STOP -> stop(c, out);
            case CONTINUE -> askAgain(c, out, c.stage() == Stage.QUESTIONS || c.stage() == Stage.PLACE
                    ? "Let's carry on." : null);
        }
    }

    private void goBack(Conversation c, List<ChatMessage> out) {
        String last = c.lastDone();
        if (c.stage() == Stage.PLACE || c.stage() == Stage.STOPPED || last == null) {
            askAgain(c, out, "We're at the start, so there's nothing to go back to.");
            return;
        }
        reopen(c, last, "Let's go back to the last question.", out);
    }

    private void change(Conversation c, String questionId, List<ChatMessage> out) {
        if (questionId == null && c.stage() == Stage.QUESTIONS && c.lastDone() != null) {
            reopen(c, c.lastDone(), "Of course. Let's look at that one again.", out);
            return;
        }
        if (questionId == null || !c.isSettled(questionId)) {
            askAgain(c, out, "I'm not sure which answer you'd like to change. You could say, for example, "
                    + "\"change my answer to how old I am\".");
            return;
        }
        reopen(c, questionId, "Of course. Let's look at that one again.", out);
    }

    /**
     * Asks for the place again, at any point; the questions then carry on where they were, and a
     * finished screening ends again with services for the new place.
     */
    private void changePlace(Conversation c, List<ChatMessage> out) {
        if (c.stage() == Stage.STOPPED) {
            askAgain(c, out, null);
            return;
        }
        questionnaire.questions().stream().filter(q -> q.type() == AnswerType.POSTCODE)
                .forEach(q -> c.reopen(q.id()));
        c.summary(null);
        c.place(null);
        c.stage(Stage.PLACE);
        c.current(null);
        askAgain(c, out, "Of course.");
    }

    private void reopen(Conversation c, String questionId, String lead, List<ChatMessage> out) {
        c.reopen(questionId);
        c.summary(null);
        c.stage(Stage.QUESTIONS);
        c.current(questionId);
        ask(c, questionnaire.question(questionId).orElseThrow(), lead + "\n\n" + questionText(questionId), out);
    }

    private void help(Conversation c, List<ChatMessage> out) {
        Question q = currentQuestion(c);
        String why = c.stage() == Stage.PLACE ? PlaceAnswer.WHY
                : c.stage() == Stage.QUESTIONS && q != null && q.help() != null ? q.help() : null;
        String text = (why == null ? "" : "Why I ask: " + why + "\n\n") + COMMANDS;
        out.add(c.say(Kind.INFO, text, null, null, List.of(), List.of(), null));
        askAgain(c, out, null);
    }

    private void skip(Conversation c, List<ChatMessage> out) {
        if (c.stage() == Stage.PLACE) {
            startQuestions(c, null, "That's fine.", out);
            return;
        }
        Question q = currentQuestion(c);
        if (c.stage() != Stage.QUESTIONS || q == null) {
            askAgain(c, out, null);
            return;
        }
        if (!q.required()) {
            c.skip(q.id());
            askNext(c, out, "That's fine, we'll leave that one.");
            return;
        }
        ask(c, q, "I understand. This one helps me find the right help for you, so I'd be grateful for an answer. "
                + "You can say \"help\" to hear why I ask, or \"stop\" to finish for now.\n\n" + q.text(), out);
    }

    private void stop(Conversation c, List<ChatMessage> out) {
        c.forgetEverything();
        c.stage(Stage.STOPPED);
        c.current(null);
        StringBuilder text = new StringBuilder("Thank you for talking with me today. Nothing you've told me has been kept.")
                .append("\n\nIf you would like someone to talk to, ").append(Closing.SILVER_LINE);
        if (c.safeguardingFlag()) {
            text.append("\n\n").append(Closing.EMERGENCY).append(' ').append(Closing.SAMARITANS);
        }
        text.append("\n\nTake care.");
        out.add(c.say(Kind.INFO, text.toString(), null, null, List.of(new QuickReply("Start again", "start again")),
                List.of(), null));
    }

    /**
     * Records an answer the questionnaire will accept and moves on.
     *
     * @param readBack how a typed answer was read, said before the next question; null for a button
     */
    private void accept(Conversation c, Question q, Object value, String readBack, List<ChatMessage> out) {
        c.answer(q.id(), value);
        answerDangerAtOnce(c, out);
        askNext(c, out, readBack);
        if (readBack != null) {
            offerChange(c, out);
        }
    }

    /** Adds "Change my answer" to the replies of the question just asked, after a typed answer was read back. */
    private static void offerChange(Conversation c, List<ChatMessage> out) {
        ChatMessage asked = out.isEmpty() ? null : out.getLast();
        if (asked != null && asked.kind() == Kind.QUESTION && c.stage() == Stage.QUESTIONS) {
            List<QuickReply> options = new ArrayList<>(asked.options());
            options.add(ReadBack.CHANGE);
            out.set(out.size() - 1, c.replaceLast(asked.withOptions(options)));
        }
    }

    /**
     * An answer that reveals immediate danger (the safeguarding rules decide which) is answered
     * straight away, before the next question, and keeps the conversation flagged.
     */
    private void answerDangerAtOnce(Conversation c, List<ChatMessage> out) {
        for (Assessment.UrgentConcern concern : engine.urgentConcernsSoFar(answersThatApply(c))) {
            c.raiseSafeguardingFlag();
            if (c.announceConcern(concern.id())) {
                List<Help> needed = List.of(Help.ofLabel(concern.help()));
                out.add(c.say(Kind.CRISIS, crisis.helpText(needed, c.helpGiven()), null, null, List.of(), List.of(),
                        null));
                c.giveHelp(needed);
                signals.crisisResponse(concern.id());
            }
        }
    }

    /** Asks the next question that applies, or ends the screening when there is none. */
    private void askNext(Conversation c, List<ChatMessage> out, String lead) {
        Function<String, Answer> earlier = answersSoFar(c);
        for (Question q : questionnaire.questions()) {
            if (c.isSettled(q.id()) || !q.isAskedGiven(earlier)) {
                continue;
            }
            if (q.type() == AnswerType.POSTCODE) {
                // a sector ("ME7 1") answers the postcode question with its district, never as "ME71"
                Optional<String> postcode = Postcodes.normalise(c.place() == null ? null
                        : c.place().replaceFirst("^([A-Z]{1,2}[0-9][A-Z0-9]?) [0-9]$", "$1"));
                if (postcode.isPresent()) {
                    c.answer(q.id(), postcode.get());
                } else {
                    c.skip(q.id());
                }
                earlier = answersSoFar(c);
                continue;
            }
            c.current(q.id());
            ask(c, q, lead == null ? q.text() : lead + "\n\n" + q.text(), out);
            return;
        }
        finish(c, out);
    }

    private void finish(Conversation c, List<ChatMessage> out) {
        Map<String, Object> kept = answersThatApply(c);
        Assessment assessment;
        try {
            assessment = engine.assess(kept);
        } catch (InvalidAnswersException e) {
            String id = e.problems().getFirst().question();
            if (questionnaire.question(id).isPresent()) {
                reopen(c, id, "I need an answer to this one before I can finish.", out);
                return;
            }
            throw e;
        }
        if (assessment.urgent()) {
            c.raiseSafeguardingFlag();
        }
        Summary summary = closing.summarise(assessment, kept, c.place(), c.safeguardingFlag(),
                crisis.linesFor(c.helpGiven()).stream().map(Helpline::line).toList());
        c.stage(Stage.FINISHED);
        c.current(null);
        c.summary(summary);
        if (!summary.actNow().isEmpty()) {
            out.add(c.say(Kind.CRISIS, Closing.actNow(summary), null, null, List.of(), List.of(), null));
        }
        out.add(c.say(Kind.INFO, Closing.reflection(summary), null, null, List.of(), List.of(), null));
        out.add(c.say(Kind.SERVICES, Closing.services(summary), null, null, List.of(), summary.services(), null));
        out.add(c.say(Kind.SUMMARY, Closing.moreHelp(summary), null, null,
                List.of(new QuickReply("Start again", "start again")), summary.services(), summary));
        signals.screeningCompleted();
    }

    /** Only the answers to questions that still apply, after answers were changed. */
    private Map<String, Object> answersThatApply(Conversation c) {
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        Map<String, Answer> asAnswers = new java.util.HashMap<>();
        for (Question q : questionnaire.questions()) {
            Object value = c.answers().get(q.id());
            if (value != null && q.isAskedGiven(asAnswers::get)) {
                kept.put(q.id(), value);
                asAnswers.put(q.id(), toAnswer(q, value));
            }
        }
        return kept;
    }

    /** Puts the current question (or the place question, or the ending) to the person again. */
    private void askAgain(Conversation c, List<ChatMessage> out, String lead) {
        switch (c.stage()) {
            case PLACE -> out.add(c.say(Kind.QUESTION, lead == null ? PlaceAnswer.QUESTION : lead + "\n\n"
                    + PlaceAnswer.QUESTION, PLACE, PlaceAnswer.WHY, placeOptions(), List.of(), null));
            case QUESTIONS -> {
                Question q = currentQuestion(c);
                if (q == null) {
                    askNext(c, out, lead);
                } else {
                    ask(c, q, lead == null ? q.text() : lead + "\n\n" + q.text(), out);
                }
            }
            case FINISHED -> {
                Summary s = c.summary();
                String text = (lead == null ? "" : lead + "\n\n") + "We've finished the questions. " + Closing.moreHelp(s);
                out.add(c.say(Kind.SUMMARY, text, null, null, List.of(new QuickReply("Start again", "start again")),
                        s.services(), s));
            }
            case STOPPED -> out.add(c.say(Kind.INFO, (lead == null ? "" : lead + "\n\n")
                            + "We stopped for now. You can say \"start again\" whenever you like.", null, null,
                    List.of(new QuickReply("Start again", "start again")), List.of(), null));
        }
    }

    private void ask(Conversation c, Question q, String text, List<ChatMessage> out) {
        ChatMessage last = c.lastMessage();
        if (last != null && last.text().equals(text)) {
            text = "Let me ask that again. " + text;
        }
        out.add(c.say(Kind.QUESTION, text, q.id(), q.help(), QuestionPrompts.options(q), List.of(), null));
    }

    private String questionText(String questionId) {
        return questionnaire.question(questionId).map(Question::text).orElse("");
    }

    private Question currentQuestion(Conversation c) {
        return c.current() == null ? null : questionnaire.question(c.current()).orElse(null);
    }

    private static List<QuickReply> placeOptions() {
        return List.of(new QuickReply("Skip this", QuestionPrompts.SKIP));
    }

    private Function<String, Answer> answersSoFar(Conversation c) {
        Map<String, Object> answers = c.answers();
        return id -> {
            Object value = answers.get(id);
            return value == null ? null : questionnaire.question(id).map(q -> toAnswer(q, value)).orElse(null);
        };
    }

    private static Answer toAnswer(Question q, Object value) {
        return switch (q.type()) {
            case YES_NO -> Answer.yesNo(q.id(), Boolean.TRUE.equals(value));
            case SINGLE_CHOICE -> Answer.choice(q.id(), value.toString(),
                    q.option(value.toString()).map(o -> o.score()).orElse(0));
            case WHOLE_NUMBER -> Answer.wholeNumber(q.id(), ((Number) value).intValue());
            case POSTCODE, FREE_TEXT -> Answer.text(q.id(), value.toString());
        };
    }

    /** A quick-reply value exactly as the question takes it, or null. */
    private static Object exactValue(Question q, String value) {
        return switch (q.type()) {
            case YES_NO -> "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
            case SINGLE_CHOICE -> q.option(value).isPresent() ? value : null;
            case WHOLE_NUMBER -> {
                try {
                    int n = Integer.parseInt(value);
                    yield (q.min() == null || n >= q.min()) && (q.max() == null || n <= q.max()) ? n : null;
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case POSTCODE, FREE_TEXT -> null;
        };
    }
}
