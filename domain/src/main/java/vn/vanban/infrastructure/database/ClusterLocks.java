package vn.vanban.infrastructure.database;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Locks that every instance sharing the database respects: a row of {@code cluster_lock}, locked with
 * {@code SELECT ... FOR UPDATE} (the same statement on PostgreSQL and H2) until the caller's transaction ends. Work
 * that must happen once in the whole cluster checks whether it is still to be done and does it while holding one, in
 * that transaction: an instance starting at the same moment waits at the lock, then finds the work done. On H2 the
 * wait is bounded by its lock timeout (one second by default); H2 is never shared by a cluster.
 */
@Stateless
public class ClusterLocks {

    /** Filling an empty database at first start. */
    public static final String FIRST_START = "first-start";

    /** Linking audit entries into the hash chain: one sealer in the cluster at a time. */
    public static final String AUDIT_SEAL = "audit-seal";

    /** Indexing an item found stale by the search sweep, which every instance runs. */
    public static final String SEARCH_INDEX = "search-index";

    /** Checking the limits on running archive exports and starting one. */
    public static final String ARCHIVE_EXPORTS = "archive-exports";

    /** Mailing the reminders of incoming documents due tomorrow. */
    public static final String INCOMING_REMINDERS = "incoming-reminders";

    /** Mailing the reminders of meetings tomorrow to those who said they will come. */
    public static final String INVITATION_REMINDERS = "invitation-reminders";

    /** Taking a message of the intake mailbox as a receipt, once in the cluster. */
    public static final String EMAIL_INTAKE = "email-intake";

    static final String LOCK = "SELECT name FROM cluster_lock WHERE name = ? FOR UPDATE";

    @PersistenceContext
    private EntityManager em;

    /** Waits until no other transaction holds the lock, then holds it until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void hold(String name) {
        if (em.createNativeQuery(LOCK).setParameter(1, name).getResultList().isEmpty()) {
            throw new IllegalStateException("No lock '" + name + "' in cluster_lock: the migrations create it");
        }
    }
}
