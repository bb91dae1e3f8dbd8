package vn.vanban.web;

import vn.vanban.application.Actor;
import vn.vanban.application.account.AccountService;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.document.InboxService;
import vn.vanban.application.meeting.MeetingService;
import vn.vanban.application.news.NewsService;
import vn.vanban.application.organisation.OrganisationService;
import vn.vanban.application.task.TaskService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentFilter;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.document.DownloadRecord;
import vn.vanban.domain.model.document.DraftContent;
import vn.vanban.domain.model.document.VersionDiff;
import vn.vanban.domain.model.meeting.Meeting;
import vn.vanban.domain.model.meeting.MeetingDetails;
import vn.vanban.domain.model.meeting.MeetingKind;
import vn.vanban.domain.model.news.Article;
import vn.vanban.domain.model.news.ArticleStatus;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRole;
import vn.vanban.domain.model.organisation.Issuer;
import vn.vanban.domain.model.organisation.IssuerDetails;
import vn.vanban.domain.model.organisation.NumberingRule;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.domain.model.task.Task;
import vn.vanban.domain.model.task.TaskFilter;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.vanban.web.faces.Replication.withId;

/**
 * The application services a page talks to, as serializable fakes holding demo-like data. In production the page
 * holds the container's proxies, which are replicated as handles to the same services on the other instance; these
 * are replicated with their data, which stands for the same database.
 */
public final class PortalFakes {

    public static final Instant NOW = Instant.parse("2026-03-19T02:00:00Z");
    public static final Actor SECRETARIAT = new Actor("vanthu", EnumSet.of(Role.SECRETARIAT, Role.MEMBER));
    public static final Issuer ISSUER = withId(new Issuer(new IssuerDetails("BAN CHỈ ĐẠO XÂY DỰNG TỔ CHỨC ĐẢNG",
            "QUẬN ỦY LONG BIÊN", "BCĐ", "Long Biên", NumberingRule.PARTY_PER_TYPE_PER_TERM, LocalDate.of(2025, 10, 20),
            "2025 - 2030")), 1);
    public static final DocumentType NOTICE = new DocumentType("TB", "Thông báo", "THÔNG BÁO", "<p>Nội dung</p>");
    public static final UserAccount HEAD = withId(new UserAccount("hung.tv", "Trần Văn Hưng", null, "hash",
            EnumSet.of(Role.SIGNER, Role.MEMBER)), 3);
    public static final UserAccount MEMBER = withId(new UserAccount("lan.nt", "Nguyễn Thị Lan", null, "hash",
            EnumSet.of(Role.MEMBER)), 4);
    public static final Committee COMMITTEE = withId(new Committee("Ban chỉ đạo quận", "Thường trực", ISSUER), 5);

    private PortalFakes() {
    }

    /** A draft notice saved twice, addressed to the committee, with {@code id}. */
    public static Document notice(long id, String summary) {
        Document document = new Document(ISSUER, NOTICE, content(summary, "<p>Phấn đấu quý II thành lập 02 tổ chức.</p>"),
                "vanthu", NOW);
        document.revise(content(summary, "<p>Phấn đấu quý II thành lập từ 02-03 tổ chức.</p>"), "vanthu", "Sửa số",
                NOW.plusSeconds(600));
        return withId(document, id);
    }

    /**
     * The quarterly review of a committee of two, both invited, with an opinion and a conclusion recorded, and
     * {@code id}; its parts get ids from {@code id * 10} on.
     */
    public static Meeting meeting(long id) {
        Committee committee = withId(new Committee("Ban chỉ đạo quận", "Thường trực", ISSUER), id * 10);
        withId(committee.addMember(HEAD, "TRƯỞNG BAN", CommitteeRole.HEAD), id * 10 + 1);
        withId(committee.addMember(MEMBER, "THÀNH VIÊN", CommitteeRole.STANDING), id * 10 + 2);
        Meeting meeting = new Meeting(committee, new MeetingDetails(MeetingKind.QUARTERLY_REVIEW,
                "Hội nghị sơ kết quý I năm 2026", NOW, NOW.plusSeconds(7200), "Hội trường tầng 3", HEAD, "TRƯỞNG BAN",
                MEMBER, "THÀNH VIÊN"), "vanthu");
        withId(meeting.invite(HEAD, "TRƯỞNG BAN"), id * 10 + 3);
        withId(meeting.invite(MEMBER, "THÀNH VIÊN"), id * 10 + 4);
        withId(meeting.addOpinion("Trần Văn Hưng", "Trưởng ban", "Cần đẩy nhanh tiến độ."), id * 10 + 5);
        withId(meeting.addConclusion("Thành lập 02 tổ chức đảng trong quý II."), id * 10 + 6);
        return withId(meeting, id);
    }

    private static DraftContent content(String summary, String body) {
        return new DraftContent(summary, body, HEAD, "T/M BAN CHỈ ĐẠO", "TRƯỞNG BAN", "- Như trên,\n- Lưu VP.",
                Audience.COMMITTEES, Set.of(COMMITTEE));
    }

    public static final class Documents extends DocumentService implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Map<Long, Document> stored = new LinkedHashMap<>();
        /** The filters pages were asked with, in order. */
        public final List<String> askedFor = new ArrayList<>();

