package uk.lantern.web.chat;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.interpret.Interpretation;
import uk.lantern.engine.questionnaire.Question;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.chat.Conversation.Stage;

/**
 * An answer to the current question, pressed or typed: a typed one is read by the engine's
 * {@link AnswerInterpreter} and read back ({@link ReadBack}) with "Change my answer" offered; one
 * that cannot be read is asked again more simply each time; an answer revealing immediate danger
 * is answered at once.
 */
final class AnswerTurn {

    private final ScreeningEngine engine;
    private final AnswerInterpreter interpreter;
    private final CrisisResponse crisis;
    private final ChatSignals signals;
    private final QuestionFlow flow;
    private final ServiceTurn services;

    AnswerTurn(ScreeningEngine engine, AnswerInterpreter interpreter, CrisisResponse crisis, ChatSignals signals,
               QuestionFlow flow, ServiceTurn services) {
        this.engine = engine;
        this.interpreter = interpreter;
        this.crisis = crisis;
        this.signals = signals;
        this.flow = flow;
        this.services = services;
    }

    /** Reads typed text as the answer to the current question (or a question about services). */
    void hear(Conversation c, String text, List<ChatMessage> out) {
        Question q = flow.currentQuestion(c);
        if (q == null) {
            flow.askNext(c, out, null);
            return;
        }
        switch (interpreter.interpret(q, text)) {
            case Interpretation.Understood understood -> accept(c, q, understood.value(), ReadBack.of(q, understood.value()), out);
            case Interpretation.AboutServices about when about.carried() != null -> {
                // "I am a carer, is there any carer's allowance?": the services answered, the yes kept.
                services.answerOnly(c, about.question(), out);
                accept(c, q, about.carried(), ReadBack.of(q, about.carried()), out);
            }
            case Interpretation.AboutServices about -> services.answer(c, about.question(), out);
            case Interpretation.Unclear unclear -> unclear(c, q, unclear.why(), out);
        }
    }

    /**
     * After crisis help was given for a message typed at a question: if the message is also clearly
     * an answer to that question, records it and moves on, reading back how it was taken (so it can
     * be changed); otherwise adds nothing.
     *
     * @param lead said before the read-back
     * @return whether the message was taken as the answer
     */
    boolean acceptIfUnderstood(Conversation c, String text, String lead, List<ChatMessage> out) {
        Question q = flow.currentQuestion(c);
        if (q == null || !(interpreter.interpret(q, text) instanceof Interpretation.Understood understood)) {
            return false;
        }
        accept(c, q, understood.value(), lead + " " + ReadBack.of(q, understood.value()), out);
        return true;
    }

    /**
     * Records an answer the questionnaire will accept and moves on.
     *
     * @param readBack how a typed answer was read, said before the next question; null for a button
     */
    void accept(Conversation c, Question q, Object value, String readBack, List<ChatMessage> out) {
        c.answer(q.id(), value);
        answerDangerAtOnce(c, out);
        flow.askNext(c, out, readBack);
        if (readBack != null) {
            offerChange(c, out);
        }
    }

    private void unclear(Conversation c, Question q, String why, List<ChatMessage> out) {
        int count = c.countUnclear();
        if (count == 1) {
            flow.ask(c, q, QuestionPrompts.rephrase(q, why), out);
        } else if (count == 2) {
            flow.ask(c, q, QuestionPrompts.choicesOnly(q), out);
        } else if (!q.required()) {
            c.skip(q.id());
            flow.askNext(c, out, "Let's leave that one; it doesn't matter.");
        } else {
            ChatMessage last = c.lastMessage();
            flow.ask(c, q, QuestionPrompts.stillUnsure(q, count, last == null ? null : last.text()), out);
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
        for (Assessment.UrgentConcern concern : engine.urgentConcernsSoFar(flow.answersThatApply(c))) {
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

    /** A quick-reply value exactly as the question takes it, or null. */
    static Object exactValue(Question q, String value) {
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
