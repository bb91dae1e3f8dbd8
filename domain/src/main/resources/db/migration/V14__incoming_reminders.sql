-- Reminders the day before an incoming document's deadline: reminded_for is the deadline a reminder was mailed for,
-- so that each deadline is reminded once (a new deadline given by routing again gets its own reminder). The timer
-- that sends them runs on every instance and does its work holding the lock below, so the cluster mails once.
ALTER TABLE incoming_document ADD COLUMN reminded_for DATE;
CREATE INDEX ix_incoming_deadline ON incoming_document (deadline, status);
INSERT INTO cluster_lock (name) VALUES ('incoming-reminders');
