package vn.vanban.application.incoming;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts a round of {@link IncomingTextRecognition} as soon as a receipt of a scan has committed, on the managed
 * executor, so that the person receiving it does not wait for recognition. A plain CDI bean: an enterprise bean's
 * transaction handling, invoked while the finished transaction completes, fails to resume it.
 */
@ApplicationScoped
public class IncomingTextTrigger {

    @Inject
    private IncomingTextRecognition recognition;

    @Resource
    private ManagedExecutorService executor;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) IncomingTextQueued queued) {
        executor.execute(recognition::recognisePending);
    }
}
