package vn.vanban.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.document.VerificationService.Verdict;
import vn.vanban.application.document.VerificationService;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.security.RateLimits;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Public verification of a PDF: each signature (signer, certificate, time, integrity, whether it chains to the
 * portal's root, what was done to the file after it and its PAdES level) and whether the file is, byte for byte, one
 * the portal issued. What was done after a signature is {@code modification} ({@code NONE}, {@code SIGNATURES_ONLY}
 * or {@code CONTENT_CHANGED}) with {@code changes} ({@code code} such as {@code PAGE_CONTENT}, {@code page} from 1
 * when on one page, {@code detail}); the level is {@code level} ({@code B_B}, {@code B_T}, {@code B_LT},
 * {@code B_LTA}). These are the names of the enums in {@code vn.vanban.reports.verify}, which JSON-B writes as they
 * are and which are never renamed.
 * At most 20 MB; anything else than a readable PDF gets a 400 with NOT_A_PDF, PDF_ENCRYPTED or PDF_DAMAGED; more
 * than {@code vanban.rate-limit.verify-per-address} verifications a minute from one client get 429 RATE_LIMITED.
 */
@Path("verify")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    @Inject
    private VerificationService verification;

    @Inject
    private RateLimits rateLimits;

    @Inject
    private ApiErrors errors;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes("application/pdf")
    @Operation(summary = "Verify a PDF sent as the request body (Content-Type: application/pdf)")
    public Verdict verify(InputStream pdf) throws IOException {
        requireWithinRateLimit();
        return verification.verify(bounded(pdf));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Verify a PDF uploaded as the form field 'file'")
    public Verdict verifyUpload(List<EntityPart> parts) throws IOException {
        requireWithinRateLimit();
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_A_PDF, "file"));
        return verification.verify(bounded(file.getContent()));
    }

    /** 429 RATE_LIMITED with Retry-After when this client has verified too much in the last minute. */
    private void requireWithinRateLimit() {
        Duration wait = rateLimits.verification(request);
        if (!wait.isZero()) {
            long seconds = RateLimits.seconds(wait);
            Response refused = errors.response(Response.Status.TOO_MANY_REQUESTS, "RATE_LIMITED",
                    ApiErrors.locale(headers), null, seconds);
            throw new WebApplicationException(Response.fromResponse(refused).header("Retry-After", seconds).build());
        }
    }

    /** Reads at most one byte past the limit, so that a huge or endless upload costs bounded memory. */
    private static byte[] bounded(InputStream in) throws IOException {
        byte[] content = in.readNBytes(VerificationService.MAX_BYTES + 1);
        if (content.length > VerificationService.MAX_BYTES) {
            throw new DomainException(ErrorCode.PDF_TOO_LARGE, "file");
        }
        return content;
    }
}
