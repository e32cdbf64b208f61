package uk.lantern.web.chat;

import java.util.List;

import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.chat.Conversation.Stage;

/**
 * Obeys a {@link Command} said at any point: go back, change an answer or the place, start
 * again, help, skip, stop, carry on.
 */
final class CommandTurn {

    private static final String COMMANDS = """
            Things you can say at any time:
            - "go back" to change your last answer
            - "change my answer to" and a few words of the question, like "change my answer to how old I am"
            - "change my postcode" to give a different postcode or town
            - "skip" for a question you'd rather not answer
            - "start again" to begin from the first question
            - "stop" to finish for now
            You can also ask me about services, like "is there a lunch club near ME7?\"""";

    private final QuestionFlow flow;
    private final ScreeningEnd end;
    private final String opening;

    /** @param opening what the opening says, said again after "start again" */
    CommandTurn(QuestionFlow flow, ScreeningEnd end, String opening) {
        this.flow = flow;
        this.end = end;
        this.opening = opening;
    }

    void obey(Conversation c, Command command, List<ChatMessage> out) {
        switch (command.kind()) {
            case BACK -> goBack(c, out);
            case CHANGE -> change(c, command.questionId(), out);
            case PLACE -> changePlace(c, out);
            case RESTART -> {
                c.forgetEverything();
                c.forgetSafeguarding();
                out.add(c.say(Kind.INFO, "Let's start again from the beginning. I've forgotten everything you told "
                        + "me before.\n\n" + opening, null, null, List.of(), List.of(), null));
                flow.askAgain(c, out, null);
            }
            case HELP -> help(c, out);
            case SKIP -> skip(c, out);
            case STOP -> end.stop(c, out);
            case CONTINUE -> flow.askAgain(c, out, c.stage() == Stage.QUESTIONS || c.stage() == Stage.PLACE
                    ? "Let's carry on." : null);
        }
    }

    private void goBack(Conversation c, List<ChatMessage> out) {
        String last = c.lastDone();
        if (c.stage() == Stage.PLACE || c.stage() == Stage.STOPPED || last == null) {
            flow.askAgain(c, out, "We're at the start, so there's nothing to go back to.");
            return;
        }
        flow.reopen(c, last, "Let's go back to the last question.", out);
    }

    private void change(Conversation c, String questionId, List<ChatMessage> out) {
        if (questionId == null && c.stage() == Stage.QUESTIONS && c.lastDone() != null) {
            flow.reopen(c, c.lastDone(), "Of course. Let's look at that one again.", out);
            return;
        }
        if (questionId == null || !c.isSettled(questionId)) {
            flow.askAgain(c, out, "I'm not sure which answer you'd like to change. You could say, for example, "
                    + "\"change my answer to how old I am\".");
            return;
        }
        flow.reopen(c, questionId, "Of course. Let's look at that one again.", out);
    }

    /**
     * Asks for the place again, at any point; the questions then carry on where they were, and a
     * finished screening ends again with services for the new place.
     */
    private void changePlace(Conversation c, List<ChatMessage> out) {
        if (!forgetPlace(c)) {
            flow.askAgain(c, out, null);
            return;
        }
        flow.askAgain(c, out, "Of course.");
    }

    /**
     * Forgets the place, so the next message is read as the place and the questions then carry on where they were;
     * false, with nothing forgotten, once the conversation is stopped.
     */
    boolean forgetPlace(Conversation c) {
        if (c.stage() == Stage.STOPPED) {
            return false;
        }
        flow.questionnaire().questions().stream().filter(q -> q.type() == AnswerType.POSTCODE)
                .forEach(q -> c.reopen(q.id()));
        c.summary(null);
        c.place(null);
        c.stage(Stage.PLACE);
        c.current(null);
        return true;
    }

    private void help(Conversation c, List<ChatMessage> out) {
        Question q = flow.currentQuestion(c);
        String why = c.stage() == Stage.PLACE ? PlaceAnswer.WHY
                : c.stage() == Stage.QUESTIONS && q != null && q.help() != null ? q.help() : null;
        String text = (why == null ? "" : "Why I ask: " + why + "\n\n") + COMMANDS;
        out.add(c.say(Kind.INFO, text, null, null, List.of(), List.of(), null));
        flow.askAgain(c, out, null);
    }

    private void skip(Conversation c, List<ChatMessage> out) {
        if (c.stage() == Stage.PLACE) {
            flow.startQuestions(c, null, PlaceAnswer.NONE_GIVEN, out);
            return;
        }
        Question q = flow.currentQuestion(c);
        if (c.stage() != Stage.QUESTIONS || q == null) {
            flow.askAgain(c, out, null);
            return;
        }
        if (!q.required()) {
            c.skip(q.id());
            flow.askNext(c, out, "That's fine, we'll leave that one.");
            return;
        }
        ChatMessage last = c.lastMessage();
        boolean saidOnce = last != null && q.id().equals(last.questionId())
                && (last.text().contains(NEEDED) || last.text().contains(STILL_NEEDED));
        // Round 14 (new-user trial): "skip" at a needed question once looped between two near-identical
        // re-asks. It is now said once, plainly, with why; a further "skip" gets the short choice only, with
        // the question in brief (round 17: the message stands alone at 200% zoom and for a screen reader).
        flow.ask(c, q, saidOnce ? STILL_NEEDED + " " + QuestionPrompts.brief(q) + " " + choices(q) : NEEDED + whyAsked(q) + " " + choices(q)
                + "\n\n" + q.text(), out);
    }

    /** Said once when "skip" is asked of a question that must be answered. */
    static final String NEEDED = "This question is one I need an answer to, so it can't be skipped.";
    /** Said when "skip" is asked again of the same question. */
    static final String STILL_NEEDED = "This one can't be skipped, I'm afraid.";

    private static String whyAsked(Question q) {
        return q.help() == null || q.help().isBlank() ? " It helps me find the right help for you." : " Why I ask: " + q.help();
    }

    private static String choices(Question q) {
        String answer = switch (q.type()) {
            case YES_NO, SINGLE_CHOICE -> "tap the answer that fits best (the nearest is fine)";
            case WHOLE_NUMBER -> "type a number";
            default -> "answer in a few words";
        };
        return "You can " + answer + ", or say \"stop\" to finish for now.";
    }
}
