package vn.vanban.application.meeting;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.vanban.application.PortalLinks;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingReminders;
import vn.vanban.application.mail.DayBeforeReminders;
import vn.vanban.application.mail.MailOutbox;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.meeting.Reply;
import vn.vanban.domain.model.meeting.ReplyChoice;
import vn.vanban.infrastructure.database.ClusterLocks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reminds, the day before a meeting (in Vietnam), the invitees who answered that they will come, or that they send
 * a substitute (the mail goes to the invitee, to pass on), once per invitee and day. Like {@link IncomingReminders}:
 * every instance runs the timer, the work is done holding the cluster-wide {@link ClusterLocks#INVITATION_REMINDERS}
 * lock and the meetings are read only once it is held, and the mail goes through the {@link MailOutbox} in the
 * transaction that marks the invitee reminded, so a reminder is written exactly when it is recorded as sent.
 * A meeting moved to another day after its reminder is reminded again the day before the new day (the invitees
 * were told of the move, but the reminder they have names the wrong day); moved within the same day, it is not.
 * Whoever answers on the day before, after the others were reminded, gets theirs at the next run.
 */
@Stateless
public class InvitationReminders extends DayBeforeReminders {

    private static final Logger LOG = Logger.getLogger(InvitationReminders.class.getName());

    @Inject
    private MeetingRepository meetings;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    @Inject
    private AuditTrail audit;

    /** Every minute: one indexed query, and an answer given the day before is reminded soon after. */
    @Schedule(hour = "*", minute = "*", second = "50", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void onSchedule() {
        int reminded = remindTomorrow();
        if (reminded > 0) {
            LOG.info("Meetings tomorrow: " + reminded + " invitees reminded");
        }
    }

    /** Mails the reminders of tomorrow's meetings (in Vietnam) not sent yet; returns how many invitees were reminded. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int remindTomorrow() {
        hold(ClusterLocks.INVITATION_REMINDERS);
        LocalDate tomorrow = today().plusDays(1);
        int reminded = 0;
        ZoneId vietnam = DocumentService.VIETNAM;
        for (Meeting meeting : meetings.invitedStartingBetween(tomorrow.atStartOfDay(vietnam).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(vietnam).toInstant())) {
            List<String> names = new ArrayList<>();
            for (Attendee invitee : meeting.toRemindOf(tomorrow)) {
                String address = InvitationMails.address(invitee);
                if (address != null) {
                    outbox.queue(List.of(address), subject(meeting), text(meeting, invitee.getReply().orElseThrow()));
                    names.add(invitee.getName());
                }
                meeting.reminded(invitee, tomorrow);
                reminded++;
            }
            if (!names.isEmpty()) {
                audit.record(AuditAction.INVITATION_REMINDED, AuditTrail.meeting(meeting.getId()),
                        tomorrow + ": " + String.join(", ", names));
            }
        }
        return reminded;
    }

    static String subject(Meeting meeting) {
        return "[Nhắc lịch họp] " + meeting.getTitle() + " - " + InvitationMails.when(meeting);
    }

    private String text(Meeting meeting, Reply reply) {
        String who = reply.getChoice() == ReplyChoice.DELEGATING
                ? "Đồng chí đã cử đồng chí " + reply.getSubstituteName()
                + (reply.getSubstitutePosition() == null ? "" : ", " + reply.getSubstitutePosition())
                + " dự thay; xin chuyển thông tin dưới đây tới đồng chí ấy."
                : "Đồng chí đã xác nhận sẽ dự họp.";
        return "Ngày mai " + meeting.getCommittee().getName() + " họp: " + meeting.getTitle() + ".\n" + who + "\n\n"
                + InvitationMails.details(meeting) + "\nĐổi câu trả lời: "
                + links.to(InvitationMails.meetingPage(meeting))
                + MailOutbox.FOOTER;
    }
}
