package vn.vanban.domain.model.incoming;

import java.time.Instant;
import java.util.Optional;

public interface IncomingTextRepository {

    void add(IncomingText text);

    Optional<IncomingText> find(long incomingId);

    /**
     * The next text to recognise that no other round holds, its row locked until the transaction ends: waiting ones,
     * and running ones whose round has been silent since before {@code staleBefore}.
     */
    Optional<IncomingText> claimNext(Instant staleBefore);
}
