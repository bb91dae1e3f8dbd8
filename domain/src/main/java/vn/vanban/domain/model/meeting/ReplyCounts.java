package vn.vanban.domain.model.meeting;

import java.util.List;

/** How the invitees answered: each choice counted, and those who have not answered (guests, who cannot, among them). */
public record ReplyCounts(int invited, int attending, int absent, int delegating, int unanswered) {

    public static ReplyCounts of(List<Attendee> invitees) {
        return new ReplyCounts(invitees.size(), count(invitees, ReplyChoice.ATTENDING),
                count(invitees, ReplyChoice.ABSENT), count(invitees, ReplyChoice.DELEGATING),
                (int) invitees.stream().filter(a -> a.getReply().isEmpty()).count());
    }

    private static int count(List<Attendee> invitees, ReplyChoice choice) {
        return (int) invitees.stream().filter(a -> a.getReply().map(Reply::getChoice).orElse(null) == choice).count();
    }
}
