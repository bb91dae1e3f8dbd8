package vn.vanban.application;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many times this server has written an entity that may change what a caller may read: every entity except the
 * logs that reading itself writes (downloads, read receipts, the audit trail). Counted as the entities are written,
 * so a cached answer looked up before the write no longer counts as current (see {@link BrieflyRemembered}).
 */
public final class EntityWrites {

    private static final AtomicLong COUNT = new AtomicLong();

    private EntityWrites() {
    }

    public static long count() {
        return COUNT.get();
    }

    public static void happened() {
        COUNT.incrementAndGet();
    }
}
