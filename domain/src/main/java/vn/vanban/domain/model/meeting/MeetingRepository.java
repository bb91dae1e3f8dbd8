package vn.vanban.domain.model.meeting;

import vn.vanban.domain.model.organisation.Committee;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MeetingRepository {

    void add(Meeting meeting);

    Optional<Meeting> find(long id);

    List<Meeting> all(int first, int max);

    long countAll();

    List<Meeting> ofCommittees(Collection<Long> committeeIds, int first, int max);

    /** Meetings from {@code from} on to which {@code username} is invited, soonest first. */
    List<Meeting> upcomingFor(String username, Instant from, int max);

    /** The meeting whose invitation is the document {@code documentId}, if any. */
    Optional<Meeting> findByInvitation(long documentId);

    /** Meetings whose invitation went out, not called off, starting from {@code from} until before {@code until}. */
    List<Meeting> invitedStartingBetween(Instant from, Instant until);

    /** The invitee whose invitation mail carries the link with the token of this SHA-256 (hex), if any. */
    Optional<Attendee> findInviteeByReplyToken(String tokenHash);

    /** The latest meeting of the committee before {@code before}, if any. */
    Optional<Meeting> previous(Committee committee, Instant before);

    /** The agenda items about the incoming document {@code incomingId}, latest meeting first. */
    List<AgendaItem> agendaItemsAbout(long incomingId);

    /** The conclusions acting on the incoming document {@code incomingId}, latest meeting first. */
    List<Conclusion> conclusionsAbout(long incomingId);

    /** Writes what this transaction has changed so far, so that parts just added to a meeting have their ids. */
    void flush();
}
