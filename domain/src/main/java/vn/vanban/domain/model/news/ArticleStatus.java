package vn.vanban.domain.model.news;

/** A news article is written as a draft and shown to the public only while it is published. */
public enum ArticleStatus {
    DRAFT, PUBLISHED
}
