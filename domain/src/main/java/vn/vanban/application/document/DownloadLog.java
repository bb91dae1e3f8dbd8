package vn.vanban.application.document;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.infrastructure.transaction.GroupCommit;

import java.util.concurrent.CompletionStage;

/**
 * The log of downloads (and their audit entries), written with a group commit: a download is answered only once its
 * entry is committed, but concurrent downloads share one transaction instead of committing one by one.
 */
@ApplicationScoped
public class DownloadLog {

    private static final int MAX_BATCH = 200;
    /** One write at a time: a second writer only splits the batches, and the database would share its core. */
    private static final int WRITERS = 1;

    @Inject
    private IssuedPdfService issuedPdfs;

    @Resource
    private ManagedExecutorService executor;

    private GroupCommit<Download> commits;

    @PostConstruct
    void start() {
        commits = new GroupCommit<>(downloads -> issuedPdfs.logDownloads(downloads), MAX_BATCH, WRITERS, executor);
    }

    /** Returns once the download is logged; throws if it could not be (the file must not be sent then). */
    public void log(Actor actor, long documentId, String sha256) {
        commits.write(new Download(actor, documentId, sha256));
    }

    /**
     * Completes once the download is logged, or exceptionally if it could not be (the file must not be sent then),
     * without holding the caller's thread meanwhile. What depends on it runs on the log's own thread: hand it on.
     */
    public CompletionStage<Void> logLater(Actor actor, long documentId, String sha256) {
        return commits.submit(new Download(actor, documentId, sha256));
    }

    /** Who downloaded which file of which document. */
    public record Download(Actor actor, long documentId, String sha256) {
    }
}
