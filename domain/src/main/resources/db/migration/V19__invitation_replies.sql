-- Replies to meeting invitations: each invitee's last answer (coming, not coming with a reason, or sending a
-- substitute), when and how it came (logged in, or the personal link of the invitation mail), and whether the
-- secretary has recorded the attendance: until then the answer proposes it. The link's token is kept only as its
-- SHA-256, unique, so a link answers for exactly one invitee and a copy of the database opens none.
ALTER TABLE meeting_attendee ADD COLUMN reply_choice VARCHAR(16);
ALTER TABLE meeting_attendee ADD COLUMN reply_reason VARCHAR(500);
ALTER TABLE meeting_attendee ADD COLUMN substitute_name VARCHAR(200);
ALTER TABLE meeting_attendee ADD COLUMN substitute_position VARCHAR(300);
ALTER TABLE meeting_attendee ADD COLUMN replied_at TIMESTAMP;
ALTER TABLE meeting_attendee ADD COLUMN replied_via VARCHAR(16);
ALTER TABLE meeting_attendee ADD COLUMN reply_token_hash VARCHAR(64);
ALTER TABLE meeting_attendee ADD COLUMN attendance_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE meeting_attendee ADD COLUMN reminded_for DATE;
-- Attendance that differs from the default was recorded by a secretary: an answer never overwrites it.
UPDATE meeting_attendee SET attendance_confirmed = TRUE WHERE attendance <> 'PRESENT' OR reason IS NOT NULL;
CREATE UNIQUE INDEX ux_meeting_attendee_reply_token ON meeting_attendee (reply_token_hash);

-- Reminders the day before a meeting to those who said they (or their substitute) will come: reminded_for above is
-- the day each was reminded of. The timer runs on every instance and works holding this lock.
CREATE INDEX ix_meeting_starts_at ON meeting (starts_at);
INSERT INTO cluster_lock (name) VALUES ('invitation-reminders');
