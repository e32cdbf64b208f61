package uk.lantern.web.chat;

import java.util.List;
import java.util.Optional;

import uk.lantern.engine.interpret.ServiceQuestion;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.chat.Conversation.Stage;

/**
 * Questions about local services, at any point: answered ({@link ServiceReply}), then the
 * conversation goes back to where it was; after the end or a stop, anything that is not one gets
 * a short note of what can still be done.
 */
final class ServiceTurn {

    private final ServiceReply services;
    private final QuestionFlow flow;

    ServiceTurn(ServiceReply services, QuestionFlow flow) {
        this.services = services;
        this.flow = flow;
    }

    /** Answers a question about services, then goes back to where the conversation was. */
    void answer(Conversation c, ServiceQuestion asked, List<ChatMessage> out) {
        answerOnly(c, asked, out);
        if (c.stage() == Stage.PLACE || c.stage() == Stage.QUESTIONS) {
            flow.askAgain(c, out, "Now, back to where we were.");
        }
    }

    /** Answers a question about services without asking the current question again (the caller moves on). */
    void answerOnly(Conversation c, ServiceQuestion asked, List<ChatMessage> out) {
        out.add(services.answer(c, asked));
    }

    /** What the person types after the end or a stop: a question about services, or anything else. */
    void hearAfterwards(Conversation c, String text, List<ChatMessage> out) {
        // round 15: "anything free near me? I can't get on a bus" after the summary keeps to the person's place
        // and needs, with what they ask for (free, comes to them) as filters
        Optional<ChatMessage> followUp = services.followUp(c, text);
        if (followUp.isPresent()) {
            out.add(followUp.get());
            return;
        }
        Optional<ServiceQuestion> asked = ServiceQuestion.read(text, true);
        if (asked.isPresent()) {
            answer(c, asked.get(), out);
            return;
        }
        out.add(c.say(Kind.INFO, c.stage() == Stage.FINISHED
                        ? "We've finished the questions. You can ask me about local services, like \"who can help with "
                        + "heating bills?\", say \"start again\", or close this window."
                        : "We stopped for now. You can say \"start again\" whenever you like, or close this window.",
                null, null, List.of(ScreeningEnd.START_AGAIN), List.of(), null));
    }
}
