package vn.vanban.web.api;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;
import vn.vanban.web.health.DatabaseUnavailable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure leaves the API as an {@link ApiError} with the right status: a refused rule as 400, 404 or 409 with
 * its code; a missing or insufficient role ({@code @RolesAllowed}, enforced by the server) as 401 or 403; malformed
 * input as 400; an unreachable database as 503; anything unexpected as a 500 without internals, logged here instead.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    private static final int MAX_CAUSES = 20;

    @Inject
    private ApiErrors errors;

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = ApiErrors.locale(headers);
        if (DatabaseUnavailable.causedBy(failure)) {
            LOG.warning(() -> "Database unreachable, answered 503: " + failure);
            return errors.response(Response.Status.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", locale, null);
        }
        List<Throwable> causes = causes(failure);
        if (causes.stream().anyMatch(OutOfMemoryError.class::isInstance)) {
            LOG.log(Level.SEVERE, "Out of memory, answered 503", failure);
            return errors.response(Response.Status.SERVICE_UNAVAILABLE, ErrorCode.SERVER_BUSY.name(), locale, null);
        }
        // A rule refused deep inside a parser (a body over its limit, a value a record refuses) says more than the
        // parser's own wrapping of it.
        for (Throwable cause : causes) {
            if (cause instanceof DomainException refused) {
                return known(refused, locale).orElseThrow();
            }
            if (cause instanceof WebApplicationException answered && answered.getResponse().getEntity() instanceof ApiError) {
                return answered.getResponse();
            }
        }
        for (Throwable cause : causes) {
            Optional<Response> known = known(cause, locale);
            if (known.isPresent()) {
                return known.get();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", failure);
        return errors.response(Response.Status.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", locale, null);
    }

    private Optional<Response> known(Throwable cause, Locale locale) {
        if (cause instanceof DomainException refused) {
            return Optional.of(errors.response(status(refused.getCode()), refused.getCode().name(), locale,
                    refused.getField().orElse(null)));
        }
        if (cause instanceof OptimisticLockException) {
            return Optional.of(errors.response(Response.Status.CONFLICT, "CONCURRENT_MODIFICATION", locale, null));
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException
                || cause instanceof ProcessingException) {
            return Optional.of(errors.response(Response.Status.BAD_REQUEST, "MALFORMED_REQUEST", locale, null));
        }
        if (cause instanceof NotAuthorizedException
                || cause instanceof ForbiddenException && (security == null || security.getUserPrincipal() == null)) {
            return Optional.of(errors.response(Response.Status.UNAUTHORIZED, "UNAUTHENTICATED", locale, null));
        }
        if (cause instanceof ForbiddenException) {
            return Optional.of(errors.response(Response.Status.FORBIDDEN, "FORBIDDEN", locale, null));
        }
        if (cause instanceof NotFoundException) {
            return Optional.of(errors.response(Response.Status.NOT_FOUND, "NOT_FOUND", locale, null));
        }
        if (cause instanceof NotAllowedException) {
            return Optional.of(errors.response(Response.Status.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", locale, null));
        }
        if (cause instanceof NotSupportedException) {
            return Optional.of(errors.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", locale, null));
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            return Optional.of(errors.response(status == null ? Response.Status.BAD_REQUEST : status,
                    "MALFORMED_REQUEST", locale, null));
        }
        return Optional.empty();
    }

    /** The status of every answer with this code, whether a rule of the domain or a constraint on the input refused. */
    static Response.Status status(ErrorCode code) {
        return switch (code.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
        };
    }

    /** The failure and its causes, outermost first. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable current = failure;
        while (current != null && chain.size() < MAX_CAUSES && !chain.contains(current)) {
            chain.add(current);
            // Not EJBException.getCausedByException(): it casts the cause to Exception and fails on an Error.
            current = current.getCause();
        }
        return chain;
    }
}
