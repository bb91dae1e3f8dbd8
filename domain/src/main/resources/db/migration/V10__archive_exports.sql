-- Exports of the register's PDFs as a ZIP for the archive (nộp lưu), kept in the database so that every instance
-- sharing it answers their progress and their download, whichever instance packs them. The packing instance moves
-- the heartbeat on while it works; an export left RUNNING with an old heartbeat lost its instance and is marked
-- FAILED by whoever sees it first. Ended exports and their ZIPs are deleted an hour after they ended.
CREATE TABLE archive_export (
    id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    owner     VARCHAR(64)   NOT NULL,
    detail    VARCHAR(1000) NOT NULL,
    state     VARCHAR(16)   NOT NULL,
    step      VARCHAR(16)   NOT NULL,
    packed    INTEGER       NOT NULL,
    total     INTEGER       NOT NULL,
    failure   VARCHAR(64),
    instance  VARCHAR(100)  NOT NULL,
    started   TIMESTAMP     NOT NULL,
    heartbeat TIMESTAMP     NOT NULL,
    ended     TIMESTAMP,
    zip_bytes BIGINT
);
CREATE INDEX ix_archive_export_owner ON archive_export (owner, started);
CREATE INDEX ix_archive_export_state ON archive_export (state, heartbeat);
CREATE INDEX ix_archive_export_ended ON archive_export (ended);

-- The ZIP of an export, written a chunk at a time as it is packed and read back the same way, so that neither the
-- packing nor a download holds more than one chunk in memory.
CREATE TABLE archive_export_chunk (
    export_id VARCHAR(36) NOT NULL,
    seq       INTEGER     NOT NULL,
    content   BYTEA       NOT NULL,
    PRIMARY KEY (export_id, seq),
    CONSTRAINT fk_archive_export_chunk FOREIGN KEY (export_id) REFERENCES archive_export (id) ON DELETE CASCADE
);

-- Checking the limits on running exports and starting one, by one instance at a time.
INSERT INTO cluster_lock (name) VALUES ('archive-exports');
