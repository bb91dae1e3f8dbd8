package vn.vanban.domain.model.document;

/**
 * How one document stands to another it names. {@link #ANSWERS} names an incoming document (văn bản đến) the
 * outgoing one replies to; the others name an outgoing document.
 */
public enum RelationKind {
    IMPLEMENTS, REPLACES, AMENDS, REVOKES, REFERS_TO, ANSWERS;

    /** The kinds a secretary chooses between outgoing documents; an answer is started from the incoming one. */
    public static RelationKind[] betweenOutgoing() {
        return new RelationKind[] {IMPLEMENTS, REPLACES, AMENDS, REVOKES, REFERS_TO};
    }
}
