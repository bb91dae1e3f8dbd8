package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.incoming.HandlingState;
import vn.vanban.domain.model.incoming.IncomingDocument;
import vn.vanban.domain.model.incoming.IncomingStatus;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.domain.model.shared.NotFoundException;
import vn.vanban.web.faces.Pages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One incoming document as those who deal with it see it ({@code member/incoming.xhtml?id=}): the document loaded
 * once for the view, which the sections of the page share (the receipt's correction, the text of its file, the
 * phiếu giải quyết, the sổ theo dõi giải quyết, what refers to it: {@code WEB-INF/includes/member/incoming/}). Staff
 * and the people it is assigned to open it; anyone else gets 404, as if it did not exist.
 */
@Named
@ViewScoped
public class MemberIncomingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncomingService incoming;

    @Inject
    private Actor actor;

    private Long id;
    /** Reloaded by id on first use after a move to another instance, where its lazy collections could not load. */
    private transient IncomingDocument document;
    private LocalDate today;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException(ErrorCode.INCOMING_NOT_FOUND);
            }
            document = incoming.get(actor, id);
        } catch (NotFoundException missing) {
            Pages.notFound();
            return;
        }
        today = incoming.today();
    }

    /** Shows the document as a section of the page just left it (its receipt corrected, routed, handled). */
    void show(IncomingDocument changed) {
        document = changed;
    }

    public IncomingDocument getDocument() {
        if (document == null && id != null) {
            document = incoming.get(actor, id);
        }
        return document;
    }

    /** The day the page was opened, by which states and deadlines are worked out. */
    LocalDate today() {
        if (today == null) {
            today = incoming.today();
        }
        return today;
    }

    public HandlingState getHandlingState() {
        return getDocument().handlingState(today());
    }

    /** Routed and not finished: those assigned record progress, and the answer may be started. */
    boolean isOpen() {
        IncomingStatus status = getDocument().getStatus();
        return status == IncomingStatus.ROUTED || status == IncomingStatus.IN_HANDLING;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
