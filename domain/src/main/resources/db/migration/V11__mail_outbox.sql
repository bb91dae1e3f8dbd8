-- Publication e-mails go through an outbox: the publishing transaction writes one row per recipient, and whichever
-- instance is alive sends it afterwards and marks it, so that a crash right after the commit loses no mail.
-- status: PENDING (to send at next_attempt_at), SENT, LOGGED (no mail server configured: written to the log only),
-- FAILED (given up after too many attempts; last_error says why).
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mail_outbox (
    id              BIGINT           NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)     NOT NULL,
    subject         VARCHAR(2000)    NOT NULL,
    text            VARCHAR(1000000) NOT NULL,
    status          VARCHAR(16)      NOT NULL,
    created_at      TIMESTAMP        NOT NULL,
    attempts        INTEGER          DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP,
    sent_at         TIMESTAMP,
    last_error      VARCHAR(500)
);
-- The senders look for pending mail every few seconds: only the pending rows, oldest due first.
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- Timers that every instance runs but that must do their work once: sealing the audit chain, the search sweep.
INSERT INTO cluster_lock (name) VALUES ('audit-seal');
INSERT INTO cluster_lock (name) VALUES ('search-index');

-- The audit list is ordered by the time an entry was written: ids come from blocks of 50 that each instance
-- reserves, so they interleave between instances and do not follow time.
CREATE INDEX ix_audit_entry_at ON audit_entry (at, id);
