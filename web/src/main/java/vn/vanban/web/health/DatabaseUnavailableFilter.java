package vn.vanban.web.health;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * A page that failed because the database cannot be reached answers 503 with its own error page (which needs no
 * database), not the 500 page: the visitor learns that the portal is briefly unavailable, not that it is broken.
 * The API answers the same condition through its exception mapper.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            LOG.warning(() -> "Database unreachable, answered 503 for " + request.getRequestURI() + ": " + failure);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
