package vn.vanban.domain.model.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface DocumentRepository {

    Optional<Document> find(long id);

    /** The document, its row locked until the transaction ends. */
    Optional<Document> findForUpdate(long id);

    /** Ids of up to {@code max} issued documents that have no PDF (their server stopped between number and PDF). */
    List<Long> issuedWithoutPdf(int max);

    void add(Document document);

    /** Documents matching {@code filter}, newest first, one page. */
    List<Document> list(DocumentFilter filter, int first, int max);

    long count(DocumentFilter filter);

    /** Issued documents in the order of the register: issuer, date, number. */
    List<Document> register(Long issuerId, String typeCode, LocalDate from, LocalDate to, int first, int max);

    long countRegister(Long issuerId, String typeCode, LocalDate from, LocalDate to);

    List<DocumentType> types();

    /** The document whose issued PDF has exactly this SHA-256. */
    Optional<Document> findByPdf(String sha256);

    /** Drafts under review on which {@code username} was asked for an opinion. */
    List<Document> consultations(String username);

    /** The outgoing documents, drafts included, that answer the incoming document {@code incomingId}, newest first. */
    List<Document> answering(long incomingId);

    Optional<DocumentType> type(String code);

    /** The counter of one register series, locked until the transaction ends; created at its first use. */
    RegisterCounter lockCounter(long issuerId, String series);

    /** Published documents readable by a member of the given committees (all published public ones included). */
    List<Document> publishedFor(Set<Long> committeeIds, boolean publicOnly, int first, int max);
}
