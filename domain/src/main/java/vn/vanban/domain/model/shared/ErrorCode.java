package vn.vanban.domain.model.shared;

/**
 * Stable error codes shared by the screens (which translate them through the message bundle) and the REST API
 * (which returns them as {@code code}). Renaming one is a breaking change for API clients.
 */
public enum ErrorCode {
    VALIDATION_FAILED(Kind.INVALID),
    USERNAME_INVALID(Kind.INVALID),
    PASSWORD_TOO_SHORT(Kind.INVALID),
    EMAIL_INVALID(Kind.INVALID),
    ROLES_EMPTY(Kind.INVALID),
    NAME_REQUIRED(Kind.INVALID),
    SYMBOL_INVALID(Kind.INVALID),
    PLACE_REQUIRED(Kind.INVALID),
    TERM_START_REQUIRED(Kind.INVALID),
    NUMBERING_RULE_REQUIRED(Kind.INVALID),
    POSITION_REQUIRED(Kind.INVALID),
    ISSUE_DATE_BEFORE_TERM(Kind.INVALID),
    SUMMARY_REQUIRED(Kind.INVALID),
    SIGNER_REQUIRED(Kind.INVALID),
    COMMENT_REQUIRED(Kind.INVALID),
    COMMITTEES_REQUIRED(Kind.INVALID),
    RELATION_TO_ITSELF(Kind.INVALID),
    REVOKING_DOCUMENT_NOT_ISSUED(Kind.INVALID),
    TITLE_REQUIRED(Kind.INVALID),
    NOT_A_PDF(Kind.INVALID),
    PDF_ENCRYPTED(Kind.INVALID),
    PDF_DAMAGED(Kind.INVALID),
    PDF_TOO_LARGE(Kind.TOO_LARGE),
    USERNAME_TAKEN(Kind.CONFLICT),
    SYMBOL_TAKEN(Kind.CONFLICT),
    ALREADY_A_MEMBER(Kind.CONFLICT),
    CONCURRENT_MODIFICATION(Kind.CONFLICT),
    CANNOT_DISABLE_YOURSELF(Kind.CONFLICT),
    ILLEGAL_TRANSITION(Kind.CONFLICT),
    DOCUMENT_NOT_EDITABLE(Kind.CONFLICT),
    NOT_THE_SIGNER(Kind.FORBIDDEN),
    NOT_ALLOWED(Kind.FORBIDDEN),
    SIGNATURE_REQUIRED(Kind.CONFLICT),
    ALREADY_SIGNED(Kind.CONFLICT),
    USER_NOT_FOUND(Kind.NOT_FOUND),
    ISSUER_NOT_FOUND(Kind.NOT_FOUND),
    COMMITTEE_NOT_FOUND(Kind.NOT_FOUND),
    MEMBER_NOT_FOUND(Kind.NOT_FOUND),
    DOCUMENT_NOT_FOUND(Kind.NOT_FOUND),
    DOCUMENT_TYPE_NOT_FOUND(Kind.NOT_FOUND),
    VERSION_NOT_FOUND(Kind.NOT_FOUND),
    PDF_NOT_FOUND(Kind.NOT_FOUND),
    ARTICLE_NOT_FOUND(Kind.NOT_FOUND);

    /** What kind of failure this is, so that each adapter can pick its own representation (HTTP status, ...). */
    public enum Kind { INVALID, TOO_LARGE, CONFLICT, FORBIDDEN, NOT_FOUND }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
