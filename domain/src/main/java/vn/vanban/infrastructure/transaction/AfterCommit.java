package vn.vanban.infrastructure.transaction;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work for the moment the current transaction has committed: telling others about a change before then would let
 * them read the old data again and keep it as new.
 */
@ApplicationScoped
public class AfterCommit {

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Runs {@code action} once the current transaction committed (never, if it rolls back), and at once outside a
     * transaction. Registered twice under the same {@code key} in one transaction, it runs once.
     */
    public void run(String key, Runnable action) {
        if (transactions.getTransactionKey() == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        String resource = AfterCommit.class.getName() + ':' + key;
        if (transactions.getResource(resource) != null) {
            return;
        }
        transactions.putResource(resource, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing is due before the outcome is known.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
