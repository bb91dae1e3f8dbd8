package vn.vanban.application.document;

import vn.vanban.domain.model.document.Audience;

import java.util.Set;

/** A draft as a screen or the API sends it: references by id, resolved by {@link DocumentService}. */
public record DraftInput(String summary, String body, Long signerId, String signingCapacity, String signerPosition,
                         String recipients, Audience audience, Set<Long> committeeIds) {
}
