package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.archive.ArchiveExport;
import vn.vanban.domain.model.archive.ArchiveExportRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Archive exports through JPA; the chunks of their ZIPs through plain SQL, a chunk per statement, so that no more
 * than one chunk is ever held by the persistence context.
 */
@ApplicationScoped
public class JpaArchiveExportRepository implements ArchiveExportRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(ArchiveExport export) {
        em.persist(export);
        // The packing thread starts right after this transaction and looks for the row: write it with it.
        em.flush();
    }

    @Override
    public Optional<ArchiveExport> find(String id) {
        return Optional.ofNullable(em.find(ArchiveExport.class, id));
    }

    @Override
    public Optional<ArchiveExport> lock(String id) {
        ArchiveExport export = em.find(ArchiveExport.class, id);
        if (export != null) {
            // Read again under the lock: what this transaction read before may have changed since.
            em.refresh(export, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(export);
    }

    @Override
    public Optional<ArchiveExport> latestOf(String owner) {
        return em.createNamedQuery(ArchiveExport.OF_OWNER, ArchiveExport.class).setParameter("owner", owner)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ArchiveExport> lockRunningSilentSince(Instant before) {
        return em.createNamedQuery(ArchiveExport.SILENT, ArchiveExport.class)
                .setParameter("running", ArchiveExport.State.RUNNING).setParameter("before", before)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public long countRunning(String owner, Instant aliveSince) {
        var query = owner == null
                ? em.createNamedQuery(ArchiveExport.COUNT_ALIVE, Long.class)
                : em.createNamedQuery(ArchiveExport.COUNT_ALIVE_OF_OWNER, Long.class).setParameter("owner", owner);
        return query.setParameter("running", ArchiveExport.State.RUNNING).setParameter("since", aliveSince)
                .getSingleResult();
    }

    @Override
    public void beat(Collection<String> ids, Instant now) {
        em.createNamedQuery(ArchiveExport.BEAT).setParameter("ids", ids).setParameter("now", now)
                .setParameter("running", ArchiveExport.State.RUNNING).executeUpdate();
    }

    @Override
    public int deleteEndedBefore(Instant limit) {
        // The chunks go with their export (ON DELETE CASCADE).
        return em.createNamedQuery(ArchiveExport.DELETE_ENDED).setParameter("limit", limit).executeUpdate();
    }

    @Override
    public void addChunk(String id, int seq, byte[] content) {
        em.createNativeQuery("INSERT INTO archive_export_chunk (export_id, seq, content) VALUES (?, ?, ?)")
                .setParameter(1, id).setParameter(2, seq).setParameter(3, content).executeUpdate();
    }

    @Override
    public Optional<byte[]> chunk(String id, int seq) {
        return em.createNativeQuery("SELECT content FROM archive_export_chunk WHERE export_id = ? AND seq = ?")
                .setParameter(1, id).setParameter(2, seq).getResultStream().findFirst().map(byte[].class::cast);
    }

    @Override
    public void deleteChunks(String id) {
        em.createNativeQuery("DELETE FROM archive_export_chunk WHERE export_id = ?").setParameter(1, id)
                .executeUpdate();
    }
}
