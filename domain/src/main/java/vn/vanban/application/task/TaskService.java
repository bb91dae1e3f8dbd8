package vn.vanban.application.task;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.meeting.Conclusion;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.task.ProgressReport;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.ReviewOutcome;
import vn.vanban.domain.model.task.Target;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskDetails;
import vn.vanban.domain.model.task.TaskFilter;
import vn.vanban.domain.model.task.TaskRepository;
import vn.vanban.domain.model.task.TaskReview;
import vn.vanban.reports.render.PdfRenderer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tasks from meetings' conclusions: created and reviewed by the secretariat, reported on by the people they are
 * assigned to, visible to the members of their committee. Each method is one transaction.
 */
@Stateless
public class TaskService {

    @Inject
    private TaskRepository tasks;

    @Inject
    private MeetingService meetings;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private CommitteeRepository committees;

    private final PdfRenderer renderer = new PdfRenderer();

    private final Clock clock = Clock.systemUTC();

    public Task create(Actor actor, long meetingId, long conclusionId, TaskInput input) {
        actor.require(Role.SECRETARIAT);
        Conclusion conclusion = meetings.get(actor, meetingId).conclusion(conclusionId);
        Task task = new Task(conclusion, details(input), actor.username());
        tasks.add(task);
        return task;
    }

    public Task change(Actor actor, long id, TaskInput input) {
        actor.require(Role.SECRETARIAT);
        Task task = get(actor, id);
        task.change(details(input));
        return task;
    }

    /** The task if {@code actor} may see it: staff all, members those of their committees or assigned to them. */
    public Task get(Actor actor, long id) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException(ErrorCode.TASK_NOT_FOUND));
        if (actor.isStaff() || task.isAssignedTo(actor.username())
                || meetings.committeeIdsOf(actor).contains(task.getCommittee().getId())) {
            return task;
        }
        throw new NotFoundException(ErrorCode.TASK_NOT_FOUND);
    }

    public List<Task> list(Actor actor, TaskFilter filter, int first, int max) {
        return tasks.list(visible(actor, filter), today(), first, max);
    }

    public long count(Actor actor, TaskFilter filter) {
        return tasks.count(visible(actor, filter), today());
    }

    public ProgressReport reportProgress(Actor actor, long id, BigDecimal figure, String note, boolean completed) {
        Task task = get(actor, id);
        if (!task.isAssignedTo(actor.username()) && !actor.has(Role.SECRETARIAT)) {
            throw new DomainException(ErrorCode.NOT_ASSIGNED);
        }
        return task.reportProgress(actor.username(), figure, note, completed, clock.instant());
    }

    /** Records what {@code meetingId} decided about the task. */
    public TaskReview review(Actor actor, long id, long meetingId, ReviewOutcome outcome, String note) {
        actor.require(Role.SECRETARIAT);
        Task task = get(actor, id);
        Meeting meeting = meetings.get(actor, meetingId);
        return task.review(meeting, outcome, note, actor.username(), clock.instant());
    }

    /** The tasks a meeting reviews: still open from earlier meetings of its committee, or reviewed at it. */
    public List<Task> forReview(Actor actor, long meetingId) {
        return tasks.forReviewAt(meetings.get(actor, meetingId));
    }

    public List<Task> ofMeeting(Actor actor, long meetingId) {
        return tasks.ofMeeting(meetings.get(actor, meetingId));
    }

    /** The quarterly task report of a committee as a PDF (PDF/A-2b, the Party layout), for the secretariat. */
    public byte[] quarterlyReport(Actor actor, long committeeId, Quarter quarter) {
        if (!actor.isStaff()) {
            throw new DomainException(ErrorCode.NOT_ALLOWED);
        }
        Committee committee = committees.find(committeeId)
                .orElseThrow(() -> new NotFoundException(ErrorCode.COMMITTEE_NOT_FOUND));
        if (committee.getIssuer() == null) {
            throw new DomainException(ErrorCode.ISSUER_NOT_FOUND, "committee");
        }
        return renderer.render(QuarterlyTaskReport.of(committee, quarter, tasks.forQuarter(committeeId, quarter), today()));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DocumentService.VIETNAM));
    }

    private TaskFilter visible(Actor actor, TaskFilter filter) {
        return actor.isStaff() ? filter : filter.restrictedTo(meetings.committeeIdsOf(actor));
    }

    private TaskDetails details(TaskInput input) {
        Set<UserAccount> assignees = input.assigneeIds() == null ? Set.of() : input.assigneeIds().stream()
                .map(uid -> accounts.find(uid).orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, "assignees")))
                .collect(Collectors.toSet());
        Quarter quarter = input.quarter() == null ? null
                : new Quarter(input.quarterYear() == null ? today().getYear() : input.quarterYear(), input.quarter());
        Target target = input.targetMin() == null && input.targetMax() == null ? null
                : new Target(input.targetMin() == null ? input.targetMax() : input.targetMin(), input.targetMax(),
                input.targetUnit());
        return new TaskDetails(input.text(), input.responsible(), assignees, input.dueDate(), quarter, target);
    }
}
