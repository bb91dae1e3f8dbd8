package vn.vanban.web.secretariat;

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
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;
import static vn.vanban.web.PortalFakes.NOW;
import static vn.vanban.web.PortalFakes.SECRETARIAT;
import static vn.vanban.web.PortalFakes.notice;

class DocumentBackingReplicationTest {

    @Test
    void aDraftHalfEditedOnTheWorkbenchMovesWithWhatTheUserTypedAndReloadsItsDocument() throws Exception {
        Document draft = notice(12, "Thông báo kết luận hội nghị quý I");
        Document earlier = notice(13, "Nghị quyết về công tác phát triển đảng viên");
        DocumentBacking page = workbench(new PortalFakes.Documents(draft, earlier), 12);
        page.setSummary("Thông báo kết luận hội nghị quý I năm 2026");
        page.setBody("<p>Phấn đấu quý II thành lập từ 02-03 tổ chức đảng.</p>");
        page.setNote("Sửa theo ý kiến đồng chí Trưởng ban");
        page.setCommitteeIds(new ArrayList<>(List.of(5L)));
        page.setConsulteeIds(new ArrayList<>(List.of(4L)));
        page.setRelationTarget(earlier);
        page.setDiffFrom(1);
        page.setDiffTo(2);

        DocumentBacking after = moved(page);

        assertThat(classesWritten(page)).as("entities with lazy collections do not move")
                .doesNotContain(Document.class, Committee.class);
        assertThat(after.getSummary()).isEqualTo("Thông báo kết luận hội nghị quý I năm 2026");
        assertThat(after.getBody()).isEqualTo(page.getBody());
        assertThat(after.getNote()).isEqualTo(page.getNote());
        assertThat(after.getSignerId()).isEqualTo(3L);
        assertThat(after.getSigningCapacity()).isEqualTo("T/M BAN CHỈ ĐẠO");
        assertThat(after.getRecipients()).isEqualTo(page.getRecipients());
        assertThat(after.getAudience()).isEqualTo(page.getAudience());
        assertThat(after.getCommitteeIds()).containsExactly(5L);
        assertThat(after.getConsulteeIds()).containsExactly(4L);
        assertThat(after.getIssueDate()).isEqualTo(page.getIssueDate());
        assertThat(after.getSigners()).isEqualTo(page.getSigners());
        assertThat(after.getMembers()).isEqualTo(page.getMembers());
        assertThat(after.getDiffFrom()).isEqualTo(1);
        assertThat(after.getDiffTo()).isEqualTo(2);
        assertThat(after.getDiff()).isNotEmpty().isEqualTo(page.getDiff());
        assertThat(after.getRelationTarget().getId()).isEqualTo(13L);
        assertThat(after.getDocument().getId()).isEqualTo(12L);
        assertThat(after.getDocument().getSummary()).isEqualTo("Thông báo kết luận hội nghị quý I");
        assertThat(after.getCommittees()).extracting(Committee::getId).containsExactly(5L);
        assertThat(after.isEditable()).isTrue();
        assertThat(after.isCanSubmit()).isTrue();
    }

    @Test
    void anIssuedDocumentMovesWithItsReadReceiptsAndDownloads() throws Exception {
        Document issued = notice(21, "Thông báo lịch tiếp dân tháng 4");
        issued.submitForReview("vanthu", null, Set.of(), NOW);
        issued.approve("hung.tv", null, NOW);
        issued.issue(new RegisterNumber(9, "BCĐ/TB/2025", "Số 09-TB/BCĐ", LocalDate.of(2026, 3, 19)), "vanthu", NOW);
        DocumentBacking page = workbench(new PortalFakes.Documents(issued), 21);
        assertThat(page.getReadCount()).isEqualTo(1);
        assertThat(page.getDownloads()).hasSize(1);

        DocumentBacking after = moved(page);

        assertThat(after.getReaders()).isEqualTo(page.getReaders());
        assertThat(after.getReadCount()).isEqualTo(1);
        assertThat(after.getDownloads()).extracting(DownloadRecord::getUsername).containsExactly("lan.nt");
        assertThat(after.getDocument().getNumberText()).isEqualTo("Số 09-TB/BCĐ");
        assertThat(after.isCanIssue()).isFalse();
        assertThat(after.isCanReplace()).isTrue();
    }

    private static DocumentBacking workbench(PortalFakes.Documents documents, long id) throws Exception {
        DocumentBacking page = new DocumentBacking();
        inject(page, "documents", documents);
        inject(page, "accounts", new PortalFakes.Accounts());
        inject(page, "organisation", new PortalFakes.Organisation());
        inject(page, "inbox", new PortalFakes.Inbox());
        inject(page, "actor", SECRETARIAT);
        page.setId(id);
        page.load();
        assertThat(page.getCommittees()).isNotEmpty();
        return page;
    }
}
