package vn.vanban.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.application.document.VerificationService;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A file sent through a screen's upload that is larger than the portal takes: the container would refuse to parse
 * the form (the Faces Servlet's multipart limit), and the visitor would get a server error with nothing said. This
 * answers it before that: the page comes back with {@code upload=tooLarge}, which it shows as a message. The body
 * is read and dropped first (up to {@link #DRAINED_AT_MOST}), so that the browser, still sending, sees the answer
 * rather than a broken connection.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The largest form an upload screen takes: the largest PDF the verification checks (the API's limit too). */
    private static final long MAX_FORM_BYTES = VerificationService.MAX_BYTES;
    private static final String TOO_LARGE = "upload=tooLarge";
    private static final long DRAINED_AT_MOST = 256L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || request.getContentLengthLong() <= MAX_FORM_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        drain(request);
        String page = request.getRequestURI() + "?" + TOO_LARGE;
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            String redirect = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + xml(page) + "\"></redirect></partial-response>";
            response.getOutputStream().write(redirect.getBytes(StandardCharsets.UTF_8));
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", page);
        }
    }

    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > DRAINED_AT_MOST) {
            return;
        }
        request.getInputStream().transferTo(OutputStream.nullOutputStream());
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
