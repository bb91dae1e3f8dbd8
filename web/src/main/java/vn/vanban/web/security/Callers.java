package vn.vanban.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.vanban.application.Actor;
import vn.vanban.domain.model.account.Role;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The caller of a request the application layer's way, for code that runs outside CDI's request scope (a filter):
 * a logged-in session carries its roles; an API caller's are asked of the container.
 */
public final class Callers {

    private Callers() {
    }

    public static Actor of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Actor.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user
                && user.username().equals(principal.getName())) {
            for (Role role : Role.values()) {
                if (user.roles().contains(role.name())) {
                    roles.add(role);
                }
            }
        } else {
            for (Role role : Role.values()) {
                if (request.isUserInRole(role.name())) {
                    roles.add(role);
                }
            }
        }
        return new Actor(principal.getName(), roles);
    }
}
