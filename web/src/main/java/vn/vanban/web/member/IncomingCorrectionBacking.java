package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.document.DocumentService;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.account.Role;
import vn.vanban.domain.model.document.DocumentType;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.web.faces.Feedback;
import vn.vanban.web.secretariat.ReceiptForm;

import java.io.Serializable;
import java.util.List;

/**
 * The correction of a receipt not yet registered, on its page ({@code member/incoming.xhtml},
 * {@code WEB-INF/includes/member/incoming/correction.xhtml}), for the secretariat: an e-mailed document arrives as
 * "Không số" from whoever sent the mail, and the real sender, number, date, type and summary are read off its file
 * before it goes into the register. Filled with what was recorded; a refused correction keeps what was typed and
 * changes nothing.
 */
@Named
@ViewScoped
public class IncomingCorrectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "correctForm";

    @Inject
    private IncomingService incoming;

    @Inject
    private DocumentService documents;

    @Inject
    private MemberIncomingBacking page;

    @Inject
    private Feedback feedback;

    @Inject
    private Actor actor;

    private Long loadedFor;
    private List<DocumentType> types;
    private ReceiptForm receipt;

    public boolean isMayCorrect() {
        IncomingDocument document = page.getDocument();
        boolean may = document != null && document.getStatus() == IncomingStatus.RECEIVED
                && actor.has(Role.SECRETARIAT);
        if (may && !document.getId().equals(loadedFor)) {
            loadedFor = document.getId();
            types = documents.types();
            receipt = ReceiptForm.of(document);
        }
        return may;
    }

    public void correct() {
        if (feedback.attempt(() -> page.show(incoming.correct(actor, loadedFor, receipt.getTypeCode(),
                receipt.toReceipt(null))), FORM)) {
            feedback.info("member_incoming.message.corrected");
        }
    }

    public List<DocumentType> getTypes() {
        return types;
    }

    public ReceiptForm getReceipt() {
        return receipt;
    }
}
