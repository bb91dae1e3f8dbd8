package vn.vanban.infrastructure.transaction;

import vn.vanban.infrastructure.grid.BrieflyRemembered;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many times an entity that may change what a caller may read was written: every entity except the logs that
 * reading itself writes (downloads, read receipts, the audit trail). Counted as this server writes them, again as
 * they commit, and as another instance of the cluster reports its committed writes ({@link CommittedChanges}), so
 * that a cached answer looked up before a write no longer counts as current (see {@link BrieflyRemembered}).
 */
public final class EntityWrites {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong ACCOUNTS = new AtomicLong();

    private EntityWrites() {
    }

    public static long count() {
        return COUNT.get();
    }

    public static void happened() {
        COUNT.incrementAndGet();
    }

    /**
     * How many times a user account was written, counted like {@link #count()}: where a logged-in session stands
     * depends on its account alone, so answers about it need not go stale at every other write.
     */
    public static long accountCount() {
        return ACCOUNTS.get();
    }

    /** An account was written; that counts as an entity written too. */
    public static void accountWritten() {
        ACCOUNTS.incrementAndGet();
        COUNT.incrementAndGet();
    }
}
