package vn.vanban.web.publicpages;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public news page as anonymous readers last got it, for a few seconds, by address and language. A crowd reading
 * the news page costs one rendering every few seconds instead of one each. Anything written through this server
 * (every request that is not a GET, and every counted view) empties it, so a reader never sees this server's own
 * news late; another server's change shows at the latest after {@link #FOR}.
 */
@ApplicationScoped
public class PublicPageCache {

    static final Duration FOR = Duration.ofSeconds(5);
    private static final int MAX_PAGES = 256;

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final Clock clock;

    public PublicPageCache() {
        this(Clock.systemUTC());
    }

    PublicPageCache(Clock clock) {
        this.clock = clock;
    }

    Optional<CachedPage> find(String key) {
        CachedPage page = pages.get(key);
        if (page == null) {
            return Optional.empty();
        }
        if (!page.isFreshAt(clock.instant())) {
            pages.remove(key, page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    void keep(String key, String html, Map<String, String> headers) {
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        CachedPage.of(html, headers, expiry()).ifPresent(page -> pages.put(key, page));
    }

    /** Something changed: the next reader gets a freshly rendered page. */
    public void invalidate() {
        pages.clear();
    }

    private Instant expiry() {
        return clock.instant().plus(FOR);
    }
}
