package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.meeting.AgendaItem;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.organisation.Committee;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(Meeting meeting) {
        em.persist(meeting);
    }

    @Override
    public Optional<Meeting> find(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    @Override
    public List<Meeting> all(int first, int max) {
        return em.createNamedQuery(Meeting.ALL, Meeting.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countAll() {
        return em.createNamedQuery(Meeting.COUNT_ALL, Long.class).getSingleResult();
    }

    @Override
    public List<Meeting> ofCommittees(Collection<Long> committeeIds, int first, int max) {
        if (committeeIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Meeting.OF_COMMITTEES, Meeting.class).setParameter("committees", committeeIds)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<Meeting> upcomingFor(String username, Instant from, int max) {
        return em.createNamedQuery(Meeting.UPCOMING, Meeting.class).setParameter("username", username)
                .setParameter("from", from).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Meeting> previous(Committee committee, Instant before) {
        return em.createNamedQuery(Meeting.PREVIOUS, Meeting.class).setParameter("committee", committee)
                .setParameter("before", before).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<AgendaItem> agendaItemsAbout(long incomingId) {
        return em.createQuery("SELECT a FROM AgendaItem a WHERE a.incoming.id = :incoming "
                + "ORDER BY a.meeting.startsAt DESC, a.sortOrder", AgendaItem.class)
                .setParameter("incoming", incomingId).getResultList();
    }

    @Override
    public List<Conclusion> conclusionsAbout(long incomingId) {
        return em.createQuery("SELECT c FROM Conclusion c WHERE c.incoming.id = :incoming "
                + "ORDER BY c.meeting.startsAt DESC, c.sortOrder", Conclusion.class)
                .setParameter("incoming", incomingId).getResultList();
    }

    @Override
    public Optional<Meeting> findByInvitation(long documentId) {
        return em.createNamedQuery(Meeting.BY_INVITATION, Meeting.class).setParameter("document", documentId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Meeting> invitedStartingBetween(Instant from, Instant until) {
        return em.createNamedQuery(Meeting.INVITED_STARTING_BETWEEN, Meeting.class).setParameter("from", from)
                .setParameter("until", until).getResultList();
    }

    @Override
    public Optional<Attendee> findInviteeByReplyToken(String tokenHash) {
        return em.createNamedQuery(Attendee.BY_REPLY_TOKEN, Attendee.class).setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
