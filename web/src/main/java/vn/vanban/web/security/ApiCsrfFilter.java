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
import java.util.Set;

/**
 * Cross-site request forgery on the API. A logged-in browser's session cookie also opens the API (so that pages can
 * link to its downloads), and a browser sends that cookie with a form another site submits to it. So a request that
 * changes data, authenticated by the session rather than by HTTP Basic, must show that the portal's own page sent
 * it ({@link SameOrigin}); otherwise 403 CSRF_REJECTED. The JSF screens need none of this: their views are stateful,
 * and a post without the page's view state is refused.
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
                || !SessionUser.isLoggedIn(request) || SameOrigin.sentByThePortal(request)) {
            chain.doFilter(request, response);
            return;
        }
        errors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CSRF_REJECTED");
    }
}
