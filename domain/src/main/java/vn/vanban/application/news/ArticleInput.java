package vn.vanban.application.news;

import java.util.List;

/** An article as the secretariat's screen or the API hands it in; related documents by id. */
public record ArticleInput(String title, String summary, String body, List<Long> relatedDocumentIds) {
}
