package vn.vanban.web.api.documents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import vn.vanban.application.document.DraftInput;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.RelationKind;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.InputValues;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.vanban.web.api.InputValues.INVALID;
import static vn.vanban.web.api.InputValues.enumValue;

/**
 * What the API accepts for documents, and its translation into the application's inputs. The constraints are those
 * the API checks before it asks the application anything (which ids a request must name); the text's rules belong to
 * the {@link Document} aggregate, checked after the caller's right to act, so that a caller without it learns nothing
 * from the content's faults.
 */
public final class DocumentInputs {

    private DocumentInputs() {
    }

    /** The checks of a draft being created: it names its issuer. */
    public interface Creating extends Default {
    }

    /** The checks of a draft being saved: it names the version the editor started from. */
    public interface Saving extends Default {
    }

    public record Draft(@NotNull(groups = Creating.class, message = "{vn.vanban.error.ISSUER_NOT_FOUND}") Long issuerId,
                        String typeCode, String summary, String body, Long signerId, String signingCapacity,
                        String signerPosition, String recipients, String audience, List<Long> committeeIds,
                        @NotNull(groups = Saving.class, message = INVALID) Integer basedOnVersion, String note) {

        DraftInput input() {
            return new DraftInput(summary, body, signerId, signingCapacity, signerPosition, recipients,
                    enumValue(Audience.class, audience, "audience"),
                    committeeIds == null ? Set.of() : Set.copyOf(committeeIds));
        }
    }

    public record Comment(String comment) {
    }

    public record Submission(String comment, List<Long> consulteeIds) {
    }

    public record Issue(String issueDate) {

        LocalDate date() {
            return InputValues.date(issueDate, "issueDate");
        }
    }

    public record Relation(String kind, Long targetId) {

        RelationKind relationKind() {
            RelationKind parsed = enumValue(RelationKind.class, kind, "kind");
            if (parsed == null || targetId == null) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, parsed == null ? "kind" : "targetId");
            }
            return parsed;
        }
    }

    public record Revocation(@NotNull(message = INVALID) Long revokingDocumentId) {
    }
}
