package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findForUpdate(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> list(int first, int max) {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    @Override
    public List<UserAccount> search(String text, int max) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return em.createNamedQuery(UserAccount.SEARCH, UserAccount.class)
                .setParameter("pattern", "%" + escaped + "%")
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<UserAccount> withRole(Role role) {
        return em.createNamedQuery(UserAccount.WITH_ROLE, UserAccount.class).setParameter("role", role).getResultList();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
