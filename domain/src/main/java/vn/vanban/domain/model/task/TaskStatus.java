package vn.vanban.domain.model.task;

/**
 * Where a task stands. NOT_STARTED, IN_PROGRESS, DONE and CARRIED_OVER are recorded; OVERDUE is what an unfinished
 * task is once its due date has passed, so it is worked out on the day it is asked for, never stored.
 */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE, CARRIED_OVER;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == OVERDUE;
    }
}
