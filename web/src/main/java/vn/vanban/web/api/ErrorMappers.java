package vn.vanban.web.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.vanban.domain.model.shared.DomainException;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure leaves the API as an {@link ApiError} with the right status: refused rules as 400, 404 or 409 with
 * their code, malformed input as 400, and anything unexpected as a 500 without internals (logged here instead).
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    @Inject
    private ApiErrors errors;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        var locale = ApiErrors.locale(headers == null ? List.of() : headers.getAcceptableLanguages());
        Throwable cause = unwrap(failure);
        if (cause instanceof DomainException refused) {
            return errors.response(status(refused), refused.getCode().name(), locale, refused.getField().orElse(null));
        }
        if (cause instanceof OptimisticLockException) {
            return errors.response(Response.Status.CONFLICT, "CONCURRENT_MODIFICATION", locale, null);
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return errors.response(Response.Status.BAD_REQUEST, "MALFORMED_REQUEST", locale, null);
        }
        if (cause instanceof NotFoundException) {
            return errors.response(Response.Status.NOT_FOUND, "NOT_FOUND", locale, null);
        }
        if (cause instanceof NotAllowedException) {
            return errors.response(Response.Status.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", locale, null);
        }
        if (cause instanceof NotSupportedException) {
            return errors.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", locale, null);
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            return errors.response(status == null ? Response.Status.BAD_REQUEST : status, "MALFORMED_REQUEST", locale, null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", failure);
        return errors.response(Response.Status.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", locale, null);
    }

    private static Response.Status status(DomainException refused) {
        return switch (refused.getCode().kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case CONFLICT -> Response.Status.CONFLICT;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (true) {
            Throwable next = current instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : current.getCause();
            if (current instanceof DomainException || current instanceof OptimisticLockException
                    || next == null || next == current) {
                return current;
            }
            if (current instanceof WebApplicationException && !(next instanceof JsonbException)) {
                return current;
            }
            current = next;
        }
    }
}
