package vn.vanban.infrastructure.grid;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** {@link SharedValues} in maps of the data grid (one per space), or in this server's memory when it has none. */
@ApplicationScoped
public class GridSharedValues implements SharedValues {

    private static final String MAP_PREFIX = "vanban-";

    @Inject
    private DataGrid grid;

    private final InMemorySharedValues alone = new InMemorySharedValues(System::nanoTime);

    /** On {@code hazelcast} itself, without a container (for tests). */
    static GridSharedValues on(HazelcastInstance hazelcast) {
        GridSharedValues values = new GridSharedValues();
        values.grid = DataGrid.of(hazelcast);
        return values;
    }

    @Override
    public Optional<String> get(String space, String key) {
        return grid.instance()
                .map(hazelcast -> Optional.ofNullable(hazelcast.<String, String>getMap(MAP_PREFIX + space).get(key)))
                .orElseGet(() -> alone.get(space, key));
    }

    @Override
    public boolean compareAndSet(String space, String key, Optional<String> expected, String value, Duration timeToLive) {
        return grid.instance()
                .map(hazelcast -> compareAndSet(hazelcast.<String, String>getMap(MAP_PREFIX + space), key, expected, value, timeToLive))
                .orElseGet(() -> alone.compareAndSet(space, key, expected, value, timeToLive));
    }

    private static boolean compareAndSet(IMap<String, String> map, String key, Optional<String> expected, String value,
                                         Duration timeToLive) {
        long ttl = Math.max(1, timeToLive.toMillis());
        if (expected.isEmpty()) {
            return map.putIfAbsent(key, value, ttl, TimeUnit.MILLISECONDS) == null;
        }
        if (!map.replace(key, expected.get(), value)) {
            return false;
        }
        // replace keeps the entry's first time to live: a value changed all the time must not expire with it.
        map.setTtl(key, ttl, TimeUnit.MILLISECONDS);
        return true;
    }
}
