package vn.vanban.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.incoming.HandlingState;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.incoming.Urgency;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.faces.PagedDataModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The incoming register on {@code secretariat/incoming.xhtml} ({@code WEB-INF/includes/secretariat/incoming/register.xhtml}),
 * with the columns of Decree 30/2020 appendix IV, filtered and paged, as CSV for Excel; a receipt still waiting is
 * registered from its row, a duplicate only after the secretariat confirms it.
 */
@Named
@ViewScoped
public class IncomingRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "registerForm";

    @Inject
    private IncomingService incoming;

    @Inject
    private OrganisationService organisation;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private List<Issuer> issuers;
    private PagedDataModel<IncomingDocument> entries;
    private LocalDate today;

    private Long issuerId;
    private LocalDate from;
    private LocalDate to;
    private Urgency urgencyFilter;
    private String text;

    @PostConstruct
    void init() {
        issuers = organisation.issuers();
        today = incoming.today();
        from = today.withDayOfYear(1);
        entries = new PagedDataModel<>(() -> incoming.count(actor, filter()),
                (first, size) -> incoming.list(actor, filter(), first, size));
    }

    private IncomingFilter filter() {
        return new IncomingFilter(issuerId, from, to, null, urgencyFilter, text, false);
    }

    /** Registers a receipt from its row; a duplicate is refused until {@link #registerDuplicate} confirms it. */
    public void register(long id) {
        feedback.attempt(() -> IncomingBacking.announce(feedback, incoming.register(actor, id, false)), FORM);
    }

    public void registerDuplicate(long id) {
        feedback.attempt(() -> IncomingBacking.announce(feedback, incoming.register(actor, id, true)), FORM);
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
        return DownloadUrl.of("api/incoming/register/" + format).with("issuerId", issuerId).with("from", from)
                .with("to", to).with("urgency", urgencyFilter == null ? null : urgencyFilter.name()).with("q", text)
                .toString();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public PagedDataModel<IncomingDocument> getEntries() {
        return entries;
    }

    public List<Issuer> getIssuers() {
        return issuers;
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
}
