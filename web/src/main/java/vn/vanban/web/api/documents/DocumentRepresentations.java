package vn.vanban.web.api.documents;

import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentStatus;
import vn.vanban.domain.model.document.DocumentEvent;
import vn.vanban.domain.model.document.DocumentRelation;
import vn.vanban.domain.model.document.DocumentSignature;
import vn.vanban.domain.model.document.DocumentVersion;
import vn.vanban.domain.model.organisation.Committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How documents look in the API's JSON. */
public final class DocumentRepresentations {

    private DocumentRepresentations() {
    }

    public record Summary(long id, String type, String issuerSymbol, String summary, String status, String number,
                   String issueDate, int currentVersion) {

        public static Summary of(Document d) {
            return new Summary(d.getId(), d.getType().getCode(), d.getIssuer().getSymbol(), d.getSummary(),
                    d.getStatus().name(), d.getNumberText(), iso(d.getIssueDate()), d.getCurrentVersion());
        }
    }

    public record VersionInfo(int number, String savedBy, String savedAt, String note) {

        static VersionInfo of(DocumentVersion v) {
            return new VersionInfo(v.getNumber(), v.getSavedBy(), iso(v.getSavedAt()), v.getNote());
        }
    }

    public record VersionContent(int number, String summary, String body, String savedBy, String savedAt, String note) {

        static VersionContent of(DocumentVersion v) {
            return new VersionContent(v.getNumber(), v.getSummary(), v.getBody(), v.getSavedBy(), iso(v.getSavedAt()),
                    v.getNote());
        }
    }

    public record Event(String kind, String from, String to, int version, String actor, String at, String comment) {

        static Event of(DocumentEvent e) {
            return new Event(e.getKind().name(), e.getFrom() == null ? null : e.getFrom().name(),
                    e.getTo() == null ? null : e.getTo().name(), e.getVersionNumber(), e.getActor(), iso(e.getAt()),
                    e.getComment());
        }
    }

    /** A relation to an outgoing document (targetId), or, for ANSWERS, to an incoming one (incomingId). */
    public record Relation(long id, String kind, Long targetId, Long incomingId, String targetNumber,
                           String targetSummary) {

        static Relation of(DocumentRelation r) {
            if (r.getIncomingTarget() != null) {
                return new Relation(r.getId(), r.getKind().name(), null, r.getIncomingTarget().getId(),
                        r.getIncomingTarget().getNumberSymbol(), r.getIncomingTarget().getSummary());
            }
            return new Relation(r.getId(), r.getKind().name(), r.getTarget().getId(), null,
                    r.getTarget().getNumberText(), r.getTarget().getSummary());
        }
    }

    public record Detail(long id, String type, String typeTitle, long issuerId, String issuerSymbol, String summary,
                  String body, String status, Long signerId, String signerName, String signingCapacity,
                  String signerPosition, String recipients, String audience, List<Long> committeeIds, List<String> consultees,
                  int currentVersion, String number, String issueDate, String pdfSha256, List<String> signedBy,
                  Long replacedById, Long revokedById,
                  List<VersionInfo> versions, List<Event> events, List<Relation> relations,
                  String secondSignerName, String secondSignerPosition, String nextSigner) {

        public static Detail of(Document d) {
            return new Detail(d.getId(), d.getType().getCode(), d.getType().getTitle(), d.getIssuer().getId(),
                    d.getIssuer().getSymbol(), d.getSummary(), d.getBody(), d.getStatus().name(),
                    d.getSigner() == null ? null : d.getSigner().getId(),
                    d.getSigner() == null ? null : d.getSigner().getDisplayName(), d.getSigningCapacity(),
                    d.getSignerPosition(), d.getRecipients(), d.getAudience().name(),
                    d.getAudienceCommittees().stream().map(Committee::getId).sorted().toList(),
                    d.getConsultees().stream().map(UserAccount::getUsername).sorted().toList(), d.getCurrentVersion(),
                    d.getNumberText(), iso(d.getIssueDate()), d.getPdfSha256(),
                    d.getSignatures().stream().map(DocumentSignature::getSigner).toList(),
                    d.getReplacedBy() == null ? null : d.getReplacedBy().getId(),
                    d.getRevokedBy() == null ? null : d.getRevokedBy().getId(),
                    d.getVersions().stream().map(VersionInfo::of).toList(),
                    d.getEvents().stream().map(Event::of).toList(),
                    d.getRelations().stream().map(Relation::of).toList(),
                    d.getSecondSigner() == null ? null : d.getSecondSigner().getDisplayName(),
                    d.getSecondSignerPosition(),
                    d.getStatus() == DocumentStatus.ISSUED ? d.nextSigner().map(UserAccount::getUsername).orElse(null) : null);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
