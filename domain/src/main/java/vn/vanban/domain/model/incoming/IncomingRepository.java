package vn.vanban.domain.model.incoming;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface IncomingRepository {

    void add(IncomingDocument document);

    Optional<IncomingDocument> find(long id);

    /** Those of the documents {@code ids} that exist, in no particular order. */
    List<IncomingDocument> findAll(Collection<Long> ids);

    /** The document, its row locked until the transaction ends. */
    Optional<IncomingDocument> findForUpdate(long id);

    /**
     * Other receipts of the same document by the same body (sender, number and date, compared as
     * {@link IncomingDocument#isSameDocumentAs} does), registered ones first, then by age.
     */
    List<IncomingDocument> sameDocument(IncomingDocument document);

    /** The register: by day of arrival, then by số đến. */
    List<IncomingDocument> list(IncomingFilter filter, int first, int max);

    long count(IncomingFilter filter);

    /** Senders already recorded (the list that grows), those containing {@code text} when it is given. */
    List<String> senders(String text, int max);

    /**
     * The unfinished documents {@code username} leads or assists in: urgent ones first, then by deadline (none
     * last), then by arrival.
     */
    List<IncomingDocument> assignedTo(String username, int max);

    /** The unfinished documents whose deadline is {@code deadline} and that have not been reminded of it. */
    List<IncomingDocument> dueWithoutReminder(LocalDate deadline, int max);

    /** Whether the intake mailbox's message {@code messageId} was already taken: as a receipt, or noted as refused. */
    boolean knowsMail(String messageId);

    void noteRefusal(RefusedMail refusal);
}
