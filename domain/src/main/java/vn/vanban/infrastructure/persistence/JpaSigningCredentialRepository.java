package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.signing.SigningCredential;
import vn.vanban.domain.model.signing.SigningCredentialRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaSigningCredentialRepository implements SigningCredentialRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<SigningCredential> findByOwner(String owner) {
        return em.createNamedQuery(SigningCredential.BY_OWNER, SigningCredential.class).setParameter("owner", owner)
                .getResultStream().findFirst();
    }
}
