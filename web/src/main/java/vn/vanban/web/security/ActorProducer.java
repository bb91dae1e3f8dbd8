package vn.vanban.web.security;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import vn.vanban.application.Actor;

/**
 * The authenticated caller as the application layer wants it, for screens and API alike; worked out once a request
 * (a page injects the actor in several beans).
 */
@RequestScoped
public class ActorProducer {

    @Inject
    private HttpServletRequest request;

    private Actor actor;

    @Produces
    @Dependent
    Actor currentActor() {
        if (actor == null) {
            actor = Callers.of(request);
        }
        return actor;
    }
}
