package vn.vanban.web.publicpages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.vanban.application.VerificationService;
import vn.vanban.application.VerificationService.IssuedRecord;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.web.i18n.Texts;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * The public verification page ({@code verify.xhtml}): reached from the QR code of a document, it shows what the
 * portal issued; a visitor may also upload a PDF to learn whether it is, byte for byte, a document the portal issued.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_UPLOAD = 20L * 1024 * 1024;

    @Inject
    private VerificationService verification;

    private Long documentId;
    private IssuedRecord issued;
    private boolean uploaded;
    private IssuedRecord matched;
    private String uploadedSha256;

    public void load() {
        if (documentId != null) {
            issued = verification.byDocument(documentId).orElse(null);
        }
    }

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        FacesContext context = FacesContext.getCurrentInstance();
        if (content == null || content.length == 0 || content.length > MAX_UPLOAD || !isPdf(content)) {
            String message = Texts.get(context.getViewRoot().getLocale(), "public_verify.error.notPdf");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            uploaded = false;
            return;
        }
        uploaded = true;
        uploadedSha256 = StoredFile.sha256(content);
        matched = verification.byContent(content).orElse(null);
    }

    private static boolean isPdf(byte[] content) {
        return content.length > 5 && new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
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

    public boolean isUploaded() {
        return uploaded;
    }

    public IssuedRecord getMatched() {
        return matched;
    }

    public String getUploadedSha256() {
        return uploadedSha256;
    }
}
