package vn.vanban.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.web.api.ApiErrors;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery on the API. A logged-in browser's session cookie also opens the API (so that pages can
 * link to its downloads), and a browser sends that cookie with a form another site submits to it. So a request that
 * changes data, authenticated by the session rather than by HTTP Basic, must show that the portal's own page sent
 * it: an {@code Origin} (or, without one, a {@code Referer}) of this very host, or an {@code X-Requested-With}
 * header, which a cross-site form cannot set. Otherwise 403 CSRF_REJECTED. The JSF screens need none of this: their
 * views are stateful, and a post without the page's view state is refused.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiCsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private ApiErrors errors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader("Authorization") != null
                || !SessionUser.isLoggedIn(request) || sentByThePortal(request)) {
            chain.doFilter(request, response);
            return;
        }
        errors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CSRF_REJECTED");
    }


    private static boolean sentByThePortal(HttpServletRequest request) {
        if (request.getHeader("X-Requested-With") != null) {
            return true;
        }
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        return source != null && sameHost(source, request.getHeader("Host"));
    }

    /** Host and port compared, not the scheme: a TLS-terminating proxy makes the portal see HTTP behind HTTPS. */
    private static boolean sameHost(String url, String host) {
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
