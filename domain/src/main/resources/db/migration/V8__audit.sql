-- The audit trail: who did what to which document, file or account, when. Entries are written by the transaction
-- that does the thing, unlinked; the sealer then gives each one its place in a hash chain (position, the previous
-- entry's hash and its own), so that altering, removing or reordering a sealed entry breaks the chain.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    at            TIMESTAMP     NOT NULL,
    actor         VARCHAR(64),
    action        VARCHAR(32)   NOT NULL,
    subject       VARCHAR(64)   NOT NULL,
    detail        VARCHAR(1000),
    position      BIGINT,
    previous_hash VARCHAR(64),
    hash          VARCHAR(64),
    CONSTRAINT uk_audit_entry_position UNIQUE (position)
);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject);
