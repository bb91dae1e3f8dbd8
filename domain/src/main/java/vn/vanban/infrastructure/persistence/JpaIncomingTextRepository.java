package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.incoming.IncomingText;
import vn.vanban.domain.model.incoming.IncomingTextRepository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaIncomingTextRepository implements IncomingTextRepository {

    /*
     * As the mail outbox claims (JpaOutgoingMailRepository.CLAIM): rounds of several instances skip the rows another
     * round is claiming instead of waiting for it; on H2, which applies the limit first, a second round finds nothing
     * and tries again at its next turn. The claim commits at once (the row says RUNNING and who holds it), so that
     * the recognition itself, minutes for a long scan, holds no lock.
     */
    static final String CLAIM = "SELECT incoming_id FROM incoming_text WHERE status = 'PENDING'"
            + " OR (status = 'RUNNING' AND heartbeat_at < ?)"
            + " ORDER BY incoming_id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(IncomingText text) {
        // The text refers to its document by id only, so nothing orders the two inserts: the document goes first.
        em.flush();
        em.persist(text);
    }

    @Override
    public Optional<IncomingText> find(long incomingId) {
        return Optional.ofNullable(em.find(IncomingText.class, incomingId));
    }

    @Override
    public Optional<IncomingText> claimNext(Instant staleBefore) {
        return em.createNativeQuery(CLAIM).setParameter(1, Timestamp.from(staleBefore)).getResultList().stream()
                .findFirst().map(id -> em.find(IncomingText.class, ((Number) id).longValue()));
    }
}
