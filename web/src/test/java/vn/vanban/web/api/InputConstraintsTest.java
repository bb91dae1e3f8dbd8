package vn.vanban.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentEvent;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.documents.DocumentInputs;
import vn.vanban.web.api.documents.DocumentsResource;
import vn.vanban.web.api.meetings.MeetingInputs;
import vn.vanban.web.api.meetings.MeetingsResource;
import vn.vanban.web.i18n.Texts;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraints on the API's inputs, checked by the validator Payara ships, the way Jersey checks a resource
 * method's parameters: each refusal answers the code and field the API answered before the constraints existed.
 */
class InputConstraintsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final long ISSUER = 3;

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static DocumentInputs.Draft draft(Long issuerId, String summary, String signerPosition,
                                              Integer basedOnVersion) {
        return new DocumentInputs.Draft(issuerId, "TB", summary, "<p>Nội dung</p>", null, null, signerPosition,
                null, null, null, basedOnVersion, null);
    }

    private static Set<ConstraintViolation<Object>> parameters(Object resource, String method, Object... arguments) {
        Method invoked = Arrays.stream(resource.getClass().getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == arguments.length)
                .findFirst().orElseThrow();
        return VALIDATOR.forExecutables().validateParameters(resource, invoked, arguments);
    }

    private static InputViolation answered(Set<ConstraintViolation<Object>> violations) {
        assertThat(violations).isNotEmpty();
        return InputViolation.firstOf(violations);
    }

    @Test
    void aBlankSummaryAnswersSummaryRequiredOnTheSummary() {
        var refused = answered(parameters(new DocumentsResource(), "create", draft(ISSUER, " \n ", null, null)));
        assertThat(refused.code()).isEqualTo(ErrorCode.SUMMARY_REQUIRED);
        assertThat(refused.field()).isEqualTo("summary");
    }

    @Test
    void textIsMeasuredAsTheDomainStoresItTrimmedAndComposed() {
        String longest = "a".repeat(Document.SUMMARY_LENGTH);
        assertThat(parameters(new DocumentsResource(), "create", draft(ISSUER, "  " + longest + "\n", null, null)))
                .isEmpty();
        // "ệ" typed decomposed is three characters that the domain stores as one.
        String decomposed = "e\u0323\u0302".repeat(Document.SIGNER_TEXT_LENGTH);
        assertThat(parameters(new DocumentsResource(), "create", draft(ISSUER, "a", decomposed, null))).isEmpty();

        var tooLong = answered(parameters(new DocumentsResource(), "create", draft(ISSUER, longest + "b", null, null)));
        assertThat(tooLong.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(tooLong.field()).isEqualTo("summary");
    }

    @Test
    void aDraftIsCreatedForAnIssuerAndSavedOnTheVersionItStartedFrom() {
        var noIssuer = answered(parameters(new DocumentsResource(), "create", draft(null, " ", null, null)));
        assertThat(noIssuer.code()).as("the first field of the input is answered first")
                .isEqualTo(ErrorCode.ISSUER_NOT_FOUND);
        assertThat(noIssuer.field()).isEqualTo("issuerId");

        assertThat(parameters(new DocumentsResource(), "save", 7L, draft(null, "a", null, 2))).isEmpty();
        var noVersion = answered(parameters(new DocumentsResource(), "save", 7L, draft(ISSUER, "a", null, null)));
        assertThat(noVersion.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(noVersion.field()).isEqualTo("basedOnVersion");
    }

    @Test
    void aMissingBodyAnswersValidationFailedWithoutAField() {
        var refused = answered(parameters(new DocumentsResource(), "create", (Object) null));
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.field()).isNull();

        var noComment = answered(parameters(new DocumentsResource(), "returnForChanges", 7L, null));
        assertThat(noComment.field()).isNull();
    }

    @Test
    void aReturnNeedsItsReasonWhileAnApprovalMayHaveNone() {
        var refused = answered(parameters(new DocumentsResource(), "returnForChanges", 7L,
                new DocumentInputs.Comment("")));
        assertThat(refused.code()).isEqualTo(ErrorCode.COMMENT_REQUIRED);
        assertThat(refused.field()).isEqualTo("comment");
        assertThat(parameters(new DocumentsResource(), "approve", 7L, new DocumentInputs.Approval(null))).isEmpty();
        assertThat(parameters(new DocumentsResource(), "approve", 7L, (Object) null)).isEmpty();
        var tooLong = answered(parameters(new DocumentsResource(), "approve", 7L,
                new DocumentInputs.Approval("x".repeat(DocumentEvent.COMMENT_LENGTH + 1))));
        assertThat(tooLong.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void aMeetingIsScheduledInACommitteeWhichAChangeMayLeaveOut() {
        var noCommittee = answered(parameters(new MeetingsResource(), "schedule", schedule(null, 1L, 2L)));
        assertThat(noCommittee.code()).isEqualTo(ErrorCode.COMMITTEE_NOT_FOUND);
        assertThat(noCommittee.field()).isEqualTo("committeeId");
        assertThat(parameters(new MeetingsResource(), "change", 9L, schedule(null, 1L, 2L))).isEmpty();

        var noChair = answered(parameters(new MeetingsResource(), "change", 9L, schedule(null, null, null)));
        assertThat(noChair.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(noChair.field()).isEqualTo("chairId");
    }

    @Test
    void everyCodeAnsweredKeepsTheStatusAndHasAMessageInBothLanguages() {
        assertThat(ErrorMappers.status(ErrorCode.SUMMARY_REQUIRED)).isEqualTo(Response.Status.BAD_REQUEST);
        assertThat(ErrorMappers.status(ErrorCode.ISSUER_NOT_FOUND)).isEqualTo(Response.Status.NOT_FOUND);
        for (ErrorCode code : Set.of(ErrorCode.VALIDATION_FAILED, ErrorCode.SUMMARY_REQUIRED,
                ErrorCode.COMMENT_REQUIRED, ErrorCode.ISSUER_NOT_FOUND, ErrorCode.COMMITTEE_NOT_FOUND,
                ErrorCode.USER_NOT_FOUND)) {
            for (Locale language : Texts.SUPPORTED) {
                assertThat(Texts.get(language, "error." + code.name())).as(code + " " + language)
                        .isNotBlank().doesNotStartWith("???").isNotEqualTo("error." + code.name());
            }
        }
    }

    private static MeetingInputs.Schedule schedule(Long committeeId, Long chairId, Long secretaryId) {
        return new MeetingInputs.Schedule(committeeId, "QUARTERLY_REVIEW", "Giao ban quý I", "2027-01-15T08:00",
                "2027-01-15T11:00", "Phòng họp số 2", chairId, "Trưởng Ban", secretaryId, "Thư ký");
    }
}
