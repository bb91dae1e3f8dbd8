package vn.vanban.domain.model.news;

import vn.vanban.domain.model.document.Document;

import java.util.List;

/** What the secretariat writes in an article: its title, lead paragraph, body, and the documents it refers to. */
public record ArticleContent(String title, String summary, String body, List<Document> relatedDocuments) {

    public ArticleContent {
        relatedDocuments = relatedDocuments == null ? List.of() : List.copyOf(relatedDocuments);
    }
}
