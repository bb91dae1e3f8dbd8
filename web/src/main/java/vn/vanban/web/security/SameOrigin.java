package vn.vanban.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * Whether a request that changes something was sent by one of the portal's own pages: an {@code Origin} (or, without
 * one, a {@code Referer}) of this very host, or an {@code X-Requested-With} header, which a form of another site
 * cannot set. Browsers send the cookie of a logged-in session with a form another site submits to the portal.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean sentByThePortal(HttpServletRequest request) {
        if (request.getHeader("X-Requested-With") != null) {
            return true;
        }
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        return source != null && sameHost(source, request.getHeader("Host"));
    }

    /** Host and port compared, not the scheme: a TLS-terminating proxy makes the portal see HTTP behind HTTPS. */
    static boolean sameHost(String url, String host) {
        if (host == null) {
            return false;
        }
        try {
            String authority = URI.create(url.trim()).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
