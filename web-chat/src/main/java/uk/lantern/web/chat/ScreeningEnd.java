package uk.lantern.web.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.lantern.engine.Assessment;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.questionnaire.InvalidAnswersException;
import uk.lantern.engine.questionnaire.Questionnaire;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Helpline;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.chat.Conversation.Stage;

/**
 * How a conversation ends: the closing messages once every question that applies is answered
 * (what to act on now, the reflection, services, more help; see {@link Closing}), or the goodbye
 * when the person says "stop", which forgets everything.
 */
final class ScreeningEnd {

    /** The reply offered after the end. */
    static final QuickReply START_AGAIN = new QuickReply("Start again", "start again");

    private final ScreeningEngine engine;
    private final Questionnaire questionnaire;
    private final CrisisResponse crisis;
    private final Closing closing;
    private final ChatSignals signals;

    ScreeningEnd(ScreeningEngine engine, CrisisResponse crisis, Closing closing, ChatSignals signals) {
        this.engine = engine;
        this.questionnaire = engine.ruleBase().questionnaire();
        this.crisis = crisis;
        this.closing = closing;
        this.signals = signals;
    }

    /**
     * Assesses the answers kept and sends the closing messages.
     *
     * @param kept the answers to the questions that still apply, in questionnaire order
     * @return the id of a question still needing an answer before the screening can end, or empty
     *         when it ended
     * @throws InvalidAnswersException when the problem is with no question the chat can ask
     */
    Optional<String> finish(Conversation c, Map<String, Object> kept, List<ChatMessage> out) {
        Assessment assessment;
        try {
            assessment = engine.assess(kept);
        } catch (InvalidAnswersException e) {
            String id = e.problems().getFirst().question();
            if (questionnaire.question(id).isPresent()) {
                return Optional.of(id);
            }
            throw e;
        }
        if (assessment.urgent()) {
            c.raiseSafeguardingFlag();
        }
        // Round 16b: the summary's first box lists the ways to reach help without a voice call after the
        // help given, as every crisis box does.
        List<String> firstHelp = new java.util.ArrayList<>(crisis.linesFor(c.helpGiven()).stream().map(Helpline::line).toList());
        if (!firstHelp.isEmpty()) {
            crisis.deafLines().forEach(l -> firstHelp.add(l.line()));
        }
        // round 20 (g27): "I'm Deaf, I use BSL", "texts only" said anywhere in the chat leaves out voice-only help
        boolean saidNoVoicePhone = c.transcript().stream().anyMatch(m -> m.kind() == Kind.PERSON
                && uk.lantern.web.signpost.VoicePhone.saysNoVoicePhone(m.text()));
        Summary summary = closing.summarise(assessment, kept, c.place(), c.safeguardingFlag(), firstHelp,
                c.helpGiven().contains(uk.lantern.engine.safeguarding.Help.SUICIDE_SELF_HARM), saidNoVoicePhone);
        c.stage(Stage.FINISHED);
        c.current(null);
        c.summary(summary);
        if (!summary.actNow().isEmpty()) {
            out.add(c.say(Kind.CRISIS, Closing.actNow(summary), null, null, List.of(), List.of(), null));
        }
        out.add(c.say(Kind.INFO, Closing.reflection(summary), null, null, List.of(), List.of(), null));
        out.add(c.say(Kind.SERVICES, Closing.services(summary), null, null, List.of(), summary.services(), null));
        out.add(c.say(Kind.SUMMARY, Closing.moreHelp(summary), null, null, List.of(START_AGAIN), summary.services(),
                summary));
        signals.screeningCompleted();
        return Optional.empty();
    }

    /** "Stop": forgets everything and says goodbye, with the crisis lines again when help was given. */
    void stop(Conversation c, List<ChatMessage> out) {
        String talk = Closing.talkLine(c.answers().get("age"));
        c.forgetEverything();
        c.stage(Stage.STOPPED);
        c.current(null);
        StringBuilder text = new StringBuilder("Thank you for talking with me today. Nothing you've told me has been kept.")
                .append("\n\nIf you would like someone to talk to, ").append(talk);
        if (c.safeguardingFlag()) {
            text.append("\n\n").append(Closing.EMERGENCY);
            if (!talk.equals(Closing.SAMARITANS)) {
                text.append(' ').append(Closing.SAMARITANS);
            }
        }
        text.append("\n\nTake care.");
        out.add(c.say(Kind.INFO, text.toString(), null, null, List.of(START_AGAIN), List.of(), null));
    }
}
