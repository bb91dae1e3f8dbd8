package vn.vanban.infrastructure.transaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.vanban.application.account.VerifiedPasswords;
import vn.vanban.infrastructure.grid.ClusterMessage;
import vn.vanban.infrastructure.grid.ClusterMessages;

/**
 * Changes that make answers kept in memory wrong, applied on this instance at once and again once committed (an
 * answer looked up in between still saw the old data), and told to the other instances of the cluster once
 * committed, where {@link #receive} applies them.
 */
@ApplicationScoped
public class CommittedChanges {

    @Inject
    private AfterCommit afterCommit;

    @Inject
    private ClusterMessages otherInstances;

    @Inject
    private VerifiedPasswords verifiedPasswords;

    /** An entity that may change what somebody may read was written (see {@link EntityWrites}). */
    public void entitiesWritten() {
        EntityWrites.happened();
        afterCommit.run("entities-written", () -> {
            EntityWrites.happened();
            otherInstances.publish(ClusterMessage.entitiesWritten());
        });
    }

    /** A user account was written (a login, a change by an administrator); it counts as an entity written too. */
    public void accountWritten() {
        entitiesWritten();
        EntityWrites.accountWritten();
        afterCommit.run("account-written", () -> {
            EntityWrites.accountWritten();
            otherInstances.publish(ClusterMessage.accountWritten());
        });
    }

    /** The password, roles, enabled state or lock-out of {@code username} changed. */
    public void accountChanged(String username) {
        verifiedPasswords.forget(username);
        EntityWrites.accountWritten();
        afterCommit.run("account-changed:" + username, () -> {
            verifiedPasswords.forget(username);
            EntityWrites.accountWritten();
            otherInstances.publish(ClusterMessage.accountChanged(username));
        });
    }

    void receive(@Observes ClusterMessage message) {
        switch (message.kind()) {
            case ENTITIES_WRITTEN -> EntityWrites.happened();
            case ACCOUNT_WRITTEN -> EntityWrites.accountWritten();
            case ACCOUNT_CHANGED -> {
                verifiedPasswords.forget(message.subject());
                EntityWrites.accountWritten();
            }
        }
    }
}
