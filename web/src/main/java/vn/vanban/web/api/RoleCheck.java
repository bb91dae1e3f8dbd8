package vn.vanban.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the API's resource methods, the method's
 * annotation taking precedence over its class's. The server's own enforcement of these annotations on CDI resources
 * in an EAR was found to be skipped now and then (an anonymous caller reached {@code /api/me}, a member listed the
 * users), so the API does not rely on it. Anonymous callers are refused with 401, authenticated ones with 403.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    /** Who may call a resource method. */
    record Requirement(boolean denyAll, List<String> roles) {

        static final Requirement ANYBODY = new Requirement(false, List.of());

        boolean admitsAnybody() {
            return !denyAll && roles.isEmpty();
        }

        Verdict verdict(SecurityContext caller) {
            if (caller == null || caller.getUserPrincipal() == null) {
                return Verdict.UNAUTHENTICATED;
            }
            return !denyAll && roles.stream().anyMatch(caller::isUserInRole) ? Verdict.ADMITTED : Verdict.FORBIDDEN;
        }
    }

    enum Verdict { ADMITTED, UNAUTHENTICATED, FORBIDDEN }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Requirement requirement = requirementOf(resource.getResourceMethod(), resource.getResourceClass());
        if (!requirement.admitsAnybody()) {
            context.register(new Check(requirement));
        }
    }

    static Requirement requirementOf(Method method, Class<?> resourceClass) {
        return declared(method).or(() -> declared(resourceClass)).orElse(Requirement.ANYBODY);
    }

    private static Optional<Requirement> declared(AnnotatedElement element) {
        if (element == null) {
            return Optional.empty();
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(new Requirement(true, List.of()));
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(Requirement.ANYBODY);
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return Optional.of(new Requirement(false, List.of(allowed.value())));
        }
        return Optional.empty();
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Check implements ContainerRequestFilter {

        private final Requirement requirement;

        Check(Requirement requirement) {
            this.requirement = requirement;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            switch (requirement.verdict(request.getSecurityContext())) {
                case UNAUTHENTICATED -> throw new NotAuthorizedException("Basic");
                case FORBIDDEN -> throw new ForbiddenException();
                case ADMITTED -> {
                }
            }
        }
    }
}
