package vn.vanban.application.document;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.vanban.application.PortalLinks;
import vn.vanban.application.mail.MailOutbox;
import vn.vanban.application.meeting.InvitationService;
import vn.vanban.domain.model.account.UserAccount;
import vn.vanban.domain.model.document.Audience;
import vn.vanban.domain.model.document.Document;
import vn.vanban.domain.model.document.DocumentPublished;
import vn.vanban.domain.model.document.DocumentRepository;
import vn.vanban.domain.model.meeting.MeetingRepository;
import vn.vanban.domain.model.organisation.Committee;
import vn.vanban.domain.model.organisation.CommitteeRepository;
import vn.vanban.domain.model.organisation.Membership;
import vn.vanban.reports.render.VietnameseDates;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the audience of a published document by e-mail: every enabled member with an address of the committees
 * it is addressed to (all committees for documents to all members or the public). The mail is written to the
 * {@link MailOutbox} in the publishing transaction, so it is sent exactly when the publication commits, even if this
 * instance dies right after; sending happens later and its failures never undo the publication. Writing the mail is
 * part of publishing: if it fails, the publication fails too (and can be retried), rather than happen unannounced.
 * A meeting's invitation is mailed to its invitees by {@link InvitationService} instead, with its files.
 */
@Stateless
public class PublicationNotices {

    @Inject
    private DocumentRepository documents;

    @Inject
    private CommitteeRepository committees;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private PortalLinks links;

    /** In the publishing transaction, unlike observers that react to a commit: the outbox must commit with it. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void onPublished(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentPublished published) {
        if (meetings.findByInvitation(published.documentId()).isPresent()) {
            return;
        }
        documents.find(published.documentId()).ifPresent(this::notifyAudience);
    }

    private void notifyAudience(Document document) {
        outbox.queue(recipients(document), subject(document), text(document));
    }

    List<String> recipients(Document document) {
        Collection<Committee> addressed = document.getAudience() == Audience.COMMITTEES
                ? document.getAudienceCommittees() : committees.all();
        Set<String> addresses = new LinkedHashSet<>();
        for (Committee committee : addressed) {
            for (Membership member : committee.getMembers()) {
                UserAccount person = member.getPerson();
                if (person.isEnabled() && person.getEmail() != null && !person.getEmail().isBlank()) {
                    addresses.add(person.getEmail());
                }
            }
        }
        return List.copyOf(addresses);
    }

    static String subject(Document document) {
        return "[Văn bản mới] " + document.getType().getName() + " " + document.getNumberText() + ": "
                + document.getSummary();
    }

    private String text(Document document) {
        return document.getIssuer().getName() + " đã phát hành " + document.getType().getName().toLowerCase(Locale.ROOT)
                + " " + document.getNumberText() + " ngày " + VietnameseDates.shortForm(document.getIssueDate())
                + ":\n\n" + document.getSummary() + "\n\nXem và tải bản có chữ ký số tại:\n"
                + links.to("member/document.xhtml?id=" + document.getId()) + MailOutbox.FOOTER;
    }
}
