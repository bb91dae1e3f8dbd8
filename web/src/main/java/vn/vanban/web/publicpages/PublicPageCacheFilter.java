package vn.vanban.web.publicpages;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import vn.vanban.web.i18n.LanguageChoice;
import vn.vanban.web.security.SessionUser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Serves the public news page to anonymous readers from {@link PublicPageCache}, and empties the cache whenever a
 * request may change something (anything but GET and HEAD). Signed-in users, and every other page, always get a
 * freshly rendered page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PublicPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> CACHED_PATHS = Set.of("/", "/index.xhtml");
    private static final int MAX_QUERY = 64;

    @Inject
    private PublicPageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            cache.invalidate();
            chain.doFilter(request, response);
            return;
        }
        if (!"GET".equals(method) || !isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        var hit = cache.find(key);
        if (hit.isPresent()) {
            write(response, hit.get().serve(CachedPage.newNonce()));
            return;
        }
        long writesBefore = cache.writes();
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.isCacheable()) {
            cache.keep(key, new String(body, StandardCharsets.UTF_8), capture.headers(), writesBefore);
        }
        if (!response.isCommitted() || body.length > 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static boolean isCacheable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return CACHED_PATHS.contains(path) && (query == null || query.length() <= MAX_QUERY)
                && request.getHeader("Authorization") == null && request.getUserPrincipal() == null
                && !SessionUser.isLoggedIn(request);
    }

    private static String key(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("/".equals(path) ? "/index.xhtml" : path) + "?" + (request.getQueryString() == null ? ""
                : request.getQueryString()) + "|" + LanguageChoice.of(request).getLanguage();
    }

    private static void write(HttpServletResponse response, CachedPage.Served page) throws IOException {
        page.headers().forEach(response::setHeader);
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** Passes everything through but the body, which it keeps, and notes the headers set downstream. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private final Map<String, String> headers = new LinkedHashMap<>();
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean passedOn;

        Capture(HttpServletResponse response) {
            super(response);
        }

        boolean isCacheable() {
            String type = getContentType();
            return status == SC_OK && !passedOn && type != null && type.startsWith("text/html")
                    && StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding());
        }

        Map<String, String> headers() {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Content-Type", getContentType());
            return all;
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void setHeader(String name, String value) {
            headers.put(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            headers.merge(name, value, (a, b) -> a + ", " + b);
            super.addHeader(name, value);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            passedOn = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            passedOn = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() {
            // Kept until the whole page is there; written out by the filter.
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the public page is written synchronously");
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer,
                        encoding == null ? StandardCharsets.ISO_8859_1 : java.nio.charset.Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // The filter sets the length of what it writes.
        }

        @Override
        public void setContentLengthLong(long len) {
            // The filter sets the length of what it writes.
        }
    }
}
