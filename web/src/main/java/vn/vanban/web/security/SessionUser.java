package vn.vanban.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in to this HTTP session, with the roles last found and the stamp of the password logged in with
 * (see {@code SessionAccounts}). Serializable, so that sessions survive replication between instances.
 */
public record SessionUser(String username, Set<String> roles, String passwordStamp) implements Serializable {

    static final String ATTRIBUTE = SessionUser.class.getName();

    /** Whether the request belongs to a session somebody logged in to, without opening a session if it has none. */
    public static boolean isLoggedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) != null;
    }
}
