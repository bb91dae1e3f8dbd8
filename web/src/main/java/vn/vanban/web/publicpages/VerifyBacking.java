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

/**
 * The public verification page ({@code verify.xhtml}): reached from the QR code of a document, it shows what the
 * portal issued; a visitor may also upload a PDF to see its signatures checked and whether it is, byte for byte, a
 * document the portal issued.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VerificationService verification;

    @Inject
    private RateLimits rateLimits;

    private Long documentId;
    private IssuedRecord issued;
    private VerificationService.Verdict verdict;

    public void load() {
        if (documentId != null) {
            issued = verification.byDocument(documentId).orElse(null);
        }
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

    public Long getDocumentId() {
        return documentId;
    }

    public void setDocumentId(Long documentId) {
        this.documentId = documentId;
    }

    public IssuedRecord getIssued() {
        return issued;
    }

    public VerificationService.Verdict getVerdict() {
        return verdict;
    }
}
