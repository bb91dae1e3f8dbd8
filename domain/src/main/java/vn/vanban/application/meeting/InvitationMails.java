package vn.vanban.application.meeting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vanban.application.PortalLinks;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.PdfFileNames;
import vn.vanban.application.mail.MailOutbox;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.mail.MailAttachment;
import vn.vanban.domain.model.meeting.AgendaItem;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.InvitationBody;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingCalendar;
import vn.vanban.domain.model.meeting.MeetingPaper;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mail a meeting's invitees get: the invitation with its signed PDF and a calendar entry when it is published,
 * an update of the entry when the meeting moves, its cancellation when the meeting is called off. Written to the
 * outbox in the transaction that made the change, so each is sent exactly once whatever instance sends it; every
 * message goes to one invitee and names only them. Invitees without an e-mail address are named in the audit
 * entry (and on the meeting, {@link #withoutEmail}): they still have the meeting in their inbox. The invitation
 * carries each invitee's personal link to answer it without logging in ({@link ReplyTokens}); only its hash is kept,
 * so the mail of a move cannot repeat the link and points to the portal's meeting page instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InvitationMails {

    static final String CALENDAR_FILE = "giay-moi.ics";

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private PortalLinks links;

    @Inject
    @ConfigProperty(name = "vanban.mail.from", defaultValue = "vanban@localhost")
    private String from;

    private final Clock clock = Clock.systemUTC();

    /** The invitation was published: each invitee gets it with the signed PDF and entry 0 of their calendar. */
    public void sendInvitation(Meeting meeting) {
        Document invitation = meeting.getInvitation();
        String subject = "[Giấy mời] " + meeting.getTitle() + " - " + when(meeting);
        String text = meeting.getCommittee().getName() + " kính mời đồng chí dự " + meeting.getTitle() + ".\n\n"
                + details(meeting) + "\nGiấy mời " + invitation.getNumberText() + " có chữ ký số được gửi kèm thư này;"
                + " tệp " + CALENDAR_FILE + " đưa cuộc họp vào lịch của đồng chí.\nXem giấy mời tại: "
                + links.to("member/document.xhtml?id=" + invitation.getId());
        List<MailAttachment> files = new ArrayList<>();
        files.add(MailAttachment.storedFile(PdfFileNames.of(invitation), "application/pdf", invitation.getPdfSha256()));
        send(meeting, subject, invitee -> text + "\n\nXin đồng chí cho biết sẽ dự họp, vắng mặt hay cử người dự thay"
                + " (đường dẫn này dành riêng cho đồng chí, không cần đăng nhập):\n" + replyLink(meeting, invitee)
                + MailOutbox.FOOTER, files, false);
        audit.record(AuditAction.INVITATION_SENT, AuditTrail.meeting(meeting.getId()),
                invitation.getNumberText() + note(meeting));
    }

    /** The meeting moved after the invitation went out: the calendar entry is updated with the next sequence. */
    public void sendUpdate(Meeting meeting) {
        String subject = "[Thay đổi lịch họp] " + meeting.getTitle() + " - " + when(meeting);
        String text = "Cuộc họp " + meeting.getTitle() + " đã thay đổi thời gian hoặc địa điểm. Thông tin mới:\n\n"
                + details(meeting) + "\nTệp " + CALENDAR_FILE + " cập nhật cuộc họp trong lịch của đồng chí.\n"
                + "Trả lời hoặc đổi câu trả lời giấy mời: đường dẫn trong thư mời, hoặc "
                + links.to(meetingPage(meeting)) + MailOutbox.FOOTER;
        send(meeting, subject, invitee -> text, new ArrayList<>(), false);
        audit.record(AuditAction.INVITATION_UPDATED, AuditTrail.meeting(meeting.getId()),
                "SEQUENCE " + meeting.getInvitationSequence() + ": " + when(meeting) + ", " + meeting.getPlace()
                        + note(meeting));
    }

    /** The meeting was called off after the invitation went out: the calendar entry is cancelled. */
    public void sendCancellation(Meeting meeting) {
        String subject = "[Hủy cuộc họp] " + meeting.getTitle() + " - " + when(meeting);
        String text = "Cuộc họp " + meeting.getTitle() + " dự kiến " + when(meeting) + " tại " + meeting.getPlace()
                + " không tổ chức nữa.\nLý do: " + meeting.getCancelReason() + "\n\nTệp " + CALENDAR_FILE
                + " xóa cuộc họp khỏi lịch của đồng chí." + MailOutbox.FOOTER;
        send(meeting, subject, invitee -> text, new ArrayList<>(), true);
        audit.record(AuditAction.INVITATION_CANCELLED, AuditTrail.meeting(meeting.getId()),
                "SEQUENCE " + meeting.getInvitationSequence() + ": " + meeting.getCancelReason() + note(meeting));
    }

    /** The invitees who get no mail for want of an address, by name. */
    public static List<String> withoutEmail(Meeting meeting) {
        return meeting.getAttendees().stream().filter(InvitationMails::withoutEmail).map(Attendee::getName).toList();
    }

    /** Whether {@code invitee} gets no mail (a guest, a disabled account, no address): someone phones them. */
    public static boolean withoutEmail(Attendee invitee) {
        return address(invitee) == null;
    }

    /** A new personal link for {@code invitee}; the meeting keeps the hash of its token. */
    private String replyLink(Meeting meeting, Attendee invitee) {
        String token = ReplyTokens.newToken();
        meeting.issueReplyToken(invitee, ReplyTokens.hash(token));
        return links.to("invitation.xhtml?token=" + token);
    }

    /** The meeting's page for its invitees, where a logged-in invitee answers, relative to the portal's root. */
    static String meetingPage(Meeting meeting) {
        return "member/meeting.xhtml?id=" + meeting.getId();
    }

    private void send(Meeting meeting, String subject, Function<Attendee, String> text, List<MailAttachment> files,
                      boolean cancel) {
        for (Attendee invitee : meeting.getAttendees()) {
            String address = address(invitee);
            if (address == null) {
                continue;
            }
            MeetingCalendar.Event event = event(meeting, new MeetingCalendar.Person(invitee.getName(), address));
            List<MailAttachment> attachments = new ArrayList<>(files);
            attachments.add(cancel
                    ? MailAttachment.text(CALENDAR_FILE, MeetingCalendar.CONTENT_TYPE_CANCEL, MeetingCalendar.cancel(event))
                    : MailAttachment.text(CALENDAR_FILE, MeetingCalendar.CONTENT_TYPE_REQUEST, MeetingCalendar.request(event)));
            outbox.queue(address, subject, text.apply(invitee), attachments);
        }
    }

    private MeetingCalendar.Event event(Meeting meeting, MeetingCalendar.Person invitee) {
        String description = meeting.getAgenda().stream().map(item -> (item.getSortOrder() + 1) + ". " + item.getTitle())
                .collect(Collectors.joining("\n"));
        Document invitation = meeting.getInvitation();
        if (invitation != null && invitation.getNumberText() != null) {
            description = "Giấy mời " + invitation.getNumberText() + (description.isEmpty() ? "" : "\n" + description);
        }
        return new MeetingCalendar.Event(MeetingCalendar.uid(meeting.getId(), host()), meeting.getInvitationSequence(),
                clock.instant(), meeting.getStartsAt(), meeting.getEndsAt(), meeting.getTitle(), meeting.getPlace(),
                description, new MeetingCalendar.Person(meeting.getCommittee().getName(), from), List.of(invitee));
    }

    /** The invitee's address, or null when they get no mail (a guest, a disabled account, no address). */
    static String address(Attendee invitee) {
        UserAccount person = invitee.getPerson();
        if (person == null || !person.isEnabled() || person.getEmail() == null || person.getEmail().isBlank()) {
            return null;
        }
        return person.getEmail();
    }

    static String details(Meeting meeting) {
        StringBuilder text = new StringBuilder("Thời gian: ").append(when(meeting)).append('\n')
                .append("Địa điểm: ").append(meeting.getPlace()).append('\n')
                .append("Chủ trì: đồng chí ").append(meeting.getChair().getDisplayName()).append('\n');
        if (!meeting.getAgenda().isEmpty()) {
            text.append("Nội dung:\n");
            for (AgendaItem item : meeting.getAgenda()) {
                text.append(item.getSortOrder() + 1).append(". ").append(item.getTitle()).append('\n');
                if (!item.getPapers().isEmpty()) {
                    text.append("   Tài liệu: ").append(item.getPapers().stream().map(MeetingPaper::getTitle)
                            .collect(Collectors.joining("; "))).append('\n');
                }
            }
        }
        return text.toString();
    }

    static String when(Meeting meeting) {
        return InvitationBody.when(meeting, DocumentService.VIETNAM);
    }

    private static String note(Meeting meeting) {
        List<String> missing = withoutEmail(meeting);
        return missing.isEmpty() ? "" : "; không có e-mail, không gửi thư: " + String.join(", ", missing);
    }

    private String host() {
        String host = URI.create(links.base()).getHost();
        return host == null ? "vanban" : host;
    }
}
