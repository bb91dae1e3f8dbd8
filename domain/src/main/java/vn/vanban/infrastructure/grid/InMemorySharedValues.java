package vn.vanban.infrastructure.grid;


import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * {@link SharedValues} of one server that runs without a data grid (and of the tests): a map in memory, with the
 * same compare-and-set and expiry as the grid's.
 */
public final class InMemorySharedValues implements SharedValues {

    /** Beyond this many values the expired ones are dropped, so that a flood of keys cannot fill the heap. */
    static final int SWEEP_ABOVE = 100_000;

    private record Held(String value, long expiresAtNanos) {
    }

    private final Map<String, Held> values = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public InMemorySharedValues(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<String> get(String space, String key) {
        return live(values.get(space + '\u0000' + key)).map(Held::value);
    }

    @Override
    public boolean compareAndSet(String space, String key, Optional<String> expected, String value, Duration timeToLive) {
        if (values.size() > SWEEP_ABOVE) {
            values.values().removeIf(held -> live(Optional.of(held)).isEmpty());
        }
        Held next = new Held(value, nanoTime.getAsLong() + timeToLive.toNanos());
        boolean[] set = {false};
        values.compute(space + '\u0000' + key, (k, held) -> {
            Optional<String> current = live(Optional.ofNullable(held)).map(Held::value);
            if (!current.equals(expected)) {
                return held;
            }
            set[0] = true;
            return next;
        });
        return set[0];
    }

    private Optional<Held> live(Held held) {
        return live(Optional.ofNullable(held));
    }

    private Optional<Held> live(Optional<Held> held) {
        long now = nanoTime.getAsLong();
        return held.filter(h -> now - h.expiresAtNanos() < 0 && Objects.nonNull(h.value()));
    }
}
