package vn.vanban.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The secretariat's receiving of an incoming document with its file, the first section of
 * {@code secretariat/incoming.xhtml} ({@code WEB-INF/includes/secretariat/incoming/receive.xhtml}); the register
 * below it is {@link IncomingRegisterBacking}'s.
 */
@Named
@ViewScoped
public class IncomingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "receiveForm";

    @Inject
    private IncomingService incoming;

    @Inject
    private DocumentService documents;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private List<Issuer> issuers;
    private List<DocumentType> types;

    private Long receivingIssuerId;
    private ReceiptForm receipt = new ReceiptForm();
    private LocalDateTime arrivedAt;
    /** Only read in the request that uploads it: the bytes go to the database, never into the view. */
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        issuers = organisation.issuers();
        types = documents.types();
        receivingIssuerId = issuers.isEmpty() ? null : issuers.get(0).getId();
        arrivedAt = LocalDateTime.now(IncomingDocument.VIETNAM).withSecond(0).withNano(0);
    }

    /** Records the document with its file; {@code register} also gives it the next số đến. */
    public void receive(boolean register) {
        byte[] content = file == null ? null : file.getContent();
        String fileName = file == null ? null : file.getFileName();
        Receipt typed = receipt.toReceipt(arrivedAt == null ? null : arrivedAt.atZone(IncomingDocument.VIETNAM).toInstant());
        long receivingBody = receivingIssuerId == null ? -1 : receivingIssuerId;
        feedback.attempt(() -> {
            IncomingDocument received = incoming.receive(actor, receivingBody, receipt.getTypeCode(), typed, content,
                    fileName, register);
            announce(feedback, received);
            receipt = receipt.next();
            file = null;
        }, FORM);
    }

    /** Says what became of a document received or registered: its số đến, that it is a duplicate, or just received. */
    static void announce(Feedback feedback, IncomingDocument document) {
        if (document.getRegisterNumber() != null) {
            // The year as text: a number would be formatted with the locale's grouping ("2.026").
            feedback.info("secretariat_incoming.message.registered", document.registerNumberText(),
                    String.valueOf(document.getRegisterYear()), document.getNumberSymbol());
        } else if (document.getDuplicateOf() != null) {
            feedback.info("secretariat_incoming.message.duplicate", document.getNumberSymbol());
        } else {
            feedback.info("secretariat_incoming.message.received", document.getNumberSymbol());
        }
    }

    /** Senders already recorded, for the list that grows; a new sender is simply typed. */
    public List<String> completeSender(String typed) {
        return incoming.senders(actor, typed);
    }

    public List<Issuer> getIssuers() {
        return issuers;
    }

    public List<DocumentType> getTypes() {
        return types;
    }

    public ReceiptForm getReceipt() {
        return receipt;
    }

    public Long getReceivingIssuerId() {
        return receivingIssuerId;
    }

    public void setReceivingIssuerId(Long receivingIssuerId) {
        this.receivingIssuerId = receivingIssuerId;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
