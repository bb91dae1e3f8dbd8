package vn.vanban.domain.model.document;

/** What the document list is narrowed to; null fields do not narrow. {@code text} searches summary and number. */
public record DocumentFilter(DocumentStatus status, String typeCode, Long issuerId, String text) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null);
    }
}
