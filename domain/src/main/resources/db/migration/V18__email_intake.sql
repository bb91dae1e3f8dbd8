-- E-mail intake: a message of the configured mailbox becomes a pending receipt, keyed on its Message-ID so that a
-- message seen again (not yet marked read, or read by a second instance) is never received twice. A message whose
-- attachments are all refused is noted in email_intake_refusal under the same key and is not tried again. The
-- poller on every instance takes each message holding the lock below.
ALTER TABLE incoming_document ADD COLUMN email_message_id VARCHAR(998);
CREATE UNIQUE INDEX ux_incoming_email_message ON incoming_document (email_message_id);
CREATE TABLE email_intake_refusal (
    message_id VARCHAR(998) NOT NULL PRIMARY KEY,
    sender VARCHAR(500) NOT NULL,
    subject VARCHAR(1000) NOT NULL,
    reason VARCHAR(64) NOT NULL,
    attachments VARCHAR(1000) NOT NULL,
    noted_at TIMESTAMP NOT NULL
);
INSERT INTO cluster_lock (name) VALUES ('email-intake');
