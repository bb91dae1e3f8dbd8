package vn.vanban.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.document.RegisterCounter;

/**
 * Creates the counter of a new register series in a transaction of its own, so that two first issues of a series
 * racing each other cannot abort the issuing transaction: the loser's insert fails here, harmlessly.
 */
@Stateless
public class RegisterCounterCreator {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long issuerId, String series) {
        if (em.find(RegisterCounter.class, new RegisterCounter.Key(issuerId, series)) == null) {
            em.persist(new RegisterCounter(issuerId, series));
            em.flush();
        }
    }
}
