package vn.vanban.domain.model.audit;

import java.io.Serializable;

/**
 * The outcome of walking the chain: how many sealed entries were checked, how many wait to be sealed, the head (the
 * last hash, when the chain is intact) and otherwise where and how it first breaks.
 */
public record AuditVerification(long sealed, long unsealed, String head, Break firstBreak) implements Serializable {

    /** Where the chain breaks: the position expected there, the entry found (null if none) and the kind of break. */
    public record Break(long position, Long entryId, String problem) implements Serializable {
    }

    public boolean intact() {
        return firstBreak == null;
    }
}
