package vn.vanban.infrastructure.grid;

import java.time.Duration;
import java.util.Optional;

/**
 * Short texts that every instance of a cluster reads and changes alike, in named spaces, each forgotten after its
 * time to live. Changes are compare-and-set, so that two instances changing one value at once never lose an update:
 * the loser reads again and retries.
 */
public interface SharedValues {

    Optional<String> get(String space, String key);

    /**
     * Sets {@code key} to {@code value}, to be forgotten after {@code timeToLive}, provided it holds {@code expected}
     * now (is absent, when {@code expected} is empty); returns whether it did.
     */
    boolean compareAndSet(String space, String key, Optional<String> expected, String value, Duration timeToLive);
}
