package vn.vanban.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.signing.SigningCredential;

/**
 * Stores a new signing credential in a transaction of its own, so that two instances (or two requests) making the
 * same owner's first key at the same moment cannot abort the signature that needed it: the unique owner refuses the
 * second insert here, harmlessly, and the caller reads back the key stored first.
 */
@Stateless
public class SigningCredentialCreator {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(SigningCredential credential) {
        em.persist(credential);
        em.flush();
    }
}
