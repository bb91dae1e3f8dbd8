package vn.vanban.infrastructure.persistence;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentEvent;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.document.DocumentRelation;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.RegisterCounter;
import vn.vanban.domain.model.document.RelationKind;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.organisation.Committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    private static final List<DocumentStatus> READABLE =
            List.of(DocumentStatus.PUBLISHED, DocumentStatus.REVOKED, DocumentStatus.SUPERSEDED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegisterCounterCreator counterCreator;

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    /**
     * Locks the document's row alone, then reads the document as it is once locked. A locking read of the entity
     * would lock every row it joins (issuer, type, signers: see {@code eclipselink-orm.xml}), and PostgreSQL refuses
     * {@code FOR UPDATE} on the nullable side of an outer join.
     */
    @Override
    public Optional<Document> findForUpdate(long id) {
        if (em.createNativeQuery("SELECT id FROM document WHERE id = ? FOR UPDATE").setParameter(1, id)
                .getResultList().isEmpty()) {
            return Optional.empty();
        }
        Document document = em.find(Document.class, id);
        em.refresh(document);
        return Optional.of(document);
    }

    @Override
    public List<Long> issuedWithoutPdf(int max) {
        return em.createQuery("SELECT d.id FROM Document d WHERE d.pdfSha256 IS NULL AND d.status IN :issued ORDER BY d.id", Long.class)
                .setParameter("issued", DocumentStatus.issuedStates()).setMaxResults(max).getResultList();
    }

    @Override
    public void add(Document document) {
        em.persist(document);
    }

    @Override
    public List<Document> list(DocumentFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        query.select(document).where(matching(cb, document, filter))
                .orderBy(cb.desc(document.get("lastModified")), cb.desc(document.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(DocumentFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Document> document = query.from(Document.class);
        query.select(cb.count(document)).where(matching(cb, document, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Document> document, DocumentFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.status() != null) {
            predicates.add(cb.equal(document.get("status"), filter.status()));
        }
        if (filter.typeCode() != null) {
            predicates.add(cb.equal(document.get("type").get("code"), filter.typeCode()));
        }
        if (filter.issuerId() != null) {
            predicates.add(cb.equal(document.get("issuer").get("id"), filter.issuerId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.or(
                    cb.like(cb.lower(document.get("summary")), pattern, '\\'),
                    cb.like(cb.lower(cb.coalesce(document.get("number").get("text"), "")), pattern, '\\')));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public List<Document> register(Long issuerId, String typeCode, LocalDate from, LocalDate to, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        query.select(document).where(inRegister(cb, document, issuerId, typeCode, from, to))
                .orderBy(cb.asc(document.get("issuer").get("id")), cb.asc(document.get("issueDate")),
                        cb.asc(document.get("number").get("sequence")), cb.asc(document.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countRegister(Long issuerId, String typeCode, LocalDate from, LocalDate to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Document> document = query.from(Document.class);
        query.select(cb.count(document)).where(inRegister(cb, document, issuerId, typeCode, from, to));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] inRegister(CriteriaBuilder cb, Root<Document> document, Long issuerId, String typeCode,
                                          LocalDate from, LocalDate to) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.isNotNull(document.get("number").get("sequence")));
        if (issuerId != null) {
            predicates.add(cb.equal(document.get("issuer").get("id"), issuerId));
        }
        if (typeCode != null) {
            predicates.add(cb.equal(document.get("type").get("code"), typeCode));
        }
        if (from != null) {
            predicates.add(cb.greaterThanOrEqualTo(document.get("issueDate"), from));
        }
        if (to != null) {
            predicates.add(cb.lessThanOrEqualTo(document.get("issueDate"), to));
        }
        return predicates.toArray(Predicate[]::new);
    }

    @Override
    public List<Document> answering(long incomingId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<DocumentRelation> relation = query.from(DocumentRelation.class);
        query.select(relation.get("document")).where(cb.equal(relation.get("kind"), RelationKind.ANSWERS),
                cb.equal(relation.get("incomingTarget").get("id"), incomingId))
                .orderBy(cb.desc(relation.get("id")));
        return em.createQuery(query).getResultList();
    }

    @Override
    public List<Document> consultations(String username) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        Join<Document, UserAccount> consultee = document.join("consultees");
        query.select(document).where(cb.equal(document.get("status"), DocumentStatus.IN_REVIEW),
                cb.equal(consultee.get("username"), username)).orderBy(cb.desc(document.get("lastModified")));
        return em.createQuery(query).getResultList();
    }

    @Override
    public Optional<Document> findByPdf(String sha256) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        query.select(document).where(cb.equal(document.get("pdfSha256"), sha256));
        return em.createQuery(query).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<DocumentType> types() {
        return em.createNamedQuery(DocumentType.ALL, DocumentType.class).getResultList();
    }

    @Override
    public Optional<DocumentType> type(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(DocumentType.class, code));
    }

    @Override
    public RegisterCounter lockCounter(long issuerId, String series) {
        var key = new RegisterCounter.Key(issuerId, series);
        RegisterCounter counter = em.find(RegisterCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            return counter;
        }
        try {
            counterCreator.create(issuerId, series);
        } catch (EJBException alreadyCreatedByAnotherIssue) {
            // The other transaction's row is there now; lock it below.
        }
        return em.find(RegisterCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Document> publishedFor(Set<Long> committeeIds, boolean publicOnly, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Document> query = cb.createQuery(Document.class);
        Root<Document> document = query.from(Document.class);
        List<Predicate> audiences = new ArrayList<>();
        audiences.add(cb.equal(document.get("audience"), Audience.PUBLIC));
        if (!publicOnly && !committeeIds.isEmpty()) {
            audiences.add(cb.equal(document.get("audience"), Audience.ALL_MEMBERS));
            Join<Document, Committee> committee = document.join("audienceCommittees", JoinType.LEFT);
            audiences.add(committee.get("id").in(committeeIds));
        }
        Subquery<Long> publication = query.subquery(Long.class);
        Root<DocumentEvent> event = publication.from(DocumentEvent.class);
        publication.select(event.get("id")).where(cb.equal(event.get("document"), document),
                cb.equal(event.get("kind"), DocumentEvent.Kind.TRANSITION),
                cb.equal(event.get("to"), DocumentStatus.PUBLISHED));
        query.select(document).distinct(true)
                .where(document.get("status").in(READABLE), cb.exists(publication),
                        cb.or(audiences.toArray(Predicate[]::new)))
                .orderBy(cb.desc(document.get("issueDate")), cb.desc(document.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
