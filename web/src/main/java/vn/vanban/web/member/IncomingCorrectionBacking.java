package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.incoming.Medium;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.incoming.Urgency;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The correction of a receipt not yet registered, on its page ({@code member/incoming.xhtml}), for the secretariat:
 * an e-mailed document arrives as "Không số" from whoever sent the mail, and the real sender, number, date, type and
 * summary are read off its file before it goes into the register. Filled with what was recorded; a refused
 * correction keeps what was typed and changes nothing.
 */
@Named
@ViewScoped
public class IncomingCorrectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "correctForm";

    @Inject
    private IncomingService incoming;

    @Inject
    private DocumentService documents;

    @Inject
    private MemberIncomingBacking page;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private Long loadedFor;
    private List<DocumentType> types;
    private String typeCode;
    private String sender;
    private String numberSymbol;
    private LocalDate documentDate;
    private String summary;
    private Urgency urgency;
    private Confidentiality confidentiality;
    private Medium medium;
    private String recipient;
    private String note;

    public boolean isMayCorrect() {
        IncomingDocument document = page.getDocument();
        boolean may = document != null && document.getStatus() == IncomingStatus.RECEIVED
                && actor.has(Role.SECRETARIAT);
        if (may && !document.getId().equals(loadedFor)) {
            fill(document);
        }
        return may;
    }

    private void fill(IncomingDocument document) {
        loadedFor = document.getId();
        types = documents.types();
        typeCode = document.getType().getCode();
        sender = document.getSender();
        numberSymbol = document.getNumberSymbol();
        documentDate = document.getDocumentDate();
        summary = document.getSummary();
        urgency = document.getUrgency();
        confidentiality = document.getConfidentiality();
        medium = document.getMedium();
        recipient = document.getRecipient();
        note = document.getNote();
    }

    public void correct() {
        Receipt receipt = new Receipt(sender, numberSymbol, documentDate, summary, urgency, confidentiality, medium,
                null, recipient, note);
        if (feedback.attempt(() -> page.show(incoming.correct(actor, loadedFor, typeCode, receipt)), FORM)) {
            feedback.info("member_incoming.message.corrected");
        }
    }

    public List<DocumentType> getTypes() {
        return types;
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public Medium[] getMedia() {
        return Medium.values();
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public void setNumberSymbol(String numberSymbol) {
        this.numberSymbol = numberSymbol;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(LocalDate documentDate) {
        this.documentDate = documentDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public Medium getMedium() {
        return medium;
    }

    public void setMedium(Medium medium) {
        this.medium = medium;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
