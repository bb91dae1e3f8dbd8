package vn.vanban.domain.model.meeting;

/** What kind of meeting: a quarterly review (giao ban quý), a conference (hội nghị) or a session (phiên họp). */
public enum MeetingKind {
    QUARTERLY_REVIEW, CONFERENCE, SESSION
}
