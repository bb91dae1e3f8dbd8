-- The text of each incoming document, for search and for reading: taken from a PDF's text layer while it is received,
-- or recognised (OCR, Tesseract with its Vietnamese data) in the background from a scan (PNG, JPEG, or a PDF without
-- usable text). status: PENDING (waiting for a recognition round), RUNNING (claimed by claimed_by, alive while
-- heartbeat_at moves on; a round whose instance died is taken again once it is stale), DONE (text present; source
-- PDF_TEXT or OCR), FAILED (failure: a stable code, failure_detail: what the tool said). pages_done of pages_total
-- is the progress shown on the document's page. Rounds of every instance claim rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE incoming_text (
    incoming_id    BIGINT           NOT NULL PRIMARY KEY,
    status         VARCHAR(16)      NOT NULL,
    source         VARCHAR(16),
    pages_done     INTEGER          NOT NULL,
    pages_total    INTEGER          NOT NULL,
    text_content   VARCHAR(1000000),
    failure        VARCHAR(32),
    failure_detail VARCHAR(1000),
    attempts       INTEGER          NOT NULL,
    claimed_by     VARCHAR(200),
    heartbeat_at   TIMESTAMP,
    finished_at    TIMESTAMP,
    created        TIMESTAMP        NOT NULL,
    last_modified  TIMESTAMP        NOT NULL,
    version        BIGINT           NOT NULL,
    CONSTRAINT fk_incoming_text_document FOREIGN KEY (incoming_id) REFERENCES incoming_document (id)
);
CREATE INDEX ix_incoming_text_status ON incoming_text (status, incoming_id);

-- Documents received before: their text is taken by the first rounds after the upgrade.
INSERT INTO incoming_text (incoming_id, status, pages_done, pages_total, attempts, created, last_modified, version)
SELECT id, 'PENDING', 0, 0, 0, created, last_modified, 0 FROM incoming_document;
