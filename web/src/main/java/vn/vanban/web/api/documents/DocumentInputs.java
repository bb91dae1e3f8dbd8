package vn.vanban.web.api.documents;

import vn.vanban.application.document.DraftInput;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.RelationKind;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.InputValues;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.vanban.web.api.InputValues.enumValue;

/** What the API accepts for documents, and its translation into the application's inputs. */
public final class DocumentInputs {

    private DocumentInputs() {
    }

    public record Draft(Long issuerId, String typeCode, String summary, String body, Long signerId, String signingCapacity,
                 String signerPosition, String recipients, String audience, List<Long> committeeIds,
                 Integer basedOnVersion, String note) {

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

    public record Revocation(Long revokingDocumentId) {
    }
}
