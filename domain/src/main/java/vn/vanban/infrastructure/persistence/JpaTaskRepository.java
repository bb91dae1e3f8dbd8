package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.task.Quarter;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskFilter;
import vn.vanban.domain.model.task.TaskRepository;
import vn.vanban.domain.model.task.TaskStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

    private static final List<TaskStatus> UNFINISHED = List.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(Task task) {
        em.persist(task);
    }

    @Override
    public Optional<Task> find(long id) {
        return Optional.ofNullable(em.find(Task.class, id));
    }

    @Override
    public List<Task> list(TaskFilter filter, LocalDate today, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Task> query = cb.createQuery(Task.class);
        Root<Task> task = query.from(Task.class);
        query.select(task).where(matching(cb, task, filter, today))
                .orderBy(cb.asc(task.get("dueDate")), cb.asc(task.get("conclusionNumber")), cb.asc(task.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(TaskFilter filter, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Task> task = query.from(Task.class);
        query.select(cb.count(task)).where(matching(cb, task, filter, today));
        return em.createQuery(query).getSingleResult();
    }

    @Override
    public List<Task> forReviewAt(Meeting meeting) {
        return em.createQuery("SELECT DISTINCT t FROM Task t LEFT JOIN t.reviews r WHERE t.committee = :committee "
                        + "AND t.meeting.startsAt < :start AND (t.state IN :unfinished OR r.meeting = :meeting) "
                        + "ORDER BY t.dueDate, t.id", Task.class)
                .setParameter("committee", meeting.getCommittee()).setParameter("start", meeting.getStartsAt())
                .setParameter("unfinished", UNFINISHED).setParameter("meeting", meeting).getResultList();
    }

    @Override
    public List<Task> ofMeeting(Meeting meeting) {
        return em.createQuery("SELECT t FROM Task t WHERE t.meeting = :meeting ORDER BY t.conclusionNumber, t.id",
                Task.class).setParameter("meeting", meeting).getResultList();
    }

    @Override
    public List<Task> forQuarter(long committeeId, Quarter quarter) {
        return em.createQuery("SELECT t FROM Task t WHERE t.committee.id = :committee AND t.dueDate >= :first "
                        + "AND t.dueDate <= :last ORDER BY t.meeting.startsAt, t.conclusionNumber, t.id", Task.class)
                .setParameter("committee", committeeId).setParameter("first", quarter.firstDay())
                .setParameter("last", quarter.lastDay()).getResultList();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Task> task, TaskFilter filter,
                                        LocalDate today) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.committeeId() != null) {
            predicates.add(cb.equal(task.get("committee").get("id"), filter.committeeId()));
        }
        if (filter.meetingId() != null) {
            predicates.add(cb.equal(task.get("meeting").get("id"), filter.meetingId()));
        }
        if (filter.assignee() != null) {
            predicates.add(cb.equal(task.join("assignees").get("username"), filter.assignee()));
        }
        if (filter.quarter() != null) {
            predicates.add(cb.between(task.get("dueDate"), filter.quarter().firstDay(), filter.quarter().lastDay()));
        }
        if (filter.visibleCommittees() != null) {
            predicates.add(filter.visibleCommittees().isEmpty() ? cb.disjunction()
                    : task.get("committee").get("id").in(filter.visibleCommittees()));
        }
        if (filter.status() != null) {
            predicates.add(status(cb, task, filter.status(), today));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** OVERDUE is not stored: it is an unfinished task whose due date is before today. */
    private static Predicate status(CriteriaBuilder cb, Root<Task> task, TaskStatus status, LocalDate today) {
        return switch (status) {
            case OVERDUE -> cb.and(task.get("state").in(UNFINISHED), cb.lessThan(task.get("dueDate"), today));
            case NOT_STARTED, IN_PROGRESS -> cb.and(cb.equal(task.get("state"), status),
                    cb.greaterThanOrEqualTo(task.get("dueDate"), today));
            case DONE, CARRIED_OVER -> cb.equal(task.get("state"), status);
        };
    }

    @Override
    public List<Task> fromConclusionsAbout(long incomingId) {
        return em.createQuery("SELECT t FROM Task t WHERE t.conclusion.incoming.id = :incoming "
                + "ORDER BY t.meeting.startsAt DESC, t.conclusionNumber, t.id", Task.class)
                .setParameter("incoming", incomingId).getResultList();
    }
}
