package vn.vanban.domain.model.document;

/** Who may read a document once it is published. */
public enum Audience {
    /** Anybody, on the public pages. */
    PUBLIC,
    /** Every member of every committee. */
    ALL_MEMBERS,
    /** The members of the committees chosen on the document. */
    COMMITTEES
}
