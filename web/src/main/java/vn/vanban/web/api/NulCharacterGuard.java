package vn.vanban.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import vn.vanban.domain.model.shared.DomainException;
import vn.vanban.domain.model.shared.ErrorCode;

import java.util.List;
import java.util.Map;

/**
 * Refuses a NUL character in the path or a query parameter as VALIDATION_FAILED: nothing legitimate sends one, and
 * PostgreSQL fails on it in a query ("/etc/passwd%00.pdf" is the classic probe).
 */
@Provider
@PreMatching
public class NulCharacterGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, parameter.getKey());
            }
        }
    }
}
