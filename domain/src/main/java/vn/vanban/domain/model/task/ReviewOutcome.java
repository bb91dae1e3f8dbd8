package vn.vanban.domain.model.task;

/** What a meeting decided about a task it reviewed: keep going, it is done, or carry it into the next period. */
public enum ReviewOutcome {
    CONTINUE, DONE, CARRIED_OVER
}
