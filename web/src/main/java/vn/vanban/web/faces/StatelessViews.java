package vn.vanban.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.Set;

/**
 * The public pages are stateless for an anonymous reader (a transient view: no view state kept, hence no HTTP
 * session for every visitor or crawler): nothing on them posts back into their own state. Done right after the view
 * is restored rather than through {@code <f:view transient>}, which takes effect only once the whole page is built:
 * by then PrimeFaces has already kept its script nonce in a view map, which opens a session.
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final Set<String> PUBLIC_PAGES = Set.of("/index.xhtml", "/article.xhtml", "/search.xhtml");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (root != null && PUBLIC_PAGES.contains(root.getViewId())
                && context.getExternalContext().getUserPrincipal() == null) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing is known of the view before it is restored.
    }
}
