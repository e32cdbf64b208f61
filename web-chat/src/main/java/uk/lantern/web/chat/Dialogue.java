package uk.lantern.web.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.facts.Answer;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.interpret.Interpretation;
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

/**
 * Turns one message from the person into Lantern's replies. Every message is first checked for
 * crisis language; then commands ("go back", "help", "stop"...), questions about local services,
 * and finally answers are read. Thread-safe and stateless: all state is in the
 * {@link Conversation}, which the caller locks.
 */
public final class Dialogue {

    /** Longest message read; longer ones get a polite request to say it more briefly. */
    public static final int MAX_TEXT_CHARS = 1000;

    /** The {@code questionId} of the opening question about where the person lives. */
    public static final String PLACE = "place";

    private static final String OPENING = """
            Hello, I'm Lantern. I'll ask you some questions about your life and the people around you, \
            to see what might help you feel less on your own. I can also tell you about services near you.

            It takes about ten minutes. You can answer in your own words or press a button. \
            Nothing you tell me is stored, unless you ask for a copy at the end.

            You can say "help", "go back" or "stop" at any time.""";
    private static final String PLACE_TEXT = "First, so I can find services near you: what is your postcode, "
            + "or the name of your town? The first part of the postcode, like ME7, is enough. Or say \"skip\".";
    private static final String PLACE_HELP = "I only use this to find clubs, groups and other help near you.";
    private static final String COMMANDS = """
            Things you can say at any time:
            - "go back" to change your last answer
            - "change my answer to" and a few words of the question, like "change my answer to how old I am"
            - "skip" for a question you'd rather not answer
            - "start again" to begin from the first question
            - "stop" to finish for now
            You can also ask me about services, like "is there a lunch club near ME7?\"""";
    private static final Set<String> NOT_A_PLACE = Set.of("yes", "yeah", "ok", "okay", "hello", "hi", "sure", "fine",
            "what", "pardon", "why", "thanks", "thank you");
    private static final Set<String> NO_PLACE = Set.of("no", "no thanks", "no thank you", "not now", "none", "nope",
            "rather not", "i'd rather not", "id rather not", "prefer not to say");

    private final Questionnaire questionnaire;
    private final ScreeningEngine engine;
    private final SafeguardingCheck safeguarding;
    private final CrisisResponse crisis;
    private final AnswerInterpreter interpreter;
    private final ServiceFinder finder;
    private final Closing closing;

    public Dialogue(ScreeningEngine engine, SafeguardingCheck safeguarding, CrisisResponse crisis,
                    AnswerInterpreter interpreter, LocalServicesDirectory directory) {
        this.engine = engine;
        this.questionnaire = engine.ruleBase().questionnaire();
        this.safeguarding = safeguarding;
        this.crisis = crisis;
        this.interpreter = interpreter;
        this.finder = new ServiceFinder(directory);
        this.closing = new Closing(engine.ruleBase().catalogue(), finder);
    }

    /** The first messages of a new conversation. */
    public List<ChatMessage> open(Conversation c) {
        List<ChatMessage> out = new ArrayList<>();
        out.add(c.say(Kind.INFO, OPENING, null, null, List.of(), List.of(), null));
        askAgain(c, out, null);
        return out;
    }

