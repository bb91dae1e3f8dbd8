package vn.vanban.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;
import vn.vanban.web.security.PostbackNonceFilter;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A post whose script nonce is not the one PrimeFaces gave its page (only a forged request sends one) makes
 * PrimeFaces fail, and OmniFaces' handler then fails again while it resets the response for the error page: a
 * server error. This answers it as {@link PostbackNonceFilter} answers a post without a nonce: a plain 403.
 */
public class ForgedPostExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ForgedPostExceptionHandler.class.getName());

    public ForgedPostExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (isNonceRefused(events.next().getContext().getException())) {
                events.remove();
                refuse(context);
            }
        }
        getWrapped().handle();
    }

    private static boolean isNonceRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(FacesContext context) {
        if (context.getResponseComplete()) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        LOG.warning(() -> "Refused a post to " + external.getRequestServletPath() + ": not its page's script nonce");
        try {
            external.responseReset();
            PostbackNonceFilter.refuse((HttpServletResponse) external.getResponse());
        } catch (IOException e) {
            throw new FacesException(e);
        }
        context.responseComplete();
    }
}
