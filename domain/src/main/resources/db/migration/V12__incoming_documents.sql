-- Incoming documents (văn bản đến, Decree 30/2020 Articles 20-24) and their register (sổ đăng ký văn bản đến).
-- The số đến comes from register_counter (V2), in the receiving body's series 'INCOMING/<year>': one gapless sequence
-- per body and calendar year, shared by paper and electronic documents, taken under the same row lock as the
-- outgoing numbers. The unique constraint below is the last line of defence against a number given twice.
-- status: RECEIVED (recorded, no number yet), REGISTERED, ROUTED, IN_HANDLING, ANSWERED, CLOSED.
-- sender_key and number_key are the sender and the number as duplicates are compared (case, spaces, "Số:" ignored).
CREATE SEQUENCE incoming_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE incoming_document (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    receiving_issuer_id BIGINT        NOT NULL,
    sender              VARCHAR(500)  NOT NULL,
    sender_key          VARCHAR(500)  NOT NULL,
    number_symbol       VARCHAR(100)  NOT NULL,
    number_key          VARCHAR(100)  NOT NULL,
    document_date       DATE          NOT NULL,
    type_code           VARCHAR(8)    NOT NULL,
    summary             VARCHAR(1000) NOT NULL,
    urgency             VARCHAR(16)   NOT NULL,
    confidentiality     VARCHAR(16)   NOT NULL,
    medium              VARCHAR(16)   NOT NULL,
    arrived_at          TIMESTAMP     NOT NULL,
    arrival_date        DATE          NOT NULL,
    recipient           VARCHAR(500),
    note                VARCHAR(1000),
    file_sha256         VARCHAR(64)   NOT NULL,
    file_name           VARCHAR(255)  NOT NULL,
    file_kind           VARCHAR(8)    NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    duplicate_of_id     BIGINT,
    register_year       INTEGER,
    register_number     INTEGER,
    received_by         VARCHAR(64)   NOT NULL,
    registered_by       VARCHAR(64),
    registered_at       TIMESTAMP,
    lead_username       VARCHAR(64),
    lead_name           VARCHAR(200),
    assisting           VARCHAR(1000),
    instruction         VARCHAR(2000),
    deadline            DATE,
    routed_by           VARCHAR(64),
    routed_at           TIMESTAMP,
    finished_by         VARCHAR(64),
    finished_at         TIMESTAMP,
    finish_note         VARCHAR(2000),
    created             TIMESTAMP     NOT NULL,
    last_modified       TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_incoming_register_number UNIQUE (receiving_issuer_id, register_year, register_number),
    CONSTRAINT fk_incoming_issuer FOREIGN KEY (receiving_issuer_id) REFERENCES issuer (id),
    CONSTRAINT fk_incoming_type FOREIGN KEY (type_code) REFERENCES document_type (code),
    CONSTRAINT fk_incoming_file FOREIGN KEY (file_sha256) REFERENCES stored_file (sha256),
    CONSTRAINT fk_incoming_duplicate_of FOREIGN KEY (duplicate_of_id) REFERENCES incoming_document (id)
);
-- The register is listed by body and arrival, newest first; duplicates are looked up by body, number and date.
CREATE INDEX ix_incoming_arrival ON incoming_document (receiving_issuer_id, arrival_date, id);
CREATE INDEX ix_incoming_same_document ON incoming_document (receiving_issuer_id, number_key, document_date);
CREATE INDEX ix_incoming_status ON incoming_document (status);
CREATE INDEX ix_incoming_duplicate_of ON incoming_document (duplicate_of_id);
CREATE INDEX ix_incoming_file ON incoming_document (file_sha256);
