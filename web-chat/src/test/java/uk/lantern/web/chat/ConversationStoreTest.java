package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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
    private final ConversationStore store = new ConversationStore(Duration.ofMinutes(30), 3, clock);

    @Test
    void resumesWithinThirtyIdleMinutesAndForgetsAfter() {
        ConversationStore.Started started = store.start().orElseThrow();
        clock.advance(Duration.ofMinutes(30));
        assertThat(store.resume(started.token())).containsSame(started.conversation());
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(store.resume(started.token())).isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void theSweepForgetsOnlyIdleConversations() {
        ConversationStore.Started old = store.start().orElseThrow();
        clock.advance(Duration.ofMinutes(20));
        ConversationStore.Started recent = store.start().orElseThrow();
        clock.advance(Duration.ofMinutes(11));
        store.sweep();
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.resume(old.token())).isEmpty();
        assertThat(store.resume(recent.token())).isPresent();
    }

    @Test
    void tokensAreLongRandomAndNeverReused() {
        String a = store.start().orElseThrow().token();
        String b = store.start().orElseThrow().token();
        assertThat(a).hasSize(22).matches("[A-Za-z0-9_-]+").isNotEqualTo(b);
        assertThat(store.resume("guess")).isEmpty();
        assertThat(store.resume("x".repeat(500))).isEmpty();
    }

    @Test
    void aFullStoreRefusesNewConversationsUntilIdleOnesAreForgotten() {
        store.start();
        store.start();
        store.start();
        assertThat(store.start()).isEmpty();
        clock.advance(Duration.ofMinutes(31));
        assertThat(store.start()).isPresent();
        assertThat(store.size()).isEqualTo(1);
    }
}
