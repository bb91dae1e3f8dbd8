package vn.vanban.web.publicpages;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPageCacheTest {

    private static final String NONCE = "ZGQ1MWYwYzItNTQyMS00OWNjLWI5MjItNjY1NDU3OTM1Yjg1";
    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-" + NONCE + "'";
    private static final String HTML = "<html><script nonce=\"" + NONCE + "\">PrimeFaces.csp.init('" + NONCE
            + "');</script><p>Tin mới nhất</p></html>";

    private final MovableClock clock = new MovableClock();
    private final AtomicLong writes = new AtomicLong();
    private final PublicPageCache cache = new PublicPageCache(clock, writes::get);

    @Test
    void everyServeHasANonceOfItsOwnInThePolicyAndThePage() {
        cache.keep("/index.xhtml?|vi", HTML, Map.of(CachedPage.CSP, POLICY, "Content-Type", "text/html;charset=UTF-8"), writes.get());

        var first = cache.find("/index.xhtml?|vi").orElseThrow().serve(CachedPage.newNonce());
        var second = cache.find("/index.xhtml?|vi").orElseThrow().serve(CachedPage.newNonce());

        String firstPage = new String(first.body(), StandardCharsets.UTF_8);
        String firstNonce = first.headers().get(CachedPage.CSP).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(firstNonce).isNotEqualTo(NONCE)
                .isNotEqualTo(second.headers().get(CachedPage.CSP).replaceAll(".*'nonce-([^']+)'.*", "$1"));
        assertThat(firstPage).doesNotContain(NONCE).contains("nonce=\"" + firstNonce + "\"")
                .contains("PrimeFaces.csp.init('" + firstNonce + "')").contains("Tin mới nhất");
        assertThat(first.headers()).containsEntry("Content-Type", "text/html;charset=UTF-8");
    }

    @Test
    void theServedPageIsThePageWithEveryNonceReplacedByteForByte() {
        String page = NONCE + "<p>Tin mới nhất: đảng \uD83D\uDCDC</p>" + NONCE + NONCE + "<script nonce=\"" + NONCE
                + "\">x</script>" + NONCE;
        cache.keep("k", page, Map.of(CachedPage.CSP, POLICY), writes.get());
        String fresh = CachedPage.newNonce();

        byte[] served = cache.find("k").orElseThrow().serve(fresh).body();

        assertThat(served).isEqualTo(page.replace(NONCE, fresh).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageIsKeptForAFewSecondsOnly() {
        cache.keep("k", HTML, Map.of(CachedPage.CSP, POLICY), writes.get());

        clock.advance(PublicPageCache.FOR.minusMillis(1));
        assertThat(cache.find("k")).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.find("k")).isEmpty();
    }

    @Test
    void aChangeEmptiesIt() {
        cache.keep("k", HTML, Map.of(CachedPage.CSP, POLICY), writes.get());

        cache.invalidate();

        assertThat(cache.find("k")).isEmpty();
    }

    @Test
    void aWriteCommittedHereOrOnAnotherInstanceMakesItStale() {
        cache.keep("k", HTML, Map.of(CachedPage.CSP, POLICY), writes.get());

        writes.incrementAndGet();

        assertThat(cache.find("k")).isEmpty();
    }

    @Test
    void aPageWhoseRenderingSawNoWriteThatCameMeanwhileIsNotServed() {
        long renderingBegan = writes.get();
        writes.incrementAndGet();

        cache.keep("k", HTML, Map.of(CachedPage.CSP, POLICY), renderingBegan);

        assertThat(cache.find("k")).isEmpty();
    }

    @Test
    void aPageThatSetsACookieOrHasNoNonceIsNeverKept() {
        cache.keep("cookie", HTML, Map.of(CachedPage.CSP, POLICY, "Set-Cookie", "JSESSIONID=abc"), writes.get());
        cache.keep("no nonce", HTML, Map.of(CachedPage.CSP, "default-src 'self'"), writes.get());
        cache.keep("no policy", HTML, Map.of(), writes.get());

        assertThat(cache.find("cookie")).isEmpty();
        assertThat(cache.find("no nonce")).isEmpty();
        assertThat(cache.find("no policy")).isEmpty();
    }

    @Test
    void aNewNonceHasTheFormPrimeFacesChecks() {
        String nonce = CachedPage.newNonce();

        assertThat(java.util.UUID.fromString(new String(java.util.Base64.getDecoder().decode(nonce),
                StandardCharsets.UTF_8))).isNotNull();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-27T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
