package vn.vanban.web.publicpages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.event.FileUploadEvent;
import vn.vanban.application.VerificationService;
import vn.vanban.application.VerificationService.IssuedRecord;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.web.i18n.Texts;
import vn.vanban.web.security.RateLimits;

import java.io.Serializable;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The public verification page ({@code verify.xhtml}): reached from the QR code of a document, it shows what the
 * portal issued; a visitor may also upload a PDF to see its signatures checked and whether it is, byte for byte, a
 * document the portal issued.
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

    public void upload(FileUploadEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        Duration wait = rateLimits.verification((HttpServletRequest) context.getExternalContext().getRequest());
        if (!wait.isZero()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(
                    context.getViewRoot().getLocale(), "public_verify.rateLimited", RateLimits.seconds(wait)), null));
            verdict = null;
            return;
        }
        try {
            verdict = verification.verify(event.getFile().getContent());
        } catch (DomainException refused) {
            String message = Texts.get(context.getViewRoot().getLocale(), "error." + refused.getCode().name());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            verdict = null;
        }
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
