package vn.vanban.application.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vanban.domain.service.search.SearchHit;
import vn.vanban.infrastructure.transaction.AfterCommit;

import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes an item again on the managed executor as soon as the transaction that changed it has committed, for a
 * change whose request need not wait for its words: an issue, which moves the date of every word of the document
 * (a few hundred rows) to add the few words of its number. The item is found by its number a moment after the
 * answer. Nothing is lost when the server stops before, or the indexing fails: the item's index then describes an
 * older version, and {@link SearchIndexSweep} indexes it.
 * <p>
 * A plain CDI bean: an enterprise bean's transaction handling, invoked while the finished transaction completes,
 * fails to resume it.
 */
@ApplicationScoped
public class IndexAfterCommit {

    private static final Logger LOG = Logger.getLogger(IndexAfterCommit.class.getName());

    @Inject
    private SearchIndexer indexer;

    @Inject
    private AfterCommit afterCommit;

    @Resource
    private ManagedExecutorService executor;

    public void document(long id) {
        afterCommit.run("index:" + SearchHit.Kind.DOCUMENT + ':' + id, () -> submit(SearchHit.Kind.DOCUMENT, id));
    }

    private void submit(SearchHit.Kind kind, long id) {
        try {
            executor.execute(() -> reindex(kind, id));
        } catch (RejectedExecutionException busy) {
            LOG.log(Level.INFO, "The index of " + kind + " " + id + " is left to the sweep", busy);
        }
    }

    private void reindex(SearchHit.Kind kind, long id) {
        try {
            indexer.reindex(kind, id);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not index " + kind + " " + id + " after its change; the sweep will", failure);
        }
    }
}
