package vn.vanban.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The log of downloads (and their audit entries), written with a group commit: a download is answered only once its
 * entry is committed, but concurrent downloads share one transaction instead of committing one by one.
 */
@ApplicationScoped
public class DownloadLog {

    private static final int MAX_BATCH = 200;
    /** One write at a time: with Payara's five request threads, a second writer only splits the batches. */
    private static final int WRITERS = 1;

    @Inject
    private IssuedPdfService issuedPdfs;

    private GroupCommit<Download> commits;

    @PostConstruct
    void start() {
        commits = new GroupCommit<>(downloads -> issuedPdfs.logDownloads(downloads), MAX_BATCH, WRITERS);
    }

    /** Returns once the download is logged; throws if it could not be (the file must not be sent then). */
    public void log(Actor actor, long documentId, String sha256) {
        commits.write(new Download(actor, documentId, sha256));
    }

    /** Who downloaded which file of which document. */
    public record Download(Actor actor, long documentId, String sha256) {
    }
}
