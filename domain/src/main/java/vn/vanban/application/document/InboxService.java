package vn.vanban.application.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.vanban.application.Actor;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.account.UserAccountRepository;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DownloadRecord;
import vn.vanban.domain.model.document.ReadReceipt;
import vn.vanban.domain.model.document.ReadershipRepository;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Membership;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What has reached a member and what they did with it: the documents published to them, unread first; read
 * receipts when they open one; and, for the secretariat, who has read a document and who has downloaded its file.
 */
@Stateless
public class InboxService {

    @Inject
    private ReadershipRepository readership;

    @Inject
    private DocumentService documents;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private UserAccountRepository accounts;

    private final Clock clock = Clock.systemUTC();

    /** The newest documents published to {@code actor}, the unread ones first. */
    public List<InboxEntry> inbox(Actor actor, int max) {
        if (actor.username() == null) {
            return List.of();
        }
        List<Document> published = documents.published(actor, 0, max);
        Set<Long> read = readAmong(actor.username(), published);
        return published.stream().map(d -> new InboxEntry(d, read.contains(d.getId())))
                .sorted(Comparator.comparing(InboxEntry::read)).toList();
    }

    /** Marks the document read by {@code actor} the first time they open it; later openings change nothing. */
    public void markRead(Actor actor, long documentId) {
        if (actor.username() == null) {
            return;
        }
        Document document = documents.get(actor, documentId);
        if (readership.findReceipt(document.getId(), actor.username()).isEmpty()) {
            readership.addReceipt(new ReadReceipt(document.getId(), actor.username(), clock.instant()));
        }
    }

    public void logDownloads(List<DownloadLog.Download> downloads) {
        Instant now = clock.instant();
        for (DownloadLog.Download download : downloads) {
            readership.addDownload(new DownloadRecord(download.documentId(), download.actor().username(), now,
                    download.sha256()));
        }
    }

    /**
     * Read receipts of a published document: every member of its audience, with when they first opened it (null if
     * not yet), readers first; for a public document, whoever has read it.
     */
    public List<Reader> readers(Actor actor, long documentId) {
        actor.requireStaff();
        Document document = documents.get(actor, documentId);
        Map<String, Instant> readAt = readership.receipts(document.getId()).stream()
                .collect(Collectors.toMap(ReadReceipt::getUsername, ReadReceipt::getReadAt, (a, b) -> a, LinkedHashMap::new));
        Map<String, UserAccount> audience = new LinkedHashMap<>();
        List<Committee> addressed = document.getAudience() == Audience.COMMITTEES
                ? List.copyOf(document.getAudienceCommittees()) : committees.all();
        if (document.getAudience() != Audience.PUBLIC) {
            for (Committee committee : addressed) {
                for (Membership member : committee.getMembers()) {
                    audience.putIfAbsent(member.getPerson().getUsername(), member.getPerson());
                }
            }
        }
        Set<String> everyone = new HashSet<>(audience.keySet());
        everyone.addAll(readAt.keySet());
        return everyone.stream().map(username -> new Reader(username,
                        audience.containsKey(username) ? audience.get(username).getDisplayName()
                                : accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username),
                        readAt.get(username)))
                .sorted(Comparator.comparing((Reader r) -> r.readAt() == null)
                        .thenComparing(Reader::readAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Reader::displayName))
                .toList();
    }

    public List<DownloadRecord> downloads(Actor actor, long documentId) {
        actor.requireStaff();
        Document document = documents.get(actor, documentId);
        return readership.downloads(document.getId(), 1000);
    }

    public long countUnread(Actor actor, int max) {
        return inbox(actor, max).stream().filter(e -> !e.read()).count();
    }

    private Set<Long> readAmong(String username, List<Document> published) {
        if (published.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(readership.readBy(username, published.stream().map(Document::getId).toList()));
    }

    /** A document in a member's inbox. */
    public record InboxEntry(Document document, boolean read) {
    }

    /**
     * One person of a document's audience and when they first read it (null: not yet). Serializable: the workbench
     * keeps the list in its view, which is replicated with the session.
     */
    public record Reader(String username, String displayName, Instant readAt) implements Serializable {
    }
}
