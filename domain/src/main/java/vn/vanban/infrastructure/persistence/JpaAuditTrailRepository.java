package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.audit.AuditEntry;
import vn.vanban.domain.model.audit.AuditTrailRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditTrailRepository implements AuditTrailRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> unsealed(int max) {
        return em.createNamedQuery(AuditEntry.UNSEALED, AuditEntry.class).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<AuditEntry> lastSealed() {
        return em.createNamedQuery(AuditEntry.LAST_SEALED, AuditEntry.class).getResultStream().findFirst();
    }

    @Override
    public List<AuditEntry> sealedFrom(long from, int max) {
        return em.createNamedQuery(AuditEntry.SEALED_FROM, AuditEntry.class).setParameter("from", from)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countUnsealed() {
        return em.createNamedQuery(AuditEntry.COUNT_UNSEALED, Long.class).getSingleResult();
    }

    @Override
    public List<AuditEntry> newest(String subject, int first, int max) {
        var query = subject == null
                ? em.createNamedQuery(AuditEntry.NEWEST, AuditEntry.class)
                : em.createNamedQuery(AuditEntry.OF_SUBJECT, AuditEntry.class).setParameter("subject", subject);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }
}
