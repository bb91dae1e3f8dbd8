-- News articles of the public page, and the search index over articles and documents.

CREATE SEQUENCE article_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE article (
    id            BIGINT           NOT NULL PRIMARY KEY,
    title         VARCHAR(500)     NOT NULL,
    summary       VARCHAR(2000),
    body          VARCHAR(1000000) NOT NULL,
    author_id     BIGINT           NOT NULL,
    status        VARCHAR(16)      NOT NULL,
    published_at  TIMESTAMP,
    view_count    BIGINT           DEFAULT 0 NOT NULL,
    created       TIMESTAMP        NOT NULL,
    last_modified TIMESTAMP        NOT NULL,
    version       BIGINT           NOT NULL,
    CONSTRAINT fk_article_author FOREIGN KEY (author_id) REFERENCES user_account (id)
);
CREATE INDEX ix_article_published ON article (status, published_at);

CREATE TABLE article_document (
    article_id  BIGINT  NOT NULL,
    document_id BIGINT  NOT NULL,
    sort_order  INTEGER NOT NULL,
    CONSTRAINT pk_article_document PRIMARY KEY (article_id, sort_order),
    CONSTRAINT fk_article_document_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_document_document FOREIGN KEY (document_id) REFERENCES document (id)
);

-- The words of every document and article, one row per folded word (lowercase ASCII, no marks, đ as d) and item,
-- with the exact forms it had there (lowercase NFC, space-separated) for ranking, the item's date (each word's rows
-- read newest first straight from the index) and who may reach the item (0 anyone, 1 members, 2 staff only), so that
-- a search skips what its reader may not see before it counts hits. kind: D document, A article. Plain B-tree
-- indexes, the same on H2 and PostgreSQL.
CREATE TABLE search_word (
    kind      CHAR(1)      NOT NULL,
    term      VARCHAR(60)  NOT NULL,
    item_id   BIGINT       NOT NULL,
    item_date TIMESTAMP    NOT NULL,
    exact     VARCHAR(400) NOT NULL,
    reach     SMALLINT     NOT NULL,
    CONSTRAINT pk_search_word PRIMARY KEY (kind, item_id, term)
);
-- The only index that starts with the word, so that every database reads a word's entries newest first from it and
-- stops at the first page of hits instead of sorting them all.
CREATE INDEX ix_search_word_recent ON search_word (kind, term, item_date DESC, item_id DESC);

-- Which version of each item the words above describe: an item missing here, or with an older version, is
-- (re)indexed by the indexer's sweep, which is also how documents that existed before this migration get indexed.
CREATE TABLE search_item (
    kind            CHAR(1) NOT NULL,
    item_id         BIGINT  NOT NULL,
    indexed_version BIGINT  NOT NULL,
    CONSTRAINT pk_search_item PRIMARY KEY (kind, item_id)
);
