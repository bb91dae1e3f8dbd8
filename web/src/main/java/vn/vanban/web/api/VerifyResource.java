package vn.vanban.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.vanban.application.VerificationService;
import vn.vanban.application.VerificationService.Verdict;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Public verification of a PDF: each signature (signer, certificate, time, integrity, whether anything was added
 * after it, whether it chains to the portal's root) and whether the file is, byte for byte, one the portal issued.
 * At most 20 MB; anything else than a readable PDF gets a 400 with NOT_A_PDF, PDF_ENCRYPTED or PDF_DAMAGED.
 */
@Path("verify")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    @Inject
    private VerificationService verification;

    @POST
    @Consumes("application/pdf")
    @Operation(summary = "Verify a PDF sent as the request body (Content-Type: application/pdf)")
    public Verdict verify(InputStream pdf) throws IOException {
        return verification.verify(bounded(pdf));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Verify a PDF uploaded as the form field 'file'")
    public Verdict verifyUpload(List<EntityPart> parts) throws IOException {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_A_PDF, "file"));
        return verification.verify(bounded(file.getContent()));
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
