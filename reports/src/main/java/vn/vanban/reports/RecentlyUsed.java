package vn.vanban.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was worked out once and will be needed again (signing's unlocked keys and images, the portal's small files),
 * at most {@code capacity} entries, the least recently used leaving first. Safe to share between threads.
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    public RecentlyUsed(int capacity) {
        entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The value kept for {@code key}, or null. */
    public V get(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }

    public int size() {
        return entries.size();
    }
}
