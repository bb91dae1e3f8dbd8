package vn.vanban.application.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.domain.model.audit.AuditChain;
import vn.vanban.domain.model.audit.AuditEntry;
import vn.vanban.domain.model.audit.AuditTrailRepository;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.util.List;
import java.util.logging.Logger;

/**
 * Links written audit entries into the hash chain, in the order they were written, every few seconds and before a
 * verification. Sealing apart from the writes keeps the chain off the path of every request (no lock on a chain head
 * while a document is issued). Every instance runs the sealer, but each batch is sealed holding the cluster-wide
 * {@link ClusterLocks#AUDIT_SEAL} lock, and reads the chain's head and the pending entries only once it holds it: an
 * instance that comes second waits for the first one's batch to commit, then seals what is still pending after it,
 * so two instances never fork the chain (the unique position would refuse the second fork, failing its seal, and a
 * verification with it). Entries left unsealed by a crash are sealed in a later round, by any instance.
 */
@Singleton
@Lock(LockType.WRITE)
public class AuditSealer {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Inject
    private AuditTrailRepository entries;

    @Inject
    private ClusterLocks locks;

    @Resource
    private SessionContext context;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sealOnSchedule() {
        sealPending();
    }

    /** Seals everything written so far, a batch per transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sealPending() {
        while (self().sealBatch() == BATCH) {
            LOG.fine("sealed a full batch of audit entries, going on");
        }
    }

    /*
     * The pending entries are linked in the order of their time, then id: the order the administrator's list shows,
     * the same query on every instance. Any order the sealer fixes would do for the chain, which records the order it
     * was given in the positions that verification walks; but ids interleave between instances, and an entry whose
     * transaction commits after a batch was sealed still comes after that batch, whatever its time.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
        locks.hold(ClusterLocks.AUDIT_SEAL);
        List<AuditEntry> pending = entries.unsealed(BATCH);
        AuditEntry previous = entries.lastSealed().orElse(null);
        for (AuditEntry entry : pending) {
            AuditChain.link(previous, entry);
            previous = entry;
        }
        return pending.size();
    }

    /** Through the container, so that each batch gets the transaction its annotation asks for. */
    private AuditSealer self() {
        return context.getBusinessObject(AuditSealer.class);
    }
}
