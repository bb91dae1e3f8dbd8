package vn.vanban.web.faces;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.i18n.Texts;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns what the application layer says into messages on the page: a refused rule goes next to the field it is
 * about (when the form has that field), a concurrent change tells the user to reload, and the request is marked
 * as failed so that dialogs stay open with what the user typed.
 */
@RequestScoped
public class Feedback {

    public void info(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(context, key, arguments), null));
    }

    /** Shows {@code failure} on the page; returns false when it is not one the user can act on. */
    public boolean show(RuntimeException failure, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<DomainException> refused = cause(failure, DomainException.class);
        if (refused.isPresent()) {
            DomainException e = refused.get();
            String clientId = e.getField()
                    .map(field -> formId + ":" + field)
                    .filter(id -> context.getViewRoot().findComponent(":" + id) != null)
                    .orElse(null);
            String message = text(context, "error." + e.getCode().name());
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            context.validationFailed();
            return true;
        }
        if (cause(failure, OptimisticLockException.class).isPresent()) {
            String message = text(context, "error." + ErrorCode.CONCURRENT_MODIFICATION.name());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            context.validationFailed();
            return true;
        }
        return false;
    }

    /** Runs {@code action}; a refusal becomes a message, anything else goes on to the error page. */
    public boolean attempt(Runnable action, String formId) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            if (show(failure, formId)) {
                return false;
            }
            throw failure;
        }
    }

    /** Runs {@code action} for its result; a refusal becomes a message and no result, anything else the error page. */
    public <T> Optional<T> resultOf(Supplier<T> action, String formId) {
        try {
            return Optional.of(action.get());
        } catch (RuntimeException failure) {
            if (show(failure, formId)) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    private static String text(FacesContext context, String key, Object... arguments) {
        return Texts.get(context.getViewRoot().getLocale(), key, arguments);
    }

    static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCause() == null) {
                return cause(ejb.getCausedByException(), type);
            }
        }
        return Optional.empty();
    }
}
