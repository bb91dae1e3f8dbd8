package vn.vanban.domain.model.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.shared.BaseEntity;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A document from first draft to publication. Guarantees: only a draft is edited, and every save of a draft
 * leaves an immutable {@link DocumentVersion}; every change of status follows the lifecycle of
 * {@link DocumentStatus} and is recorded with who, when and why; only the named signer approves; the number is
 * given once, at issue, and from then on nothing but the status (publish, revoke, supersede) changes.
 */
@Entity
@Table(name = "document")
public class Document extends BaseEntity {

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "issuer_id", nullable = false)
    private Issuer issuer;

    @ManyToOne(optional = false)
    @JoinColumn(name = "type_code", nullable = false)
    private DocumentType type;

    @NotNull
    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    /** The size of the body column; a longer body is refused rather than left for the database to reject. */
    public static final int MAX_BODY_LENGTH = 1_000_000;

    /** The sizes of the other text columns, refused beyond by the same rule. */
    public static final int SUMMARY_LENGTH = 1000;
    public static final int SIGNER_TEXT_LENGTH = 200;
    public static final int RECIPIENTS_LENGTH = 4000;
    public static final int NOTE_LENGTH = 1000;

    @NotNull
    @Size(max = MAX_BODY_LENGTH)
    @Column(name = "body", nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DocumentStatus status;

    @ManyToOne
    @JoinColumn(name = "signer_id")
    private UserAccount signer;

    @Size(max = SIGNER_TEXT_LENGTH)
    @Column(name = "signing_capacity", length = SIGNER_TEXT_LENGTH)
    private String signingCapacity;

    @Size(max = SIGNER_TEXT_LENGTH)
    @Column(name = "signer_position", length = SIGNER_TEXT_LENGTH)
    private String signerPosition;

    @Size(max = RECIPIENTS_LENGTH)
    @Column(name = "recipients", length = RECIPIENTS_LENGTH)
    private String recipients;

    /** Minutes only: the secretary, who signs after the chair (the signer). */
    @ManyToOne
    @JoinColumn(name = "second_signer_id")
    private UserAccount secondSigner;

    @Size(max = SIGNER_TEXT_LENGTH)
    @Column(name = "second_signer_position", length = SIGNER_TEXT_LENGTH)
    private String secondSignerPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 16)
    private Audience audience;

    @ManyToMany
    @JoinTable(name = "document_audience_committee", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "committee_id"))
    private Set<Committee> audienceCommittees = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "document_consultee", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> consultees = new HashSet<>();

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Embedded
    private IssuedNumber number;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "file_copy_keeper", length = 200)
    private String fileCopyKeeper;

    @Column(name = "copies")
    private Integer copies;

    @Column(name = "date_sent")
    private LocalDate dateSent;

    @Column(name = "register_note", length = NOTE_LENGTH)
    private String registerNote;

    @ManyToOne
    @JoinColumn(name = "replaced_by_id")
    private Document replacedBy;

    @ManyToOne
    @JoinColumn(name = "revoked_by_id")
    private Document revokedBy;

    @Column(name = "pdf_sha256", length = 64)
    private String pdfSha256;

    @ElementCollection
    @CollectionTable(name = "document_signature_place", joinColumns = @JoinColumn(name = "document_id"))
    private List<SignaturePlace> signaturePlaces = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("number ASC")
    private List<DocumentVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("at ASC")
    private List<DocumentEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DocumentRelation> relations = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("signedAt ASC")
    private List<DocumentSignature> signatures = new ArrayList<>();

    protected Document() {
    }

    public Document(Issuer issuer, DocumentType type, DraftContent content, String by, Instant now) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.type = Objects.requireNonNull(type, "type");
        this.createdBy = by;
        this.status = DocumentStatus.DRAFT;
        apply(content);
        this.currentVersion = 1;
        versions.add(new DocumentVersion(this, 1, summary, body, by, now, null));
        events.add(new DocumentEvent(this, DocumentEvent.Kind.TRANSITION, null, DocumentStatus.DRAFT, 1, by, now, null));
    }

    /** Saves the draft as a new version. Refused once the draft has left the secretariat's hands. */
    public DocumentVersion revise(DraftContent content, String by, String note, Instant now) {
        requireEditable();
        apply(content);
        currentVersion++;
        DocumentVersion version = new DocumentVersion(this, currentVersion, summary, body, by, now,
                Texts.optional(note, NOTE_LENGTH, "note"));
        versions.add(version);
        return version;
    }

    public void relateTo(RelationKind kind, Document target) {
        requireEditable();
        Objects.requireNonNull(kind, "kind");
        if (kind == RelationKind.ANSWERS) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "kind");
        }
        if (target == this || (id != null && id.equals(target.getId()))) {
            throw new DomainException(ErrorCode.RELATION_TO_ITSELF, "relations");
        }
        relations.removeIf(r -> target.equals(r.getTarget()) && r.getKind() == kind);
        relations.add(new DocumentRelation(this, kind, target));
    }

    /** Records that this draft answers {@code incoming}; the incoming register learns its number at issue. */
    public void answer(IncomingDocument incoming) {
        requireEditable();
        Objects.requireNonNull(incoming, "incoming");
        if (answered().noneMatch(incoming::equals)) {
            relations.add(new DocumentRelation(this, incoming));
        }
    }

    /** The incoming documents this one answers. */
    public Stream<IncomingDocument> answered() {
        return relations.stream().filter(r -> r.getKind() == RelationKind.ANSWERS)
                .map(DocumentRelation::getIncomingTarget);
    }

    public void removeRelation(long relationId) {
        requireEditable();
        relations.removeIf(r -> r.getId() != null && r.getId() == relationId);
    }

    /**
     * Sends the draft to its signer; {@code askedForOpinion} are members consulted on the draft (góp ý dự thảo), who
     * may then read it and comment until it is issued.
     */
    public void submitForReview(String by, String comment, Set<UserAccount> askedForOpinion, Instant now) {
        if (signer == null) {
            throw new DomainException(ErrorCode.SIGNER_REQUIRED, "signer");
        }
        moveTo(DocumentStatus.IN_REVIEW, by, comment, now);
        consultees.addAll(askedForOpinion);
    }

    public boolean isConsulted(String username) {
        return username != null && consultees.stream().anyMatch(u -> u.getUsername().equals(username));
    }

    /**
     * The signer, or the secretariat withdrawing it, sends it back to draft while it is in review or approved; saying
     * why is required. {@code roles} are those of {@code by}.
     */
    public void returnForChanges(String by, Set<Role> roles, String comment, Instant now) {
        if (!isReturner(by, roles)) {
            throw new DomainException(ErrorCode.NOT_THE_SIGNER);
        }
        String reason = Texts.required(comment, DocumentEvent.COMMENT_LENGTH, ErrorCode.COMMENT_REQUIRED, "comment");
        if (!mayBeReturnedBy(by, roles)) {
            throw illegal(DocumentStatus.DRAFT);
        }
        moveTo(DocumentStatus.DRAFT, by, reason, now);
    }

    /** Whether {@code username}, holding {@code roles}, may send it back to draft now (see {@link #returnForChanges}). */
    public boolean mayBeReturnedBy(String username, Set<Role> roles) {
        return (status == DocumentStatus.IN_REVIEW || status == DocumentStatus.APPROVED) && isReturner(username, roles);
    }

    private boolean isReturner(String username, Set<Role> roles) {
        return isSigner(username) || roles.contains(Role.SECRETARIAT);
    }

    public void approve(String by, String comment, Instant now) {
        if (status != DocumentStatus.IN_REVIEW) {
            throw illegal(DocumentStatus.APPROVED);
        }
        if (!mayBeApprovedBy(by)) {
            throw new DomainException(ErrorCode.NOT_THE_SIGNER);
        }
        moveTo(DocumentStatus.APPROVED, by, comment, now);
    }

    /** Whether {@code username} may approve it now: its signer, while it is in review. */
    public boolean mayBeApprovedBy(String username) {
        return status == DocumentStatus.IN_REVIEW && isSigner(username);
    }

    public void comment(String by, String text, Instant now) {
        String comment = Texts.required(text, DocumentEvent.COMMENT_LENGTH, ErrorCode.COMMENT_REQUIRED, "comment");
        events.add(new DocumentEvent(this, DocumentEvent.Kind.COMMENT, null, null, currentVersion, by, now, comment));
    }

    /** Gives the number from the outgoing register; the caller has reserved it within the same transaction. */
    public void issue(RegisterNumber number, String by, Instant now) {
        if (status != DocumentStatus.APPROVED) {
            throw illegal(DocumentStatus.ISSUED);
        }
        this.number = new IssuedNumber(number);
        this.issueDate = number.issueDate();
        this.fileCopyKeeper = "Văn phòng";
        this.copies = 1;
        this.dateSent = number.issueDate();
        moveTo(DocumentStatus.ISSUED, by, number.text(), now);
    }

    /** Publishing needs the signer's digital signature on the issued PDF: members only ever get a signed file. */
    public void publish(String by, Instant now) {
        if (!isReadyToPublish()) {
            throw status == DocumentStatus.ISSUED ? new DomainException(ErrorCode.SIGNATURE_REQUIRED)
                    : illegal(DocumentStatus.PUBLISHED);
        }
        moveTo(DocumentStatus.PUBLISHED, by, null, now);
    }

    /** Whether it may be published now: issued, and signed by everyone who must sign it. */
    public boolean isReadyToPublish() {
        return status.canMoveTo(DocumentStatus.PUBLISHED) && isSigned();
    }

    /** Whether a correcting document may be started for it: issued, and not replaced already. */
    public boolean isReplaceable() {
        return status.isIssued() && replacedBy == null;
    }

    /**
     * Names a second signer, who signs after the first: the secretary of a meeting signs its minutes after the chair.
     * Only while the document is still a draft.
     */
    public void requireSecondSignature(UserAccount person, String position) {
        requireEditable();
        this.secondSigner = Objects.requireNonNull(person, "person");
        this.secondSignerPosition = Texts.optional(position, SIGNER_TEXT_LENGTH, "secondSignerPosition");
    }

    /**
     * Records a signature: the signed PDF (an incremental update of the file so far) becomes the document's file.
     * Only an issued document with its PDF is signed; each required signer signs once, in order (the signer, then
     * the second signer when there is one).
     */
    public void recordSignature(String by, String certificateSubject, String signedPdfSha256, Instant now) {
        if (status != DocumentStatus.ISSUED || pdfSha256 == null) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
        }
        List<UserAccount> required = requiredSigners();
        if (required.stream().noneMatch(p -> p.getUsername().equals(by))) {
            throw new DomainException(ErrorCode.NOT_THE_SIGNER);
        }
        if (hasSigned(by)) {
            throw new DomainException(ErrorCode.ALREADY_SIGNED);
        }
        if (!isAwaitingSignatureOf(by)) {
            throw new DomainException(ErrorCode.NOT_YOUR_TURN_TO_SIGN);
        }
        signatures.add(new DocumentSignature(this, by, certificateSubject, now, signedPdfSha256));
        events.add(new DocumentEvent(this, DocumentEvent.Kind.COMMENT, null, null, currentVersion, by, now,
                "Ký số: " + certificateSubject));
        pdfSha256 = signedPdfSha256;
    }

    /** The signer, then the second signer if the document has one: who must sign, in order. */
    public List<UserAccount> requiredSigners() {
        List<UserAccount> required = new ArrayList<>();
        if (signer != null) {
            required.add(signer);
        }
        if (secondSigner != null) {
            required.add(secondSigner);
        }
        return required;
    }

    /** Whether {@code username} may sign it now: it is issued with its PDF, and theirs is the signature due. */
    public boolean isAwaitingSignatureOf(String username) {
        return status == DocumentStatus.ISSUED && pdfSha256 != null
                && nextSigner().map(next -> next.getUsername().equals(username)).orElse(false);
    }

    /** Whose signature is due now, if any. */
    public Optional<UserAccount> nextSigner() {
        return requiredSigners().stream().filter(p -> !hasSigned(p.getUsername())).findFirst();
    }

    /**
     * Whether the next signature is the first of several: it certifies the document, allowing only the signatures
     * that follow (DocMDP).
     */
    public boolean isNextSignatureCertifying() {
        return signatures.isEmpty() && requiredSigners().size() > 1;
    }

    /** Whether the next signature completes the document: after it nobody else must sign. */
    public boolean isNextSignatureTheLast() {
        return signatures.size() + 1 == requiredSigners().size();
    }

    public boolean isRequiredSigner(String username) {
        return username != null && requiredSigners().stream().anyMatch(p -> p.getUsername().equals(username));
    }

    public boolean hasSigned(String username) {
        return signatures.stream().anyMatch(s -> s.getSigner().equals(username));
    }

    public boolean isSigned() {
        List<UserAccount> required = requiredSigners();
        return !required.isEmpty() && required.stream().allMatch(p -> hasSigned(p.getUsername()));
    }

    public List<DocumentSignature> getSignatures() {
        return Collections.unmodifiableList(signatures);
    }

    /** Revoked by another issued document, which is named on the revoked one. */
    public void revoke(Document revoking, String by, Instant now) {
        if (!revoking.getStatus().isIssued()) {
            throw new DomainException(ErrorCode.REVOKING_DOCUMENT_NOT_ISSUED, "revokingDocument");
        }
        moveTo(DocumentStatus.REVOKED, by, revoking.getNumberText(), now);
        this.revokedBy = revoking;
    }

    /** Replaced by a correcting document: stays readable, shows SUPERSEDED and where the replacement is. */
    public void supersede(Document replacement, String by, Instant now) {
        moveTo(DocumentStatus.SUPERSEDED, by, replacement.getNumberText(), now);
        this.replacedBy = replacement;
    }

    /** Records the issued PDF, once: an issued document's file never changes. */
    public void attachPdf(String sha256) {
        attachPdf(sha256, List.of());
    }

    /**
     * Records the issued PDF, once, with where its layout left each required signer the space for the visible
     * signature.
     */
    public void attachPdf(String sha256, List<SignaturePlace> places) {
        if (!status.isIssued() || pdfSha256 != null) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "pdf");
        }
        this.pdfSha256 = Objects.requireNonNull(sha256);
        places.stream().filter(place -> isRequiredSigner(place.getSigner())).forEach(signaturePlaces::add);
    }

    /** Where the issued PDF has the space for {@code username}'s signature; empty for documents issued before it was recorded. */
    public Optional<SignaturePlace> signaturePlaceOf(String username) {
        return signaturePlaces.stream().filter(place -> place.getSigner().equals(username)).findFirst();
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public boolean isSigner(String username) {
        return signer != null && signer.getUsername().equals(username);
    }

    /** Whether a member of {@code committees} may read this document once it is published. */
    public boolean isAddressedTo(Set<Long> committeeIds) {
        if (!(status == DocumentStatus.PUBLISHED || wasPublished())) {
            return false;
        }
        return switch (audience) {
            case PUBLIC -> true;
            case ALL_MEMBERS -> !committeeIds.isEmpty();
            case COMMITTEES -> audienceCommittees.stream().anyMatch(c -> committeeIds.contains(c.getId()));
        };
    }

    /**
     * Whether it ever reached its audience: a revoked or superseded document stays readable to those it was published
     * to, but one replaced or revoked before publication never reached anybody.
     */
    public boolean wasPublished() {
        return events.stream().anyMatch(e -> e.getKind() == DocumentEvent.Kind.TRANSITION
                && e.getTo() == DocumentStatus.PUBLISHED);
    }

    private void apply(DraftContent content) {
        this.summary = Texts.required(content.summary(), SUMMARY_LENGTH, ErrorCode.SUMMARY_REQUIRED, "summary");
        String sanitised = DocumentBody.sanitise(content.body());
        if (sanitised.length() > MAX_BODY_LENGTH) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "body");
        }
        this.body = sanitised;
        this.signer = content.signer();
        this.signingCapacity = Texts.optional(content.signingCapacity(), SIGNER_TEXT_LENGTH, "signingCapacity");
        this.signerPosition = Texts.optional(content.signerPosition(), SIGNER_TEXT_LENGTH, "signerPosition");
        this.recipients = Texts.optional(content.recipients(), RECIPIENTS_LENGTH, "recipients");
        this.audience = content.audience() == null ? Audience.ALL_MEMBERS : content.audience();
        Set<Committee> chosen = content.committees() == null ? Set.of() : content.committees();
        if (audience == Audience.COMMITTEES && chosen.isEmpty()) {
            throw new DomainException(ErrorCode.COMMITTEES_REQUIRED, "committees");
        }
        this.audienceCommittees = new HashSet<>(audience == Audience.COMMITTEES ? chosen : Set.of());
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DomainException(ErrorCode.DOCUMENT_NOT_EDITABLE);
        }
    }

    private void moveTo(DocumentStatus next, String by, String comment, Instant now) {
        if (!status.canMoveTo(next)) {
            throw illegal(next);
        }
        events.add(new DocumentEvent(this, DocumentEvent.Kind.TRANSITION, status, next, currentVersion, by, now,
                Texts.optional(comment, DocumentEvent.COMMENT_LENGTH, "comment")));
        status = next;
    }

    private DomainException illegal(DocumentStatus next) {
        return new DomainException(ErrorCode.ILLEGAL_TRANSITION, "status");
    }

    @Override
    public Long getId() {
        return id;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public DocumentType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public UserAccount getSigner() {
        return signer;
    }

    public String getSigningCapacity() {
        return signingCapacity;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public UserAccount getSecondSigner() {
        return secondSigner;
    }

    public String getSecondSignerPosition() {
        return secondSignerPosition;
    }

    public String getRecipients() {
        return recipients;
    }

    public Audience getAudience() {
        return audience;
    }

    public Set<UserAccount> getConsultees() {
        return Collections.unmodifiableSet(consultees);
    }

    public Set<Committee> getAudienceCommittees() {
        return Collections.unmodifiableSet(audienceCommittees);
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    /** The number from the outgoing register; {@code null} until the document is issued. */
    public IssuedNumber getNumber() {
        return number;
    }

    public Integer getNumberSeq() {
        return number == null ? null : number.sequence();
    }

    public String getNumberText() {
        return number == null ? null : number.text();
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getFileCopyKeeper() {
        return fileCopyKeeper;
    }

    public Integer getCopies() {
        return copies;
    }

    public LocalDate getDateSent() {
        return dateSent;
    }

    public String getRegisterNote() {
        return registerNote;
    }

    public Document getReplacedBy() {
        return replacedBy;
    }

    public Document getRevokedBy() {
        return revokedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<DocumentVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public List<DocumentEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public List<DocumentRelation> getRelations() {
        return Collections.unmodifiableList(relations);
    }
}
