package vn.vanban.web.secretariat;

import org.junit.jupiter.api.Test;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleContent;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.web.PortalFakes;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.PortalFakes.HEAD;
import static vn.vanban.web.PortalFakes.SECRETARIAT;
import static vn.vanban.web.PortalFakes.meeting;
import static vn.vanban.web.PortalFakes.notice;
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;
import static vn.vanban.web.faces.Replication.withId;

/** The editor of an article and the list of meetings, half-way through an edit when their instance dies. */
class RecordPagesReplicationTest {

    @Test
    void anArticleMovesWithItsEditedTextAndChosenDocuments() throws Exception {
        Document report = notice(12, "Báo cáo quý I");
        Document notice = notice(13, "Thông báo kết luận");
        Article article = withId(new Article(HEAD, new ArticleContent("Hội nghị sơ kết quý I", "Tóm tắt",
                "<p>Nội dung</p>", List.of(report))), 7);
        ArticleEditorBacking page = new ArticleEditorBacking();
        inject(page, "news", new PortalFakes.News(List.of(article)));
        inject(page, "documents", new PortalFakes.Documents(report, notice));
        inject(page, "actor", SECRETARIAT);
        page.setId(7L);
        page.load();
        page.setTitle("Hội nghị sơ kết quý I năm 2026");
        page.setRelated(List.of(report, notice));

        ArticleEditorBacking after = moved(page);

        assertThat(after.getTitle()).isEqualTo("Hội nghị sơ kết quý I năm 2026");
        assertThat(after.getSummary()).isEqualTo("Tóm tắt");
        assertThat(after.getBody()).isEqualTo(page.getBody());
        assertThat(after.getRelated()).extracting(Document::getId).containsExactly(12L, 13L);
        assertThat(after.getArticle().getId()).isEqualTo(7L);
        assertThat(after.isEditable()).isTrue();
        assertThat(classesWritten(page)).as("entities with lazy collections do not move")
                .doesNotContain(Article.class, Document.class);
    }

    @Test
    void theMeetingsListMovesWithTheMeetingBeingScheduled() {
        MeetingsBacking page = new MeetingsBacking();
        inject(page, "meetings", new PortalFakes.Meetings(meeting(8), meeting(9)));
        inject(page, "organisation", new PortalFakes.Organisation());
        inject(page, "actor", SECRETARIAT);
        page.init();
        page.setTitle("Hội nghị quý II");
        page.setPlace("Hội trường tầng 3");
        page.setStartsAt(LocalDateTime.of(2026, 6, 20, 8, 0));

        MeetingsBacking after = moved(page);

        assertThat(after.getTitle()).isEqualTo("Hội nghị quý II");
        assertThat(after.getPlace()).isEqualTo("Hội trường tầng 3");
        assertThat(after.getStartsAt()).isEqualTo(page.getStartsAt());
        assertThat(after.getCommitteeId()).isEqualTo(5L);
        assertThat(after.getKind()).isEqualTo(page.getKind());
        assertThat(after.getList()).extracting(Meeting::getId).containsExactly(8L, 9L);
        assertThat(after.getCommittees()).extracting(Committee::getId).containsExactly(5L);
        assertThat(classesWritten(page)).doesNotContain(Meeting.class, Committee.class);
    }
}
