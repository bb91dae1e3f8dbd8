package vn.vanban.web.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key (a user name, a client address): {@code perMinute} tokens, refilled evenly over a minute.
 * Held in memory by one server instance, so behind a load balancer each instance limits on its own; that is enough
 * to make guessing passwords or flooding the verifier slow, which is all these limits are for.
 */
final class TokenBuckets {

    /** Beyond this many keys the full (idle) buckets are dropped, so that a flood of addresses cannot fill the heap. */
    private static final int MAX_KEYS = 100_000;
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int perMinute) {
        this.perMinute = Math.max(1, perMinute);
    }

    /** How long until {@code key} has a token again; zero when it has one now. Takes nothing. */
    Duration waitFor(String key, long nowNanos) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? Duration.ZERO : bucket.waitFor(nowNanos);
    }

    /** Takes a token of {@code key}; returns how long to wait instead when there is none. */
    Duration take(String key, long nowNanos) {
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(b -> b.isFull(nowNanos));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(nowNanos)).take(nowNanos);
    }

    private final class Bucket {

        private double tokens = perMinute;
        private long refilledAt;

        Bucket(long nowNanos) {
            this.refilledAt = nowNanos;
        }

        synchronized Duration waitFor(long nowNanos) {
            refill(nowNanos);
            if (tokens >= 1) {
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) * MINUTE_NANOS / perMinute));
        }

        synchronized Duration take(long nowNanos) {
            Duration wait = waitFor(nowNanos);
            if (wait.isZero()) {
                tokens -= 1;
            }
            return wait;
        }

        synchronized boolean isFull(long nowNanos) {
            refill(nowNanos);
            return tokens >= perMinute;
        }

        private void refill(long nowNanos) {
            tokens = Math.min(perMinute, tokens + (double) (nowNanos - refilledAt) * perMinute / MINUTE_NANOS);
            refilledAt = nowNanos;
        }
    }
}
