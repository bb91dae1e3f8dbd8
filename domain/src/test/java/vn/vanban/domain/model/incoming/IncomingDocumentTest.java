package vn.vanban.domain.model.incoming;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncomingDocumentTest {

    /** Thursday 19/03/2026, 09:30 in Hà Nội. */
    private static final Instant ARRIVED = Instant.parse("2026-03-19T02:30:00Z");
    private static final Issuer BODY = new Issuer(new IssuerDetails("BAN CHỈ ĐẠO", "QUẬN ỦY LONG BIÊN", "BCĐ",
            "Long Biên", NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20), null));
    private static final DocumentType RESOLUTION = new DocumentType("NQ", "Nghị quyết", "NGHỊ QUYẾT", "<p>...</p>");

    private static final Assignee LAN = new Assignee("lan.nt", "Nguyễn Thị Lan");
    private static final Assignee MAI = new Assignee("mai.vt", "Vũ Thị Mai");
    private static final Assignee HUNG = new Assignee("hung.tv", "Trần Văn Hưng");

    private static Receipt receipt(String sender, String number, LocalDate date, Urgency urgency, Instant arrived) {
        return new Receipt(sender, number, date, "Về tăng cường công tác phát triển đảng viên", urgency,
                Confidentiality.NONE, Medium.PAPER, arrived, "Văn phòng", null);
    }

    private static IncomingDocument received(Receipt receipt) {
        return new IncomingDocument(BODY, RESOLUTION, receipt, "a".repeat(64), "nq-09.pdf", IncomingFileKind.PDF, "vanthu");
    }

    private static IncomingDocument received() {
        return received(receipt("Thành ủy Hà Nội", "09-NQ/TU", LocalDate.of(2026, 3, 10), Urgency.NORMAL, ARRIVED));
    }

    private static void expectRefusal(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.getCode()).isEqualTo(code));
    }

    @Test
    void aReceiptIsRecordedWithItsArrivalDayInVietnamAndWithoutANumberYet() {
        IncomingDocument late = received(receipt(" Thành ủy Hà Nội ", "09-NQ/TU", LocalDate.of(2026, 12, 31),
                Urgency.NORMAL, Instant.parse("2026-12-31T17:30:00Z")));

        assertThat(late.getStatus()).isEqualTo(IncomingStatus.RECEIVED);
        assertThat(late.getSender()).isEqualTo("Thành ủy Hà Nội");
        assertThat(late.getArrivalDate()).as("00:30 on 1 January in Hà Nội").isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(late.registerYear()).isEqualTo(2027);
        assertThat(late.getRegisterNumber()).isNull();
        assertThat(late.registerNumberText()).isEmpty();
    }

    @Test
    void senderNumberDateSummaryAndArrivalAreRequired() {
        LocalDate date = LocalDate.of(2026, 3, 10);
        expectRefusal(() -> received(receipt(" ", "09-NQ/TU", date, Urgency.NORMAL, ARRIVED)), ErrorCode.SENDER_REQUIRED);
        expectRefusal(() -> received(receipt("Thành ủy", "", date, Urgency.NORMAL, ARRIVED)), ErrorCode.NUMBER_SYMBOL_REQUIRED);
        expectRefusal(() -> received(receipt("Thành ủy", "09-NQ/TU", null, Urgency.NORMAL, ARRIVED)), ErrorCode.DOCUMENT_DATE_REQUIRED);
        expectRefusal(() -> received(receipt("Thành ủy", "09-NQ/TU", date, Urgency.NORMAL, null)), ErrorCode.ARRIVAL_REQUIRED);
        expectRefusal(() -> received(new Receipt("Thành ủy", "09-NQ/TU", date, "", null, null, null, ARRIVED, null, null)),
                ErrorCode.SUMMARY_REQUIRED);
    }

    @Test
    void aReceiptIsCorrectedBeforeItIsRegisteredAndARefusedCorrectionChangesNothing() {
        IncomingDocument mailed = received(receipt("ubnd@longbien.gov.vn", IncomingMail.NO_NUMBER,
                LocalDate.of(2026, 3, 19), Urgency.NORMAL, ARRIVED));
        DocumentType letter = new DocumentType("CV", "Công văn", "CÔNG VĂN", "<p>...</p>");

        expectRefusal(() -> mailed.correct(letter, receipt("Thành ủy Hà Nội", "245-CV/TU", LocalDate.of(2026, 3, 20),
                Urgency.URGENT, ARRIVED)), ErrorCode.DOCUMENT_DATE_AFTER_ARRIVAL);
        assertThat(mailed.getNumberSymbol()).isEqualTo(IncomingMail.NO_NUMBER);
        assertThat(mailed.getUrgency()).isEqualTo(Urgency.NORMAL);
        assertThat(mailed.getType()).isEqualTo(RESOLUTION);

        mailed.correct(letter, receipt(" Thành ủy  Hà Nội", "Số: 245-CV/TU", LocalDate.of(2026, 3, 18), Urgency.URGENT,
                ARRIVED));
        assertThat(mailed.getSender()).isEqualTo("Thành ủy  Hà Nội");
        assertThat(mailed.getNumberSymbol()).isEqualTo("Số: 245-CV/TU");
        assertThat(mailed.getDocumentDate()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(mailed.getType()).isEqualTo(letter);
        assertThat(mailed.getUrgency()).isEqualTo(Urgency.URGENT);
        IncomingDocument same = received(receipt("THÀNH ỦY HÀ NỘI", "245-cv/tu", LocalDate.of(2026, 3, 18),
                Urgency.NORMAL, ARRIVED));
        assertThat(mailed.isSameDocumentAs(same)).as("compared by the corrected sender and number").isTrue();

        mailed.register(1, "vanthu", ARRIVED);
        expectRefusal(() -> mailed.correct(letter, receipt("Thành ủy Hà Nội", "246-CV/TU", LocalDate.of(2026, 3, 18),
                Urgency.URGENT, ARRIVED)), ErrorCode.ILLEGAL_TRANSITION);
        assertThat(mailed.getNumberSymbol()).isEqualTo("Số: 245-CV/TU");
    }

    @Test
    void aDocumentCannotBeDatedAfterItArrived() {
        expectRefusal(() -> received(receipt("Thành ủy", "09-NQ/TU", LocalDate.of(2026, 3, 20), Urgency.NORMAL, ARRIVED)),
                ErrorCode.DOCUMENT_DATE_AFTER_ARRIVAL);
    }

    @Test
    void urgencyConfidentialityAndMediumDefaultToNormalNoneAndElectronic() {
        IncomingDocument document = received(new Receipt("Thành ủy", "09-NQ/TU", LocalDate.of(2026, 3, 10), "Trích yếu",
                null, null, null, ARRIVED, null, null));

        assertThat(document.getUrgency()).isEqualTo(Urgency.NORMAL);
        assertThat(document.getConfidentiality()).isEqualTo(Confidentiality.NONE);
        assertThat(document.getMedium()).isEqualTo(Medium.ELECTRONIC);
    }

    @Test
    void theSameSenderNumberAndDateWrittenDifferentlyIsTheSameDocument() {
        IncomingDocument first = received();
        IncomingDocument again = received(receipt("THÀNH ỦY   HÀ NỘI", "Số: 09 - nq/tu", LocalDate.of(2026, 3, 10),
                Urgency.NORMAL, ARRIVED.plusSeconds(3600)));
        IncomingDocument otherDate = received(receipt("Thành ủy Hà Nội", "09-NQ/TU", LocalDate.of(2026, 3, 11),
                Urgency.NORMAL, ARRIVED));
        IncomingDocument otherSender = received(receipt("Đảng ủy phường Long Biên", "09-NQ/TU", LocalDate.of(2026, 3, 10),
                Urgency.NORMAL, ARRIVED));

        assertThat(again.isSameDocumentAs(first)).isTrue();
        assertThat(otherDate.isSameDocumentAs(first)).isFalse();
        assertThat(otherSender.isSameDocumentAs(first)).isFalse();
        assertThat(first.isSameDocumentAs(first)).as("a document is not its own duplicate").isFalse();

        again.flagAsDuplicateOf(first);
        assertThat(again.getDuplicateOf()).isSameAs(first);
        assertThatThrownBy(() -> otherDate.flagAsDuplicateOf(first)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void registeringGivesTheNumberOnceAndItReadsWithTwoDigits() {
        IncomingDocument document = received();

        document.register(7, "vanthu", ARRIVED);

        assertThat(document.getStatus()).isEqualTo(IncomingStatus.REGISTERED);
        assertThat(document.getRegisterNumber()).isEqualTo(7);
        assertThat(document.getRegisterYear()).isEqualTo(2026);
        assertThat(document.registerNumberText()).isEqualTo("07");
        expectRefusal(() -> document.register(8, "vanthu", ARRIVED), ErrorCode.ILLEGAL_TRANSITION);
        assertThat(document.getRegisterNumber()).isEqualTo(7);
    }

    @Test
    void theLifeOfAnIncomingDocumentGoesFromReceiptThroughRoutingAndHandlingToItsAnswer() {
        IncomingDocument document = received();
        expectRefusal(() -> document.route(LAN, List.of(), null, "Chủ trì tham mưu", null, "hung.tv", ARRIVED),
                ErrorCode.ILLEGAL_TRANSITION);
        document.register(1, "vanthu", ARRIVED);

        document.route(LAN, List.of(), "Ban Tổ chức", "Chủ trì tham mưu báo cáo", LocalDate.of(2026, 3, 31), "hung.tv", ARRIVED);
        assertThat(document.getStatus()).isEqualTo(IncomingStatus.ROUTED);
        assertThat(document.getLead()).isEqualTo("lan.nt");
        assertThat(document.getLeadName()).isEqualTo("Nguyễn Thị Lan");
        expectRefusal(() -> document.startHandling("mai.vt"), ErrorCode.NOT_ASSIGNED);
        document.startHandling("lan.nt");
        assertThat(document.getStatus()).isEqualTo(IncomingStatus.IN_HANDLING);

        document.requireAnswerable();
        document.recordAnswer("Số 12-BC/BCĐ", "lan.nt", ARRIVED);
        assertThat(document.getStatus()).isEqualTo(IncomingStatus.ANSWERED);
        assertThat(document.getFinishNote()).isEqualTo("Đã trả lời bằng văn bản số 12-BC/BCĐ");
        expectRefusal(() -> document.close("lan.nt", "Lưu", ARRIVED), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void anAnswerIsStartedOnlyForARegisteredDocumentStillBeingHandled() {
        IncomingDocument document = received();
        expectRefusal(document::requireAnswerable, ErrorCode.ILLEGAL_TRANSITION);
        document.register(1, "vanthu", ARRIVED);
        document.requireAnswerable();
        document.route(LAN, List.of(MAI), null, null, null, "hung.tv", ARRIVED);
        document.requireAnswerable();
        document.finishBy(LAN, "Đã báo cáo miệng", ARRIVED);
        expectRefusal(document::requireAnswerable, ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void anIssuedAnswerFinishesTheHandlingOnceAndLaterAnswersOnlyAddTheirNumbers() {
        IncomingDocument document = received();
        document.register(1, "vanthu", ARRIVED);
        document.recordAnswer("Số 05-CV/BCĐ", "vanthu", ARRIVED);
        assertThat(document.getStatus()).as("answered from the register, before routing").isEqualTo(IncomingStatus.ANSWERED);
        assertThat(document.handlingState(LocalDate.of(2026, 4, 1))).isEqualTo(HandlingState.DONE);

        document.recordAnswer("Số: 06/CV-BCĐ", "vanthu", ARRIVED.plusSeconds(60));
        assertThat(document.getAnswerNumbers()).isEqualTo("05-CV/BCĐ, 06/CV-BCĐ");
        assertThat(document.getFinishNote()).isEqualTo("Đã trả lời bằng văn bản số 05-CV/BCĐ");
        assertThat(document.getFinishedAt()).isEqualTo(ARRIVED);
    }

    @Test
    void routingNeedsALeadAndADeadlineNotBeforeTheArrivalAndClosingNeedsANote() {
        IncomingDocument document = received();
        document.register(1, "vanthu", ARRIVED);

        expectRefusal(() -> document.route(null, null, null, null, null, "hung.tv", ARRIVED), ErrorCode.LEAD_REQUIRED);
        expectRefusal(() -> document.route(LAN, null, null, null, LocalDate.of(2026, 3, 18), "hung.tv", ARRIVED),
                ErrorCode.DEADLINE_BEFORE_ARRIVAL);
        assertThat(document.getStatus()).as("nothing half done").isEqualTo(IncomingStatus.REGISTERED);

        document.route(LAN, null, null, null, LocalDate.of(2026, 3, 19), "hung.tv", ARRIVED);
        expectRefusal(() -> document.close("lan.nt", " ", ARRIVED), ErrorCode.COMMENT_REQUIRED);
        document.close("lan.nt", "Để biết", ARRIVED);
        assertThat(document.getStatus()).isEqualTo(IncomingStatus.CLOSED);
    }

    @Test
    void aDocumentIsDueForForwardingTheNextWorkingDayOrAtOnceWhenUrgent() {
        IncomingDocument thursday = received();
        assertThat(thursday.forwardingDue()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(thursday.isForwardingLate(LocalDate.of(2026, 3, 20))).isFalse();
        assertThat(thursday.isForwardingLate(LocalDate.of(2026, 3, 21))).isTrue();

        IncomingDocument friday = received(receipt("Thành ủy", "10-NQ/TU", LocalDate.of(2026, 3, 10), Urgency.NORMAL,
                Instant.parse("2026-03-20T02:00:00Z")));
        assertThat(friday.forwardingDue()).as("over the weekend").isEqualTo(LocalDate.of(2026, 3, 23));

        IncomingDocument flash = received(receipt("Thành ủy", "11-CV/TU", LocalDate.of(2026, 3, 19), Urgency.FLASH, ARRIVED));
        assertThat(flash.forwardingDue()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(flash.isForwardingLate(LocalDate.of(2026, 3, 20))).isTrue();

        flash.register(1, "vanthu", ARRIVED);
        flash.route(LAN, null, null, null, null, "hung.tv", ARRIVED);
        assertThat(flash.isForwardingLate(LocalDate.of(2026, 3, 20))).as("forwarded").isFalse();
    }

    @Test
    void theFileNameLosesAnyPathAndAMissingOneIsMadeFromTheKind() {
        IncomingDocument withPath = new IncomingDocument(BODY, RESOLUTION, receipt("Thành ủy", "09-NQ/TU",
                LocalDate.of(2026, 3, 10), Urgency.NORMAL, ARRIVED), "a".repeat(64), "C:\\scan\\..\\nq 09.pdf",
                IncomingFileKind.PDF, "vanthu");
        IncomingDocument without = new IncomingDocument(BODY, RESOLUTION, receipt("Thành ủy", "09-NQ/TU",
                LocalDate.of(2026, 3, 10), Urgency.NORMAL, ARRIVED), "a".repeat(64), null, IncomingFileKind.JPEG, "vanthu");

        assertThat(withPath.getFileName()).isEqualTo("nq 09.pdf");
        assertThat(without.getFileName()).isEqualTo("van-ban-den.jpg");
    }

    @Test
    void theAssignedPeopleRecordProgressAndOnlyTheLeadFinishesWithANote() {
        IncomingDocument document = received();
        document.register(1, "vanthu", ARRIVED);
        document.route(LAN, List.of(MAI, LAN, MAI), "Văn phòng Quận ủy", "Tham mưu kế hoạch", LocalDate.of(2026, 3, 31),
                "hung.tv", ARRIVED);
        assertThat(document.getAssistants()).as("the lead is not also assisting, nobody twice").containsExactly(MAI);
        assertThat(document.getAssisting()).isEqualTo("Vũ Thị Mai, Văn phòng Quận ủy");
        assertThat(document.isAssignedTo("mai.vt")).isTrue();
        assertThat(document.isAssignedTo("hung.tv")).isFalse();

        expectRefusal(() -> document.recordProgress(HUNG, "Đã xem", ARRIVED), ErrorCode.INCOMING_NOT_ASSIGNED);
        expectRefusal(() -> document.recordProgress(LAN, "  ", ARRIVED), ErrorCode.PROGRESS_NOTE_REQUIRED);
        assertThat(document.getStatus()).as("nothing half done").isEqualTo(IncomingStatus.ROUTED);
        document.recordProgress(MAI, "Đã tổng hợp số liệu các chi bộ", ARRIVED);
        document.recordProgress(LAN, "Đã xây dựng dự thảo kế hoạch", ARRIVED.plusSeconds(60));
        assertThat(document.getStatus()).isEqualTo(IncomingStatus.IN_HANDLING);
        assertThat(document.getProgress()).extracting(HandlingNote::getDisplayName, HandlingNote::getNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vũ Thị Mai", "Đã tổng hợp số liệu các chi bộ"),
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Lan", "Đã xây dựng dự thảo kế hoạch"));

        expectRefusal(() -> document.finishBy(MAI, "Xong", ARRIVED), ErrorCode.INCOMING_NOT_LEAD);
        expectRefusal(() -> document.finishBy(LAN, " ", ARRIVED), ErrorCode.FINISH_NOTE_REQUIRED);
        document.finishBy(LAN, "Đã ban hành kế hoạch thực hiện", ARRIVED.plusSeconds(120));
        assertThat(document.getStatus()).isEqualTo(IncomingStatus.CLOSED);
        assertThat(document.getFinishNote()).isEqualTo("Đã ban hành kế hoạch thực hiện");
        expectRefusal(() -> document.recordProgress(LAN, "Thêm", ARRIVED), ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void theHandlingStateIsWorkedOutOnTheDayFromTheStatusAndTheDeadline() {
        IncomingDocument document = received();
        LocalDate day = LocalDate.of(2026, 3, 20);
        assertThat(document.handlingState(day)).isEqualTo(HandlingState.UNASSIGNED);
        document.register(1, "vanthu", ARRIVED);
        assertThat(document.handlingState(day)).isEqualTo(HandlingState.UNASSIGNED);
        document.route(LAN, List.of(), null, null, LocalDate.of(2026, 3, 31), "hung.tv", ARRIVED);
        assertThat(document.handlingState(LocalDate.of(2026, 3, 31))).as("the deadline's own day").isEqualTo(HandlingState.IN_PROGRESS);
        assertThat(document.handlingState(LocalDate.of(2026, 4, 1))).isEqualTo(HandlingState.OVERDUE);
        document.recordProgress(LAN, "Đang làm", ARRIVED);
        assertThat(document.handlingState(LocalDate.of(2026, 4, 1))).isEqualTo(HandlingState.OVERDUE);
        document.finishBy(LAN, "Xong", ARRIVED);
        assertThat(document.handlingState(LocalDate.of(2026, 4, 1))).as("finished late is finished").isEqualTo(HandlingState.DONE);

        IncomingDocument withoutDeadline = received();
        withoutDeadline.register(2, "vanthu", ARRIVED);
        withoutDeadline.route(LAN, List.of(), null, null, null, "hung.tv", ARRIVED);
        assertThat(withoutDeadline.handlingState(LocalDate.of(2030, 1, 1))).isEqualTo(HandlingState.IN_PROGRESS);
    }

    @Test
    void routingAgainReplacesTheAssistantsAndAFailedRoutingChangesNothing() {
        IncomingDocument document = received();
        document.register(1, "vanthu", ARRIVED);
        document.route(LAN, List.of(MAI), null, "Lần đầu", LocalDate.of(2026, 3, 31), "hung.tv", ARRIVED);

        expectRefusal(() -> document.route(MAI, List.of(HUNG), null, "Lần hai", LocalDate.of(2026, 3, 1), "hung.tv",
                ARRIVED), ErrorCode.DEADLINE_BEFORE_ARRIVAL);
        assertThat(document.getLead()).isEqualTo("lan.nt");
        assertThat(document.getAssistants()).containsExactly(MAI);
        assertThat(document.getInstruction()).isEqualTo("Lần đầu");

        document.route(MAI, List.of(HUNG), null, "Lần hai", LocalDate.of(2026, 4, 10), "hung.tv", ARRIVED);
        assertThat(document.getLead()).isEqualTo("mai.vt");
        assertThat(document.getAssistants()).containsExactly(HUNG);
        assertThat(document.isAssignedTo("lan.nt")).as("no longer assigned").isFalse();
    }

    @Test
    void theAssignedAreRemindedTheDayBeforeTheDeadlineOncePerDeadline() {
        IncomingDocument document = received();
        document.register(1, "vanthu", ARRIVED);
        assertThat(document.needsReminderOn(LocalDate.of(2026, 3, 30))).as("not routed").isFalse();
        document.route(LAN, List.of(MAI), null, null, LocalDate.of(2026, 3, 31), "hung.tv", ARRIVED);

        assertThat(document.needsReminderOn(LocalDate.of(2026, 3, 29))).isFalse();
        assertThat(document.needsReminderOn(LocalDate.of(2026, 3, 30))).isTrue();
        assertThat(document.needsReminderOn(LocalDate.of(2026, 3, 31))).as("the day itself").isFalse();
        document.markReminded();
        assertThat(document.needsReminderOn(LocalDate.of(2026, 3, 30))).as("once").isFalse();

        document.route(LAN, List.of(MAI), null, null, LocalDate.of(2026, 4, 10), "hung.tv", ARRIVED);
        assertThat(document.needsReminderOn(LocalDate.of(2026, 4, 9))).as("a new deadline, a new reminder").isTrue();
        document.finishBy(LAN, "Xong", ARRIVED);
        assertThat(document.needsReminderOn(LocalDate.of(2026, 4, 9))).as("finished").isFalse();
    }
}
