package vn.vanban.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.vanban.domain.model.shared.Texts;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One thing done in the portal: who (no actor for an anonymous visitor), what, to which subject ("document:12",
 * "file:ab12…", "account:lan.nt"), when, and a short detail. Written unsealed; {@link AuditChain} later links it.
 * <p>
 * Entries are listed and sealed in the order of their time, the id only breaking ties: each instance reserves ids
 * in blocks of 50 from the sequence, so with two instances the ids of entries written one after the other jump
 * between the blocks and say nothing about which came first.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.UNSEALED, query = "SELECT e FROM AuditEntry e WHERE e.position IS NULL "
        + "ORDER BY e.at, e.id")
@NamedQuery(name = AuditEntry.SEALED_FROM, query = "SELECT e FROM AuditEntry e WHERE e.position >= :from "
        + "ORDER BY e.position")
@NamedQuery(name = AuditEntry.LAST_SEALED, query = "SELECT e FROM AuditEntry e WHERE e.position = "
        + "(SELECT MAX(l.position) FROM AuditEntry l)")
@NamedQuery(name = AuditEntry.NEWEST, query = "SELECT e FROM AuditEntry e ORDER BY e.at DESC, e.id DESC")
@NamedQuery(name = AuditEntry.OF_SUBJECT, query = "SELECT e FROM AuditEntry e WHERE e.subject = :subject "
        + "ORDER BY e.at DESC, e.id DESC")
@NamedQuery(name = AuditEntry.COUNT_UNSEALED, query = "SELECT COUNT(e) FROM AuditEntry e WHERE e.position IS NULL")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String UNSEALED = "AuditEntry.unsealed";
    public static final String SEALED_FROM = "AuditEntry.sealedFrom";
    public static final String LAST_SEALED = "AuditEntry.lastSealed";
    public static final String NEWEST = "AuditEntry.newest";
    public static final String OF_SUBJECT = "AuditEntry.ofSubject";
    public static final String COUNT_UNSEALED = "AuditEntry.countUnsealed";
    static final int DETAIL_LENGTH = 1000;
    static final int ACTOR_LENGTH = 64;
    static final int SUBJECT_LENGTH = 64;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", length = ACTOR_LENGTH)
    private String actor;

    @Column(name = "action", nullable = false, length = 32)
    private String action;

    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "position")
    private Long position;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "hash", length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /** {@code at} is kept to the millisecond, which every database stores exactly, so that the hash stays true. */
    public AuditEntry(Instant at, String actor, AuditAction action, String subject, String detail) {
        this.at = Objects.requireNonNull(at).truncatedTo(ChronoUnit.MILLIS);
        this.actor = Texts.shortened(actor, ACTOR_LENGTH);
        this.action = action.name();
        this.subject = Objects.requireNonNull(Texts.shortened(subject, SUBJECT_LENGTH));
        this.detail = Texts.shortened(detail, DETAIL_LENGTH);
    }

    void seal(long position, String previousHash, String hash) {
        if (this.position != null) {
            throw new IllegalStateException("audit entry " + id + " is already sealed");
        }
        this.position = position;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public boolean isSealed() {
        return position != null;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public Long getPosition() {
        return position;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
