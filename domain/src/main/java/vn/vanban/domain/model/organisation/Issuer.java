package vn.vanban.domain.model.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A body that issues documents under its own name and number sequence (cơ quan ban hành), e.g. the steering
 * committee {@code BAN CHỈ ĐẠO ...} under {@code QUẬN ỦY LONG BIÊN}, symbol {@code BCĐ}. Guarantees: the symbol is
 * unique and well formed, the numbering rule and the start of the current term are always known; it uses at least
 * one document type.
 */
@Entity
@Table(name = "issuer")
@NamedQuery(name = Issuer.ALL, query = "SELECT i FROM Issuer i ORDER BY i.name")
@NamedQuery(name = Issuer.BY_SYMBOL, query = "SELECT i FROM Issuer i WHERE i.symbol = :symbol")
@NamedQuery(name = Issuer.COUNT, query = "SELECT COUNT(i) FROM Issuer i")
public class Issuer extends BaseEntity {

    /** The sizes of the text columns; the domain refuses or shortens text beyond them by the same numbers. */
    public static final int NAME_LENGTH = 300;
    public static final int PARENT_BODY_LENGTH = 300;
    public static final int PLACE_NAME_LENGTH = 100;
    public static final int TERM_LABEL_LENGTH = 50;

    public static final String ALL = "Issuer.all";
    public static final String BY_SYMBOL = "Issuer.bySymbol";
    public static final String COUNT = "Issuer.count";

    @Id
    @SequenceGenerator(name = "issuer_seq", sequenceName = "issuer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issuer_seq")
    private Long id;

    @NotNull
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = PARENT_BODY_LENGTH)
    @Column(name = "parent_body", length = PARENT_BODY_LENGTH)
    private String parentBody;

    @Column(name = "symbol", nullable = false, length = 32)
    private String symbol;

    @NotNull
    @Size(max = PLACE_NAME_LENGTH)
    @Column(name = "place_name", nullable = false, length = PLACE_NAME_LENGTH)
    private String placeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "numbering_rule", nullable = false, length = 32)
    private NumberingRule numberingRule;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Size(max = TERM_LABEL_LENGTH)
    @Column(name = "term_label", length = TERM_LABEL_LENGTH)
    private String termLabel;

    /** The exceptions, not the choice: every type, including one added later, is used until switched off. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "issuer_disabled_type", joinColumns = @JoinColumn(name = "issuer_id"))
    @Column(name = "type_code", length = 8)
    private Set<String> disabledTypes = new HashSet<>();

    protected Issuer() {
    }

    public Issuer(IssuerDetails details) {
        apply(details);
    }

    /** Replaces every setting; the symbol's uniqueness is checked by the service, which sees the other issuers. */
    public final void apply(IssuerDetails details) {
        this.name = Texts.required(details.name(), NAME_LENGTH, ErrorCode.NAME_REQUIRED, "name");
        this.parentBody = Texts.optional(details.parentBody(), PARENT_BODY_LENGTH, "parentBody");
        this.symbol = IssuerSymbol.of(details.symbol());
        this.placeName = Texts.required(details.placeName(), PLACE_NAME_LENGTH, ErrorCode.PLACE_REQUIRED, "placeName");
        if (details.numberingRule() == null) {
            throw new DomainException(ErrorCode.NUMBERING_RULE_REQUIRED, "numberingRule");
        }
        this.numberingRule = details.numberingRule();
        if (details.termStart() == null) {
            throw new DomainException(ErrorCode.TERM_START_REQUIRED, "termStart");
        }
        this.termStart = details.termStart();
        this.termLabel = Texts.optional(details.termLabel(), TERM_LABEL_LENGTH, "termLabel");
    }

    /** The number of the {@code sequence}-th document of {@code typeCode}, as it reads on paper. */
    public String formatNumber(int sequence, String typeCode) {
        return numberingRule.format(sequence, typeCode, symbol);
    }

    /** Whether this issuer's secretariat may draft documents of the type {@code typeCode}. */
    public boolean usesType(String typeCode) {
        return !disabledTypes.contains(typeCode);
    }

    /**
     * Chooses the document types this issuer uses among {@code knownTypes}, the codes of every type the portal
     * has. Refused with DOCUMENT_TYPE_NOT_FOUND for a code the portal does not know, and with
     * DOCUMENT_TYPES_REQUIRED when nothing would be left to draft.
     */
    public void chooseTypes(Collection<String> usedTypes, Collection<String> knownTypes) {
        Set<String> used = new HashSet<>(usedTypes);
        if (!knownTypes.containsAll(used)) {
            throw new DomainException(ErrorCode.DOCUMENT_TYPE_NOT_FOUND, "types");
        }
        if (used.isEmpty()) {
            throw new DomainException(ErrorCode.DOCUMENT_TYPES_REQUIRED, "types");
        }
        Set<String> unused = new HashSet<>(knownTypes);
        unused.removeAll(used);
        disabledTypes.clear();
        disabledTypes.addAll(unused);
    }

    public IssuerDetails details() {
        return new IssuerDetails(name, parentBody, symbol, placeName, numberingRule, termStart, termLabel);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getParentBody() {
        return parentBody;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getPlaceName() {
        return placeName;
    }

    public NumberingRule getNumberingRule() {
        return numberingRule;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public String getTermLabel() {
        return termLabel;
    }
}
