package vn.vanban.domain.model.meeting;

/**
 * An invitee's answer to the invitation: coming, not coming (with a reason) or sending someone in their place. Each
 * proposes the attendance the secretary then confirms at the meeting.
 */
public enum ReplyChoice {
    ATTENDING, ABSENT, DELEGATING;

    /** Whether the answer means someone will come, so that a reminder the day before makes sense. */
    public boolean expectsSomeone() {
        return this != ABSENT;
    }
}
