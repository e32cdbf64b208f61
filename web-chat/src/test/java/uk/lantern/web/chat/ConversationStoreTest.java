package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.web.directory.TestDirectoryDatabase;

/** Conversations resume within the idle limit, are forgotten after it, and the store stays bounded. */
class ConversationStoreTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    /** Three places, two per client, two new a minute per client; a full store may forget one idle five minutes. */
    private static final ConversationStore.Capacity SMALL =
            new ConversationStore.Capacity(Duration.ofMinutes(30), 3, 2, 2, Duration.ofMinutes(5));
    @TempDir
    Path folder;
    private ConversationRecords records;
    private ConversationStore store;

    @BeforeEach
    void database() {
        records = new ConversationRecords(TestDirectoryDatabase.create(folder));
        store = new ConversationStore(SMALL, clock, records);
    }

    private ConversationStore.Started start(String client) {
        ConversationStore.Started started = store.start(client);
        assertThat(started.refused()).as("refused: %s", started.refusal()).isFalse();
        return started;
    }

    @Test
    void resumesWithinThirtyIdleMinutesAndForgetsAfter() {
        ConversationStore.Started started = start("a");
        clock.advance(Duration.ofMinutes(30));
        assertThat(store.resume(started.token())).containsSame(started.conversation());
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(store.resume(started.token())).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void theSweepForgetsOnlyIdleConversations() {
        ConversationStore.Started old = start("a");
        clock.advance(Duration.ofMinutes(20));
        ConversationStore.Started recent = start("a");
        clock.advance(Duration.ofMinutes(11));
        store.sweep();
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.resume(old.token())).isEmpty();
        assertThat(store.resume(recent.token())).isPresent();
    }

    @Test
    void tokensAreLongRandomAndNeverReused() {
        String a = start("a").token();
        String b = start("a").token();
        assertThat(a).hasSize(22).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
        assertThat(store.resume("guess")).isEmpty();
        assertThat(store.resume("x".repeat(500))).isEmpty();
    }

    @Test
    void aFullStoreRefusesOnlyWhileEveryConversationIsActive() {
        start("a");
        start("b");
        clock.advance(Duration.ofMinutes(4));
        start("c");
        assertThat(store.start("d").refusal()).isEqualTo(ConversationStore.Refusal.FULL);
        clock.advance(Duration.ofMinutes(31));
        assertThat(store.start("d").refused()).isFalse();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void theConversationIdleLongestMakesRoomOnceIdleFiveMinutes() {
        ConversationStore.Started oldest = start("a");
        clock.advance(Duration.ofMinutes(1));
        ConversationStore.Started b = start("b");
        ConversationStore.Started c = start("c");
        clock.advance(Duration.ofMinutes(4).minusSeconds(1));
        assertThat(store.start("d").refusal()).as("the oldest idle 4:59").isEqualTo(ConversationStore.Refusal.FULL);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.start("d").refused()).as("the oldest idle 5:00").isFalse();
        assertThat(store.size()).as("the oldest left this instance's memory").isEqualTo(3);
        assertThat(store.resume(oldest.token())).as("but is loaded again from the database")
                .get().isNotSameAs(oldest.conversation());
        assertThat(store.resume(b.token())).isPresent();
        assertThat(store.resume(c.token())).isPresent();
    }

    @Test
    void oneClientCannotHoldMoreThanItsShare() {
        start("a");
        start("a");
        assertThat(store.start("a").refusal()).isEqualTo(ConversationStore.Refusal.CLIENT_LIMIT);
        assertThat(store.start("b").refused()).isFalse();
    }

    @Test
    void aClosedChatStopsCountingAgainstItsClientsShareButCanStillBeResumed() {
        ConversationStore roomy = new ConversationStore(
                new ConversationStore.Capacity(Duration.ofMinutes(30), 100, 2, 100, Duration.ofMinutes(5)), clock, records);
        ConversationStore.Started first = roomy.start("a");
        ConversationStore.Started second = roomy.start("a");
        assertThat(roomy.start("a").refusal()).as("two open chats").isEqualTo(ConversationStore.Refusal.CLIENT_LIMIT);
        roomy.release(first.token());
        ConversationStore.Started third = roomy.start("a");
        assertThat(third.refused()).as("after one closed").isFalse();
        assertThat(roomy.start("a").refusal()).as("still two open").isEqualTo(ConversationStore.Refusal.CLIENT_LIMIT);
        assertThat(roomy.resume(first.token())).as("the closed chat can come back").isPresent();
        roomy.release(second.token());
        roomy.release(third.token());
        roomy.release("no-such-token");
        roomy.release(null);
        for (int i = 0; i < 20; i++) {
            ConversationStore.Started next = roomy.start("a");
            assertThat(next.refused()).as("chat %d after the others closed", i).isFalse();
            roomy.release(next.token());
        }
    }

    @Test
    void oneClientCannotStartMoreThanItsAllowanceAMinute() {
        ConversationStore roomy = new ConversationStore(
                new ConversationStore.Capacity(Duration.ofMinutes(30), 100, 100, 2, Duration.ofMinutes(5)), clock, records);
        assertThat(roomy.start("a").refused()).isFalse();
        assertThat(roomy.start("a").refused()).isFalse();
        assertThat(roomy.start("a").refusal()).isEqualTo(ConversationStore.Refusal.CLIENT_LIMIT);
        clock.advance(Duration.ofSeconds(29));
        assertThat(roomy.start("a").refused()).as("half an allowance after 29 s").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(roomy.start("a").refused()).as("one more after 31 s").isFalse();
        assertThat(roomy.start("b").refused()).isFalse();
    }

    @Test
    void anotherInstanceOnTheSameDatabaseContinuesTheConversationAndTheFirstSeesWhatItDid() {
        ConversationStore other = new ConversationStore(SMALL, clock, records);
        ConversationStore.Started started = start("a");
        Conversation here = started.conversation();
        here.place("Leeds");
        here.answer("age", 70);
        here.current("lives_alone");
        store.save(started.token(), here);

        clock.advance(Duration.ofMinutes(1));
        Conversation there = other.resume(started.token()).orElseThrow();
        assertThat(there.current()).isEqualTo("lives_alone");
        assertThat(there.place()).isEqualTo("Leeds");
        assertThat(there.answers()).containsEntry("age", 70);
        there.answer("lives_alone", true);
        there.current("contact");
        other.save(started.token(), there);

        clock.advance(Duration.ofMinutes(1));
        Conversation back = store.resume(started.token()).orElseThrow();
        assertThat(back).as("the older state held here is replaced").isNotSameAs(here);
        assertThat(back.current()).isEqualTo("contact");
        assertThat(back.answers()).containsEntry("lives_alone", true);
    }

    @Test
    void idleConversationsAreDeletedFromTheDatabaseAndCannotBeResumedAnywhere() {
        ConversationStore.Started started = start("a");
        clock.advance(Duration.ofMinutes(30));
        assertThat(store.deleteIdle()).as("idle exactly the limit is kept").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.deleteIdle()).isEqualTo(1);
        assertThat(new ConversationStore(SMALL, clock, records).resume(started.token())).isEmpty();
        assertThat(store.resume(started.token())).isEmpty();
        assertThat(store.size()).isZero();
    }
}
