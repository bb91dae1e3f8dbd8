package vn.vanban.application.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts a round of the {@link MailOutboxSender} as soon as a transaction that queued mail has committed, on the
 * managed executor, so that the user's request does not wait for the mail server. A plain CDI bean: an enterprise
 * bean's transaction handling, invoked while the finished transaction completes, fails to resume it.
 */
@ApplicationScoped
public class MailOutboxTrigger {

    @Inject
    private MailOutboxSender sender;

    @Resource
    private ManagedExecutorService executor;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(sender::sendDue);
    }
}
