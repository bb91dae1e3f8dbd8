package vn.vanban.domain.model.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.vanban.domain.model.shared.ErrorCode;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One export of the register's issued PDFs as a ZIP, made in the background by one instance of the portal and read
 * by any: who asked for it, how far it has got (files packed out of files to pack), how it ended, and which instance
 * packs it with the last sign of life it gave. It changes only while it runs, and only under a lock on its row
 * (the repository's {@code lock}), so that the packing instance and one that finds it abandoned never both decide
 * how it ended: whoever comes second finds it ended.
 */
@Entity
@Table(name = "archive_export")
@NamedQuery(name = ArchiveExport.OF_OWNER,
        query = "SELECT e FROM ArchiveExport e WHERE e.owner = :owner ORDER BY e.started DESC")
@NamedQuery(name = ArchiveExport.SILENT,
        query = "SELECT e FROM ArchiveExport e WHERE e.state = :running AND e.heartbeat < :before")
@NamedQuery(name = ArchiveExport.COUNT_ALIVE,
        query = "SELECT COUNT(e) FROM ArchiveExport e WHERE e.state = :running AND e.heartbeat >= :since")
@NamedQuery(name = ArchiveExport.COUNT_ALIVE_OF_OWNER, query = "SELECT COUNT(e) FROM ArchiveExport e "
        + "WHERE e.state = :running AND e.heartbeat >= :since AND e.owner = :owner")
@NamedQuery(name = ArchiveExport.BEAT, query = "UPDATE ArchiveExport e SET e.heartbeat = :now "
        + "WHERE e.id IN :ids AND e.state = :running")
@NamedQuery(name = ArchiveExport.DELETE_ENDED, query = "DELETE FROM ArchiveExport e WHERE e.ended < :limit")
public class ArchiveExport implements Serializable {

    public static final String OF_OWNER = "ArchiveExport.ofOwner";
    public static final String SILENT = "ArchiveExport.silent";
    public static final String COUNT_ALIVE = "ArchiveExport.countAlive";
    public static final String COUNT_ALIVE_OF_OWNER = "ArchiveExport.countAliveOfOwner";
    public static final String BEAT = "ArchiveExport.beat";
    public static final String DELETE_ENDED = "ArchiveExport.deleteEnded";

    private static final long serialVersionUID = 1L;

    /**
     * A packing instance moves the heartbeat on every few seconds ({@link #HEARTBEAT}); six beats missed in a row
     * mean it stopped (crashed, killed, undeployed), not that it is slow: a long garbage collection or a busy
     * database delays one beat, not six.
     */
    public static final Duration STALE_AFTER = Duration.ofSeconds(30);
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** How long an ended export and its ZIP are kept for whoever packed it. */
    public static final Duration KEPT = Duration.ofHours(1);

    public enum State { RUNNING, DONE, FAILED }

    /** What the export is busy with: the documents' PDFs, then the register book that lists them. */
    public enum Step { DOCUMENTS, REGISTER_BOOK, FINISHED }

    @Id
    @Column(name = "id", length = 36, updatable = false)
    private String id;

    @Column(name = "owner", nullable = false, updatable = false, length = 64)
    private String owner;

    @Column(name = "detail", nullable = false, updatable = false, length = 1000)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 16)
    private Step step;

    @Column(name = "packed", nullable = false)
    private int packed;

    @Column(name = "total", nullable = false, updatable = false)
    private int total;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure", length = 64)
    private ErrorCode failure;

    @Column(name = "instance", nullable = false, updatable = false, length = 100)
    private String instance;

    @Column(name = "started", nullable = false, updatable = false)
    private Instant started;

    @Column(name = "heartbeat", nullable = false)
    private Instant heartbeat;

    @Column(name = "ended")
    private Instant ended;

    @Column(name = "zip_bytes")
    private Long zipBytes;

    protected ArchiveExport() {
    }

    /** A running export of {@code total} files, started {@code now} by {@code owner} on {@code instance}. */
    public ArchiveExport(String id, String owner, String detail, int total, String instance, Instant now) {
        this.id = Objects.requireNonNull(id);
        this.owner = Objects.requireNonNull(owner);
        this.detail = Objects.requireNonNull(detail);
        this.total = total;
        this.instance = Objects.requireNonNull(instance);
        this.started = Objects.requireNonNull(now);
        this.heartbeat = now;
        this.state = State.RUNNING;
        this.step = Step.DOCUMENTS;
    }

    /** {@code packed} files in the archive so far, busy with {@code step}; a sign of life too. */
    public void packing(int packed, Step step, Instant now) {
        requireRunning();
        this.packed = packed;
        this.step = Objects.requireNonNull(step);
        this.heartbeat = now;
    }

    /** The packing instance is still at work. */
    public void beat(Instant now) {
        requireRunning();
        heartbeat = now;
    }

    /** Every file is in the archive, whose ZIP is {@code zipBytes} long. */
    public void succeeded(long zipBytes, Instant now) {
        requireRunning();
        this.zipBytes = zipBytes;
        packed = total;
        step = Step.FINISHED;
        state = State.DONE;
        ended = now;
        heartbeat = now;
    }

    public void failed(ErrorCode code, Instant now) {
        requireRunning();
        failure = Objects.requireNonNull(code);
        state = State.FAILED;
        ended = now;
    }

    /** Ended, whichever way, before {@code instant}: its time to be kept is running out from then. */
    public boolean endedBefore(Instant instant) {
        return ended != null && ended.isBefore(instant);
    }

    /** The moment before which a running export's heartbeat means its instance stopped, seen at {@code now}. */
    public static Instant staleBefore(Instant now) {
        return now.minus(STALE_AFTER);
    }

    /** Still marked running at {@code now}, though its instance has given no sign of life for too long. */
    public boolean isStale(Instant now) {
        return state == State.RUNNING && heartbeat.isBefore(staleBefore(now));
    }

    public boolean ownedBy(String username) {
        return owner.equals(username);
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    /** What was packed, for the audit trail: how many PDFs and with which filters. */
    public String getDetail() {
        return detail;
    }

    /** Files in the archive when it is done: the documents' PDFs and the register book. */
    public int getTotal() {
        return total;
    }

    public int getPacked() {
        return packed;
    }

    /** 0 to 100; 100 only once the archive is complete. */
    public int getPercent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, packed * 100 / total);
    }

    public Step getStep() {
        return step;
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    /** Why the export failed; null unless it did. */
    public ErrorCode getFailure() {
        return failure;
    }

    /** The instance ({@code com.sun.aas.instanceName}) that packs or packed it. */
    public String getInstance() {
        return instance;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getHeartbeat() {
        return heartbeat;
    }

    public Instant getEnded() {
        return ended;
    }

    /** The size of the finished ZIP; null until it is done. */
    public Long getZipBytes() {
        return zipBytes;
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("archive export " + id + " has ended: " + state);
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ArchiveExport export && id.equals(export.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
