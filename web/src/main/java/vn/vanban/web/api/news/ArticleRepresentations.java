package vn.vanban.web.api.news;

import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.news.Article;
import vn.vanban.web.faces.Dates;

import java.time.Instant;
import java.util.List;

/** How news articles look in the API's JSON. {@code published} is the page's {@code 21/03/2019 | 08:35}. */
public final class ArticleRepresentations {

    private ArticleRepresentations() {
    }

    public record Summary(long id, String title, String summary, String status, String publishedAt, String published,
                          long viewCount) {

        static Summary of(Article a) {
            return new Summary(a.getId(), a.getTitle(), a.getSummary(), a.getStatus().name(), iso(a.getPublishedAt()),
                    Dates.publishedStamp(a.getPublishedAt()), a.getViewCount());
        }
    }

    public record RelatedDocument(long id, String type, String number, String summary, String issueDate) {

        static RelatedDocument of(Document d) {
            return new RelatedDocument(d.getId(), d.getType().getCode(), d.getNumberText(), d.getSummary(),
                    d.getIssueDate() == null ? null : d.getIssueDate().toString());
        }
    }

    public record Detail(long id, String title, String summary, String body, String status, String author,
                         String publishedAt, String published, long viewCount, long version,
                         List<RelatedDocument> relatedDocuments) {

        public static Detail of(Article a, List<Document> related) {
            return new Detail(a.getId(), a.getTitle(), a.getSummary(), a.getBody(), a.getStatus().name(),
                    a.getAuthor().getDisplayName(), iso(a.getPublishedAt()), Dates.publishedStamp(a.getPublishedAt()),
                    a.getViewCount(), a.getVersion(), related.stream().map(RelatedDocument::of).toList());
        }
    }

    /** What the secretariat sends to create or save an article; {@code basedOnVersion} guards a save. */
    public record Input(String title, String summary, String body, List<Long> relatedDocumentIds, Long basedOnVersion) {
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
