package vn.vanban.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The browser-side protections on every answer: a Content-Security-Policy, no framing by other sites, no MIME
 * sniffing, no full URLs in the Referer sent elsewhere, and HSTS on HTTPS. The policy is the one web.xml gives
 * PrimeFaces ({@code primefaces.CSP_POLICY}): on its pages PrimeFaces sends it with the nonce of that page's scripts
 * appended, and that header replaces the one set here, so every answer carries exactly one policy. Every answer
 * also says it {@code Vary}s by {@code Accept-Encoding}: the server's listener compresses text for clients that
 * accept gzip (see {@code create-domain.sh}) without saying so, and a cache between must not give the compressed
 * copy to a client that cannot read it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    private static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    private static final String HSTS = "max-age=31536000; includeSubDomains";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = policy(getServletContext());
    }

    /** The Content-Security-Policy web.xml gives PrimeFaces. */
    public static String policy(ServletContext context) throws ServletException {
        String policy = context.getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new ServletException("web.xml must set " + POLICY_PARAMETER);
        }
        return policy;
    }

    /** Sets the headers, for a filter that answers without going on to this one (whose order is not given). */
    public static void protect(HttpServletRequest request, HttpServletResponse response, String policy) {
        response.setHeader(CSP, policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Vary", "Accept-Encoding");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        protect(request, response, policy);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a page's own policy (PrimeFaces' one, with its nonce) replace the default instead of adding a second. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
