package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Membership;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCommitteeRepository implements CommitteeRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Committee> find(long id) {
        return Optional.ofNullable(em.find(Committee.class, id));
    }

    @Override
    public List<Committee> all() {
        return em.createNamedQuery(Committee.ALL, Committee.class).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery(Committee.COUNT, Long.class).getSingleResult();
    }

    @Override
    public List<Membership> membershipsOf(String username) {
        return em.createNamedQuery(Membership.OF_USER, Membership.class)
                .setParameter("username", username).getResultList();
    }

    @Override
    public void add(Committee committee) {
        em.persist(committee);
    }
}
