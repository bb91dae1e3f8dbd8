package vn.vanban.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.web.faces.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Issuers ({@code admin/issuers.xhtml}): names, symbol, place, numbering rule and current term, and the document
 * types each issuer drafts.
 */
@Named
@ViewScoped
public class IssuersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "issuerForm";
    static final String TYPES_FORM = "typesForm";

    @Inject
    private OrganisationService organisation;

    @Inject
    private DocumentService documents;

    @Inject
    private Feedback feedback;

    private List<Issuer> issuers;
    private List<DocumentType> types;

    private Long typesIssuerId;
    private String typesIssuerSymbol;
    private List<String> usedTypes = new ArrayList<>();

    private Long editingId;
    private String name;
    private String parentBody;
    private String symbol;
    private String placeName;
    private NumberingRule numberingRule;
    private LocalDate termStart;
    private String termLabel;

    @PostConstruct
    void load() {
        issuers = organisation.issuers();
        types = documents.types();
    }

    public void startTypes(Issuer issuer) {
        typesIssuerId = issuer.getId();
        typesIssuerSymbol = issuer.getSymbol();
        usedTypes = new ArrayList<>(types.stream().map(DocumentType::getCode).filter(issuer::usesType).toList());
    }

    public void saveTypes() {
        if (feedback.attempt(() -> organisation.chooseDocumentTypes(typesIssuerId, usedTypes), TYPES_FORM)) {
            feedback.info("admin_issuers.message.typesSaved", typesIssuerSymbol);
            load();
        }
    }

    /** How many of the portal's types the issuer uses. */
    public long usedTypeCount(Issuer issuer) {
        return types.stream().map(DocumentType::getCode).filter(issuer::usesType).count();
    }

    public List<DocumentType> getTypes() {
        return types;
    }

    public List<String> getUsedTypes() {
        return usedTypes;
    }

    public void setUsedTypes(List<String> usedTypes) {
        this.usedTypes = usedTypes;
    }

    public String getTypesIssuerSymbol() {
        return typesIssuerSymbol;
    }

    public void startCreate() {
        editingId = null;
        name = null;
        parentBody = null;
        symbol = null;
        placeName = null;
        numberingRule = NumberingRule.PARTY_PER_TYPE_PER_TERM;
        termStart = null;
        termLabel = null;
    }

    public void startEdit(Issuer issuer) {
        editingId = issuer.getId();
        name = issuer.getName();
        parentBody = issuer.getParentBody();
        symbol = issuer.getSymbol();
        placeName = issuer.getPlaceName();
        numberingRule = issuer.getNumberingRule();
        termStart = issuer.getTermStart();
        termLabel = issuer.getTermLabel();
    }

    public void save() {
        IssuerDetails details = new IssuerDetails(name, parentBody, symbol, placeName, numberingRule, termStart, termLabel);
        boolean creating = editingId == null;
        if (feedback.attempt(() -> {
            if (creating) {
                organisation.createIssuer(details);
            } else {
                organisation.updateIssuer(editingId, details);
            }
        }, FORM)) {
            feedback.info(creating ? "admin_issuers.message.created" : "admin_issuers.message.saved", symbol);
            load();
        }
    }

    /** An example of the numbers this issuer will give, so the administrator sees what the rule means. */
    public String example(Issuer issuer) {
        return issuer.formatNumber(9, "TB");
    }

    public NumberingRule[] getRules() {
        return NumberingRule.values();
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public List<Issuer> getIssuers() {
        return issuers;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = parentBody;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public NumberingRule getNumberingRule() {
        return numberingRule;
    }

    public void setNumberingRule(NumberingRule numberingRule) {
        this.numberingRule = numberingRule;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public String getTermLabel() {
        return termLabel;
    }

    public void setTermLabel(String termLabel) {
        this.termLabel = termLabel;
    }
}