        public Documents(Document... documents) {
            for (Document document : documents) {
                stored.put(document.getId(), document);
            }
        }

        @Override
        public Document get(Actor actor, long id) {
            Document document = stored.get(id);
            if (document == null) {
                throw new NotFoundException(ErrorCode.DOCUMENT_NOT_FOUND);
            }
            return document;
        }

        @Override
        public List<Document> list(Actor actor, DocumentFilter filter, int first, int max) {
            askedFor.add(filter + " from " + first);
            return page(first, max);
        }

        @Override
        public long count(Actor actor, DocumentFilter filter) {
            return stored.size();
        }

        @Override
        public List<Document> register(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to,
                                       int first, int max) {
            askedFor.add(issuerId + " " + typeCode + " " + from + ".." + to + " from " + first);
            return page(first, max);
        }

        @Override
        public long countRegister(Actor actor, Long issuerId, String typeCode, LocalDate from, LocalDate to) {
            return stored.size();
        }

        @Override
        public List<VersionDiff.Segment> diff(Actor actor, long id, int from, int to) {
            Document document = get(actor, id);
            return VersionDiff.between(document.getVersions().get(from - 1).getBody(),
                    document.getVersions().get(to - 1).getBody());
        }

        @Override
        public List<DocumentType> types() {
            return List.of(NOTICE);
        }

        @Override
        public List<DocumentType> types(long issuerId) {
            return List.of(NOTICE);
        }

        private List<Document> page(int first, int max) {
            return stored.values().stream().sorted(Comparator.comparing(Document::getId)).skip(first).limit(max)
                    .toList();
        }
    }

    public static final class Accounts extends AccountService implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public List<UserAccount> signers() {
            return List.of(HEAD);
        }

        @Override
        public List<UserAccount> members() {
            return List.of(HEAD, MEMBER);
        }

        @Override
        public List<UserAccount> list(int first, int max) {
            return members().stream().skip(first).limit(max).toList();
        }

        @Override
        public long count() {
            return members().size();
        }
    }

    public static final class Organisation extends OrganisationService implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public List<Committee> committees() {
            return List.of(COMMITTEE);
        }

        @Override
        public List<Issuer> issuers() {
            return List.of(ISSUER);
        }

        @Override
        public Committee getCommittee(long id) {
            return COMMITTEE;
        }
    }

    public static final class Inbox extends InboxService implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public void markRead(Actor actor, long documentId) {
            // what was read is not part of the page's state
        }

        @Override
        public List<Reader> readers(Actor actor, long documentId) {
            return List.of(new Reader("lan.nt", "Nguyễn Thị Lan", NOW.plusSeconds(3600)),
                    new Reader("hung.tv", "Trần Văn Hưng", null));
        }

        @Override
        public List<DownloadRecord> downloads(Actor actor, long documentId) {
            return List.of(new DownloadRecord(documentId, "lan.nt", NOW.plusSeconds(4000), "ab".repeat(32)));
        }
    }

    public static final class News extends NewsService implements Serializable {

        private static final long serialVersionUID = 1L;

        private final List<Article> articles;
        /** The statuses pages were asked with, in order. */
        public final List<String> askedFor = new ArrayList<>();

        public News(List<Article> articles) {
            this.articles = new ArrayList<>(articles);
        }

        @Override
        public List<Article> list(Actor actor, ArticleStatus status, int first, int max) {
            askedFor.add(status + " from " + first);
            return articles.stream().filter(a -> status == null || a.getStatus() == status).skip(first).limit(max)
                    .toList();
        }

        @Override
        public Article get(Actor actor, long id) {
            return articles.stream().filter(a -> a.getId() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException(ErrorCode.ARTICLE_NOT_FOUND));
        }

        @Override
        public long count(Actor actor, ArticleStatus status) {
            return articles.stream().filter(a -> status == null || a.getStatus() == status).count();
        }
    }

    public static final class Meetings extends MeetingService implements Serializable {

        private static final long serialVersionUID = 1L;

        private final List<Meeting> meetings;

        public Meetings(Meeting... meetings) {
            this.meetings = List.of(meetings);
        }

        @Override
        public Meeting get(Actor actor, long id) {
            return meetings.stream().filter(m -> m.getId() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException(ErrorCode.MEETING_NOT_FOUND));
        }

        @Override
        public List<Meeting> list(Actor actor, int first, int max) {
            return meetings.stream().skip(first).limit(max).toList();
        }
    }

    /** No tasks yet; remembers the filters lists were asked with. */
    public static final class Tasks extends TaskService implements Serializable {

        private static final long serialVersionUID = 1L;

        public final List<String> askedFor = new ArrayList<>();

        @Override
        public List<Task> list(Actor actor, TaskFilter filter, int first, int max) {
            askedFor.add(filter.toString());
            return List.of();
        }

        @Override
        public List<Task> ofMeeting(Actor actor, long meetingId) {
            return List.of();
        }

        @Override
        public List<Task> forReview(Actor actor, long meetingId) {
            return List.of();
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 3, 19);
        }
    }
}
