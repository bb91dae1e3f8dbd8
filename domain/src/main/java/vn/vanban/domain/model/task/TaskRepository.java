package vn.vanban.domain.model.task;

import vn.vanban.domain.model.meeting.Meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface TaskRepository {

    void add(Task task);

    Optional<Task> find(long id);

    List<Task> list(TaskFilter filter, LocalDate today, int first, int max);

    long count(TaskFilter filter, LocalDate today);

    /** Tasks of the meeting's committee from earlier meetings that were open when it began, or reviewed at it. */
    List<Task> forReviewAt(Meeting meeting);

    List<Task> ofMeeting(Meeting meeting);

    /** Tasks of a committee due within the quarter, or open at its start, for the quarterly report. */
    List<Task> forQuarter(long committeeId, Quarter quarter);

    /** The tasks given by conclusions that act on the incoming document {@code incomingId}, by meeting and number. */
    List<Task> fromConclusionsAbout(long incomingId);
}
