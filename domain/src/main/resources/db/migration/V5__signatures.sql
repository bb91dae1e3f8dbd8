-- Signing keys (PKCS#12, password-protected) of the development CA and of each signer, and the signatures given.
CREATE SEQUENCE signing_credential_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE document_signature_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE signing_credential (
    id          BIGINT       NOT NULL PRIMARY KEY,
    owner       VARCHAR(64)  NOT NULL,
    subject     VARCHAR(500) NOT NULL,
    keystore    BYTEA        NOT NULL,
    development BOOLEAN      NOT NULL,
    created     TIMESTAMP    NOT NULL,
    CONSTRAINT uk_signing_credential_owner UNIQUE (owner)
);

CREATE TABLE document_signature (
    id          BIGINT       NOT NULL PRIMARY KEY,
    document_id BIGINT       NOT NULL,
    signer      VARCHAR(64)  NOT NULL,
    subject     VARCHAR(500) NOT NULL,
    signed_at   TIMESTAMP    NOT NULL,
    pdf_sha256  VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_document_signature_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_document_signature_pdf FOREIGN KEY (pdf_sha256) REFERENCES stored_file (sha256)
);
CREATE INDEX ix_document_signature_document ON document_signature (document_id);
