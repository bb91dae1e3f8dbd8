package vn.vanban.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Answers worked out from the database, kept for a short {@code lifetime} and dropped as soon as this server writes
 * anything that might change them ({@code writes} moved on since the answer was looked up). Several servers may
 * share the database: a write made by another one, or one still committing while an answer was looked up, reaches
 * this cache within the lifetime. Only answers that exist
 * are kept: an empty one is looked up again every time, so that what was just published is found at once.
 * At most {@code capacity} answers are kept; a full cache starts again empty.
 */
public final class BrieflyRemembered<K, V> {

    private final long lifetimeNanos;
    private final int capacity;
    private final LongSupplier nanoTime;
    private final LongSupplier writes;
    private final ConcurrentHashMap<K, Remembered<V>> answers = new ConcurrentHashMap<>();

    public BrieflyRemembered(Duration lifetime, int capacity, LongSupplier nanoTime, LongSupplier writes) {
        this.lifetimeNanos = lifetime.toNanos();
        this.capacity = capacity;
        this.nanoTime = nanoTime;
        this.writes = writes;
    }

    public Optional<V> get(K key, Function<K, Optional<V>> lookUp) {
        long writesBefore = writes.getAsLong();
        long now = nanoTime.getAsLong();
        Remembered<V> remembered = answers.get(key);
        if (remembered != null && remembered.writes == writesBefore && now - remembered.since < lifetimeNanos) {
            return Optional.of(remembered.value);
        }
        Optional<V> answer = lookUp.apply(key);
        if (answer.isPresent()) {
            if (answers.size() >= capacity) {
                answers.clear();
            }
            answers.put(key, new Remembered<>(answer.get(), writesBefore, now));
        } else if (remembered != null) {
            answers.remove(key, remembered);
        }
        return answer;
    }

    private record Remembered<V>(V value, long writes, long since) {
    }
}
