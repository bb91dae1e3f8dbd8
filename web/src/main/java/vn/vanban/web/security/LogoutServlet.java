package vn.vanban.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * {@code POST /logout}, what the menu's logout button sends from every page. A plain servlet rather than a JSF
 * action: on an error page the menu's JSF form would post to the error view under {@code /WEB-INF}, which answers
 * 404, so a user who met a missing page could not log out there. Only the portal's own pages may log a user out
 * ({@link SameOrigin}); a {@code GET} changes nothing and goes to the home page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!SameOrigin.sentByThePortal(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirect(request, response, PortalAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        redirect(request, response, "/");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
        response.setHeader("Cache-Control", "no-store");
    }
}
