package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.ShippedDirectory;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.directory.store.ImportRecord;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.web.directory.TestDirectoryDatabase;
import uk.lantern.web.signpost.ServiceFinder;

/**
 * The public chat says plainly when the services it suggests are the sample shipped with Lantern,
 * and stops saying so once a council's data is imported, even when the services are the same.
 */
class SampleDirectoryLabelTest {

    private static final Map<String, String> TYPED = TypedAnswers.OLDER_WIDOW;

    @TempDir
    Path dir;

    @Test
    void theClosingAndAServiceAnswerSaySampleServicesAreExamplesUntilACouncilsDataIsImported() throws Exception {
        try (LocalServicesDirectory directory = LocalServicesDirectory.open(dir.resolve("index"),
                new DirectoryStore(TestDirectoryDatabase.create(dir)))) {
            Dialogue dialogue = new Dialogue(new ScreeningEngine(RuleBase.load()), SafeguardingCheck.load(),
                    CrisisResponse.load(), new AnswerInterpreter(), directory);
            assertThat(directory.isSample()).isTrue();
            assertThat(screenedThenAsked(dialogue)).allSatisfy(services -> assertThat(services)
                    .contains(ServiceFinder.SAMPLE_NOTE));

            directory.replaceAll(ShippedDirectory.services(), ImportRecord.IMPORT, "council feed", 0);
            assertThat(directory.isSample()).isFalse();
            assertThat(screenedThenAsked(dialogue)).allSatisfy(services -> assertThat(services)
                    .doesNotContain("example services"));
        }
    }

    /** The closing's services message, then the answer to a question about services. */
    private static List<String> screenedThenAsked(Dialogue dialogue) {
        Conversation c = new Conversation(Instant.now());
        List<ChatMessage> replies = dialogue.open(c);
        replies = dialogue.hear(c, "ME7 1AB");
        int turns = 0;
        while (replies.getLast().kind() == ChatMessage.Kind.QUESTION && turns++ < 80) {
            String asked = replies.getLast().questionId();
            assertThat(TYPED).containsKey(asked);
            replies = dialogue.hear(c, TYPED.get(asked));
        }
        assertThat(c.stage()).isEqualTo(Conversation.Stage.FINISHED);
        ChatMessage closing = replies.stream().filter(m -> m.kind() == ChatMessage.Kind.SERVICES
                && !m.services().isEmpty()).findFirst().orElseThrow();
        ChatMessage answer = dialogue.hear(c, "is there a lunch club").getLast();
        assertThat(answer.kind()).isEqualTo(ChatMessage.Kind.SERVICES);
        assertThat(answer.services()).isNotEmpty();
        return List.of(closing.text(), answer.text());
    }
}
