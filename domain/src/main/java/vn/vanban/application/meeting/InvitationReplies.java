package vn.vanban.application.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.audit.AuditTrail;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.audit.AuditAction;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.meeting.Reply;
import vn.vanban.domain.model.meeting.ReplyChannel;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Answers to meeting invitations: an invited member answers logged in, or anyone holding the personal link of an
 * invitation mail answers for the one invitee it was sent to, without logging in. The last answer counts, every
 * answer is in the audit trail ({@code INVITATION_REPLIED}, subject {@code meeting:<id>}), and until the secretary
 * records the attendance the answer proposes it. The secretariat, the chair and the meeting's secretary read all
 * the answers. Each method is one transaction.
 */
@Stateless
public class InvitationReplies {

    @Inject
    private MeetingService meetingService;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** The caller's own invitation to the meeting; NOT_INVITED when they are not an invited member. */
    public Attendee mine(Actor actor, long meetingId) {
        return meetingService.get(actor, meetingId).invitee(actor.username())
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_INVITED));
    }

    public Attendee replyAsMember(Actor actor, long meetingId, ReplyInput input) {
        Attendee invitee = mine(actor, meetingId);
        return reply(actor, invitee, input, ReplyChannel.PORTAL);
    }

    /** The invitation the link's token was mailed with; INVITATION_TOKEN_UNKNOWN (404) for any other token. */
    public Attendee byToken(String token) {
        if (!ReplyTokens.wellFormed(token)) {
            throw new NotFoundException(ErrorCode.INVITATION_TOKEN_UNKNOWN);
        }
        return meetings.findInviteeByReplyToken(ReplyTokens.hash(token))
                .orElseThrow(() -> new NotFoundException(ErrorCode.INVITATION_TOKEN_UNKNOWN));
    }

    /** The answer given through the link: it is recorded as the answer of the invitee the link was mailed to. */
    public Attendee replyByToken(String token, ReplyInput input) {
        Attendee invitee = byToken(token);
        return reply(new Actor(invitee.getPerson().getUsername(), Set.of()), invitee, input, ReplyChannel.LINK);
    }

    /** The meeting with every invitee's answer, for the secretariat, the chair and the meeting's secretary. */
    public Meeting replies(Actor actor, long meetingId) {
        Meeting meeting = meetingService.get(actor, meetingId);
        if (!mayReadReplies(actor, meeting)) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        return meeting;
    }

    public static boolean mayReadReplies(Actor actor, Meeting meeting) {
        return actor.has(Role.SECRETARIAT) || List.of(meeting.getChair().getUsername(),
                meeting.getSecretary().getUsername()).contains(actor.username());
    }

    /** Whether answers are still taken: the meeting is to come and neither called off nor closed. */
    public boolean isOpen(Meeting meeting) {
        return !meeting.isCancelled() && !meeting.isLocked() && meeting.getStartsAt().isAfter(clock.instant());
    }

    private Attendee reply(Actor actor, Attendee invitee, ReplyInput input, ReplyChannel channel) {
        Instant now = clock.instant();
        Reply answer = Reply.of(input == null ? null : input.choice(), input == null ? null : input.reason(),
                input == null ? null : input.substituteName(), input == null ? null : input.substitutePosition(),
                channel, now);
        Meeting meeting = invitee.getMeeting();
        meeting.reply(invitee, answer, now);
        audit.record(actor, AuditAction.INVITATION_REPLIED, AuditTrail.meeting(meeting.getId()),
                invitee.getName() + ": " + answer.describe()
                        + (channel == ReplyChannel.LINK ? " (qua đường dẫn trong thư mời)" : ""));
        return invitee;
    }
}
