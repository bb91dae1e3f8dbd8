package vn.vanban.web.api.documents;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.application.Actor;
import vn.vanban.application.DownloadLog;
import vn.vanban.application.IssuedPdfAccess;
import vn.vanban.application.IssuedPdfAccess.IssuedPdf;
import vn.vanban.web.security.Callers;
import vn.vanban.web.security.SecurityHeadersFilter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The download members make most, a whole issued PDF ({@code GET /api/documents/{id}/pdf}), answered here without
 * JAX-RS: the permission comes from {@link IssuedPdfAccess} (remembered for a second), the bytes from memory, and
 * the download is logged by a group commit before a byte is sent. Whatever else comes to that address (byte ranges,
 * a document the caller may not read, a file too large to keep in memory, a database out of reach) goes on to
 * {@link DocumentsResource#pdf}, which answers it in the API's words, with the same headers and the same log.
 */
@WebFilter(urlPatterns = "/api/documents/*")
public class IssuedPdfDownloadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IssuedPdfDownloadFilter.class.getName());
    private static final Pattern WHOLE_PDF = Pattern.compile("/api/documents/([1-9][0-9]{0,17})/pdf");

    @Inject
    private transient IssuedPdfAccess access;

    @Inject
    private transient DownloadLog downloads;

    private String policy;

    /** Content-Disposition by file name (working it out took a tenth of a download's time), at most 10,000. */
    private final Map<String, String> dispositions = new ConcurrentHashMap<>();

    @Override
    public void init() throws ServletException {
        policy = SecurityHeadersFilter.policy(getServletContext());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Long id = wholePdfAsked(request);
        if (id == null || !answered(request, response, id)) {
            chain.doFilter(request, response);
        }
    }

    private static Long wholePdfAsked(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Range") != null) {
            return null;
        }
        Matcher path = WHOLE_PDF.matcher(request.getRequestURI());
        int context = request.getContextPath().length();
        return path.region(context, path.regionEnd()).matches() ? Long.valueOf(path.group(1)) : null;
    }

    private boolean answered(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        Actor actor = Callers.of(request);
        IssuedPdf pdf;
        byte[] bytes;
        try {
            Optional<IssuedPdf> readable = access.find(actor, id);
            if (readable.isEmpty()) {
                return false;
            }
            pdf = readable.get();
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (ifNoneMatch != null && ifNoneMatch.contains(pdf.sha256())) {
                SecurityHeadersFilter.protect(request, response, policy);
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                response.setHeader("ETag", etag(pdf));
                return true;
            }
            Optional<byte[]> kept = access.bytes(pdf);
            if (kept.isEmpty()) {
                return false;
            }
            downloads.log(actor, id, pdf.sha256());
            bytes = kept.get();
        } catch (RuntimeException failure) {
            LOG.log(Level.FINE, failure, () -> "document " + id + ": its PDF goes the API's way");
            return false;
        }
        SecurityHeadersFilter.protect(request, response, policy);
        response.setContentType("application/pdf");
        response.setContentLength(bytes.length);
        response.setHeader("ETag", etag(pdf));
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Content-Disposition", disposition(pdf.fileName()));
        response.setHeader("X-Content-SHA256", pdf.sha256());
        response.getOutputStream().write(bytes);
        return true;
    }

    private String disposition(String fileName) {
        String known = dispositions.get(fileName);
        if (known == null) {
            if (dispositions.size() >= 10_000) {
                dispositions.clear();
            }
            known = Downloads.attachment(fileName);
            dispositions.put(fileName, known);
        }
        return known;
    }

    private static String etag(IssuedPdf pdf) {
        return '"' + pdf.sha256() + '"';
    }
}
