package vn.vanban.application.incoming;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.application.PortalLinks;
import vn.vanban.application.mail.DayBeforeReminders;
import vn.vanban.application.mail.MailOutbox;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.incoming.Assignee;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.infrastructure.database.ClusterLocks;
import vn.vanban.reports.render.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reminds the people an incoming document is assigned to (the lead and those who assist) by e-mail the day before
 * its deadline, once per deadline. Every instance runs the timer, but the work is done holding the cluster-wide
 * {@link ClusterLocks#INCOMING_REMINDERS} lock and the documents are read only once it is held, so an instance that
 * comes second finds them marked and mails nobody; the mail goes through the {@link MailOutbox} in the same
 * transaction as the mark, so a reminder is written exactly when it is recorded as sent.
 */
@Stateless
public class IncomingReminders extends DayBeforeReminders {

    private static final Logger LOG = Logger.getLogger(IncomingReminders.class.getName());
    private static final int BATCH = 500;

    @Inject
    private IncomingRepository incoming;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /** Every minute: cheap (one indexed query) and soon after a document is routed with tomorrow's deadline. */
    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void onSchedule() {
        int reminded = remindDueTomorrow();
        if (reminded > 0) {
            LOG.info("Incoming documents due tomorrow: " + reminded + " reminded");
        }
    }

    /** Mails the reminders of the documents due tomorrow (in Vietnam) not reminded yet; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int remindDueTomorrow() {
        hold(ClusterLocks.INCOMING_REMINDERS);
        LocalDate today = today();
        List<IncomingDocument> due = incoming.dueWithoutReminder(today.plusDays(1), BATCH);
        for (IncomingDocument document : due) {
            if (document.needsReminderOn(today)) {
                outbox.queue(recipients(document), subject(document), text(document));
                document.markReminded();
            }
        }
        return due.size();
    }

    private List<String> recipients(IncomingDocument document) {
        Set<String> usernames = new LinkedHashSet<>();
        usernames.add(document.getLead());
        document.getAssistants().stream().map(Assignee::getUsername).forEach(usernames::add);
        List<String> addresses = new ArrayList<>();
        for (String username : usernames) {
            accounts.findByUsername(username).filter(UserAccount::isEnabled).map(UserAccount::getEmail)
                    .filter(email -> !email.isBlank()).ifPresent(addresses::add);
        }
        return addresses;
    }

    static String subject(IncomingDocument document) {
        return "[Nhắc hạn] Văn bản đến " + document.getNumberSymbol() + " hết hạn giải quyết ngày "
                + VietnameseDates.shortForm(document.getDeadline());
    }

    private String text(IncomingDocument document) {
        return "Văn bản đến " + document.getNumberSymbol() + " ngày " + VietnameseDates.shortForm(document.getDocumentDate())
                + " của " + document.getSender() + " (" + document.getSummary() + ") do đồng chí "
                + document.getLeadName() + " chủ trì giải quyết hết hạn vào ngày mai, "
                + VietnameseDates.shortForm(document.getDeadline()) + "."
                + Optional.ofNullable(document.getInstruction()).map(i -> "\n\nÝ kiến chỉ đạo: " + i).orElse("")
                + "\n\nXem văn bản và ghi tiến độ tại:\n" + links.to("member/incoming.xhtml?id=" + document.getId())
                + MailOutbox.FOOTER;
    }
}
