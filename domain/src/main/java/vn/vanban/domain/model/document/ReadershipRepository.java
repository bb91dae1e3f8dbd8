package vn.vanban.domain.model.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Who has read a published document and who has downloaded its file: read receipts and download records. */
public interface ReadershipRepository {

    Optional<ReadReceipt> findReceipt(long documentId, String username);

    void addReceipt(ReadReceipt receipt);

    /** The read receipts of a document, the earliest reading first. */
    List<ReadReceipt> receipts(long documentId);

    /** Which of {@code documentIds} {@code username} has read. */
    List<Long> readBy(String username, Collection<Long> documentIds);

    void addDownload(DownloadRecord download);

    /** Up to {@code max} downloads of a document's file, the newest first. */
    List<DownloadRecord> downloads(long documentId, int max);
}
