package vn.vanban.infrastructure.persistence;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.file.FileStore;
import vn.vanban.domain.model.file.StoredFile;
import vn.vanban.infrastructure.file.FileCache;

import java.util.Optional;

@ApplicationScoped
public class JpaFileStore implements FileStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StoredFileCreator creator;

    @Inject
    private FileCache fileCache;

    @Override
    public StoredFile store(StoredFile file) {
        StoredFile existing = em.find(StoredFile.class, file.getSha256());
        if (existing != null) {
            return existing;
        }
        try {
            creator.create(file);
            return file;
        } catch (EJBException storedMeanwhile) {
            return find(file.getSha256()).orElseThrow(() -> new IllegalStateException(
                    "The file " + file.getSha256() + " could not be stored", storedMeanwhile));
        }
    }

    @Override
    public StoredFile storeMadeNow(StoredFile file) {
        StoredFile existing = em.find(StoredFile.class, file.getSha256());
        if (existing != null) {
            return existing;
        }
        // Written at once: what refers to the file does so by its hash, not by a mapped relation, so EclipseLink
        // would not know to insert the file before the row that points at it.
        em.persist(file);
        em.flush();
        fileCache.keep(file);
        return file;
    }

    @Override
    public Optional<StoredFile> find(String sha256) {
        return Optional.ofNullable(em.find(StoredFile.class, sha256));
    }
}
