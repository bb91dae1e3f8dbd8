-- Members asked for their opinion on a draft under review (góp ý dự thảo).
CREATE TABLE document_consultee (
    document_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    CONSTRAINT pk_document_consultee PRIMARY KEY (document_id, user_id),
    CONSTRAINT fk_consultee_document FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT fk_consultee_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
