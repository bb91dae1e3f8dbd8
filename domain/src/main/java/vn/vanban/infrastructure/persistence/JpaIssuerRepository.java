package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIssuerRepository implements IssuerRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Issuer> find(long id) {
        return Optional.ofNullable(em.find(Issuer.class, id));
    }

    @Override
    public Optional<Issuer> findBySymbol(String symbol) {
        return em.createNamedQuery(Issuer.BY_SYMBOL, Issuer.class)
                .setParameter("symbol", symbol)
                .getResultStream().findFirst();
    }

    @Override
    public List<Issuer> all() {
        return em.createNamedQuery(Issuer.ALL, Issuer.class).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery(Issuer.COUNT, Long.class).getSingleResult();
    }

    @Override
    public void add(Issuer issuer) {
        em.persist(issuer);
    }
}
