package vn.vanban.web.api.documents;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DownloadLog;
import vn.vanban.application.document.IssuedPdfAccess.IssuedPdf;
import vn.vanban.application.document.IssuedPdfAccess;
import vn.vanban.reports.RecentlyUsed;
import vn.vanban.web.api.ApiErrors;
import vn.vanban.web.health.DatabaseUnavailable;
import vn.vanban.web.security.Callers;
import vn.vanban.web.security.SecurityHeadersFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The download members make most, a whole issued PDF ({@code GET /api/documents/{id}/pdf}), answered here without
 * JAX-RS: the permission comes from {@link IssuedPdfAccess} (remembered for a second), the bytes from memory, and
 * the download is logged by a group commit before a byte is sent; while it waits for that, it holds no thread, so
 * that every download waiting at the same moment shares one transaction (a download that cannot be logged is not
 * sent, and gets the API's error). Whatever else comes to that address (byte ranges, a document the caller may not
 * read, a file too large to keep in memory, a database out of reach) goes on to {@link DocumentsResource#pdf},
 * which answers it in the API's words, with the same headers and the same log.
 * A request can only wait without its thread if every filter it passes allows it, so the filters mapped to the API
 * are all marked {@code asyncSupported}; none of them touches an API answer once the rest of the chain has returned.
 */
@WebFilter(urlPatterns = "/api/documents/*", asyncSupported = true)
public class IssuedPdfDownloadFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IssuedPdfDownloadFilter.class.getName());
    /** How long a download may wait for its log entry; then it is refused as with the database out of reach. */
    private static final Duration LOG_WAIT = Duration.ofSeconds(30);
    private static final Pattern WHOLE_PDF = Pattern.compile("/api/documents/([1-9][0-9]{0,17})/pdf");

    @Inject
    private transient IssuedPdfAccess access;

    @Inject
    private transient DownloadLog downloads;

    @Inject
    private transient ApiErrors errors;

    private String policy;

    /** Content-Disposition by file name: working it out took a tenth of a download's time, and it never changes. */
    private final transient RecentlyUsed<String, String> dispositions = new RecentlyUsed<>(10_000);

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
            bytes = kept.get();
            if (request.isAsyncSupported()) {
                new WaitingDownload(request.startAsync(request, response), pdf, bytes).logFor(actor);
                return true;
            }
            downloads.log(actor, id, pdf.sha256());
        } catch (RuntimeException failure) {
            LOG.log(Level.FINE, failure, () -> "document " + id + ": its PDF goes the API's way");
            return false;
        }
        send(request, response, pdf, bytes);
        return true;
    }

    private void send(HttpServletRequest request, HttpServletResponse response, IssuedPdf pdf, byte[] bytes)
            throws IOException {
        SecurityHeadersFilter.protect(request, response, policy);
        response.setContentType("application/pdf");
        response.setContentLength(bytes.length);
        response.setHeader("ETag", etag(pdf));
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Content-Disposition", disposition(pdf.fileName()));
        response.setHeader("X-Content-SHA256", pdf.sha256());
        response.getOutputStream().write(bytes);
    }

    private String disposition(String fileName) {
        String known = dispositions.get(fileName);
        if (known == null) {
            known = Downloads.attachment(fileName);
            dispositions.put(fileName, known);
        }
        return known;
    }

    private static String etag(IssuedPdf pdf) {
        return '"' + pdf.sha256() + '"';
    }

    /**
     * A download waiting for its log entry without a thread: sent by the container's asynchronous pool once the
     * entry is committed. If it cannot be logged, it is not sent: the answer is the API's 503 when the database is
     * out of reach (or the entry not committed within {@link #LOG_WAIT}), its 500 otherwise. (A dispatch back to
     * {@link DocumentsResource#pdf} would find no CDI request context on Payara's asynchronous dispatch.)
     */
    private final class WaitingDownload implements AsyncListener {

        private final AsyncContext async;
        private final IssuedPdf pdf;
        private final byte[] bytes;
        private final AtomicBoolean settled = new AtomicBoolean();

        WaitingDownload(AsyncContext async, IssuedPdf pdf, byte[] bytes) {
            this.async = async;
            this.pdf = pdf;
            this.bytes = bytes;
        }

        void logFor(Actor actor) {
            async.setTimeout(LOG_WAIT.toMillis());
            async.addListener(this);
            downloads.logLater(actor, pdf.documentId(), pdf.sha256()).whenComplete((logged, failure) -> {
                if (settled.compareAndSet(false, true)) {
                    async.start(failure == null ? this::send
                            : () -> refuse(DatabaseUnavailable.causedBy(failure), failure));
                }
            });
        }

        private void send() {
            try {
                IssuedPdfDownloadFilter.this.send(request(), response(), pdf, bytes);
            } catch (IOException | RuntimeException gone) {
                LOG.log(Level.FINE, gone,
                        () -> "document " + pdf.documentId() + ": the client left during the download");
            } finally {
                async.complete();
            }
        }

        private void refuse(boolean databaseAway, Throwable failure) {
            try {
                SecurityHeadersFilter.protect(request(), response(), policy);
                if (databaseAway) {
                    LOG.warning(() -> "Database unreachable, answered 503 for the PDF of document " + pdf.documentId());
                    errors.writeDatabaseUnavailable(request(), response());
                } else {
                    LOG.log(Level.SEVERE, failure,
                            () -> "The download of document " + pdf.documentId() + " could not be logged");
                    errors.write(request(), response(), HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "INTERNAL_ERROR");
                }
            } catch (IOException | RuntimeException gone) {
                LOG.log(Level.FINE, gone,
                        () -> "document " + pdf.documentId() + ": the client left before the refusal");
            } finally {
                async.complete();
            }
        }

        private HttpServletRequest request() {
            return (HttpServletRequest) async.getRequest();
        }

        private HttpServletResponse response() {
            return (HttpServletResponse) async.getResponse();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            if (settled.compareAndSet(false, true)) {
                refuse(true, null);
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // Nothing is held beyond the request.
        }

        @Override
        public void onError(AsyncEvent event) {
            // The container ends the request; the download was logged or will be, like one the client broke off.
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // Never restarted.
        }
    }
}
