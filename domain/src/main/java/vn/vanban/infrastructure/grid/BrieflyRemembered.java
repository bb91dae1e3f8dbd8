package vn.vanban.infrastructure.grid;

import vn.vanban.infrastructure.transaction.EntityWrites;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The portal's cache of answers worked out from the database (who may download a file, where an account stands,
 * the public pages as rendered): each kept for a short {@code lifetime} and dropped as soon as anything is written
 * that might change it ({@code writes}, {@link EntityWrites} in the portal, moved on since the answer was looked
 * up). Writes committed on another instance of a cluster move it too, through the data grid, so an answer is stale
 * everywhere once the write is; the lifetime bounds what a lost grid message could leave. Only answers that exist
 * are kept: an empty one is looked up again every time, so that what was just published is found at once.
 * At most {@code capacity} answers are kept; a full cache starts again empty.
 * <p>
 * Values that cannot go stale (worked out from a file's content, keyed by its hash) are kept in
 * {@code vn.vanban.reports.RecentlyUsed} instead; state that must be the same on every instance, in
 * {@link SharedValues}.
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

    /** The answer for {@code key}: the one kept if it is still good, else {@code lookUp}'s, kept if it exists. */
    public Optional<V> get(K key, Function<K, Optional<V>> lookUp) {
        long writesBefore = writes();
        Optional<V> kept = find(key);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<V> answer = lookUp.apply(key);
        answer.ifPresent(value -> keep(key, value, writesBefore));
        return answer;
    }

    /** The answer kept for {@code key}, if its lifetime has not run out and nothing was written since its look-up. */
    public Optional<V> find(K key) {
        Remembered<V> remembered = answers.get(key);
        if (remembered == null) {
            return Optional.empty();
        }
        if (remembered.writes == writes() && nanoTime.getAsLong() - remembered.since < lifetimeNanos) {
            return Optional.of(remembered.value);
        }
        answers.remove(key, remembered);
        return Optional.empty();
    }

    /**
     * Keeps {@code value}, worked out when {@link #writes} said {@code writesBefore}: if anything was written since,
     * it is stale already and the next {@link #find} drops it.
     */
    public void keep(K key, V value, long writesBefore) {
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(key, new Remembered<>(value, writesBefore, nanoTime.getAsLong()));
    }

    /** To take before working out an answer that will be handed to {@link #keep}. */
    public long writes() {
        return writes.getAsLong();
    }

    /** Drops every answer. */
    public void forgetAll() {
        answers.clear();
    }

    private record Remembered<V>(V value, long writes, long since) {
    }
}
