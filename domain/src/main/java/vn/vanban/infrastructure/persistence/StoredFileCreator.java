package vn.vanban.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.file.StoredFile;

/**
 * Stores a new file in a transaction of its own, so that two requests storing the same bytes at the same moment (two
 * clerks receiving the same scan) cannot fail the one that comes second: the file's SHA-256 key refuses the second
 * insert here, harmlessly, and the caller reads back the row stored first. A file stored for a request that fails
 * later stays, unreferenced, under its hash.
 */
@Stateless
public class StoredFileCreator {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(StoredFile file) {
        em.persist(file);
        em.flush();
    }
}
