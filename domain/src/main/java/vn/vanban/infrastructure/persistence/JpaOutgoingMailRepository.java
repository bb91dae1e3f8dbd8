package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.mail.OutgoingMail;
import vn.vanban.domain.model.mail.OutgoingMailRepository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaOutgoingMailRepository implements OutgoingMailRepository {

    /*
     * SKIP LOCKED lets the senders of several instances (and the two of one instance: after a publication and on
     * the schedule) take different mail at once instead of queueing behind each other's SMTP conversations.
     * PostgreSQL skips to the next free row. H2 2.2.224 accepts the clause but applies the row limit first, so a
     * second sender finds nothing while the first holds the oldest due mail, and goes on at its next round: mail is
     * never taken twice on either, and H2 is never shared by more than one instance.
     */
    static final String CLAIM = "SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
            + " ORDER BY next_attempt_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";

    static final String FORGET_SENT = "DELETE FROM mail_outbox WHERE status IN ('SENT', 'LOGGED') AND sent_at < ?";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutgoingMail> claimNextDue(Instant now) {
        return em.createNativeQuery(CLAIM).setParameter(1, Timestamp.from(now)).getResultList().stream()
                .findFirst().map(id -> em.find(OutgoingMail.class, ((Number) id).longValue()));
    }

    @Override
    public int forgetSentBefore(Instant before) {
        return em.createNativeQuery(FORGET_SENT).setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
