-- Meetings (giao ban) with attendance, agenda, opinions and numbered conclusions; the tasks the conclusions create,
-- their progress reports and their reviews at later meetings; a second signer on documents (minutes are signed by
-- the chair, then the secretary); who has read and who has downloaded each published document.

CREATE SEQUENCE meeting_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE meeting_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE document_download_seq START WITH 50 INCREMENT BY 50;

ALTER TABLE document ADD COLUMN second_signer_id BIGINT;
ALTER TABLE document ADD COLUMN second_signer_position VARCHAR(200);
ALTER TABLE document ADD CONSTRAINT fk_document_second_signer FOREIGN KEY (second_signer_id) REFERENCES user_account (id);

CREATE TABLE meeting (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    committee_id        BIGINT        NOT NULL,
    kind                VARCHAR(24)   NOT NULL,
    title               VARCHAR(500)  NOT NULL,
    starts_at           TIMESTAMP     NOT NULL,
    ends_at             TIMESTAMP,
    place               VARCHAR(300)  NOT NULL,
    chair_id            BIGINT        NOT NULL,
    chair_position      VARCHAR(200),
    secretary_id        BIGINT        NOT NULL,
    secretary_position  VARCHAR(200),
    minutes_document_id BIGINT,
    created_by          VARCHAR(64)   NOT NULL,
    created             TIMESTAMP     NOT NULL,
    last_modified       TIMESTAMP     NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT fk_meeting_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_meeting_chair FOREIGN KEY (chair_id) REFERENCES user_account (id),
    CONSTRAINT fk_meeting_secretary FOREIGN KEY (secretary_id) REFERENCES user_account (id),
    CONSTRAINT fk_meeting_minutes FOREIGN KEY (minutes_document_id) REFERENCES document (id)
);
CREATE INDEX ix_meeting_committee_start ON meeting (committee_id, starts_at);

CREATE TABLE meeting_attendee (
    id          BIGINT       NOT NULL PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    sort_order  INTEGER      NOT NULL,
    user_id     BIGINT,
    name        VARCHAR(200) NOT NULL,
    title       VARCHAR(300),
    guest       BOOLEAN      NOT NULL,
    attendance  VARCHAR(16)  NOT NULL,
    reason      VARCHAR(500),
    CONSTRAINT fk_meeting_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_attendee_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_meeting_attendee_meeting ON meeting_attendee (meeting_id);

CREATE TABLE meeting_agenda_item (
    id            BIGINT       NOT NULL PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL,
    sort_order    INTEGER      NOT NULL,
    title         VARCHAR(1000) NOT NULL,
    document_id   BIGINT,
    task_review   BOOLEAN      NOT NULL,
    CONSTRAINT fk_meeting_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_agenda_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_meeting_agenda_meeting ON meeting_agenda_item (meeting_id);

CREATE TABLE meeting_opinion (
    id          BIGINT        NOT NULL PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL,
    sort_order  INTEGER       NOT NULL,
    speaker     VARCHAR(200)  NOT NULL,
    speaker_title VARCHAR(300),
    summary     VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_meeting_opinion_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_meeting_opinion_meeting ON meeting_opinion (meeting_id);

CREATE TABLE meeting_conclusion (
    id          BIGINT        NOT NULL PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL,
    sort_order  INTEGER       NOT NULL,
    item_text   VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_meeting_conclusion_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_meeting_conclusion_meeting ON meeting_conclusion (meeting_id);

CREATE TABLE task (
    id              BIGINT         NOT NULL PRIMARY KEY,
    committee_id    BIGINT         NOT NULL,
    meeting_id      BIGINT         NOT NULL,
    conclusion_id   BIGINT,
    conclusion_no   INTEGER        NOT NULL,
    task_text       VARCHAR(4000)  NOT NULL,
    responsible     VARCHAR(1000),
    due_date        DATE           NOT NULL,
    due_quarter     INTEGER,
    target_min      NUMERIC(14, 2),
    target_max      NUMERIC(14, 2),
    target_unit     VARCHAR(100),
    achieved        NUMERIC(14, 2),
    state           VARCHAR(16)    NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    created         TIMESTAMP      NOT NULL,
    last_modified   TIMESTAMP      NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT fk_task_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    CONSTRAINT fk_task_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_task_conclusion FOREIGN KEY (conclusion_id) REFERENCES meeting_conclusion (id) ON DELETE SET NULL
);
CREATE INDEX ix_task_committee_due ON task (committee_id, due_date);

CREATE TABLE task_assignee (
    task_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    CONSTRAINT pk_task_assignee PRIMARY KEY (task_id, user_id),
    CONSTRAINT fk_task_assignee_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_task_assignee_user FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX ix_task_assignee_user ON task_assignee (user_id);

CREATE TABLE task_progress (
    id          BIGINT         NOT NULL PRIMARY KEY,
    task_id     BIGINT         NOT NULL,
    reported_by VARCHAR(64)    NOT NULL,
    reported_at TIMESTAMP      NOT NULL,
    figure      NUMERIC(14, 2),
    note        VARCHAR(4000)  NOT NULL,
    completed   BOOLEAN        NOT NULL,
    CONSTRAINT fk_task_progress_task FOREIGN KEY (task_id) REFERENCES task (id)
);
CREATE INDEX ix_task_progress_task ON task_progress (task_id);

CREATE TABLE task_review (
    id          BIGINT         NOT NULL PRIMARY KEY,
    task_id     BIGINT         NOT NULL,
    meeting_id  BIGINT         NOT NULL,
    outcome     VARCHAR(16)    NOT NULL,
    note        VARCHAR(4000),
    reviewed_by VARCHAR(64)    NOT NULL,
    reviewed_at TIMESTAMP      NOT NULL,
    CONSTRAINT fk_task_review_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_task_review_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX ix_task_review_meeting ON task_review (meeting_id);

CREATE TABLE document_read (
    document_id BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    read_at     TIMESTAMP   NOT NULL,
    CONSTRAINT pk_document_read PRIMARY KEY (document_id, username),
    CONSTRAINT fk_document_read_document FOREIGN KEY (document_id) REFERENCES document (id)
);

CREATE TABLE document_download (
    id            BIGINT      NOT NULL PRIMARY KEY,
    document_id   BIGINT      NOT NULL,
    username      VARCHAR(64),
    downloaded_at TIMESTAMP   NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    CONSTRAINT fk_document_download_document FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX ix_document_download_document ON document_download (document_id);
