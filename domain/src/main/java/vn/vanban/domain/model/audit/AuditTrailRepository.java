package vn.vanban.domain.model.audit;

import java.util.List;
import java.util.Optional;

public interface AuditTrailRepository {

    void add(AuditEntry entry);

    /** The oldest entries not yet sealed (by time, then id), at most {@code max}. */
    List<AuditEntry> unsealed(int max);

    Optional<AuditEntry> lastSealed();

    /** Sealed entries from position {@code from} on, in chain order, at most {@code max}. */
    List<AuditEntry> sealedFrom(long from, int max);

    long countUnsealed();

    /** Newest first by time, then by id; {@code subject} null for all. */
    List<AuditEntry> newest(String subject, int first, int max);
}
