package vn.vanban.domain.model.document;

/** What the document list is narrowed to; null fields do not narrow. {@code text} searches summary and number. */
public record DocumentFilter(DocumentStatus status, String typeCode, Long issuerId, String text) {

    /** NUL characters are dropped: PostgreSQL refuses them in a query parameter. */
    public DocumentFilter {
        typeCode = typeCode == null ? null : typeCode.replace("\u0000", "");
        text = text == null ? null : text.replace("\u0000", "");
    }

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null);
    }
}
