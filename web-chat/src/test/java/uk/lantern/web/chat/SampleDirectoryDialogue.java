package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import uk.lantern.directory.LocalServicesDirectory;
import uk.lantern.directory.store.DirectoryStore;
import uk.lantern.engine.RuleBase;
import uk.lantern.engine.ScreeningEngine;
import uk.lantern.engine.interpret.AnswerInterpreter;
import uk.lantern.engine.safeguarding.CrisisResponse;
import uk.lantern.engine.safeguarding.SafeguardingCheck;
import uk.lantern.web.chat.ChatMessage.Kind;
import uk.lantern.web.directory.TestDirectoryDatabase;

/**
 * The chat without a server, over the shipped sample directory in a temporary database and index: one
 * {@link Dialogue} for the test class, a fresh {@link Conversation} opened before each test. Tests say things with
 * {@link #say} and read {@link #replies} (round 15: shared by the dialogue tests, which each built it alike).
 */
abstract class SampleDirectoryDialogue {

    @TempDir
    static Path indexDir;
    static LocalServicesDirectory directory;
    static Dialogue dialogue;

    Conversation c;
    /** What the chat said to the last message (or on opening). */
    List<ChatMessage> replies;

    @BeforeAll
    static void build() {
        directory = LocalServicesDirectory.open(indexDir.resolve("index"),
                new DirectoryStore(TestDirectoryDatabase.create(indexDir)));
        dialogue = new Dialogue(new ScreeningEngine(RuleBase.load()), SafeguardingCheck.load(), CrisisResponse.load(),
                new AnswerInterpreter(), directory);
    }

    @AfterAll
    static void close() throws Exception {
        directory.close();
    }

    @BeforeEach
    void start() {
        c = new Conversation(Instant.now());
        replies = dialogue.open(c);
    }

    /** Types {@code text} into the conversation; returns the chat's last reply. */
    ChatMessage say(String text) {
        replies = dialogue.hear(c, text);
        return replies.getLast();
    }

    /** Asks about services and checks the first reply is a services answer, which it returns. */
    ChatMessage servicesAnswer(String asked) {
        say(asked);
        assertThat(replies.getFirst().kind()).as(asked).isEqualTo(Kind.SERVICES);
        return replies.getFirst();
    }

    /** Answers every question the chat asks from {@code typed} (question id to words) until it has finished. */
    void finishWith(Map<String, String> typed) {
        int turns = 0;
        while (replies.getLast().kind() == Kind.QUESTION && turns++ < 60) {
            String asked = replies.getLast().questionId();
            assertThat(typed).as("a typed answer for " + asked).containsKey(asked);
            say(typed.get(asked));
        }
        assertThat(c.stage()).isEqualTo(Conversation.Stage.FINISHED);
    }
}
