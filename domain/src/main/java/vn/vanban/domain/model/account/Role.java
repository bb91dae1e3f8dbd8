package vn.vanban.domain.model.account;

/** What a user may do in the portal. A user may hold several roles. */
public enum Role {
    /** Manages users, issuers, committees and keys. */
    ADMIN,
    /** Drafts, issues and publishes documents, prepares meetings. */
    SECRETARIAT,
    /** Reviews, approves and signs documents (head or deputy of a committee). */
    SIGNER,
    /** Reads what is addressed to them, comments on drafts, reports on tasks. */
    MEMBER
}
