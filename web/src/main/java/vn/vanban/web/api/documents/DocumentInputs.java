package vn.vanban.web.api.documents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import vn.vanban.application.document.DraftInput;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentEvent;
import vn.vanban.domain.model.document.RelationKind;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.InputValues;
import vn.vanban.web.api.RequiredText;
import vn.vanban.web.api.TextLength;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.vanban.web.api.InputValues.enumValue;

/**
 * What the API accepts for documents, and its translation into the application's inputs. The constraints refuse what
 * the {@link Document} aggregate would refuse, with its codes and its limits, before any work is done; the body's
 * length is left to the aggregate, which counts it after sanitising.
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
                        String typeCode,
                        @RequiredText(message = "{vn.vanban.error.SUMMARY_REQUIRED}")
                        @TextLength(max = Document.SUMMARY_LENGTH) String summary,
                        String body,
                        Long signerId,
                        @TextLength(max = Document.SIGNER_TEXT_LENGTH) String signingCapacity,
                        @TextLength(max = Document.SIGNER_TEXT_LENGTH) String signerPosition,
                        @TextLength(max = Document.RECIPIENTS_LENGTH) String recipients,
                        String audience,
                        List<Long> committeeIds,
                        @NotNull(groups = Saving.class, message = "{vn.vanban.error.VALIDATION_FAILED}")
                        Integer basedOnVersion,
                        @TextLength(max = Document.NOTE_LENGTH) String note) {

        DraftInput input() {
            return new DraftInput(summary, body, signerId, signingCapacity, signerPosition, recipients,
                    enumValue(Audience.class, audience, "audience"),
                    committeeIds == null ? Set.of() : Set.copyOf(committeeIds));
        }
    }

    /** A comment on a draft, or the reason it goes back to its author: required either way. */
    public record Comment(@RequiredText(message = "{vn.vanban.error.COMMENT_REQUIRED}")
                          @TextLength(max = DocumentEvent.COMMENT_LENGTH) String comment) {
    }

    /** The signer's optional word on approving. */
    public record Approval(@TextLength(max = DocumentEvent.COMMENT_LENGTH) String comment) {
    }

    public record Submission(@TextLength(max = DocumentEvent.COMMENT_LENGTH) String comment, List<Long> consulteeIds) {
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

    public record Revocation(@NotNull(message = "{vn.vanban.error.VALIDATION_FAILED}") Long revokingDocumentId) {
    }
}
