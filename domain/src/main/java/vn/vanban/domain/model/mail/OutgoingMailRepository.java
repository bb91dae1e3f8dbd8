package vn.vanban.domain.model.mail;

import java.time.Instant;
import java.util.Optional;

public interface OutgoingMailRepository {

    void add(OutgoingMail mail);

    /**
     * The pending mail due longest ago at {@code now}, locked until the caller's transaction ends; mail that another
     * transaction (of this or another instance) has claimed is skipped, not waited for. Empty when none is free.
     */
    Optional<OutgoingMail> claimNextDue(Instant now);

    /**
     * Deletes the mail that ended sent or logged before {@code before}; returns how many. Mail given up on stays, with
     * its error, for whoever looks into why it failed.
     */
    int forgetSentBefore(Instant before);
}
