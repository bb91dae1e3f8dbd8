package vn.vanban.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} on resources: 401 with a Basic challenge when nobody is authenticated, 403 when the
 * caller lacks every listed role, both as {@link ApiError}. Resources without the annotation are public.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Inject
    private ApiErrors errors;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new Filter(allowed.value(), errors));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Filter implements ContainerRequestFilter {

        private final String[] roles;
        private final ApiErrors errors;

        Filter(String[] roles, ApiErrors errors) {
            this.roles = roles.clone();
            this.errors = errors;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            var locale = ApiErrors.locale(request.getAcceptableLanguages());
            if (security.getUserPrincipal() == null) {
                request.abortWith(errors.response(Response.Status.UNAUTHORIZED, "UNAUTHENTICATED", locale, null));
            } else if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
                request.abortWith(errors.response(Response.Status.FORBIDDEN, "FORBIDDEN", locale, null));
            }
        }
    }
}
