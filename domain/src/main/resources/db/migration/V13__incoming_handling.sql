-- Handling of incoming documents (phiếu giải quyết and sổ theo dõi giải quyết, Decree 30/2020 Art. 24): the people
-- who assist the lead (phối hợp), in the order the head named them, and the progress the lead and those people
-- report, oldest first. The lead stays in incoming_document.lead_username (V12); assisting there keeps the names as
-- the register prints them.
CREATE TABLE incoming_assistant (
    incoming_id  BIGINT       NOT NULL,
    sort_order   INTEGER      NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_incoming_assistant PRIMARY KEY (incoming_id, sort_order),
    CONSTRAINT fk_incoming_assistant_document FOREIGN KEY (incoming_id) REFERENCES incoming_document (id)
);
CREATE TABLE incoming_progress (
    incoming_id  BIGINT        NOT NULL,
    sort_order   INTEGER       NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    display_name VARCHAR(200)  NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_incoming_progress PRIMARY KEY (incoming_id, sort_order),
    CONSTRAINT fk_incoming_progress_document FOREIGN KEY (incoming_id) REFERENCES incoming_document (id)
);
-- A person's inbox looks up what they lead and what they assist in.
CREATE INDEX ix_incoming_lead ON incoming_document (lead_username, status);
CREATE INDEX ix_incoming_assistant_username ON incoming_assistant (username);
