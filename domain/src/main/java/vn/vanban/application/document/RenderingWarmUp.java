package vn.vanban.application.document;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.reports.WarmUp;

import java.security.GeneralSecurityException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders and signs {@code vanban.warm-up.documents} sample minutes in memory once the portal is deployed, on the
 * managed executor, so that the first documents the secretariat issues after a start are rendered and signed by
 * compiled code rather than by a JVM still interpreting it. Touches no database and keeps nothing; stopped when the
 * application is.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RenderingWarmUp {

    private static final Logger LOG = Logger.getLogger(RenderingWarmUp.class.getName());

    @Inject
    @ConfigProperty(name = "vanban.warm-up.documents", defaultValue = "300")
    private int documents;

    @Resource
    private ManagedExecutorService executor;

    private Future<?> running;

    @PostConstruct
    void start() {
        if (documents > 0) {
            running = executor.submit(this::warmUp);
        }
    }

    @PreDestroy
    void stop() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            int done = WarmUp.withThrowawayKeys().run(documents);
            LOG.info(() -> "Rendering and signing warmed up: " + done + " sample minutes in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "The rendering warm-up stopped; documents are still rendered and signed, only"
                    + " the first ones more slowly", e);
        }
    }
}
