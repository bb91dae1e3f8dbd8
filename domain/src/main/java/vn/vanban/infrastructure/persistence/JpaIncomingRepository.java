package vn.vanban.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import vn.vanban.domain.model.incoming.Assignee;
import vn.vanban.domain.model.incoming.Confidentiality;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingFilter;
import vn.vanban.domain.model.incoming.IncomingRepository;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.incoming.RefusedMail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaIncomingRepository implements IncomingRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void add(IncomingDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<IncomingDocument> find(long id) {
        return Optional.ofNullable(em.find(IncomingDocument.class, id));
    }

    @Override
    public List<IncomingDocument> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Whether a member may read a document depends on its assistants: read for all of them in one statement,
        // not lazily one statement per document (300 for a search that checks 300 candidates).
        return em.createQuery("SELECT d FROM IncomingDocument d WHERE d.id IN :ids", IncomingDocument.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "d.assistants")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public Optional<IncomingDocument> findForUpdate(long id) {
        return Optional.ofNullable(em.find(IncomingDocument.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<IncomingDocument> sameDocument(IncomingDocument document) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<IncomingDocument> query = cb.createQuery(IncomingDocument.class);
        Root<IncomingDocument> other = query.from(IncomingDocument.class);
        List<Predicate> same = new ArrayList<>(List.of(
                cb.equal(other.get("receivingBody"), document.getReceivingBody()),
                cb.equal(other.get("numberKey"), IncomingDocument.numberKey(document.getNumberSymbol())),
                cb.equal(other.get("documentDate"), document.getDocumentDate()),
                cb.equal(other.get("senderKey"), IncomingDocument.senderKey(document.getSender()))));
        if (document.getId() != null) {
            same.add(cb.notEqual(other.get("id"), document.getId()));
        }
        query.select(other).where(same.toArray(Predicate[]::new))
                .orderBy(cb.asc(cb.selectCase().when(cb.isNull(other.get("registerNumber")), 1).otherwise(0)),
                        cb.asc(other.get("id")));
        return em.createQuery(query).setMaxResults(10).getResultList();
    }

    @Override
    public List<IncomingDocument> list(IncomingFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<IncomingDocument> query = cb.createQuery(IncomingDocument.class);
        Root<IncomingDocument> document = query.from(IncomingDocument.class);
        query.select(document).where(matching(cb, query, document, filter))
                .orderBy(cb.asc(document.get("arrivalDate")), cb.asc(document.get("registerYear")),
                        cb.asc(document.get("registerNumber")), cb.asc(document.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(IncomingFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<IncomingDocument> document = query.from(IncomingDocument.class);
        query.select(cb.count(document)).where(matching(cb, query, document, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, CriteriaQuery<?> query, Root<IncomingDocument> document,
                                        IncomingFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.confidentialBodies() != null) {
            List<Predicate> visible = new ArrayList<>();
            visible.add(cb.equal(document.get("confidentiality"), Confidentiality.NONE));
            if (!filter.confidentialBodies().isEmpty()) {
                visible.add(document.get("receivingBody").get("id").in(filter.confidentialBodies()));
            }
            if (filter.assignee() != null) {
                visible.add(cb.equal(document.get("lead"), filter.assignee()));
                Subquery<Long> assisted = query.subquery(Long.class);
                Root<IncomingDocument> other = assisted.from(IncomingDocument.class);
                Join<IncomingDocument, Assignee> assistant = other.join("assistants");
                assisted.select(other.get("id")).where(cb.equal(other.get("id"), document.get("id")),
                        cb.equal(assistant.get("username"), filter.assignee()));
                visible.add(cb.exists(assisted));
            }
            predicates.add(cb.or(visible.toArray(Predicate[]::new)));
        }
        if (filter.issuerId() != null) {
            predicates.add(cb.equal(document.get("receivingBody").get("id"), filter.issuerId()));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(document.get("arrivalDate"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThanOrEqualTo(document.get("arrivalDate"), filter.to()));
        }
        if (filter.registeredOnly()) {
            predicates.add(cb.isNotNull(document.get("registerNumber")));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(document.get("status"), filter.status()));
        }
        if (filter.urgency() != null) {
            predicates.add(cb.equal(document.get("urgency"), filter.urgency()));
        }
        if (filter.text() != null) {
            String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.forLanguageTag("vi"))) + "%";
            predicates.add(cb.or(
                    cb.like(document.get("senderKey"), pattern, '\\'),
                    cb.like(cb.lower(document.get("numberSymbol")), pattern, '\\'),
                    cb.like(cb.lower(document.get("summary")), pattern, '\\')));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public List<IncomingDocument> assignedTo(String username, int max) {
        List<IncomingStatus> open = List.of(IncomingStatus.ROUTED, IncomingStatus.IN_HANDLING);
        // Two plain queries rather than one with a join and DISTINCT: PostgreSQL refuses to order a DISTINCT
        // selection by expressions it does not select, and the lists are short.
        Set<IncomingDocument> assigned = new LinkedHashSet<>(em.createNamedQuery(IncomingDocument.LED_BY,
                        IncomingDocument.class)
                .setParameter("username", username).setParameter("statuses", open).setMaxResults(max).getResultList());
        assigned.addAll(em.createNamedQuery(IncomingDocument.ASSISTED_BY, IncomingDocument.class)
                .setParameter("username", username).setParameter("statuses", open).setMaxResults(max).getResultList());
        return assigned.stream()
                .sorted(Comparator.comparing((IncomingDocument d) -> !d.getUrgency().isUrgent())
                        .thenComparing(IncomingDocument::getDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IncomingDocument::getArrivedAt))
                .limit(max).toList();
    }

    @Override
    public List<IncomingDocument> dueWithoutReminder(LocalDate deadline, int max) {
        return em.createNamedQuery(IncomingDocument.DUE_ON, IncomingDocument.class).setParameter("deadline", deadline)
                .setParameter("statuses", List.of(IncomingStatus.ROUTED, IncomingStatus.IN_HANDLING))
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<String> senders(String text, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<IncomingDocument> document = query.from(IncomingDocument.class);
        query.select(document.get("sender")).distinct(true).orderBy(cb.asc(document.get("sender")));
        if (text != null && !text.isBlank()) {
            String pattern = "%" + escapeLike(text.replace("\u0000", "").toLowerCase(Locale.forLanguageTag("vi"))) + "%";
            query.where(cb.like(document.get("senderKey"), pattern, '\\'));
        }
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public boolean knowsMail(String messageId) {
        return !em.createQuery("SELECT d.id FROM IncomingDocument d WHERE d.emailMessageId = :id", Long.class)
                .setParameter("id", messageId).setMaxResults(1).getResultList().isEmpty()
                || em.find(RefusedMail.class, messageId) != null;
    }

    @Override
    public void noteRefusal(RefusedMail refusal) {
        em.persist(refusal);
    }
}
