package vn.vanban.domain.model.document;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFileKind;
import vn.vanban.domain.model.incoming.Receipt;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTest {

    private static final Instant NOW = Instant.parse("2026-03-19T07:00:00Z");
    private static final Set<Role> SIGNER = Set.of(Role.SIGNER);
    private static final Set<Role> SECRETARIAT = Set.of(Role.SECRETARIAT);
    private static final Issuer ISSUER = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "BCĐ",
            "Long Biên", NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), null));
    private static final DocumentType NOTICE = new DocumentType("TB", "Thông báo", "THÔNG BÁO", "<p>...</p>");
    private static final UserAccount HEAD = new UserAccount("hung.tv", "Trần Văn Hưng", null, "hash",
            EnumSet.of(Role.SIGNER, Role.MEMBER));

    private static DraftContent content(String summary, String body) {
        return new DraftContent(summary, body, HEAD, "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "- Như trên,\n- Lưu VP.",
                Audience.ALL_MEMBERS, Set.of());
    }

    private static Document draft() {
        return new Document(ISSUER, NOTICE, content("Phân công nhiệm vụ thành viên", "<p>Một</p>"), "vanthu", NOW);
    }

    private static void expectRefusal(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getCode()).isEqualTo(code));
    }

    @Test
    void aNewDraftIsVersionOneWithItsCreationRecorded() {
        Document document = draft();

        assertThat(document.getStatus()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(document.getVersions()).singleElement().satisfies(v -> {
            assertThat(v.getNumber()).isEqualTo(1);
            assertThat(v.getSavedBy()).isEqualTo("vanthu");
        });
        assertThat(document.getEvents()).singleElement().satisfies(e -> assertThat(e.getTo()).isEqualTo(DocumentStatus.DRAFT));
    }

    @Test
    void everySaveMakesANewVersionAndKeepsTheOldOnesAsTheyWere() {
        Document document = draft();
        document.revise(content("Phân công nhiệm vụ", "<p>Hai</p>"), "mai.vt", "sửa trích yếu", NOW);

        assertThat(document.getVersions()).extracting(DocumentVersion::getNumber).containsExactly(1, 2);
        assertThat(document.getVersions().get(0).getBody()).isEqualTo("<p>Một</p>");
        assertThat(document.getVersions().get(1).getBody()).isEqualTo("<p>Hai</p>");
        assertThat(document.getVersions().get(1).getNote()).isEqualTo("sửa trích yếu");
        assertThat(document.getCurrentVersion()).isEqualTo(2);
    }

    @Test
    void bodiesAreSanitisedAndNormalised() {
        String hostile = "<p onclick=\"x()\">" + Normalizer.normalize("Nghị quyết", Normalizer.Form.NFD)
                + "<script>alert(1)</script><strong>đậm</strong><a href=\"javascript:x\">liên kết</a></p>"
                + "<ol><li class=\"ql-indent-1\">một</li></ol><p class=\"evil ql-align-justify\">x</p>";

        String body = DocumentBody.sanitise(hostile);

        assertThat(body).doesNotContain("script", "onclick", "javascript", "href", "evil")
                .contains("<strong>đậm</strong>", "<li class=\"ql-indent-1\">một</li>", "Nghị quyết");
    }

    @Test
    void keepsWhatTheEditorProducesForListsAndAlignment() {
        String fromEditor = "<ol><li data-list=\"bullet\">gạch đầu dòng</li><li data-list=\"ordered\">số</li></ol>"
                + "<p class=\"ql-align-center\"><strong>QUYẾT ĐỊNH</strong></p><p><em>nghiêng</em> <u>gạch chân</u> <s>gạch</s></p>"
                + "<h2>Tiêu đề</h2><p class=\"ql-indent-2\">thụt lề</p>";

        assertThat(DocumentBody.sanitise(fromEditor)).isEqualTo(fromEditor);
    }

    @Test
    void submittingWithoutASignerIsRefused() {
        Document document = new Document(ISSUER, NOTICE, new DraftContent("Trích yếu", "<p>x</p>", null, null, null,
                null, Audience.PUBLIC, Set.of()), "vanthu", NOW);

        expectRefusal(() -> document.submitForReview("vanthu", null, Set.of(), NOW), ErrorCode.SIGNER_REQUIRED);
    }

    @Test
    void approvingADraftThatWasNotSubmittedIsRefused() {
        expectRefusal(() -> draft().approve("hung.tv", null, NOW), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void onlyTheNamedSignerApproves() {
        Document document = draft();
        document.submitForReview("vanthu", null, Set.of(), NOW);

        expectRefusal(() -> document.approve("ha.ltt", null, NOW), ErrorCode.NOT_THE_SIGNER);
        document.approve("hung.tv", "Đồng ý", NOW);
        assertThat(document.getStatus()).isEqualTo(DocumentStatus.APPROVED);
    }

    @Test
    void returningNeedsAReasonAndMakesItADraftAgainWithTheStepRecorded() {
        Document document = draft();
        document.submitForReview("vanthu", null, Set.of(), NOW);

        expectRefusal(() -> document.returnForChanges("hung.tv", SIGNER, " ", NOW), ErrorCode.COMMENT_REQUIRED);
        document.returnForChanges("hung.tv", SIGNER, "Bổ sung phân công cho đồng chí Lan", NOW);

        assertThat(document.getStatus()).isEqualTo(DocumentStatus.DRAFT);
        DocumentEvent last = document.getEvents().get(document.getEvents().size() - 1);
        assertThat(last.getFrom()).isEqualTo(DocumentStatus.IN_REVIEW);
        assertThat(last.getActor()).isEqualTo("hung.tv");
        assertThat(last.getComment()).isEqualTo("Bổ sung phân công cho đồng chí Lan");
    }

    @Test
    void onlyItsSignerMayApproveItAndOnlyWhileInReview() {
        Document document = draft();
        assertThat(document.mayBeApprovedBy("hung.tv")).as("a draft").isFalse();
        document.submitForReview("vanthu", null, Set.of(), NOW);
        assertThat(document.mayBeApprovedBy("hung.tv")).as("its signer").isTrue();
        assertThat(document.mayBeApprovedBy("ha.ltt")).as("another signer").isFalse();
        assertThat(document.mayBeApprovedBy(null)).as("nobody").isFalse();
        document.approve("hung.tv", null, NOW);
        assertThat(document.mayBeApprovedBy("hung.tv")).as("approved already").isFalse();
    }

    @Test
    void itAwaitsTheSignatureDueOnceIssuedWithItsPdfThenTheNextOne() {
        UserAccount secretary = new UserAccount("mai.vt", "Vũ Thị Mai", null, "hash", EnumSet.of(Role.MEMBER));
        Document minutes = draft();
        minutes.requireSecondSignature(secretary, "THƯ KÝ");
        minutes.submitForReview("vanthu", null, Set.of(), NOW);
        minutes.approve("hung.tv", null, NOW);
        minutes.issue(new RegisterNumber(4, "s", "Số 04-BB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        assertThat(minutes.isAwaitingSignatureOf("hung.tv")).as("no PDF yet").isFalse();

        minutes.attachPdf("issued-sha");
        assertThat(minutes.isAwaitingSignatureOf("hung.tv")).as("the chair first").isTrue();
        assertThat(minutes.isAwaitingSignatureOf("mai.vt")).as("not the secretary's turn").isFalse();
        minutes.recordSignature("hung.tv", "CN=Trần Văn Hưng", "chair-signed", NOW);
        assertThat(minutes.isAwaitingSignatureOf("hung.tv")).as("signed already").isFalse();
        assertThat(minutes.isAwaitingSignatureOf("mai.vt")).as("then the secretary").isTrue();
        minutes.recordSignature("mai.vt", "CN=Vũ Thị Mai", "both-signed", NOW);
        assertThat(minutes.isAwaitingSignatureOf("mai.vt")).as("complete").isFalse();
    }

    @Test
    void theSignerOrTheSecretariatMayReturnItWhileInReviewOrApprovedAndNobodyElse() {
        Document document = draft();
        assertThat(document.mayBeReturnedBy("hung.tv", SIGNER)).as("a draft").isFalse();
        assertThat(document.mayBeReturnedBy("vanthu", SECRETARIAT)).as("a draft").isFalse();

        document.submitForReview("vanthu", null, Set.of(), NOW);
        assertThat(document.mayBeReturnedBy("hung.tv", SIGNER)).as("its signer").isTrue();
        assertThat(document.mayBeReturnedBy("vanthu", SECRETARIAT)).as("the secretariat").isTrue();
        assertThat(document.mayBeReturnedBy("ha.ltt", SIGNER)).as("another signer").isFalse();
        assertThat(document.mayBeReturnedBy("lan.nt", Set.of(Role.MEMBER))).as("a member").isFalse();
        expectRefusal(() -> document.returnForChanges("ha.ltt", SIGNER, "Không đồng ý", NOW), ErrorCode.NOT_THE_SIGNER);

        document.approve("hung.tv", null, NOW);
        assertThat(document.mayBeReturnedBy("hung.tv", SIGNER)).as("approved").isTrue();
        document.issue(new RegisterNumber(3, "s", "Số 03-TB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        assertThat(document.mayBeReturnedBy("vanthu", SECRETARIAT)).as("issued").isFalse();
        expectRefusal(() -> document.returnForChanges("vanthu", SECRETARIAT, "Rút lại", NOW),
                ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aDocumentUnderReviewOrApprovedCannotBeEdited() {
        Document document = draft();
        document.submitForReview("vanthu", null, Set.of(), NOW);
        expectRefusal(() -> document.revise(content("x", "y"), "vanthu", null, NOW), ErrorCode.DOCUMENT_NOT_EDITABLE);
        document.approve("hung.tv", null, NOW);
        expectRefusal(() -> document.revise(content("x", "y"), "vanthu", null, NOW), ErrorCode.DOCUMENT_NOT_EDITABLE);
    }

    @Test
    void issuingGivesTheNumberOnceAndTheDocumentStaysImmutable() {
        Document document = draft();
        document.submitForReview("vanthu", null, Set.of(), NOW);
        expectRefusal(() -> document.issue(new RegisterNumber(1, "s", "Số 01-TB/BCĐ", LocalDate.of(2026, 3, 19)),
                "vanthu", NOW), ErrorCode.ILLEGAL_TRANSITION);
        document.approve("hung.tv", null, NOW);
        assertThat(document.getNumber()).as("not issued yet").isNull();

        RegisterNumber reserved = new RegisterNumber(12, "TERM/TB", "Số 12-TB/BCĐ", LocalDate.of(2026, 3, 19));
        document.issue(reserved, "vanthu", NOW);

        assertThat(document.getStatus()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(document.getNumber()).isEqualTo(new IssuedNumber(reserved));
        assertThat(document.getNumber().sequence()).isEqualTo(12);
        assertThat(document.getNumber().series()).isEqualTo("TERM/TB");
        assertThat(document.getNumberText()).isEqualTo("Số 12-TB/BCĐ");
        expectRefusal(() -> document.revise(content("x", "y"), "vanthu", null, NOW), ErrorCode.DOCUMENT_NOT_EDITABLE);
        expectRefusal(() -> document.issue(new RegisterNumber(13, "TERM/TB", "Số 13-TB/BCĐ", LocalDate.of(2026, 3, 19)),
                "vanthu", NOW), ErrorCode.ILLEGAL_TRANSITION);
        expectRefusal(() -> document.submitForReview("vanthu", null, Set.of(), NOW), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void onlyPublishedDocumentsReachTheirAudience() {
        Document document = draft();
        assertThat(document.isAddressedTo(Set.of(1L))).isFalse();
        document.submitForReview("vanthu", null, Set.of(), NOW);
        document.approve("hung.tv", null, NOW);
        document.issue(new RegisterNumber(1, "s", "Số 01-TB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        assertThat(document.isAddressedTo(Set.of(1L))).isFalse();
        document.attachPdf("issued-sha");
        document.recordSignature("hung.tv", "CN=Trần Văn Hưng", "signed-sha", NOW);

        document.publish("vanthu", NOW);

        assertThat(document.isAddressedTo(Set.of(1L))).isTrue();
        assertThat(document.isAddressedTo(Set.of())).isFalse();
    }

    @Test
    void aDocumentReplacedBeforeItWasPublishedNeverReachesItsAudienceButAPublishedOneStaysReadable() {
        Document unpublished = issued(1);
        Document replacement = issued(2);
        unpublished.supersede(replacement, "vanthu", NOW);
        Document published = issued(3);
        published.attachPdf("issued-sha");
        published.recordSignature("hung.tv", "CN=Trần Văn Hưng", "signed-sha", NOW);
        published.publish("vanthu", NOW);
        published.supersede(replacement, "vanthu", NOW);

        assertThat(unpublished.getStatus()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(unpublished.isAddressedTo(Set.of(1L))).isFalse();
        assertThat(published.isAddressedTo(Set.of(1L))).isTrue();
    }

    @Test
    void onlyAnIssuedDocumentNotReplacedYetMayBeReplaced() {
        assertThat(draft().isReplaceable()).as("a draft").isFalse();
        Document original = issued(1);
        assertThat(original.isReplaceable()).as("issued").isTrue();

        original.supersede(issued(2), "vanthu", NOW);

        assertThat(original.isReplaceable()).as("replaced").isFalse();
    }

    @Test
    void aBodyLongerThanItsColumnIsRefusedAsInvalidNotLeftToTheDatabase() {
        Document document = draft();

        expectRefusal(() -> document.revise(content("Quá dài", "<p>b</p>".repeat(150_000)), "vanthu", null, NOW),
                ErrorCode.VALIDATION_FAILED);
        assertThat(document.getCurrentVersion()).isEqualTo(1);
    }

    private static Document issued(int number) {
        Document document = draft();
        document.submitForReview("vanthu", null, Set.of(), NOW);
        document.approve("hung.tv", null, NOW);
        document.issue(new RegisterNumber(number, "s", "Số 0" + number + "-TB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        return document;
    }

    @Test
    void aDraftAnswersAnIncomingDocumentOnceAndOnlyWhileItIsEditable() {
        IncomingDocument received = new IncomingDocument(ISSUER, NOTICE, new Receipt("Thành ủy Hà Nội", "09-NQ/TU",
                LocalDate.of(2026, 3, 10), "Về phát triển đảng viên", null, null, null, NOW, null, null),
                "a".repeat(64), "nq.pdf", IncomingFileKind.PDF, "vanthu");
        Document answer = draft();
        expectRefusal(() -> answer.relateTo(RelationKind.ANSWERS, draft()), ErrorCode.VALIDATION_FAILED);

        answer.answer(received);
        answer.answer(received);

        assertThat(answer.answered()).containsExactly(received);
        assertThat(answer.getRelations()).singleElement().satisfies(r -> {
            assertThat(r.getKind()).isEqualTo(RelationKind.ANSWERS);
            assertThat(r.getTarget()).isNull();
            assertThat(r.getIncomingTarget()).isSameAs(received);
        });
        Document issuedAnswer = issued(3);
        expectRefusal(() -> issuedAnswer.answer(received), ErrorCode.DOCUMENT_NOT_EDITABLE);
    }

    @Test
    void membersAskedForTheirOpinionMayReadTheDraftUnderReview() {
        UserAccount lan = new UserAccount("lan.nt", "Nguyễn Thị Lan", null, "hash", EnumSet.of(Role.MEMBER));
        Document document = draft();
        assertThat(document.isConsulted("lan.nt")).isFalse();

        document.submitForReview("vanthu", "Xin ý kiến thành viên", Set.of(lan), NOW);

        assertThat(document.isConsulted("lan.nt")).isTrue();
        assertThat(document.isConsulted("viet.hq")).isFalse();
    }

    @Test
    void onlyTheNamedSignerSignsTheIssuedPdfOnceAndOnlyThenItCanBePublished() {
        Document document = draft();
        document.submitForReview("vanthu", null, Set.of(), NOW);
        document.approve("hung.tv", null, NOW);
        document.issue(new RegisterNumber(1, "s", "Số 01-TB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        expectRefusal(() -> document.recordSignature("hung.tv", "CN=x", "signed", NOW), ErrorCode.ILLEGAL_TRANSITION);
        document.attachPdf("issued-sha");

        assertThat(document.isReadyToPublish()).as("unsigned").isFalse();
        expectRefusal(() -> document.publish("vanthu", NOW), ErrorCode.SIGNATURE_REQUIRED);
        expectRefusal(() -> document.recordSignature("ha.ltt", "CN=x", "signed", NOW), ErrorCode.NOT_THE_SIGNER);
        document.recordSignature("hung.tv", "CN=Trần Văn Hưng", "signed-sha", NOW);
        expectRefusal(() -> document.recordSignature("hung.tv", "CN=x", "again", NOW), ErrorCode.ALREADY_SIGNED);

        assertThat(document.getPdfSha256()).isEqualTo("signed-sha");
        assertThat(document.isReadyToPublish()).as("signed").isTrue();
        document.publish("vanthu", NOW);
        assertThat(document.getStatus()).isEqualTo(DocumentStatus.PUBLISHED);
        assertThat(document.isReadyToPublish()).as("published already").isFalse();
        expectRefusal(() -> document.publish("vanthu", NOW), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void theIssuedPdfKeepsWhereItsLayoutLeftEachRequiredSignerTheirSpace() {
        UserAccount secretary = new UserAccount("mai.vt", "Vũ Thị Mai", null, "hash", EnumSet.of(Role.MEMBER));
        Document minutes = draft();
        minutes.requireSecondSignature(secretary, "THƯ KÝ");
        minutes.submitForReview("vanthu", null, Set.of(), NOW);
        minutes.approve("hung.tv", null, NOW);
        minutes.issue(new RegisterNumber(3, "s", "Số 03-BB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);

        minutes.attachPdf("issued-sha", List.of(new SignaturePlace("hung.tv", 0, 347f, 456f, 170f, 79f),
                new SignaturePlace("mai.vt", 0, 120f, 456f, 170f, 79f),
                new SignaturePlace("lan.nt", 0, 1f, 1f, 1f, 1f)));

        assertThat(minutes.signaturePlaceOf("hung.tv")).hasValueSatisfying(place -> assertThat(place.getX()).isEqualTo(347f));
        assertThat(minutes.signaturePlaceOf("mai.vt")).hasValueSatisfying(place -> assertThat(place.getX()).isEqualTo(120f));
        assertThat(minutes.signaturePlaceOf("lan.nt")).as("not a signer of the minutes").isEmpty();
        expectRefusal(() -> minutes.attachPdf("again", List.of()), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void choosingCommitteesAsAudienceNeedsAtLeastOne() {
        expectRefusal(() -> new Document(ISSUER, NOTICE, new DraftContent("T", "b", HEAD, null, null, null,
                Audience.COMMITTEES, Set.of()), "vanthu", NOW), ErrorCode.COMMITTEES_REQUIRED);
    }

    @Test
    void lifecycleAllowsOnlyItsOwnSteps() {
        assertThat(DocumentStatus.DRAFT.canMoveTo(DocumentStatus.APPROVED)).isFalse();
        assertThat(DocumentStatus.PUBLISHED.canMoveTo(DocumentStatus.DRAFT)).isFalse();
        assertThat(DocumentStatus.REVOKED.canMoveTo(DocumentStatus.PUBLISHED)).isFalse();
        assertThat(DocumentStatus.ISSUED.canMoveTo(DocumentStatus.PUBLISHED)).isTrue();
    }

    @Test
    void minutesAreSignedByTheChairThenTheSecretaryAndTheFirstSignatureCertifies() {
        UserAccount secretary = new UserAccount("mai.vt", "Vũ Thị Mai", null, "hash", EnumSet.of(Role.MEMBER));
        Document minutes = draft();
        minutes.requireSecondSignature(secretary, "THƯ KÝ");
        minutes.submitForReview("vanthu", null, Set.of(), NOW);
        minutes.approve("hung.tv", null, NOW);
        minutes.issue(new RegisterNumber(3, "s", "Số 03-BB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        minutes.attachPdf("issued-sha");

        assertThat(minutes.isNextSignatureCertifying()).isTrue();
        assertThat(minutes.isNextSignatureTheLast()).isFalse();
        expectRefusal(() -> minutes.recordSignature("mai.vt", "CN=x", "s1", NOW), ErrorCode.NOT_YOUR_TURN_TO_SIGN);
        minutes.recordSignature("hung.tv", "CN=Trần Văn Hưng", "chair-signed", NOW);
        assertThat(minutes.isSigned()).isFalse();
        expectRefusal(() -> minutes.publish("vanthu", NOW), ErrorCode.SIGNATURE_REQUIRED);
        assertThat(minutes.isNextSignatureCertifying()).isFalse();
        assertThat(minutes.isNextSignatureTheLast()).as("the secretary completes the minutes").isTrue();

        minutes.recordSignature("mai.vt", "CN=Vũ Thị Mai", "both-signed", NOW);

        assertThat(minutes.isSigned()).isTrue();
        assertThat(minutes.getSignatures()).extracting(DocumentSignature::getSigner).containsExactly("hung.tv", "mai.vt");
        assertThat(minutes.getPdfSha256()).isEqualTo("both-signed");
        minutes.publish("vanthu", NOW);
    }

    @Test
    void aSecondSignerIsNamedOnlyOnADraft() {
        Document document = draft();
        document.submitForReview("vanthu", null, Set.of(), NOW);

        expectRefusal(() -> document.requireSecondSignature(HEAD, "THƯ KÝ"), ErrorCode.DOCUMENT_NOT_EDITABLE);
    }
}
