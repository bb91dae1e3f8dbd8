package vn.vanban.web.health;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Names the server instance that answered in {@code X-Vanban-Instance}, on every answer: behind a load balancer
 * (nginx in front of a deployment group) it shows which instance served a request, e.g.
 * {@code curl -si http://localhost:8090/health}. The name is the one Payara gives the instance
 * ({@code com.sun.aas.instanceName}: {@code vanban-1}, {@code vanban-2}, or {@code server} for a lone domain).
 * Answers the authentication mechanism gives before any filter runs (a login redirect, a 401) are named by
 * {@link #name}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class InstanceHeaderFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Vanban-Instance";

    private static final String INSTANCE = System.getProperty("com.sun.aas.instanceName");

    /** Puts the instance's name on {@code response}. */
    public static void name(HttpServletResponse response) {
        if (INSTANCE != null) {
            response.setHeader(HEADER, INSTANCE);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        name(response);
        chain.doFilter(request, response);
    }
}
