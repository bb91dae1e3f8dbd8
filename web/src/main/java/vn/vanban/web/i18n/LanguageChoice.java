package vn.vanban.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The visitor's language, kept in a cookie of its own rather than in an HTTP session: the choice outlives the
 * session (and a logout), and a public page read in either language needs no session at all.
 */
public final class LanguageChoice {

    static final String COOKIE = "vanban-lang";
    static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private LanguageChoice() {
    }

    /** The language chosen by this browser; Vietnamese until it picks English. */
    public static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Texts.VIETNAMESE;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> Texts.supported(Locale.forLanguageTag(c.getValue()))).orElse(Texts.VIETNAMESE);
    }

    /**
     * Where to send the visitor back after the switch: {@code back} if it is a path within the portal (never
     * another site, so the link cannot be used to redirect elsewhere), otherwise the portal's home page.
     */
    static String safeTarget(String back, String contextPath) {
        String home = contextPath + "/";
        return Optional.ofNullable(back)
                .filter(b -> b.startsWith(home) || b.equals(contextPath))
                .filter(b -> !b.startsWith("//") && !b.contains("\\") && b.chars().noneMatch(Character::isISOControl))
                .orElse(home);
    }
}
