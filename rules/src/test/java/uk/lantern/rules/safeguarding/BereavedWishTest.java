package uk.lantern.rules.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.lantern.engine.safeguarding.AnswerTopics;
import uk.lantern.engine.safeguarding.Concern;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.Help;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.engine.safeguarding.SafeguardingResult;

/**
 * Round 19 (s26), the lead's two decisions on the bereaved wish (docs/safeguarding.md, "Round 19 (s26)"): a wish to
 * go to, follow, join or be with someone who died, told with one sign, raises {@link Concern#BEREAVED_WISH} (the
 * suicide help) with its own gentle reply; and at a question whose "yes" means a death the question supplies the
 * loss. Our own wordings, not the outsiders' rows.
 */
class BereavedWishTest {

    private static SafeguardingCheck check;
    private static AnswerTopics topics;
    private static CrisisResponse crisis;

    @BeforeAll
    static void load() {
        check = SafeguardingCheck.load();
        topics = AnswerTopics.load();
        crisis = CrisisResponse.load();
    }

    @Test
    void aWishToGoToSomeoneWhoDiedToldWithOneSignIsABereavedWish() {
        for (String message : List.of("My mam's gone and I want to go where she is.",
                "Since Harold passed I'd like to follow him.",
                "My sister died in May and I'll be with her soon.",
                "He always said he'd wait for me, and I don't want to keep him waiting.")) {
            assertThat(check.check(message).kinds()).as(message).contains(Concern.BEREAVED_WISH);
        }
    }

    @Test
    void ordinaryGriefAVisitAndDeathInItsOwnTimeStayQuiet() {
        for (String message : List.of("I miss him so much since he died.",
                "My wife died last spring and I go to be with her at the cemetery on Sundays.",
                "Since Len passed I'll be with him one day, when my time comes, but not yet.",
                "Mum's gone to bingo and I want to go with her next week.",
                "My husband died in 2019. He's with me in spirit.")) {
            assertThat(check.check(message).crisis()).as(message).isFalse();
        }
    }

    @Test
    void theReplyToABereavedWishIsGentleAsksDirectlyAndGivesTheCrisisLines() {
        SafeguardingResult found = check.check("Since Harold passed I'd like to follow him.");
        String reply = crisis.replyTo(found.kinds(), Set.of());
        String plain = crisis.helpText(List.of(Help.SUICIDE_SELF_HARM), Set.of());
        assertThat(reply).startsWith("I am so sorry you have lost them.")
                .contains("are you thinking of ending your life?").contains("999");
        assertThat(reply.substring(reply.indexOf("\n\n"))).as("the same help lines as the crisis reply")
                .isEqualTo(plain.substring(plain.indexOf("\n\n")));
        assertThat(crisis.replyTo(Set.of(Concern.BEREAVED_WISH, Concern.EXPLICIT), Set.of()))
                .as("a bereaved wish with a plan keeps the crisis reply").isEqualTo(plain);
    }

    @Test
    void theLossQuestionSuppliesTheDeath() {
        String answer = "yes my wife, and I just want to be with her now";
        assertThat(check.check(answer).crisis()).as("on its own").isFalse();
        assertThat(topics.check(check, "recent_loss", answer).kinds()).as("at recent_loss")
                .contains(Concern.BEREAVED_WISH);
        assertThat(topics.check(check, "living_alone", answer).crisis()).as("at a question that is not about a loss")
                .isFalse();
        assertThat(topics.check(check, "recent_loss", "Yes, my husband. I miss him every day.").crisis()).isFalse();
    }
}
