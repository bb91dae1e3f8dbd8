package vn.vanban.web.security;

import org.junit.jupiter.api.Test;
import vn.vanban.infrastructure.grid.InMemorySharedValues;
import vn.vanban.infrastructure.grid.SharedValues;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

    private final AtomicLong millis = new AtomicLong(1_800_000_000_000L);
    private final SharedValues grid = new InMemorySharedValues(() -> millis.get() * 1_000_000);

    @Test
    void twoInstancesTakeFromOneBucket() {
        TokenBuckets first = new TokenBuckets("logins", 10, grid, millis::get);
        TokenBuckets second = new TokenBuckets("logins", 10, grid, millis::get);

        for (int i = 0; i < 5; i++) {
            assertThat(first.take("10.0.0.7")).isZero();
            assertThat(second.take("10.0.0.7")).isZero();
        }

        assertThat(first.take("10.0.0.7")).isPositive();
        assertThat(second.waitFor("10.0.0.7")).isEqualTo(Duration.ofSeconds(6));
        assertThat(second.take("10.0.0.8")).isZero();
    }

    @Test
    void aTokenComesBackAfterItsShareOfTheMinute() {
        TokenBuckets buckets = new TokenBuckets("verifications", 30, grid, millis::get);
        for (int i = 0; i < 30; i++) {
            buckets.take("a");
        }
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(2));

        millis.addAndGet(2_000);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aTakeThatKeepsLosingToOthersIsRefusedForAMoment() {
        SharedValues alwaysChangedMeanwhile = new SharedValues() {
            @Override
            public Optional<String> get(String space, String key) {
                return Optional.empty();
            }

            @Override
            public boolean compareAndSet(String space, String key, Optional<String> expected, String value, Duration ttl) {
                return false;
            }
        };

        assertThat(new TokenBuckets("logins", 10, alwaysChangedMeanwhile, millis::get).take("a"))
                .isEqualTo(TokenBuckets.CONTENDED);
    }

    @Test
    void anUnreadableBucketCountsAsFull() {
        grid.compareAndSet("logins", "a", Optional.empty(), "garbage", Duration.ofMinutes(1));

        assertThat(new TokenBuckets("logins", 1, grid, millis::get).take("a")).isZero();
    }
}
