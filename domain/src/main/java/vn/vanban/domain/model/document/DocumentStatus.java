package vn.vanban.domain.model.document;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a document stands. {@code DRAFT → IN_REVIEW → APPROVED → ISSUED → PUBLISHED}, back to DRAFT when the signer
 * returns it, and REVOKED or SUPERSEDED after issue. Only a DRAFT may be edited; an issued document never changes.
 */
public enum DocumentStatus {
    DRAFT, IN_REVIEW, APPROVED, ISSUED, PUBLISHED, REVOKED, SUPERSEDED;

    private static final Set<DocumentStatus> ISSUED_STATES = EnumSet.of(ISSUED, PUBLISHED, REVOKED, SUPERSEDED);

    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Numbered and immutable from now on. */
    /** Every state a document can be in once it has its number. */
    public static Set<DocumentStatus> issuedStates() {
        return Collections.unmodifiableSet(ISSUED_STATES);
    }

    public boolean isIssued() {
        return ISSUED_STATES.contains(this);
    }

    /** What the lifecycle allows from here. */
    public boolean canMoveTo(DocumentStatus next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW;
            case IN_REVIEW -> next == APPROVED || next == DRAFT;
            case APPROVED -> next == ISSUED || next == DRAFT;
            case ISSUED -> next == PUBLISHED || next == REVOKED || next == SUPERSEDED;
            case PUBLISHED -> next == REVOKED || next == SUPERSEDED;
            case REVOKED, SUPERSEDED -> false;
        };
    }
}
