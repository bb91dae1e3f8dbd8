-- Where the layout of an issued PDF left each signer the space for the visible signature, recorded when the PDF is
-- rendered, so that signing need not extract the page's text to find the block. Documents issued before have no
-- rows: their signers' blocks are still found in the file.
CREATE TABLE document_signature_place (
    document_id BIGINT      NOT NULL,
    signer      VARCHAR(64) NOT NULL,
    page_index  INTEGER     NOT NULL,
    x           REAL        NOT NULL,
    y           REAL        NOT NULL,
    width       REAL        NOT NULL,
    height      REAL        NOT NULL,
    CONSTRAINT pk_document_signature_place PRIMARY KEY (document_id, signer),
    CONSTRAINT fk_document_signature_place_document FOREIGN KEY (document_id) REFERENCES document (id)
);
