package vn.vanban.application.register;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.archive.ArchiveExport;
import vn.vanban.domain.model.archive.ArchiveExportRepository;
import vn.vanban.domain.model.archive.ArchiveQuota;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What the shared database keeps of archive exports, each step in a short transaction of its own, so that the
 * packing thread never holds a transaction open while it packs and every instance sees its progress at once. A
 * change to a running export is made under the lock of its row and only while it still runs: the packing instance
 * learns from a {@code false} that someone else ended it (its heartbeat went silent too long) and stops.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ArchiveExportRecords {

    private static final Logger LOG = Logger.getLogger(ArchiveExportRecords.class.getName());

    @Inject
    private ArchiveExportRepository exports;

    @Inject
    private ClusterLocks locks;

    @Inject
    private AuditTrail audit;

    /**
     * A new running export of {@code total} files for {@code actor}, packed on {@code instance}, if the limits allow
     * it in the whole cluster, recorded in the audit trail. The limits are counted under a cluster-wide lock, so
     * two instances starting exports at the same moment count each other's.
     */
    public ArchiveExport start(Actor actor, String detail, int total, String instance, Instant now) {
        locks.hold(ClusterLocks.ARCHIVE_EXPORTS);
        forgetOld(now);
        Instant aliveSince = ArchiveExport.staleBefore(now);
        ArchiveQuota.check(exports.countRunning(actor.username(), aliveSince), exports.countRunning(null, aliveSince));
        ArchiveExport export = new ArchiveExport(UUID.randomUUID().toString(), actor.username(), detail, total,
                instance, now);
        exports.add(export);
        audit.record(actor, AuditAction.ARCHIVE_EXPORTED, AuditTrail.REGISTER, detail);
        return export;
    }

    /** The export {@code id} as it stands at {@code now}: one whose instance stopped is failed first. */
    public Optional<ArchiveExport> find(String id, Instant now) {
        return exports.find(id).map(export -> interruptedIfStale(export, now));
    }

    /** The newest export of {@code owner} still kept, as {@link #find} tells it. */
    public Optional<ArchiveExport> latestOf(String owner, Instant now) {
        return exports.latestOf(owner).map(export -> interruptedIfStale(export, now));
    }

    /** {@code packed} files in so far, busy with {@code step}; false if the export no longer runs. */
    public boolean packing(String id, int packed, ArchiveExport.Step step, Instant now) {
        return exports.lock(id).filter(ArchiveExport::isRunning).map(export -> {
            export.packing(packed, step, now);
            return true;
        }).orElse(false);
    }

    /** Chunk {@code seq} of the export's ZIP, and a sign of life; false (nothing written) if it no longer runs. */
    public boolean addChunk(String id, int seq, byte[] content, Instant now) {
        return exports.lock(id).filter(ArchiveExport::isRunning).map(export -> {
            export.beat(now);
            exports.addChunk(id, seq, content);
            return true;
        }).orElse(false);
    }

    /** The ZIP is complete, {@code zipBytes} long, in its chunks; false if the export no longer ran. */
    public boolean succeeded(String id, long zipBytes, Instant now) {
        return exports.lock(id).filter(ArchiveExport::isRunning).map(export -> {
            export.succeeded(zipBytes, now);
            return true;
        }).orElse(false);
    }

    /** Fails the export, if it still runs, and deletes what it packed. */
    public void failed(String id, ErrorCode code, Instant now) {
        exports.lock(id).filter(ArchiveExport::isRunning).ifPresent(export -> fail(export, code, now));
    }

    /** Signs of life of the exports {@code ids}, which this instance is packing. */
    public void beat(Collection<String> ids, Instant now) {
        exports.beat(ids, now);
    }

    /** Chunk {@code seq} (from 0) of the ZIP of export {@code id}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> chunk(String id, int seq) {
        return exports.chunk(id, seq);
    }

    /**
     * Fails the exports whose instance stopped and deletes those that ended more than {@link ArchiveExport#KEPT}
     * ago. Several instances may do it at the same moment: each export is decided under the lock of its row, and a
     * deletion that finds nothing left does nothing.
     */
    public void forgetOld(Instant now) {
        for (ArchiveExport silent : exports.lockRunningSilentSince(ArchiveExport.staleBefore(now))) {
            interruptedIfStale(silent, now);
        }
        exports.deleteEndedBefore(now.minus(ArchiveExport.KEPT));
    }

    private ArchiveExport interruptedIfStale(ArchiveExport export, Instant now) {
        if (!export.isStale(now)) {
            return export;
        }
        return exports.lock(export.getId()).filter(locked -> locked.isStale(now)).map(locked -> {
            LOG.warning(() -> "archive export " + locked.getId() + " of " + locked.getOwner() + " on instance "
                    + locked.getInstance() + " gave no sign of life since " + locked.getHeartbeat() + ": failed");
            fail(locked, ErrorCode.ARCHIVE_INTERRUPTED, now);
            return locked;
        }).orElse(export);
    }

    private void fail(ArchiveExport export, ErrorCode code, Instant now) {
        export.failed(code, now);
        exports.deleteChunks(export.getId());
    }
}
