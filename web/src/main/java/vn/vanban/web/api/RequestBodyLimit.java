package vn.vanban.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import vn.vanban.application.document.VerificationService;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds what the API reads of a request body, so that a huge or endless body costs bounded memory and time: JSON
 * at most {@value #JSON_LIMIT} bytes (a document body of a million characters fits), a PDF upload at most what the
 * verifier accepts plus room for the multipart envelope. A declared length over the limit is refused unread; a body
 * that turns out longer is refused when it passes the limit. 413 REQUEST_TOO_LARGE, or PDF_TOO_LARGE for a PDF.
 */
@Provider
public class RequestBodyLimit implements ReaderInterceptor {

    static final long JSON_LIMIT = 8L * 1024 * 1024;
    static final long UPLOAD_LIMIT = VerificationService.MAX_BYTES + 1024L * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean upload = isUpload(context.getMediaType());
        long limit = upload ? UPLOAD_LIMIT : JSON_LIMIT;
        ErrorCode code = upload ? ErrorCode.PDF_TOO_LARGE : ErrorCode.REQUEST_TOO_LARGE;
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > limit) {
            throw new DomainException(code, upload ? "file" : null);
        }
        context.setInputStream(new Bounded(context.getInputStream(), limit, code));
        return context.proceed();
    }

    private static boolean isUpload(MediaType type) {
        return type != null && (type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                || "pdf".equalsIgnoreCase(type.getSubtype()));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private final ErrorCode code;
        private long read;

        Bounded(InputStream in, long limit, ErrorCode code) {
            super(in);
            this.limit = limit;
            this.code = code;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new DomainException(code, code == ErrorCode.PDF_TOO_LARGE ? "file" : null);
            }
        }
    }
}
