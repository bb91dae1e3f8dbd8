package vn.vanban.domain.model.meeting;

/** Whether an invited person came: present, absent (with a reason, which the minutes print) or late. */
public enum Attendance {
    PRESENT, ABSENT, LATE;

    public boolean attended() {
        return this != ABSENT;
    }
}
