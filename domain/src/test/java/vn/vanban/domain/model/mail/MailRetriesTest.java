package vn.vanban.domain.model.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailRetriesTest {

    private static final Instant FAILED_AT = Instant.parse("2026-03-19T01:30:00Z");

    @Test
    void theDelayDoublesAfterEachFailedAttempt() {
        MailRetries retries = new MailRetries(Duration.ofSeconds(15), Duration.ofHours(1), 10);

        assertThat(IntStream.rangeClosed(1, 4).mapToObj(retries::delayAfter))
                .containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
                        Duration.ofMinutes(2));
        assertThat(retries.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(1)));
    }

    @Test
    void theDelayStopsGrowingAtTheCeiling() {
        MailRetries retries = new MailRetries(Duration.ofSeconds(15), Duration.ofHours(1), 100);

        assertThat(retries.delayAfter(9)).isEqualTo(Duration.ofHours(1));
        assertThat(retries.delayAfter(99)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theLastAttemptAllowedHasNoNextOne() {
        MailRetries retries = new MailRetries(Duration.ofSeconds(15), Duration.ofHours(1), 3);

        assertThat(retries.nextAttempt(2, FAILED_AT)).isPresent();
        assertThat(retries.nextAttempt(3, FAILED_AT)).isEmpty();
    }

    @Test
    void theStandardRetriesGiveUpAfterTenAttemptsSpreadOverHours() {
        Duration waited = IntStream.rangeClosed(1, 9).mapToObj(MailRetries.STANDARD::delayAfter)
                .reduce(Duration.ZERO, Duration::plus);

        assertThat(MailRetries.STANDARD.nextAttempt(10, FAILED_AT)).isEmpty();
        assertThat(waited).isBetween(Duration.ofHours(2), Duration.ofHours(4));
    }

    @Test
    void retriesWithoutAnAttemptOrADelayAreRefused() {
        assertThatThrownBy(() -> new MailRetries(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailRetries(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailRetries.STANDARD.nextAttempt(0, FAILED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