    /** What to send when the person comes back to the conversation: where they were. */
    public List<ChatMessage> resume(Conversation c) {
        List<ChatMessage> out = new ArrayList<>();
        askAgain(c, out, "Welcome back. Here is where we were.");
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
                List<ChatMessage> out = new ArrayList<>();
                accept(c, q, exact, out);
                return out;
            }
        }
        return hear(c, value);
    }

    /** The person typed something. */
    public List<ChatMessage> hear(Conversation c, String text) {
        List<ChatMessage> out = new ArrayList<>();
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
        if (answerServiceQuestion(c, text, false, out)) {
            return;
        }
        String t = text.strip().toLowerCase(Locale.UK).replaceAll("[.!]+$", "");
        if (NO_PLACE.contains(t)) {
            startQuestions(c, null, "That's fine.", out);
            return;
        }
        Optional<Question> postcodeQuestion = questionnaire.questions().stream()
                .filter(q -> q.type() == AnswerType.POSTCODE).findFirst();
        Optional<String> postcode = postcodeQuestion
                .map(q -> interpreter.interpret(q, text))
                .filter(i -> i instanceof Interpretation.Understood)
                .map(i -> String.valueOf(((Interpretation.Understood) i).value()))
                .or(() -> Postcodes.normalise(text));
        if (postcode.isPresent()) {
            startQuestions(c, postcode.get(), "Thank you.", out);
            return;
        }
        String town = t.replaceFirst("^(i live in|i'm in|im in|in|near|it's|its)\\s+", "");
        if (!NOT_A_PLACE.contains(town) && town.matches("[a-z][a-z '\\-]{1,40}") && town.split(" ").length <= 4) {
            startQuestions(c, town, "Thank you.", out);
            return;
        }
        if (c.countUnclear() >= 2) {
            startQuestions(c, null, "Let's not worry about that for now.", out);
            return;
        }
        out.add(c.say(Kind.QUESTION, "I'm sorry, I didn't catch that. Please type a postcode like ME7, or a town "
                + "like Gillingham, or say \"skip\".", PLACE, PLACE_HELP, placeOptions(), List.of(), null));
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
        if (answerServiceQuestion(c, text, false, out)) {
            return;
        }
        Interpretation reading = interpreter.interpret(q, text);
        if (reading instanceof Interpretation.Understood understood) {
            accept(c, q, understood.value(), out);
            return;
        }
        if (answerServiceQuestion(c, text, true, out)) {
            return;
        }
        unclear(c, q, ((Interpretation.Unclear) reading).why(), out);
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
        if (answerServiceQuestion(c, text, true, out)) {
            return;
        }
        out.add(c.say(Kind.INFO, c.stage() == Stage.FINISHED
                        ? "We've finished the questions. You can ask me about local services, say \"start again\", or close this window."
                        : "We stopped for now. You can say \"start again\" whenever you like, or close this window.",
                null, null, List.of(new QuickReply("Start again", "start again")), List.of(), null));
    }

    private boolean answerServiceQuestion(Conversation c, String text, boolean notAnAnswer, List<ChatMessage> out) {
        Optional<ServiceQuestion> asked = ServiceQuestion.read(text, notAnAnswer);
        if (asked.isEmpty()) {
            return false;
        }
        String place = asked.get().postcode() != null ? asked.get().postcode() : c.place();
        List<ServiceSuggestion> found = finder.byWords(asked.get().words(), place, 3);
        String reply = found.isEmpty()
                ? "I'm sorry, I couldn't find anything like that in my list. " + Closing.SILVER_LINE
                : "Here is what I found:\n" + String.join("\n", found.stream().map(ServiceSuggestion::asLine).toList());
        out.add(c.say(Kind.SERVICES, reply, null, null, List.of(), found, null));
        if (c.stage() == Stage.PLACE || c.stage() == Stage.QUESTIONS) {
            askAgain(c, out, "Now, back to where we were.");
        }
        return true;
    }

    private void obey(Conversation c, Command command, List<ChatMessage> out) {
        switch (command.kind()) {
            case BACK -> goBack(c, out);
            case CHANGE -> change(c, command.questionId(), out);
            case RESTART -> {
                c.forgetAnswers();
                c.stage(c.place() == null ? Stage.PLACE : Stage.QUESTIONS);
                if (c.stage() == Stage.PLACE) {
                    askAgain(c, out, "Let's start again from the beginning.");
                } else {
                    askNext(c, out, "Let's start again from the beginning.");
                }
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
        if (questionId == null || !c.isSettled(questionId)) {
            askAgain(c, out, "I'm not sure which answer you'd like to change. You could say, for example, "
                    + "\"change my answer to how old I am\".");
            return;
        }
        reopen(c, questionId, "Of course. Let's look at that one again.", out);
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
        String why = c.stage() == Stage.PLACE ? PLACE_HELP
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

    /** Records an answer the questionnaire will accept and moves on. */
    private void accept(Conversation c, Question q, Object value, List<ChatMessage> out) {
        c.answer(q.id(), value);
        answerDangerAtOnce(c, out);
        askNext(c, out, null);
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
                Optional<String> postcode = Postcodes.normalise(c.place());
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
        boolean cannotTravel = Boolean.FALSE.equals(kept.get("can_get_out"));
        Summary summary = closing.summarise(assessment, c.place(), cannotTravel, c.safeguardingFlag(),
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
            case PLACE -> out.add(c.say(Kind.QUESTION, lead == null ? PLACE_TEXT : lead + "\n\n" + PLACE_TEXT,
                    PLACE, PLACE_HELP, placeOptions(), List.of(), null));
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
