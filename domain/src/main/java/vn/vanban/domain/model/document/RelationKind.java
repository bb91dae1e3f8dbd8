package vn.vanban.domain.model.document;

/** How one document stands to another it names. */
public enum RelationKind {
    IMPLEMENTS, REPLACES, AMENDS, REVOKES, REFERS_TO
}
