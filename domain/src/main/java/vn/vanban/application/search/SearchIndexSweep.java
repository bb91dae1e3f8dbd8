package vn.vanban.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.domain.service.search.SearchHit;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes documents and articles whose words are missing from the search index or describe an older version:
 * shortly after start-up (existing data, in the background so that deployment does not wait for it) and every
 * few minutes (changes made by a path that does not index). Each item is indexed in a transaction of its own, under
 * a cluster-wide lock ({@link SearchIndexer#reindex}), so the sweeps of several instances share the work.
 */
@Singleton
@Startup
@DependsOn("PortalDataSource")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexSweep {

    private static final Logger LOG = Logger.getLogger(SearchIndexSweep.class.getName());
    private static final int BATCH = 200;
    /** One sweep stops after this many items; the next one goes on. */
    private static final int MAX_PER_SWEEP = 20_000;

    @Inject
    private SearchIndexer indexer;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleFirstSweep() {
        timers.createSingleActionTimer(2_000, new TimerConfig(null, false));
    }

    @Timeout
    void afterStart() {
        sweep();
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void periodically() {
        sweep();
    }

    /**
     * Indexes stale items until none are left (or one sweep's share is done); returns how many this sweep indexed
     * (not those another instance's sweep indexed meanwhile).
     */
    public int sweep() {
        int handled = 0;
        int done = 0;
        for (SearchHit.Kind kind : SearchHit.Kind.values()) {
            List<Long> stale = indexer.stale(kind, BATCH);
            while (!stale.isEmpty() && handled < MAX_PER_SWEEP) {
                int failed = 0;
                for (long id : stale) {
                    try {
                        if (indexer.reindex(kind, id)) {
                            done++;
                        }
                        handled++;
                    } catch (EJBException failure) {
                        failed++;
                        LOG.log(Level.WARNING, "Could not index " + kind + " " + id, failure);
                    }
                }
                if (failed == stale.size()) {
                    break;
                }
                stale = indexer.stale(kind, BATCH);
            }
        }
        if (done > 0) {
            LOG.info("Search index: " + done + " items indexed");
        }
        return done;
    }
}
