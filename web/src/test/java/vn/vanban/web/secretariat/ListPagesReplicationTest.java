package vn.vanban.web.secretariat;

import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;
import vn.vanban.application.Actor;
import vn.vanban.application.register.ArchiveExports;
import vn.vanban.domain.model.archive.ArchiveExport;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleContent;
import vn.vanban.domain.model.news.ArticleStatus;
import vn.vanban.web.PortalFakes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.web.faces.Replication.classesWritten;
import static vn.vanban.web.faces.Replication.field;
import static vn.vanban.web.faces.Replication.inject;
import static vn.vanban.web.faces.Replication.moved;
import static vn.vanban.web.faces.Replication.withId;
import static vn.vanban.web.PortalFakes.HEAD;
import static vn.vanban.web.PortalFakes.SECRETARIAT;
import static vn.vanban.web.PortalFakes.notice;

/** A list paged on after its instance died goes on with the filters the user had set, from the database. */
class ListPagesReplicationTest {

    @Test
    void theDocumentsListPagesOnWithItsFilters() {
        DocumentsBacking page = new DocumentsBacking();
        inject(page, "documents", new PortalFakes.Documents(notices(45)));
        inject(page, "organisation", new PortalFakes.Organisation());
        inject(page, "actor", SECRETARIAT);
        page.init();
        page.setStatus(DocumentStatus.DRAFT);
        page.setIssuerId(1L);
        page.setText("kết luận");
        showPage(page.getModel(), 20);

        DocumentsBacking after = moved(page);

        assertThat(after.getStatus()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(after.getIssuers()).isEqualTo(page.getIssuers());
        assertThat(after.getTypes()).isEqualTo(page.getTypes());
        assertThat(after.getNewTypeCode()).isEqualTo("TB");
        assertThat(after.getNewTypes()).isEqualTo(page.getNewTypes()).extracting(DocumentType::getCode).containsExactly("TB");
        assertThat(after.getModel().getRowCount()).isEqualTo(45);
        assertThat(after.getModel().load(40, 20, Map.of(), Map.of())).extracting(Document::getId)
                .containsExactly(41L, 42L, 43L, 44L, 45L);
        PortalFakes.Documents documents = field(after, "documents");
        assertThat(documents.askedFor).last()
                .isEqualTo(new DocumentFilter(DocumentStatus.DRAFT, null, 1L, "kết luận") + " from 40");
        assertThat(after.getModel().getWrappedData()).as("the table loads its page again").isNull();
        assertThat(classesWritten(page)).as("the rows shown do not move").doesNotContain(Document.class);
    }

    @Test
    void theArticlesListPagesOnInTheStatusItWasNarrowedTo() {
        ArticlesBacking page = new ArticlesBacking();
        inject(page, "news", new PortalFakes.News(List.of(article(1, "Hội nghị quý I"), article(2, "Tiếp dân"))));
        inject(page, "actor", SECRETARIAT);
        page.init();
        page.setStatus(ArticleStatus.DRAFT);
        showPage(page.getModel(), 0);

        ArticlesBacking after = moved(page);

        assertThat(after.getModel().count(Map.of())).isEqualTo(2);
        assertThat(after.getModel().load(0, 20, Map.of(), Map.of())).extracting(Article::getId).containsExactly(1L, 2L);
        PortalFakes.News news = field(after, "news");
        assertThat(news.askedFor).last().isEqualTo("DRAFT from 0");
        assertThat(classesWritten(page)).as("the rows shown do not move").doesNotContain(Article.class);
    }

    @Test
    void theRegisterPagesOnWithItsIssuerAndDates() {
        RegisterBacking page = new RegisterBacking();
        inject(page, "documents", new PortalFakes.Documents(notices(60)));
        inject(page, "organisation", new PortalFakes.Organisation());
        inject(page, "archives", new NoArchives());
        inject(page, "actor", SECRETARIAT);
        page.init();
        page.setIssuerId(1L);
        page.setTo(LocalDate.of(2026, 3, 31));
        showPage(page.getEntries(), 50);

        RegisterBacking after = moved(page);

        assertThat(after.getFrom()).isEqualTo(page.getFrom());
        assertThat(after.getEntries().load(50, 50, Map.of(), Map.of())).hasSize(10);
        PortalFakes.Documents documents = field(after, "documents");
        assertThat(documents.askedFor).last().isEqualTo("1 null " + page.getFrom() + "..2026-03-31 from 50");
        assertThat(after.getCsvUrl()).isEqualTo(page.getCsvUrl());
        assertThat(classesWritten(page)).as("the rows shown do not move").doesNotContain(Document.class);
    }

    /** What the table does to show a page: counts, loads, and keeps the rows in the model. */
    private static <T> void showPage(LazyDataModel<T> model, int first) {
        model.setRowCount(model.count(Map.of()));
        model.setWrappedData(model.load(first, 20, Map.of(), Map.of()));
        assertThat(model.getWrappedData()).isNotEmpty();
    }

    private static Document[] notices(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> notice(id, "Thông báo kết luận số " + id))
                .toArray(Document[]::new);
    }

    private static Article article(long id, String title) {
        return withId(new Article(HEAD, new ArticleContent(title, "Tóm tắt", "<p>Nội dung</p>", List.of())), id);
    }

    /** Nobody has packed an archive yet. */
    private static final class NoArchives extends ArchiveExports implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public Optional<ArchiveExport> latest(Actor actor) {
            return Optional.empty();
        }
    }
}
