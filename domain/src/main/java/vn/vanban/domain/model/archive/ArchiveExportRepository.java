package vn.vanban.domain.model.archive;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Archive exports and the chunks of their ZIPs, as every instance sharing the database sees them. */
public interface ArchiveExportRepository {

    void add(ArchiveExport export);

    Optional<ArchiveExport> find(String id);

    /** The export {@code id}, its row locked against every other change until the transaction ends. */
    Optional<ArchiveExport> lock(String id);

    /** The newest export of {@code owner} still kept. */
    Optional<ArchiveExport> latestOf(String owner);

    /** Running exports whose last heartbeat is older than {@code before}, locked as by {@link #lock}. */
    List<ArchiveExport> lockRunningSilentSince(Instant before);

    /** Running exports that gave a sign of life at {@code aliveSince} or later; of {@code owner}, or of all if null. */
    long countRunning(String owner, Instant aliveSince);

    /** Moves the heartbeat of those of {@code ids} still running to {@code now}. */
    void beat(Collection<String> ids, Instant now);

    /** Deletes exports that ended before {@code limit}, with their chunks; returns how many. */
    int deleteEndedBefore(Instant limit);

    /** Chunk {@code seq} (from 0) of the ZIP of export {@code id}. */
    void addChunk(String id, int seq, byte[] content);

    Optional<byte[]> chunk(String id, int seq);

    void deleteChunks(String id);
}
