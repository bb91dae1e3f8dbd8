package vn.vanban.web.security;

import vn.vanban.infrastructure.grid.SharedValues;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a user name, a client address): {@code perMinute} tokens, refilled evenly over a minute.
 * The buckets are {@link SharedValues}: every instance of a cluster takes from the same bucket, so that two
 * instances behind a balancer do not double a limit. Times are wall-clock milliseconds, the one clock the instances
 * share.
 */
final class TokenBuckets {

    /** A bucket left alone for a minute is full again: forgetting it a minute later changes nothing. */
    static final Duration KEPT = Duration.ofMinutes(2);
    /** Takes that keep losing to other takes of the same key are refused for a second rather than spin. */
    static final int ATTEMPTS = 8;
    static final Duration CONTENDED = Duration.ofSeconds(1);
    private static final long MINUTE_MILLIS = Duration.ofMinutes(1).toMillis();

    private final String space;
    private final int perMinute;
    private final SharedValues buckets;
    private final LongSupplier millis;

    TokenBuckets(String space, int perMinute, SharedValues buckets, LongSupplier millis) {
        this.space = space;
        this.perMinute = Math.max(1, perMinute);
        this.buckets = buckets;
        this.millis = millis;
    }

    /** How long until {@code key} has a token again; zero when it has one now. Takes nothing. */
    Duration waitFor(String key) {
        long now = millis.getAsLong();
        return bucket(buckets.get(space, key), now).waitFor(perMinute);
    }

    /** Takes a token of {@code key}; returns how long to wait instead when there is none. */
    Duration take(String key) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long now = millis.getAsLong();
            Optional<String> stored = buckets.get(space, key);
            Bucket bucket = bucket(stored, now);
            Duration wait = bucket.waitFor(perMinute);
            if (!wait.isZero()) {
                return wait;
            }
            if (buckets.compareAndSet(space, key, stored, bucket.lessOne().encode(), KEPT)) {
                return Duration.ZERO;
            }
        }
        return CONTENDED;
    }

    private Bucket bucket(Optional<String> stored, long now) {
        return stored.flatMap(Bucket::decode).orElseGet(() -> new Bucket(perMinute, now)).refilled(now, perMinute);
    }

    /** {@code tokens} left at {@code atMillis}; stored as text, which every instance reads alike. */
    record Bucket(double tokens, long atMillis) {

        Bucket refilled(long now, int perMinute) {
            long elapsed = Math.max(0, now - atMillis);
            return new Bucket(Math.min(perMinute, tokens + (double) elapsed * perMinute / MINUTE_MILLIS), Math.max(now, atMillis));
        }

        Duration waitFor(int perMinute) {
            return tokens >= 1 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil((1 - tokens) * MINUTE_MILLIS / perMinute));
        }

        Bucket lessOne() {
            return new Bucket(tokens - 1, atMillis);
        }

        String encode() {
            return tokens + "@" + atMillis;
        }

        static Optional<Bucket> decode(String text) {
            int at = text.indexOf('@');
            try {
                return Optional.of(new Bucket(Double.parseDouble(text.substring(0, at)), Long.parseLong(text.substring(at + 1))));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }
    }
}
