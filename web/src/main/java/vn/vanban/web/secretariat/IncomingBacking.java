package vn.vanban.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.HandlingState;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.incoming.Medium;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.incoming.Urgency;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.LoadedPage;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's incoming documents ({@code secretariat/incoming.xhtml}): receiving one with its file, and the
 * incoming register with the columns of Decree 30/2020 appendix IV, filtered and paged, as CSV for Excel; a
 * receipt still waiting is registered from its row, a duplicate only after the secretariat confirms it.
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
    private LazyDataModel<IncomingDocument> entries;
    private LocalDate today;

    private Long issuerId;
    private LocalDate from;
    private LocalDate to;
    private Urgency urgencyFilter;
    private String text;

    private Long receivingIssuerId;
    private String typeCode;
    private String sender;
    private String numberSymbol;
    private LocalDate documentDate;
    private String summary;
    private Urgency urgency = Urgency.NORMAL;
    private Confidentiality confidentiality = Confidentiality.NONE;
    private Medium medium = Medium.PAPER;
    private LocalDateTime arrivedAt;
    private String recipient;
    private String note;
    /** Only read in the request that uploads it: the bytes go to the database, never into the view. */
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        issuers = organisation.issuers();
        types = documents.types();
        today = incoming.today();
        from = today.withDayOfYear(1);
        receivingIssuerId = issuers.isEmpty() ? null : issuers.get(0).getId();
        arrivedAt = LocalDateTime.now(IncomingDocument.VIETNAM).withSecond(0).withNano(0);
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return Math.toIntExact(incoming.count(actor, filter()));
            }

            @Override
            public List<IncomingDocument> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                               Map<String, FilterMeta> filterBy) {
                return LoadedPage.of(incoming.list(actor, filter(), first, pageSize));
            }

            @Override
            public String getRowKey(IncomingDocument document) {
                return String.valueOf(document.getId());
            }
        };
    }

    private IncomingFilter filter() {
        return new IncomingFilter(issuerId, from, to, null, urgencyFilter, text, false);
    }

    /** Records the document with its file; {@code register} also gives it the next số đến. */
    public void receive(boolean register) {
        byte[] content = file == null ? null : file.getContent();
        String fileName = file == null ? null : file.getFileName();
        Receipt receipt = new Receipt(sender, numberSymbol, documentDate, summary, urgency, confidentiality, medium,
                arrivedAt == null ? null : arrivedAt.atZone(IncomingDocument.VIETNAM).toInstant(), recipient, note);
        long receivingBody = receivingIssuerId == null ? -1 : receivingIssuerId;
        feedback.attempt(() -> {
            IncomingDocument received = incoming.receive(actor, receivingBody, typeCode, receipt, content, fileName,
                    register);
            announce(received);
            clearReceipt();
        }, FORM);
    }

    /** Registers a receipt from its row; a duplicate is refused until {@link #registerDuplicate} confirms it. */
    public void register(long id) {
        feedback.attempt(() -> announce(incoming.register(actor, id, false)), FORM);
    }

    public void registerDuplicate(long id) {
        feedback.attempt(() -> announce(incoming.register(actor, id, true)), FORM);
    }

    private void announce(IncomingDocument document) {
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

    private void clearReceipt() {
        sender = null;
        numberSymbol = null;
        documentDate = null;
        summary = null;
        urgency = Urgency.NORMAL;
        confidentiality = Confidentiality.NONE;
        recipient = null;
        note = null;
        file = null;
    }

    /** Senders already recorded, for the list that grows; a new sender is simply typed. */
    public List<String> completeSender(String typed) {
        return incoming.senders(actor, typed);
    }

    /** Chưa giao, đang giải quyết, quá hạn or đã giải quyết, worked out today. */
    public HandlingState handlingState(IncomingDocument document) {
        return document.handlingState(today);
    }

    public boolean isForwardingLate(IncomingDocument document) {
        return document.isForwardingLate(today);
    }

    /** The CSV download of what the filters show, through the API (the browser's session authenticates it). */
    public String getCsvUrl() {
        return registerUrl("csv");
    }

    /** The printed book of the register as filtered on the screen. */
    public String getPdfUrl() {
        return registerUrl("pdf");
    }

    private String registerUrl(String format) {
        StringBuilder url = new StringBuilder("api/incoming/register/" + format + "?x=1");
        if (issuerId != null) {
            url.append("&issuerId=").append(issuerId);
        }
        if (from != null) {
            url.append("&from=").append(from);
        }
        if (to != null) {
            url.append("&to=").append(to);
        }
        if (urgencyFilter != null) {
            url.append("&urgency=").append(urgencyFilter.name());
        }
        if (text != null && !text.isBlank()) {
            url.append("&q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return url.toString();
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

    public LazyDataModel<IncomingDocument> getEntries() {
        return entries;
    }

    public List<Issuer> getIssuers() {
        return issuers;
    }

    public List<DocumentType> getTypes() {
        return types;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Urgency getUrgencyFilter() {
        return urgencyFilter;
    }

    public void setUrgencyFilter(Urgency urgencyFilter) {
        this.urgencyFilter = urgencyFilter;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getReceivingIssuerId() {
        return receivingIssuerId;
    }

    public void setReceivingIssuerId(Long receivingIssuerId) {
        this.receivingIssuerId = receivingIssuerId;
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

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
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

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
