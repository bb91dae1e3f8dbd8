package vn.vanban.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.document.InboxService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.incoming.HandlingState;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.meeting.Attendee;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.Reply;
import vn.vanban.domain.model.meeting.ReplyChoice;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskFilter;
import vn.vanban.domain.model.task.TaskStatus;
import vn.vanban.web.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;

/**
 * The home page after login ({@code home.xhtml}): what has been published to the user (unread first), their open
 * tasks, the incoming documents assigned to them, upcoming meetings, and one panel per role they hold.
 */
@Named
@RequestScoped
public class HomeBacking {

    private static final int INBOX_SIZE = 20;
    private static final int TASKS = 50;
    private static final int MEETINGS = 5;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    @Inject
    private OrganisationService organisation;

    @Inject
    private InboxService inbox;

    @Inject
    private TaskService tasks;

    @Inject
    private MeetingService meetings;

    @Inject
    private IncomingService incomingDocuments;

    @Inject
    private Actor actor;

    private List<Membership> memberships;
    private List<InboxService.InboxEntry> documents;
    private List<Task> myTasks;
    private List<Meeting> upcoming;
    private List<IncomingDocument> incoming;
    private LocalDate today;

    @PostConstruct
    void load() {
        memberships = organisation.membershipsOf(currentUser.getUsername());
        documents = inbox.inbox(actor, INBOX_SIZE);
        today = tasks.today();
        myTasks = tasks.list(actor, new TaskFilter(null, null, actor.username(), null, null, null), 0, TASKS)
                .stream().filter(Task::isOpen).toList();
        upcoming = meetings.upcoming(actor, MEETINGS);
        incoming = incomingDocuments.assignedTo(actor);
    }

    public List<InboxService.InboxEntry> getDocuments() {
        return documents;
    }

    public long getUnread() {
        return documents.stream().filter(e -> !e.read()).count();
    }

    public List<Task> getMyTasks() {
        return myTasks;
    }

    public List<Meeting> getUpcoming() {
        return upcoming;
    }

    /** The user's answer to the meeting's invitation; null when they have not answered. */
    public ReplyChoice replyOf(Meeting meeting) {
        return meeting.invitee(actor.username()).flatMap(Attendee::getReply).map(Reply::getChoice).orElse(null);
    }

    /** The incoming documents the user leads or assists in and that are not finished, urgent first. */
    public List<IncomingDocument> getIncoming() {
        return incoming;
    }

    public HandlingState handlingState(IncomingDocument document) {
        return document.handlingState(today);
    }

    public TaskStatus status(Task task) {
        return task.status(today);
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public long getUserCount() {
        return accounts.count();
    }

    public long getIssuerCount() {
        return organisation.issuerCount();
    }

    public long getCommitteeCount() {
        return organisation.committeeCount();
    }
}
