package uk.lantern.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void allowsABurstThenRefills() {
        RateLimit limit = new RateLimit(5, 5, 0);
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryTake(0)).isTrue();
        }
        assertThat(limit.tryTake(0)).isFalse();
        assertThat(limit.tryTake(200_000_000L)).isTrue();
        assertThat(limit.tryTake(200_000_000L)).isFalse();
    }
}
