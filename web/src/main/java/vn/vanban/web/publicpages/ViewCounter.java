package vn.vanban.web.publicpages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.application.news.NewsService;
import vn.vanban.domain.model.news.RecentViews;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts a reader's view of an article, once per browser within {@link RecentViews#WINDOW}: the browser's own
 * cookie remembers what it was counted for. A failure to count is logged and never keeps the article from the
 * reader.
 */
@ApplicationScoped
public class ViewCounter {

    static final String COOKIE = "vanban_views";
    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    @Inject
    private NewsService news;

    @Inject
    private PublicPageCache publicPages;

    private final Clock clock = Clock.systemUTC();

    /** True when this view was counted. */
    public boolean count(long articleId, HttpServletRequest request, HttpServletResponse response) {
        var now = clock.instant();
        RecentViews seen = RecentViews.parse(cookie(request), now);
        if (seen.contains(articleId)) {
            return false;
        }
        try {
            if (!news.countView(articleId)) {
                return false;
            }
            publicPages.invalidate();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "View of article " + articleId + " not counted", failure);
            return false;
        }
        Cookie cookie = new Cookie(COOKIE, seen.with(articleId, now).value());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) RecentViews.WINDOW.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return true;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
