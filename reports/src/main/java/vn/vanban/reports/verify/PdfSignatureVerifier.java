package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks every signature of a PDF: that the signed bytes are unchanged and the CMS signature verifies, whether
 * anything was appended afterwards, and whether the signer's certificate was issued by a trusted root. A document
 * time-stamp (PAdES B-LTA) is checked as the time-stamping authority's signature. Reads only
 * what it needs and never trusts lengths the file claims beyond its own size; structures nested too deep and
 * decompression bombs in the cross-reference are refused as damaged.
 */
public class PdfSignatureVerifier {

    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";

    private final List<X509Certificate> trustedRoots;

    public PdfSignatureVerifier(List<X509Certificate> trustedRoots) {
        this.trustedRoots = List.copyOf(trustedRoots);
    }

    public List<SignatureReport> verify(byte[] pdf) throws UnreadablePdfException {
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.NOT_A_PDF, null);
        }
        StructuralStreams.requireBounded(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw new UnreadablePdfException(UnreadablePdfException.Reason.ENCRYPTED, null);
            }
            List<SignatureReport> reports = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                reports.add(report(signature, pdf));
            }
            return reports;
        } catch (InvalidPasswordException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, e);
        } catch (StackOverflowError tooDeep) {
            // PDFBox walks nested form fields recursively: a file nesting them thousands deep exhausts the stack.
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, tooDeep);
        }
    }

    private SignatureReport report(PDSignature signature, byte[] pdf) throws IOException {
        int[] range = signature.getByteRange();
        boolean rangeSane = range != null && range.length == 4 && range[0] == 0 && range[1] >= 0 && range[2] > range[1]
                && range[3] >= 0 && (long) range[2] + range[3] <= pdf.length;
        String signingTime = iso8601(signature.getSignDate());
        if (!rangeSane) {
            return new SignatureReport(signature.getName(), null, null, null, null, signingTime,
                    signature.getSubFilter(), false, false, false, null, null);
        }
        boolean wholeDocument = (long) range[2] + range[3] == pdf.length;
        if (DOCUMENT_TIMESTAMP.equals(signature.getSubFilter())) {
            return documentTimestamp(signature, pdf, wholeDocument);
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            Optional<TimeStampToken> timestamp = SignatureTimestamps.verifiedTokenOf(signer);
            return new SignatureReport(signature.getName(), certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(), signingTime, signature.getSubFilter(), intact, wholeDocument,
                    trusted(certificate), timestamp.map(SignatureTimestamps::time).orElse(null),
                    timestamp.map(SignatureTimestamps::authority).orElse(null));
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return new SignatureReport(signature.getName(), null, null, null, null, signingTime,
                    signature.getSubFilter(), false, wholeDocument, false, null, null);
        }
    }

    /**
     * A document time-stamp reads as a signature by the time-stamping authority whose time is the token's: it has no
     * signer's name nor claimed time, and it is intact when its token holds over the bytes it covers.
     */
    private SignatureReport documentTimestamp(PDSignature signature, byte[] pdf, boolean wholeDocument)
            throws IOException {
        Optional<TimeStampToken> token = SignatureTimestamps.verifiedDocumentTimestamp(signature.getContents(pdf),
                signature.getSignedContent(pdf));
        Optional<X509Certificate> certificate = token.flatMap(SignatureTimestamps::certificate);
        if (certificate.isEmpty()) {
            return new SignatureReport(signature.getName(), null, null, null, null, null, signature.getSubFilter(),
                    false, wholeDocument, false, null, null);
        }
        X509Certificate authority = certificate.get();
        return new SignatureReport(signature.getName(), authority.getSubjectX500Principal().getName(),
                authority.getIssuerX500Principal().getName(), authority.getNotBefore().toInstant(),
                authority.getNotAfter().toInstant(), null, signature.getSubFilter(), true, wholeDocument,
                trusted(authority), SignatureTimestamps.time(token.get()), SignatureTimestamps.authority(token.get()));
    }

    /** The claimed signing time as ISO 8601 with its offset, {@code 2026-03-19T16:30:00+07:00}, as Decree 30 shows it. */
    static String iso8601(Calendar time) {
        if (time == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(time.getTimeZone().getOffset(time.getTimeInMillis()) / 1000);
        return time.toInstant().atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private boolean trusted(X509Certificate certificate) {
        for (X509Certificate root : trustedRoots) {
            if (!certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
                continue;
            }
            try {
                certificate.verify(root.getPublicKey());
                return true;
            } catch (GeneralSecurityException notIssuedByThisRoot) {
                // Same name, other key: try the next root.
            }
        }
        return false;
    }
}
