package vn.vanban.domain.model.news;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RecentViewsTest {

    private static final Instant NOW = Instant.parse("2026-03-21T01:35:00Z");

    @Test
    void aBrowserWithoutTheCookieHasSeenNothing() {
        assertThat(RecentViews.parse(null, NOW).contains(7)).isFalse();
    }

    @Test
    void aViewIsRememberedForThirtyMinutesAndThenCountsAgain() {
        String value = RecentViews.none().with(7, NOW).value();

        assertThat(RecentViews.parse(value, NOW.plusSeconds(29 * 60 + 59)).contains(7)).isTrue();
        assertThat(RecentViews.parse(value, NOW.plusSeconds(30 * 60)).contains(7)).isFalse();
    }

    @Test
    void eachArticleIsRememberedSeparately() {
        RecentViews views = RecentViews.none().with(7, NOW).with(8, NOW.plusSeconds(60));
        RecentViews read = RecentViews.parse(views.value(), NOW.plusSeconds(120));

        assertThat(read.contains(7)).isTrue();
        assertThat(read.contains(8)).isTrue();
        assertThat(read.contains(9)).isFalse();
    }

    @Test
    void theCookieKeepsOnlyTheMostRecentArticles() {
        RecentViews views = RecentViews.none();
        for (long id = 1; id <= RecentViews.MAX_ENTRIES + 5; id++) {
            views = views.with(id, NOW);
        }
        RecentViews read = RecentViews.parse(views.value(), NOW);

        assertThat(read.contains(1)).isFalse();
        assertThat(read.contains(RecentViews.MAX_ENTRIES + 5)).isTrue();
        assertThat(views.value()).matches("[0-9._]+");
    }

    @Test
    void aDamagedOrForgedCookieIsIgnoredNotAnError() {
        assertThat(RecentViews.parse("abc_7.x_.5_9", NOW).contains(7)).isFalse();
        String farFuture = "7." + NOW.plusSeconds(86_400).getEpochSecond();
        assertThat(RecentViews.parse(farFuture, NOW).contains(7)).isFalse();
    }
}
