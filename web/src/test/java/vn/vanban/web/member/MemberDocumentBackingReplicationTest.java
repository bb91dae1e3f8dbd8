package vn.vanban.web.member;

import org.junit.jupiter.api.Test;
import vn.vanban.application.Actor;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.document.Document;
import vn.vanban.web.PortalFakes;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.PortalFakes.notice;
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;

class MemberDocumentBackingReplicationTest {

    @Test
    void aMemberReadingADocumentKeepsTheCommentBeingWrittenAndTheDocumentIsReloaded() throws Exception {
        MemberDocumentBacking page = new MemberDocumentBacking();
        inject(page, "documents", new PortalFakes.Documents(notice(12, "Thông báo kết luận hội nghị quý I")));
        inject(page, "inbox", new PortalFakes.Inbox());
        inject(page, "actor", new Actor("lan.nt", EnumSet.of(Role.MEMBER)));
        page.setId(12L);
        page.load();
        page.setComment("Đề nghị bổ sung chỉ tiêu quý II");

        MemberDocumentBacking after = moved(page);

        assertThat(after.getComment()).isEqualTo("Đề nghị bổ sung chỉ tiêu quý II");
        assertThat(after.getDocument().getSummary()).isEqualTo("Thông báo kết luận hội nghị quý I");
        assertThat(after.isCanComment()).isFalse();
        assertThat(classesWritten(page)).doesNotContain(Document.class);
    }
}
