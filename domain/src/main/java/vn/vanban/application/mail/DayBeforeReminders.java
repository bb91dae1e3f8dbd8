package vn.vanban.application.mail;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.document.DocumentService;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the jobs that mail a reminder the day before something share: every instance runs their timer, so a run first
 * holds its cluster-wide lock and reads what to remind of only then (an instance that comes second finds it marked);
 * "tomorrow" is the day after today in Vietnam, whatever the server's zone; and the mail links to a page of the portal
 * under {@code vanban.public-url} and ends with the same footer.
 */
public abstract class DayBeforeReminders {

    /** Ends every reminder: nobody reads the answers. */
    protected static final String FOOTER = "\n\nThư này được gửi tự động; xin đừng trả lời.\n";

    @Inject
    private ClusterLocks locks;

    @Inject
    @ConfigProperty(name = "vanban.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    private final Clock clock = Clock.systemUTC();

    /** Holds the cluster-wide lock {@code name} (one of {@link ClusterLocks}') until the transaction ends. */
    protected void hold(String name) {
        locks.hold(name);
    }

    /** Today's date in Vietnam. */
    protected LocalDate today() {
        return LocalDate.now(clock.withZone(DocumentService.VIETNAM));
    }

    /** The portal's public address with the trailing slash it may have been configured without. */
    protected String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
