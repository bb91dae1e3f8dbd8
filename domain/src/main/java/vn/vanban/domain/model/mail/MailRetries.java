package vn.vanban.domain.model.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a mail that the server did not take is tried again: after a delay that doubles with every failed attempt, up
 * to a ceiling, so that a mail server down for an hour is not hammered every few seconds, and a mail that keeps
 * failing (a refused address) is given up after a bounded number of attempts instead of being retried forever.
 */
public record MailRetries(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** 15 s, 30 s, 1 min … doubling up to an hour between attempts; ten attempts (about three hours) in all. */
    public static final MailRetries STANDARD = new MailRetries(Duration.ofSeconds(15), Duration.ofHours(1), 10);

    public MailRetries {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(maxDelay);
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retries need a positive first delay, a ceiling above it and an attempt");
        }
    }

    /**
     * When to try again after attempt number {@code attemptsMade} (1 for the first) failed at {@code failedAt};
     * empty when that was the last attempt allowed.
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("no attempt was made");
        }
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attemptsMade)));
    }

    Duration delayAfter(int attemptsMade) {
        // Doubling stops at the ceiling before the shift could overflow.
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
}
