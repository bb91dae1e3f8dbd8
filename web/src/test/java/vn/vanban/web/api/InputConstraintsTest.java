package vn.vanban.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.api.admin.CommitteesResource;
import vn.vanban.web.api.admin.IssuersResource;
import vn.vanban.web.api.admin.UsersResource;
import vn.vanban.web.api.documents.DocumentInputs;
import vn.vanban.web.api.documents.DocumentsResource;
import vn.vanban.web.api.meetings.MeetingInputs;
import vn.vanban.web.api.meetings.MeetingsResource;
import vn.vanban.web.api.meetings.TasksResource;
import vn.vanban.web.api.news.NewsResource;
import vn.vanban.web.i18n.Texts;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The constraints on the API's inputs, checked by the validator Payara ships, the way Jersey checks a resource
 * method's parameters: each refusal answers the code and field the API answered before the constraints existed, in
 * the same order.
 */
class InputConstraintsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final long ISSUER = 3;

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static DocumentInputs.Draft draft(Long issuerId, String summary, Integer basedOnVersion) {
        return new DocumentInputs.Draft(issuerId, "TB", summary, "<p>Nội dung</p>", null, null, null, null, null,
                null, basedOnVersion, null);
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
    void aDraftIsCreatedForAnIssuerAndSavedOnTheVersionItStartedFrom() {
        assertThat(parameters(new DocumentsResource(), "create", draft(ISSUER, "Thông báo", null))).isEmpty();
        var noIssuer = answered(parameters(new DocumentsResource(), "create", draft(null, "Thông báo", null)));
        assertThat(noIssuer.code()).isEqualTo(ErrorCode.ISSUER_NOT_FOUND);
        assertThat(noIssuer.field()).isEqualTo("issuerId");

        assertThat(parameters(new DocumentsResource(), "save", 7L, draft(null, "Thông báo", 2))).isEmpty();
        var noVersion = answered(parameters(new DocumentsResource(), "save", 7L, draft(ISSUER, "Thông báo", null)));
        assertThat(noVersion.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(noVersion.field()).isEqualTo("basedOnVersion");
    }

    /*
     * The text's rules are the aggregate's, checked after the caller's right to act: a constraint on the summary
     * here would answer 400 to a member who may not create documents at all (AuthorizationMatrixIT: 403).
     */
    @Test
    void theTextIsLeftToTheAggregateWhichChecksItAfterTheCallersRight() {
        assertThat(parameters(new DocumentsResource(), "create", draft(ISSUER, " ", null))).isEmpty();
        assertThat(parameters(new DocumentsResource(), "create", draft(ISSUER, "x".repeat(100_000), null))).isEmpty();
        assertThat(parameters(new DocumentsResource(), "returnForChanges", 7L, new DocumentInputs.Comment(""))).isEmpty();
    }

    @Test
    void aMissingBodyAnswersValidationFailedWithoutAField() {
        var refused = answered(parameters(new DocumentsResource(), "create", (Object) null));
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.field()).isNull();
        assertThat(answered(parameters(new DocumentsResource(), "returnForChanges", 7L, null)).field()).isNull();
        assertThat(answered(parameters(new MeetingsResource(), "change", 9L, null)).field()).isNull();
        assertThat(parameters(new DocumentsResource(), "approve", 7L, null)).as("an approval may say nothing").isEmpty();
    }

    @Test
    void aRevocationNamesTheDocumentThatRevokes() {
        var refused = answered(parameters(new DocumentsResource(), "revoke", 7L, new DocumentInputs.Revocation(null)));
        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.field()).isEqualTo("revokingDocumentId");
    }

    @Test
    void aMeetingIsScheduledInACommitteeWithAChairAndASecretaryCheckedInThatOrder() {
        var noCommittee = answered(parameters(new MeetingsResource(), "schedule", schedule(null, null, null)));
        assertThat(noCommittee.code()).isEqualTo(ErrorCode.COMMITTEE_NOT_FOUND);
        assertThat(noCommittee.field()).isEqualTo("committeeId");
        var noSecretary = answered(parameters(new MeetingsResource(), "schedule", schedule(4L, 1L, null)));
        assertThat(noSecretary.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(noSecretary.field()).isEqualTo("secretaryId");
    }

    @Test
    void aChangeLeavesOutTheCommitteeAndIsCheckedWholeOnceThatIsFilledIn() {
        assertThat(parameters(new MeetingsResource(), "change", 9L, schedule(null, null, null))).isEmpty();
        var noChair = InputViolation.firstOf(VALIDATOR.validate(schedule(4L, null, null), MeetingInputs.Complete.class));
        assertThat(noChair.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(noChair.field()).isEqualTo("chairId");
    }

    @Test
    void aMemberAddedIsNamedWhileAChangedOneIsKnownByItsMembership() {
        var noUser = answered(parameters(new CommitteesResource(), "addMember", 5L,
                new CommitteesResource.MemberInput(null, "Thành viên", "MEMBER")));
        assertThat(noUser.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(noUser.field()).isEqualTo("userId");
        assertThat(parameters(new CommitteesResource(), "changeMember", 5L, 6L,
                new CommitteesResource.MemberInput(null, "Phó trưởng Ban", "MEMBER"))).isEmpty();
    }

    @Test
    void everyMethodThatReadsABodyRefusesItsAbsenceAlike() {
        int checked = 0;
        for (Object resource : List.of(new UsersResource(), new IssuersResource(), new CommitteesResource(),
                new NewsResource(), new MeetingsResource(), new TasksResource(), new DocumentsResource())) {
            for (Method method : resource.getClass().getDeclaredMethods()) {
                for (int i = 0; i < method.getParameterCount(); i++) {
                    if (method.getParameters()[i].isAnnotationPresent(NotNull.class)) {
                        Object[] arguments = new Object[method.getParameterCount()];
                        for (int j = 0; j < arguments.length; j++) {
                            arguments[j] = method.getParameterTypes()[j] == long.class ? Long.valueOf(1) : null;
                        }
                        var refused = answered(VALIDATOR.forExecutables()
                                .validateParameters(resource, method, arguments));
                        assertThat(refused.code()).as(method.getName()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                        assertThat(refused.field()).as(method.getName()).isNull();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void everyCodeAnsweredKeepsTheStatusAndHasAMessageInBothLanguages() {
        assertThat(ErrorMappers.status(ErrorCode.VALIDATION_FAILED)).isEqualTo(Response.Status.BAD_REQUEST);
        assertThat(ErrorMappers.status(ErrorCode.ISSUER_NOT_FOUND)).isEqualTo(Response.Status.NOT_FOUND);
        for (ErrorCode code : Set.of(ErrorCode.VALIDATION_FAILED, ErrorCode.ISSUER_NOT_FOUND,
                ErrorCode.COMMITTEE_NOT_FOUND, ErrorCode.USER_NOT_FOUND)) {
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
