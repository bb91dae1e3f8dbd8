package vn.vanban.application;

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

import java.util.List;
import java.util.logging.Logger;

/**
 * Links written audit entries into the hash chain, in the order they were written, every few seconds and before a
 * verification. Sealing apart from the writes keeps the chain off the path of every request (no lock on a chain head
 * while a document is issued); one sealer at a time per server, and the unique position refuses a second server's
 * fork, which then seals in its next round. Entries left unsealed by a crash are sealed after the restart.
 */
@Singleton
@Lock(LockType.WRITE)
public class AuditSealer {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Inject
    private AuditTrailRepository entries;

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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
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
