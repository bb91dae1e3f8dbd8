package vn.vanban.domain.model.document;

/** A document was published to its audience; fired in the publishing transaction. */
public record DocumentPublished(long documentId) {
}
