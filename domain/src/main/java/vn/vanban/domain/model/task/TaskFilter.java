package vn.vanban.domain.model.task;

import java.util.Set;

/**
 * Which tasks to list; null fields do not filter.
 *
 * @param assignee          username of a person the task is assigned to
 * @param visibleCommittees the committees whose tasks the asker may see; null when they may see every task
 */
public record TaskFilter(Long committeeId, Long meetingId, String assignee, TaskStatus status, Quarter quarter,
                         Set<Long> visibleCommittees) {

    /** NUL characters are dropped: PostgreSQL refuses them in a query parameter. */
    public TaskFilter {
        assignee = assignee == null ? null : assignee.replace("\u0000", "");
    }

    public TaskFilter restrictedTo(Set<Long> committees) {
        return new TaskFilter(committeeId, meetingId, assignee, status, quarter, Set.copyOf(committees));
    }
}
