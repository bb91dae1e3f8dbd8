-- An outgoing document may answer an incoming one (relation kind ANSWERS): such a relation names the incoming
-- document instead of an outgoing one, so the target becomes optional and exactly one of the two is set. The
-- numbers of the issued answers are kept on the incoming document for the register's "số văn bản trả lời" column,
-- which the list, the CSV and the printed book read without a join per row.
ALTER TABLE document_relation ALTER COLUMN target_id DROP NOT NULL;
ALTER TABLE document_relation ADD COLUMN incoming_target_id BIGINT;
ALTER TABLE document_relation ADD CONSTRAINT fk_document_relation_incoming
    FOREIGN KEY (incoming_target_id) REFERENCES incoming_document (id);
ALTER TABLE document_relation ADD CONSTRAINT ck_document_relation_one_target
    CHECK ((target_id IS NULL AND incoming_target_id IS NOT NULL) OR (target_id IS NOT NULL AND incoming_target_id IS NULL));
CREATE INDEX ix_document_relation_incoming ON document_relation (incoming_target_id);
ALTER TABLE incoming_document ADD COLUMN answer_numbers VARCHAR(500);

-- An agenda item and a conclusion may point at an incoming document (the report on a resolution the committee
-- received, the conclusion that assigns tasks implementing it).
ALTER TABLE meeting_agenda_item ADD COLUMN incoming_id BIGINT;
ALTER TABLE meeting_agenda_item ADD CONSTRAINT fk_meeting_agenda_incoming
    FOREIGN KEY (incoming_id) REFERENCES incoming_document (id);
CREATE INDEX ix_meeting_agenda_incoming ON meeting_agenda_item (incoming_id);
ALTER TABLE meeting_conclusion ADD COLUMN incoming_id BIGINT;
ALTER TABLE meeting_conclusion ADD CONSTRAINT fk_meeting_conclusion_incoming
    FOREIGN KEY (incoming_id) REFERENCES incoming_document (id);
CREATE INDEX ix_meeting_conclusion_incoming ON meeting_conclusion (incoming_id);
