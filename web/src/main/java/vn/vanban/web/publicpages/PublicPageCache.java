package vn.vanban.web.publicpages;

import jakarta.enterprise.context.ApplicationScoped;
import vn.vanban.infrastructure.grid.BrieflyRemembered;
import vn.vanban.infrastructure.transaction.EntityWrites;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The public news page as anonymous readers last got it, for a few seconds, by address and language. A crowd reading
 * the news page costs one rendering every few seconds instead of one each. Anything written through this server
 * (every request that is not a GET, and every counted view) empties it, so a reader never sees this server's own
 * news late; and any entity written anywhere in the cluster, once committed, makes a page kept before it stale
 * ({@link EntityWrites} through {@link BrieflyRemembered}), so a publication on another instance shows at once, not
 * after {@link #FOR}.
 */
@ApplicationScoped
public class PublicPageCache {

    static final Duration FOR = Duration.ofSeconds(5);
    private static final int MAX_PAGES = 256;

    private final BrieflyRemembered<String, CachedPage> pages;

    public PublicPageCache() {
        this(Clock.systemUTC(), EntityWrites::count);
    }

    PublicPageCache(Clock clock, LongSupplier writes) {
        pages = new BrieflyRemembered<>(FOR, MAX_PAGES, () -> Duration.ofMillis(clock.millis()).toNanos(), writes);
    }

    /** To hand to {@link #keep} for a page about to be rendered. */
    long writes() {
        return pages.writes();
    }

    Optional<CachedPage> find(String key) {
        return pages.find(key);
    }

    /** Keeps a page whose rendering began when {@link #writes} said {@code writesBefore}, unless it must not be. */
    void keep(String key, String html, Map<String, String> headers, long writesBefore) {
        CachedPage.of(html, headers).ifPresent(page -> pages.keep(key, page, writesBefore));
    }

    /** Something changed: the next reader gets a freshly rendered page. */
    public void invalidate() {
        pages.forgetAll();
    }
}
