package vn.vanban.web.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request refused by the Bean Validation constraints on a resource method's parameters answers like the rule the
 * constraint stands for: the code its message names, that code's status, the translated message and the JSON
 * property at fault. Needed as a mapper of its own: Jersey's mapper for {@code ValidationException} is closer to
 * this exception than {@link ErrorMappers}' for every {@code Throwable}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    private ApiErrors errors;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException refused) {
        InputViolation first = InputViolation.firstOf(refused.getConstraintViolations());
        return errors.response(ErrorMappers.status(first.code()), first.code().name(), ApiErrors.locale(headers),
                first.field());
    }
}
