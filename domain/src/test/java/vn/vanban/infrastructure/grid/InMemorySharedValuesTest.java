package vn.vanban.infrastructure.grid;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class InMemorySharedValuesTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final AtomicLong nanos = new AtomicLong();
    private final InMemorySharedValues values = new InMemorySharedValues(nanos::get);

    @Test
    void aValueIsSetOnlyOverTheValueTheWriterSaw() {
        assertThat(values.compareAndSet("s", "k", Optional.empty(), "1", MINUTE)).isTrue();
        assertThat(values.compareAndSet("s", "k", Optional.empty(), "2", MINUTE)).isFalse();
        assertThat(values.compareAndSet("s", "k", Optional.of("0"), "2", MINUTE)).isFalse();
        assertThat(values.compareAndSet("s", "k", Optional.of("1"), "2", MINUTE)).isTrue();

        assertThat(values.get("s", "k")).contains("2");
    }

    @Test
    void spacesDoNotShareKeys() {
        values.compareAndSet("logins", "k", Optional.empty(), "1", MINUTE);

        assertThat(values.get("verifications", "k")).isEmpty();
    }

    @Test
    void aValueIsForgottenAfterItsTimeToLiveFromItsLastChange() {
        values.compareAndSet("s", "k", Optional.empty(), "1", MINUTE);
        nanos.addAndGet(Duration.ofSeconds(50).toNanos());
        values.compareAndSet("s", "k", Optional.of("1"), "2", MINUTE);
        nanos.addAndGet(Duration.ofSeconds(50).toNanos());

        assertThat(values.get("s", "k")).contains("2");

        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(values.get("s", "k")).isEmpty();
        assertThat(values.compareAndSet("s", "k", Optional.empty(), "3", MINUTE)).isTrue();
    }
}
