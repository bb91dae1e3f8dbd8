package vn.vanban.web.member;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.vanban.application.Actor;
import vn.vanban.application.incoming.IncomingService;
import vn.vanban.domain.model.incoming.IncomingText;

import java.io.Serializable;

/**
 * The text of the incoming document's file on {@code member/incoming.xhtml}
 * ({@code WEB-INF/includes/member/incoming/text.xhtml}), and while a scan is being recognised how far that has come,
 * polled until it ends.
 */
@Named
@ViewScoped
public class IncomingTextBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The part of a long text the page shows; the whole is in the API. */
    static final int TEXT_SHOWN = 20_000;

    @Inject
    private IncomingService incoming;

    @Inject
    private MemberIncomingBacking page;

    @Inject
    private Actor actor;

    private transient IncomingText text;
    private transient boolean textLoaded;

    /** Reads again how far the text has come, from the database, whichever instance recognises it. */
    public void refreshText() {
        textLoaded = false;
    }

    /** The text of the document's file and where getting it stands; null when it was never started. */
    public IncomingText getText() {
        if (!textLoaded && page.getId() != null) {
            text = incoming.text(actor, page.getId()).orElse(null);
            textLoaded = true;
        }
        return text;
    }

    public boolean isTextUnderWay() {
        return getText() != null && getText().getStatus().isUnderWay();
    }

    /** The page being recognised, counted from 1. */
    public int getTextPage() {
        return Math.min(getText().getPagesDone() + 1, Math.max(1, getText().getPagesTotal()));
    }

    public String getTextShown() {
        String all = getText() == null || getText().getText() == null ? "" : getText().getText();
        return all.length() <= TEXT_SHOWN ? all : all.substring(0, TEXT_SHOWN) + " …";
    }
}
