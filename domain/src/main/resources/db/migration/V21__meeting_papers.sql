-- Papers of an agenda item (tài liệu cuộc họp): an uploaded file (its content in stored_file, by SHA-256, with the
-- kind read from the content and the uploaded name), or a document of the portal, or an incoming document. Exactly
-- one of the three, so a paper is never empty and never two things at once.
CREATE SEQUENCE meeting_paper_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE meeting_paper (
    id              BIGINT        NOT NULL PRIMARY KEY,
    agenda_item_id  BIGINT        NOT NULL,
    sort_order      INTEGER       NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    file_sha256     VARCHAR(64),
    file_name       VARCHAR(255),
    file_kind       VARCHAR(8),
    size_bytes      BIGINT,
    document_id     BIGINT,
    incoming_id     BIGINT,
    added_by        VARCHAR(64)   NOT NULL,
    added_at        TIMESTAMP     NOT NULL,
    CONSTRAINT fk_meeting_paper_item FOREIGN KEY (agenda_item_id) REFERENCES meeting_agenda_item (id),
    CONSTRAINT fk_meeting_paper_file FOREIGN KEY (file_sha256) REFERENCES stored_file (sha256),
    CONSTRAINT fk_meeting_paper_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_meeting_paper_incoming FOREIGN KEY (incoming_id) REFERENCES incoming_document (id),
    CONSTRAINT ck_meeting_paper_one_source CHECK (
        (CASE WHEN file_sha256 IS NULL THEN 0 ELSE 1 END) + (CASE WHEN document_id IS NULL THEN 0 ELSE 1 END)
        + (CASE WHEN incoming_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX ix_meeting_paper_item ON meeting_paper (agenda_item_id);
CREATE INDEX ix_meeting_paper_file ON meeting_paper (file_sha256);
