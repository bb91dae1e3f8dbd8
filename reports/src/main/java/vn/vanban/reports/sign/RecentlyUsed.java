package vn.vanban.reports.sign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What signing worked out once and will need again (unlocked keys, decoded and encoded images), at most
 * {@code capacity} entries, the least recently used leaving first. Safe to share between threads.
 */
final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    RecentlyUsed(int capacity) {
        entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The value kept for {@code key}, or null. */
    V get(K key) {
        return entries.get(key);
    }

    void put(K key, V value) {
        entries.put(key, value);
    }

    int size() {
        return entries.size();
    }
}
