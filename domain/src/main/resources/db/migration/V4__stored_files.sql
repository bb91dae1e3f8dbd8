-- Immutable files (issued PDFs, later attachments) in the database, named by the SHA-256 of their content.
CREATE TABLE stored_file (
    sha256     VARCHAR(64)  NOT NULL PRIMARY KEY,
    media_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    content    BYTEA        NOT NULL,
    created    TIMESTAMP    NOT NULL
);

ALTER TABLE document ADD COLUMN pdf_sha256 VARCHAR(64);
ALTER TABLE document ADD CONSTRAINT fk_document_pdf FOREIGN KEY (pdf_sha256) REFERENCES stored_file (sha256);
CREATE INDEX ix_document_pdf ON document (pdf_sha256);
