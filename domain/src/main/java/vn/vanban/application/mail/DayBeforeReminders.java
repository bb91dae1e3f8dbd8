package vn.vanban.application.mail;

import jakarta.inject.Inject;
import vn.vanban.application.document.DocumentService;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the jobs that mail a reminder the day before something share: every instance runs their timer, so a run first
 * holds its cluster-wide lock and reads what to remind of only then (an instance that comes second finds it marked);
 * and "tomorrow" is the day after today in Vietnam, whatever the server's zone.
 */
public abstract class DayBeforeReminders {

    @Inject
    private ClusterLocks locks;

    private final Clock clock = Clock.systemUTC();

    /** Holds the cluster-wide lock {@code name} (one of {@link ClusterLocks}') until the transaction ends. */
    protected void hold(String name) {
        locks.hold(name);
    }

    /** Today's date in Vietnam. */
    protected LocalDate today() {
        return LocalDate.now(clock.withZone(DocumentService.VIETNAM));
    }
}
