package vn.vanban.domain.model.incoming;

/** Where the text of an incoming document stands: waiting, being recognised, present, or not to be had. */
public enum TextStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED;

    /** Still to change without anybody doing anything: the page that shows it keeps looking. */
    public boolean isUnderWay() {
        return this == PENDING || this == RUNNING;
    }
}
