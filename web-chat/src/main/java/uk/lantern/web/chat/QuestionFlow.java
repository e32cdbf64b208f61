package uk.lantern.web.chat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.lantern.engine.facts.Answer;
import uk.lantern.engine.questionnaire.AnswerType;
import uk.lantern.engine.questionnaire.Postcodes;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.questionnaire.Questionnaire;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.chat.Conversation.Stage;

/**
 * The order of the conversation: which question comes next (skipping those that no longer apply,
 * and filling the postcode question from the place given), putting the current question again,
 * reopening an answered one, and handing over to {@link ScreeningEnd} when none is left.
 * Stateless: all state is in the {@link Conversation}.
 */
final class QuestionFlow {

    private final Questionnaire questionnaire;
    private final ScreeningEnd end;

    QuestionFlow(Questionnaire questionnaire, ScreeningEnd end) {
        this.questionnaire = questionnaire;
        this.end = end;
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }

    /** The question the conversation is at, or null before the questions or after them. */
    Question currentQuestion(Conversation c) {
        return c.current() == null ? null : questionnaire.question(c.current()).orElse(null);
    }

    /** Moves from the place question to the first question, with the place (or none) kept. */
    void startQuestions(Conversation c, String place, String first, List<ChatMessage> out) {
        c.place(place);
        c.stage(Stage.QUESTIONS);
        c.current(null);
        askNext(c, out, first);
    }

    /** Asks the next question that applies, or ends the screening when there is none. */
    void askNext(Conversation c, List<ChatMessage> out, String lead) {
        Function<String, Answer> earlier = answersSoFar(c);
        for (Question q : questionnaire.questions()) {
            if (c.isSettled(q.id()) || !q.isAskedGiven(earlier)) {
                continue;
            }
            if (q.type() == AnswerType.POSTCODE) {
                // a sector ("ME7 1") answers the postcode question with its district, never as "ME71"
                Optional<String> postcode = Postcodes.normalise(c.place() == null ? null
                        : c.place().replaceFirst("^([A-Z]{1,2}[0-9][A-Z0-9]?) [0-9]$", "$1"));
                c.settleForThem(q.id(), postcode.orElse(null));
                earlier = answersSoFar(c);
                continue;
            }
            c.current(q.id());
            ask(c, q, lead == null ? q.text() : lead + "\n\n" + q.text(), out);
            return;
        }
        end.finish(c, answersThatApply(c), out)
                .ifPresent(id -> reopen(c, id, "I need an answer to this one before I can finish.", out));
    }

    /** Puts the current question (or the place question, or the ending) to the person again. */
    void askAgain(Conversation c, List<ChatMessage> out, String lead) {
        switch (c.stage()) {
            case PLACE -> out.add(c.say(Kind.QUESTION, lead == null ? PlaceAnswer.QUESTION : lead + "\n\n"
                    + PlaceAnswer.QUESTION, Dialogue.PLACE, PlaceAnswer.WHY, placeOptions(), List.of(), null));
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
                out.add(c.say(Kind.SUMMARY, text, null, null, List.of(ScreeningEnd.START_AGAIN), s.services(), s));
            }
            case STOPPED -> out.add(c.say(Kind.INFO, (lead == null ? "" : lead + "\n\n")
                            + "We stopped for now. You can say \"start again\" whenever you like.", null, null,
                    List.of(ScreeningEnd.START_AGAIN), List.of(), null));
        }
    }

    /** Opens an answered question again and asks it. */
    void reopen(Conversation c, String questionId, String lead, List<ChatMessage> out) {
        c.reopen(questionId);
        c.summary(null);
        c.stage(Stage.QUESTIONS);
        c.current(questionId);
        Question q = questionnaire.question(questionId).orElseThrow();
        ask(c, q, lead + "\n\n" + q.text(), out);
    }

    /** Asks {@code q} in these words, saying so when it is the same as the last message. */
    void ask(Conversation c, Question q, String text, List<ChatMessage> out) {
        ChatMessage last = c.lastMessage();
        if (last != null && last.text().equals(text)) {
            text = "Let me ask that again. " + text;
        }
        out.add(c.say(Kind.QUESTION, text, q.id(), q.help(), QuestionPrompts.options(q), List.of(), null));
    }

    /** The replies offered with the place question. */
    static List<QuickReply> placeOptions() {
        return List.of(new QuickReply("Skip this", QuestionPrompts.SKIP));
    }

    /** Only the answers to questions that still apply, after answers were changed, in questionnaire order. */
    Map<String, Object> answersThatApply(Conversation c) {
        Map<String, Object> kept = new LinkedHashMap<>();
        Map<String, Answer> asAnswers = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            Object value = c.answers().get(q.id());
            if (value != null && q.isAskedGiven(asAnswers::get)) {
                kept.put(q.id(), value);
                asAnswers.put(q.id(), toAnswer(q, value));
            }
        }
        return kept;
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
}
