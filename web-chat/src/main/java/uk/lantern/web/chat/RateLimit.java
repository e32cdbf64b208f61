package uk.lantern.web.chat;

/**
 * A token bucket for one connection: up to {@code burst} messages at once, refilled at
 * {@code perSecond}. Thread-safe.
 */
final class RateLimit {

    private final int burst;
    private final double perNano;
    private double tokens;
    private long last;

    RateLimit(int burst, double perSecond, long nowNanos) {
        this.burst = burst;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = burst;
        this.last = nowNanos;
    }

    /** Takes one message's worth; false when the connection is sending too fast. */
    synchronized boolean tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
