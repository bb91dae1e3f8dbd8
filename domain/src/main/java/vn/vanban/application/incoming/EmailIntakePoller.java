package vn.vanban.application.incoming;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.domain.model.incoming.IncomingMail;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the intake mailbox every {@code vanban.intake.poll-seconds} (60 unless set) on every instance, when one is
 * configured. Each unread message is taken by {@link EmailIntake} in a transaction of its own and marked read only
 * after that transaction committed: a message whose marking fails is read again at the next poll and found taken. A
 * mailbox that cannot be reached is logged once until it answers again, not at every poll.
 */
@Singleton
@Startup
@DependsOn("PortalDataSource")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailIntakePoller {

    private static final Logger LOG = Logger.getLogger(EmailIntakePoller.class.getName());

    @Inject
    private IntakeMailbox mailbox;

    @Inject
    private EmailIntake intake;

    @Inject
    @ConfigProperty(name = "vanban.intake.poll-seconds", defaultValue = "60")
    private int pollSeconds;

    @Resource
    private TimerService timers;

    private boolean unavailableLogged;

    @PostConstruct
    void start() {
        if (!mailbox.configured()) {
            LOG.info("E-mail intake off: no vanban.intake.imap.host configured");
            return;
        }
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("email-intake", false));
    }

    /** A message that fails for another reason than its files (no receiving body, say) stays unread and is logged. */
    private boolean take(IncomingMail mail) {
        try {
            EmailIntake.Outcome outcome = intake.take(mail);
            LOG.fine(() -> "E-mail intake: " + mail.messageId() + " " + outcome);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail intake: message " + mail.messageId() + " not taken", e);
            return false;
        }
    }

    @Timeout
    void onTimer() {
        poll();
    }

    /** Takes the unread messages now; returns how many were marked read. */
    public int poll() {
        try {
            int taken = mailbox.poll(this::take);
            unavailableLogged = false;
            return taken;
        } catch (MailboxUnavailable e) {
            if (!unavailableLogged) {
                LOG.log(Level.WARNING, "E-mail intake: mailbox not read, tried again at the next poll: "
                        + e.getMessage());
                unavailableLogged = true;
            }
            return 0;
        }
    }
}
