package vn.vanban.web.publicpages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import vn.vanban.application.document.VerificationService.IssuedRecord;
import vn.vanban.application.document.VerificationService;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.web.i18n.Texts;
import vn.vanban.web.security.RateLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The public verification page ({@code verify.xhtml}): reached from the QR code of a document, it shows what the
 * portal issued; a visitor may also upload a PDF to see its signatures checked and whether it is, byte for byte, a
 * document the portal issued. The upload is a plain multipart form ({@code h:inputFile} and a button), so the page
 * needs none of PrimeFaces' scripts.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As the QR code of an issued PDF gives it; anything that is no document id matches no document. */
    private static final Pattern DOCUMENT_ID = Pattern.compile("[1-9][0-9]{0,17}");

    @Inject
    private VerificationService verification;

    @Inject
    private RateLimits rateLimits;

    private String document;
    private IssuedRecord issued;
    private VerificationService.Verdict verdict;
    /** The file of the post being processed; a part of one request, never kept with the view. */
    private transient Part file;
    private String rootFingerprint;

    public void load() {
        rootFingerprint = verification.rootFingerprint().orElse(null);
        if (isAsked() && DOCUMENT_ID.matcher(document.strip()).matches()) {
            issued = verification.byDocument(Long.parseLong(document.strip())).orElse(null);
        }
    }

    /** Whether the page was opened for one document ({@code ?document=}), as the QR code of its PDF opens it. */
    public boolean isAsked() {
        return document != null && !document.isBlank();
    }

    /** Checks the chosen file: its signatures, and whether it is byte for byte a document the portal issued. */
    public void check() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        verdict = null;
        if (file == null || file.getSize() == 0) {
            error(context, Texts.get(context.getViewRoot().getLocale(), "public_verify.noFile"));
            return;
        }
        Duration wait = rateLimits.verification((HttpServletRequest) context.getExternalContext().getRequest());
        if (!wait.isZero()) {
            error(context, Texts.get(context.getViewRoot().getLocale(), "public_verify.rateLimited", RateLimits.seconds(wait)));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(VerificationService.MAX_BYTES + 1);
        } finally {
            file = null;
        }
        try {
            verdict = verification.verify(content);
        } catch (DomainException refused) {
            error(context, Texts.get(context.getViewRoot().getLocale(), "error." + refused.getCode().name()));
        }
    }

    private static void error(FacesContext context, String message) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public IssuedRecord getIssued() {
        return issued;
    }

    public VerificationService.Verdict getVerdict() {
        return verdict;
    }

    /** The SHA-256 fingerprint of the published root certificate; null before the portal has one. */
    public String getRootFingerprint() {
        return rootFingerprint;
    }
}
