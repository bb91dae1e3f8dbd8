package vn.vanban.web.secretariat.document;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DownloadRecord;
import vn.vanban.domain.model.document.RegisterNumber;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.web.PortalFakes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.PortalFakes.NOW;
import static vn.vanban.web.PortalFakes.SECRETARIAT;
import static vn.vanban.web.PortalFakes.notice;
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;

class DocumentBackingReplicationTest {

    @Test
    void aDraftHalfEditedOnTheWorkbenchMovesWithWhatTheUserTypedAndReloadsItsDocument() throws Exception {
        Document draft = notice(12, "Thông báo kết luận hội nghị quý I");
        Document earlier = notice(13, "Nghị quyết về công tác phát triển đảng viên");
        PortalFakes.Documents documents = new PortalFakes.Documents(draft, earlier);
        DocumentBacking workbench = workbench(documents, 12);
        DocumentVersionsBacking versions = versions(documents, workbench);
        DocumentDraftBacking editor = draft(documents, workbench, versions);
        DocumentStepsBacking steps = steps(documents, workbench);
        DocumentRelationsBacking relations = section(new DocumentRelationsBacking(), "documents", documents, workbench);
        editor.setSummary("Thông báo kết luận hội nghị quý I năm 2026");
        editor.setBody("<p>Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.</p>");
        editor.setNote("Sửa theo ý kiến đồng chí Trưởng ban");
        editor.setCommitteeIds(new ArrayList<>(List.of(5L)));
        steps.setConsulteeIds(new ArrayList<>(List.of(4L)));
        relations.setRelationTarget(earlier);
        versions.setDiffFrom(1);
        versions.setDiffTo(2);

        for (Object section : List.of(workbench, editor, steps, relations, versions)) {
            assertThat(classesWritten(section)).as("entities with lazy collections do not move: %s", section)
                    .doesNotContain(Document.class, Committee.class);
        }
        DocumentBacking workbenchAfter = moved(workbench);
        DocumentDraftBacking editorAfter = moved(editor);
        DocumentStepsBacking stepsAfter = moved(steps);
        DocumentRelationsBacking relationsAfter = moved(relations);
        DocumentVersionsBacking versionsAfter = moved(versions);

        assertThat(editorAfter.getSummary()).isEqualTo("Thông báo kết luận hội nghị quý I năm 2026");
        assertThat(editorAfter.getBody()).isEqualTo(editor.getBody());
        assertThat(editorAfter.getNote()).isEqualTo(editor.getNote());
        assertThat(editorAfter.getSignerId()).isEqualTo(3L);
        assertThat(editorAfter.getSigningCapacity()).isEqualTo("T/M BAN CHỈ ĐẠO");
        assertThat(editorAfter.getRecipients()).isEqualTo(editor.getRecipients());
        assertThat(editorAfter.getAudience()).isEqualTo(editor.getAudience());
        assertThat(editorAfter.getCommitteeIds()).containsExactly(5L);
        assertThat(editorAfter.getSigners()).isEqualTo(editor.getSigners());
        assertThat(editorAfter.getCommittees()).extracting(Committee::getId).containsExactly(5L);
        assertThat(stepsAfter.getConsulteeIds()).containsExactly(4L);
        assertThat(stepsAfter.getIssueDate()).isEqualTo(steps.getIssueDate());
        assertThat(stepsAfter.getMembers()).isEqualTo(steps.getMembers());
        assertThat(stepsAfter.isCanSubmit()).isTrue();
        assertThat(stepsAfter.isCanReturn()).isFalse();
        assertThat(versionsAfter.getDiffFrom()).isEqualTo(1);
        assertThat(versionsAfter.getDiffTo()).isEqualTo(2);
        assertThat(versionsAfter.getDiff()).isNotEmpty().isEqualTo(versions.getDiff());
        assertThat(relationsAfter.getRelationTarget().getId()).isEqualTo(13L);
        assertThat(workbenchAfter.getDocument().getId()).isEqualTo(12L);
        assertThat(workbenchAfter.getDocument().getSummary()).isEqualTo("Thông báo kết luận hội nghị quý I");
        assertThat(workbenchAfter.isEditable()).isTrue();
    }

    @Test
    void anIssuedDocumentMovesWithItsReadReceiptsAndDownloads() throws Exception {
        Document issued = notice(21, "Thông báo lịch tiếp dân tháng 4");
        issued.submitForReview("vanthu", null, Set.of(), NOW);
        issued.approve("hung.tv", null, NOW);
        issued.issue(new RegisterNumber(9, "BCĐ/TB/2025", "Số 09-TB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        PortalFakes.Documents documents = new PortalFakes.Documents(issued);
        DocumentBacking workbench = workbench(documents, 21);
        DocumentReceiptsBacking receipts =
                section(new DocumentReceiptsBacking(), "inbox", new PortalFakes.Inbox(), workbench);
        DocumentStepsBacking steps = steps(documents, workbench);
        assertThat(receipts.getReadCount()).isEqualTo(1);
        assertThat(receipts.getDownloads()).hasSize(1);

        DocumentReceiptsBacking receiptsAfter = moved(receipts);
        DocumentStepsBacking stepsAfter = moved(steps);

        assertThat(receiptsAfter.getReaders()).isEqualTo(receipts.getReaders());
        assertThat(receiptsAfter.getReadCount()).isEqualTo(1);
        assertThat(receiptsAfter.getDownloads()).extracting(DownloadRecord::getUsername).containsExactly("lan.nt");
        assertThat(moved(workbench).getDocument().getNumberText()).isEqualTo("Số 09-TB/BCĐ");
        assertThat(stepsAfter.isCanIssue()).isFalse();
        assertThat(stepsAfter.isCanReplace()).isTrue();
    }

    private static DocumentBacking workbench(PortalFakes.Documents documents, long id) throws Exception {
        DocumentBacking workbench = new DocumentBacking();
        inject(workbench, "documents", documents);
        inject(workbench, "actor", SECRETARIAT);
        workbench.setId(id);
        workbench.load();
        return workbench;
    }

    private static DocumentVersionsBacking versions(PortalFakes.Documents documents, DocumentBacking workbench) {
        DocumentVersionsBacking versions = section(new DocumentVersionsBacking(), "documents", documents, workbench);
        versions.init();
        return versions;
    }

    private static DocumentDraftBacking draft(PortalFakes.Documents documents, DocumentBacking workbench,
                                              DocumentVersionsBacking versions) {
        DocumentDraftBacking draft = section(new DocumentDraftBacking(), "documents", documents, workbench);
        inject(draft, "accounts", new PortalFakes.Accounts());
        inject(draft, "organisation", new PortalFakes.Organisation());
        inject(draft, "versions", versions);
        draft.init();
        assertThat(draft.getCommittees()).isNotEmpty();
        return draft;
    }

    private static DocumentStepsBacking steps(PortalFakes.Documents documents, DocumentBacking workbench) {
        DocumentStepsBacking steps = section(new DocumentStepsBacking(), "documents", documents, workbench);
        inject(steps, "accounts", new PortalFakes.Accounts());
        steps.init();
        return steps;
    }

    /** A section of the page as the container makes it: it shares the page's workbench and talks to services. */
    private static <T> T section(T section, String serviceField, Object service, DocumentBacking workbench) {
        inject(section, serviceField, service);
        inject(section, "actor", SECRETARIAT);
        return inject(section, "workbench", workbench);
    }
}
