package vn.vanban.web.publicpages;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vanban.application.EntityWrites;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The public news page as anonymous readers last got it, for a few seconds, by address and language. A crowd reading
 * the news page costs one rendering every few seconds instead of one each. Anything written through this server
 * (every request that is not a GET, and every counted view) empties it, so a reader never sees this server's own
 * news late; and any entity written anywhere in the cluster, once committed, makes a page kept before it stale
 * ({@link EntityWrites}), so a publication on another instance shows at once, not after {@link #FOR}.
 */
@ApplicationScoped
public class PublicPageCache {

    static final Duration FOR = Duration.ofSeconds(5);
    private static final int MAX_PAGES = 256;

    private record Kept(CachedPage page, long writesBefore) {
    }

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final Clock clock;
    private final LongSupplier writes;

    public PublicPageCache() {
        this(Clock.systemUTC(), EntityWrites::count);
    }

    PublicPageCache(Clock clock, LongSupplier writes) {
        this.clock = clock;
        this.writes = writes;
    }

    /** To hand to {@link #keep} for a page about to be rendered. */
    long writes() {
        return writes.getAsLong();
    }

    Optional<CachedPage> find(String key) {
        Kept kept = pages.get(key);
        if (kept == null) {
            return Optional.empty();
        }
        if (!kept.page().isFreshAt(clock.instant()) || kept.writesBefore() != writes.getAsLong()) {
            pages.remove(key, kept);
            return Optional.empty();
        }
        return Optional.of(kept.page());
    }

    /** Keeps a page whose rendering began when {@link #writes} said {@code writesBefore}. */
    void keep(String key, String html, Map<String, String> headers, long writesBefore) {
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        CachedPage.of(html, headers, expiry()).ifPresent(page -> pages.put(key, new Kept(page, writesBefore)));
    }

    /** Something changed: the next reader gets a freshly rendered page. */
    public void invalidate() {
        pages.clear();
    }

    private Instant expiry() {
        return clock.instant().plus(FOR);
    }
}
