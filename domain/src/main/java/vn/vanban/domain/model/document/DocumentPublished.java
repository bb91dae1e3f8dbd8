package vn.vanban.domain.model.document;

/** A document was published to its audience; observed after the publishing transaction has committed. */
public record DocumentPublished(long documentId) {
}
