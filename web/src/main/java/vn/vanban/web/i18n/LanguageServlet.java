package vn.vanban.web.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

/** {@code /language?to=en&back=/article.xhtml?id=5}: remembers the language in a cookie and goes back to the page. */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String to = request.getParameter("to");
        Locale language = Texts.supported(Locale.forLanguageTag(to == null ? "" : to));
        Cookie cookie = new Cookie(LanguageChoice.COOKIE, language.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(LanguageChoice.ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LanguageChoice.safeTarget(request.getParameter("back"), request.getContextPath()));
        response.setHeader("Cache-Control", "no-store");
    }
}
