package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;

import java.util.Optional;

@ApplicationScoped
public class JpaFileStore implements FileStore {

    @PersistenceContext
    private EntityManager em;

    @Override
    public StoredFile store(StoredFile file) {
        StoredFile existing = em.find(StoredFile.class, file.getSha256());
        if (existing != null) {
            return existing;
        }
        em.persist(file);
        // Nothing maps the file to the rows that name it, so the provider cannot order the inserts: write it now.
        em.flush();
        return file;
    }

    @Override
    public Optional<StoredFile> find(String sha256) {
        return Optional.ofNullable(em.find(StoredFile.class, sha256));
    }
}
