package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vanban.domain.model.document.DownloadRecord;
import vn.vanban.domain.model.document.ReadReceipt;
import vn.vanban.domain.model.document.ReadershipRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReadershipRepository implements ReadershipRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ReadReceipt> findReceipt(long documentId, String username) {
        return Optional.ofNullable(em.find(ReadReceipt.class, new ReadReceipt.Key(documentId, username)));
    }

    @Override
    public void addReceipt(ReadReceipt receipt) {
        em.persist(receipt);
    }

    @Override
    public List<ReadReceipt> receipts(long documentId) {
        return em.createNamedQuery(ReadReceipt.OF_DOCUMENT, ReadReceipt.class).setParameter("document", documentId)
                .getResultList();
    }

    @Override
    public List<Long> readBy(String username, Collection<Long> documentIds) {
        return em.createNamedQuery(ReadReceipt.READ_BY, Long.class).setParameter("username", username)
                .setParameter("documents", documentIds).getResultList();
    }

    @Override
    public void addDownload(DownloadRecord download) {
        em.persist(download);
    }

    @Override
    public List<DownloadRecord> downloads(long documentId, int max) {
        return em.createNamedQuery(DownloadRecord.OF_DOCUMENT, DownloadRecord.class)
                .setParameter("document", documentId).setMaxResults(max).getResultList();
    }
}
