package vn.vanban.web.security;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import vn.vanban.application.Actor;
import vn.vanban.domain.model.account.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The authenticated caller as the application layer wants it, for screens and API alike; worked out once a request
 * (the server answers each question about the caller anew, and a page injects the actor in several beans).
 */
@RequestScoped
public class ActorProducer {

    @Inject
    private SecurityContext securityContext;

    private Actor actor;

    @Produces
    @Dependent
    Actor currentActor() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Actor resolve() {
        if (securityContext.getCallerPrincipal() == null) {
            return Actor.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Actor(securityContext.getCallerPrincipal().getName(), roles);
    }
}
