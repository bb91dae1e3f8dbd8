package vn.vanban.web.secretariat;

import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.Medium;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.incoming.Urgency;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the secretariat types about an incoming document, in one shape for the two forms that take it
 * ({@code WEB-INF/templates/receiptFields.xhtml}): receiving a document, and correcting a receipt not yet registered.
 * A new form has the urgency, confidentiality and medium most documents have.
 */
public class ReceiptForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String typeCode;
    private String sender;
    private String numberSymbol;
    private LocalDate documentDate;
    private String summary;
    private Urgency urgency = Urgency.NORMAL;
    private Confidentiality confidentiality = Confidentiality.NONE;
    private Medium medium = Medium.PAPER;
    private String recipient;
    private String note;

    /** Filled with what was recorded for {@code document}, to be corrected. */
    public static ReceiptForm of(IncomingDocument document) {
        ReceiptForm form = new ReceiptForm();
        form.typeCode = document.getType().getCode();
        form.sender = document.getSender();
        form.numberSymbol = document.getNumberSymbol();
        form.documentDate = document.getDocumentDate();
        form.summary = document.getSummary();
        form.urgency = document.getUrgency();
        form.confidentiality = document.getConfidentiality();
        form.medium = document.getMedium();
        form.recipient = document.getRecipient();
        form.note = document.getNote();
        return form;
    }

    /** An empty form for the next document received, which often comes in the same type and medium as this one. */
    public ReceiptForm next() {
        ReceiptForm form = new ReceiptForm();
        form.typeCode = typeCode;
        form.medium = medium;
        return form;
    }

    /** The receipt as typed; {@code arrivedAt} null where the form does not ask it (a correction keeps it). */
    public Receipt toReceipt(Instant arrivedAt) {
        return new Receipt(sender, numberSymbol, documentDate, summary, urgency, confidentiality, medium, arrivedAt,
                recipient, note);
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
