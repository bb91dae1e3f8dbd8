package vn.vanban.web.publicpages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.vanban.application.document.SigningService;
import vn.vanban.reports.sign.development.DevelopmentCertificates;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.CertificateEncodingException;
import java.util.Optional;

/**
 * The portal's certificate authority at stable public addresses, so that anybody outside the portal (EU DSS, Adobe
 * Reader, pdfsig with an NSS database) can anchor trust in the signatures of a downloaded PDF:
 * {@code /ca/root.cer}, the root certificate (DER), and {@code /ca/root.crl}, its current revocation list (DER).
 * Both answer 404 before the portal has made its root.
 */
@WebServlet("/ca/*")
public class CertificateAuthorityServlet extends HttpServlet {

    @Inject
    private SigningService signing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = "/ca" + Optional.ofNullable(request.getPathInfo()).orElse("");
        if (DevelopmentCertificates.ROOT_CERTIFICATE_PATH.equals(path)) {
            Optional<byte[]> root = signing.publishedRoot().map(CertificateAuthorityServlet::encoded);
            send(response, root, "application/pkix-cert", "root.cer", "public, max-age=3600");
        } else if (DevelopmentCertificates.REVOCATION_LIST_PATH.equals(path)) {
            send(response, signing.revocationList(), "application/pkix-crl", "root.crl", "public, max-age=300");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, Optional<byte[]> content, String type, String fileName,
                             String caching) throws IOException {
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", caching);
        response.setContentLength(content.get().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(content.get());
        }
    }

    private static byte[] encoded(java.security.cert.X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The root certificate cannot be encoded", e);
        }
    }
}
