package vn.vanban.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A form post to a page must carry the nonce PrimeFaces gave that page ({@code primefaces.nonce}, which its scripts
 * add to every submission). PrimeFaces refuses a post without it by failing, and then fails again on the error page
 * of that same post, so the visitor would see a server error. This answers such a post, a forgery or a very old
 * page, with a plain 403 instead, before anything of it is processed.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PostbackNonceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final byte[] REFUSAL = ("<!DOCTYPE html><html lang=\"vi\"><head><title>403</title></head><body>"
            + "<p>Biểu mẫu không được gửi từ trang của cổng văn bản; vui lòng tải lại trang.</p>"
            + "<p lang=\"en\">The form was not sent from the portal's page; please reload the page.</p>"
            + "</body></html>").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase().startsWith(FORM)
                && request.getParameter("jakarta.faces.ViewState") != null
                && isBlank(request.getParameter("primefaces.nonce"))) {
            refuse(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What a form post that was not sent by the portal's own page gets: a plain 403 in both languages. */
    public static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(REFUSAL);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
