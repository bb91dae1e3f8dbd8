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
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;

/**
 * Checks every signature of a PDF: that the signed bytes are unchanged and the CMS signature (or a document
 * time-stamp's token) verifies, what was done to the file afterwards (compared object by object, so that a second
 * signature is told from a changed page), its PAdES level, and whether the signer's certificate was issued by a
 * trusted root. Reads only what it needs and never trusts lengths the file claims beyond its own size; structures
 * nested too deep and decompression bombs in the cross-reference are refused as damaged, and a revision that cannot
 * be compared is reported as changed.
 */
public class PdfSignatureVerifier {

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
            SignedRevisions revisions = new SignedRevisions(pdf, document);
            List<ExaminedSignature> examined = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                examined.add(examine(signature, pdf, revisions));
            }
            SecurityStoreContents latest = revisions.latestValidationData();
            return examined.stream()
                    .map(signature -> report(signature, PadesLevels.of(signature, examined, latest), pdf.length))
                    .toList();
        } catch (InvalidPasswordException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, e);
        } catch (StackOverflowError tooDeep) {
            // PDFBox walks nested form fields recursively: a file nesting them thousands deep exhausts the stack.
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, tooDeep);
        }
    }

    private ExaminedSignature examine(PDSignature signature, byte[] pdf, SignedRevisions revisions) throws IOException {
        int[] range = signature.getByteRange();
        boolean rangeSane = range != null && range.length == 4 && range[0] == 0 && range[1] >= 0 && range[2] > range[1]
                && range[3] >= 0 && (long) range[2] + range[3] <= pdf.length;
        if (!rangeSane) {
            return new ExaminedSignature(signature, -1, null, false, null, SignedRevisions.Revision.UNREADABLE);
        }
        int end = range[2] + range[3];
        SignedRevisions.Revision revision = revisions.endingAt(end);
        byte[] signedContent = signature.getSignedContent(pdf);
        byte[] contents = signature.getContents(pdf);
        if (ExaminedSignature.DOCUMENT_TIMESTAMP.equals(signature.getSubFilter())) {
            TimeStampToken token = SignatureTimestamps.verifiedDocumentTimestamp(contents, signedContent).orElse(null);
            X509Certificate authority = token == null ? null : certificate(SignatureTimestamps.certificate(token));
            return new ExaminedSignature(signature, end, authority, token != null, token, revision);
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder holder = matches.iterator().next();
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            return new ExaminedSignature(signature, end, certificate(holder), intact,
                    SignatureTimestamps.verifiedTokenOf(signer).orElse(null), revision);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return new ExaminedSignature(signature, end, null, false, null, revision);
        }
    }

    private SignatureReport report(ExaminedSignature examined, PadesLevel level, int fileLength) {
        PDSignature signature = examined.signature();
        X509Certificate certificate = examined.certificate();
        TimeStampToken timestamp = examined.timestamp();
        Modifications modifications = examined.revision().modifications();
        return new SignatureReport(signature.getName(),
                certificate == null ? null : certificate.getSubjectX500Principal().getName(),
                certificate == null ? null : certificate.getIssuerX500Principal().getName(),
                certificate == null ? null : certificate.getNotBefore().toInstant(),
                certificate == null ? null : certificate.getNotAfter().toInstant(),
                iso8601(signature.getSignDate()), signature.getSubFilter(), examined.intact(),
                examined.end() == fileLength, certificate != null && trusted(certificate),
                timestamp == null ? null : SignatureTimestamps.time(timestamp),
                timestamp == null ? null : SignatureTimestamps.authority(timestamp),
                modifications.verdict(), modifications.changes(), level);
    }

    private static X509Certificate certificate(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException unreadable) {
            return null;
        }
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
