package vn.vanban.domain.model.archive;

import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

/**
 * How many exports may pack at once, counted over every instance sharing the database: one per person, and
 * {@value #MAX_RUNNING} in all.
 */
public final class ArchiveQuota {

    /**
     * Each export keeps a core busy while it runs (reading PDFs, deflating, writing chunks to the shared database);
     * beyond three at once the portal's pages would slow down for everyone, on whichever instance they run.
     */
    public static final int MAX_RUNNING = 3;

    private ArchiveQuota() {
    }

    /** Refuses a new export of someone who has {@code runningOfOwner} running, while {@code running} run in all. */
    public static void check(long runningOfOwner, long running) {
        if (runningOfOwner > 0) {
            throw new DomainException(ErrorCode.ARCHIVE_RUNNING);
        }
        if (running >= MAX_RUNNING) {
            throw new DomainException(ErrorCode.SERVER_BUSY);
        }
    }
}
