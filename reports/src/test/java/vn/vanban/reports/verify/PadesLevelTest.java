package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.revocation.RevocationLists;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PAdES level the verifier gives a signature from what the file carries: a signature time-stamp (B-T),
 * validation data in the DSS dictionary (B-LT), and a document time-stamp over that data (B-LTA); the DSS and the
 * document time-stamp, both added after the signature, are what a signature may have after it.
 */
class PadesLevelTest {

    private static final COSName CERT = COSName.getPDFName("Cert");
    private static final COSName CRL = COSName.getPDFName("CRL");

    private static DevelopmentCertificates ca;
    private static LocalTimestampAuthority tsa;
    private static TimestampAuthority timestamps;
    private static SigningKey chair;
    private static byte[] revocationList;
    private static byte[] plain;
    private static byte[] timestamped;
    private static PdfSignatureVerifier verifier;

    @BeforeAll
    static void signMinutes() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        tsa = new LocalTimestampAuthority(ca);
        timestamps = new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10));
        chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        revocationList = RevocationLists.issue(ca.rootKey(), Instant.now(), Duration.ofDays(7), List.of());
        byte[] minutes = Minutes.rendered();
        plain = new PadesSigner().sign(minutes, chair, Minutes.chairRequest());
        timestamped = new PadesSigner(timestamps).sign(minutes, chair, Minutes.chairRequest());
        verifier = new PdfSignatureVerifier(List.of(ca.root()));
    }

    @AfterAll
    static void stopTheTsa() {
        tsa.close();
    }

    @Test
    void aSignatureWithoutATimestampIsBaselineB() throws Exception {
        assertThat(verifier.verify(plain).get(0).level()).isEqualTo(PadesLevel.B_B);
    }

    @Test
    void aSignatureTimestampMakesItBaselineT() throws Exception {
        assertThat(verifier.verify(timestamped).get(0).level()).isEqualTo(PadesLevel.B_T);
    }

    @Test
    void certificatesAndRevocationDataForTheSignatureMakeItBaselineLtAndAreOnlySignatures() throws Exception {
        SignatureReport report = verifier.verify(withValidationData(timestamped, true, true)).get(0);

        assertThat(report.level()).isEqualTo(PadesLevel.B_LT);
        assertThat(report.modification()).isEqualTo(ModificationVerdict.SIGNATURES_ONLY);
    }

    @Test
    void aVriEntryForTheSignatureMakesItBaselineLt() throws Exception {
        assertThat(verifier.verify(withValidationData(timestamped, false, true)).get(0).level())
                .isEqualTo(PadesLevel.B_LT);
    }

    @Test
    void certificatesWithoutRevocationDataOrVriEntryLeaveItBaselineT() throws Exception {
        assertThat(verifier.verify(withValidationData(timestamped, false, false)).get(0).level())
                .isEqualTo(PadesLevel.B_T);
    }

    @Test
    void aDocumentTimestampOverTheValidationDataMakesItBaselineLta() throws Exception {
        byte[] archived = documentTimestamped(withValidationData(timestamped, true, true));

        List<SignatureReport> reports = verifier.verify(archived);

        assertThat(reports).hasSize(2);
        SignatureReport signature = reports.get(0);
        assertThat(signature.level()).isEqualTo(PadesLevel.B_LTA);
        assertThat(signature.modification()).isEqualTo(ModificationVerdict.SIGNATURES_ONLY);
        SignatureReport documentTimestamp = reports.get(1);
        assertThat(documentTimestamp.subFilter()).isEqualTo("ETSI.RFC3161");
        assertThat(documentTimestamp.intact()).isTrue();
        assertThat(documentTimestamp.timestampTime()).isNotNull();
        assertThat(documentTimestamp.modification()).isEqualTo(ModificationVerdict.NONE);
    }

    @Test
    void aDocumentTimestampAfterAPlainSignatureMakesItBaselineT() throws Exception {
        SignatureReport signature = verifier.verify(documentTimestamped(plain)).get(0);

        assertThat(signature.level()).isEqualTo(PadesLevel.B_T);
        assertThat(signature.modification()).isEqualTo(ModificationVerdict.SIGNATURES_ONLY);
    }

    /**
     * The DSS dictionary a validator adds in an update: the signer's chain, optionally the root's CRL, and
     * optionally a VRI entry naming the signature.
     */
    private static byte[] withValidationData(byte[] pdf, boolean revocation, boolean vriEntry) throws IOException {
        return ModificationsAfterSigningTest.updated(pdf, document -> {
            COSArray certificates = new COSArray();
            for (X509Certificate certificate : chair.chain()) {
                certificates.add(stream(document, encoded(certificate)));
            }
            COSArray crls = new COSArray();
            crls.add(stream(document, revocationList));
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.CERTS, certificates);
            if (revocation) {
                dss.setItem(COSName.CRLS, crls);
            }
            if (vriEntry) {
                COSDictionary entry = new COSDictionary();
                entry.setItem(CERT, certificates);
                entry.setItem(CRL, crls);
                COSDictionary vri = new COSDictionary();
                byte[] contents = document.getSignatureDictionaries().get(0).getContents();
                vri.setItem(COSName.getPDFName(HexFormat.of().withUpperCase().formatHex(sha("SHA-1", contents))), entry);
                dss.setItem(COSName.VRI, vri);
            }
            document.getDocumentCatalog().getCOSObject().setItem(COSName.DSS, dss);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
    }

    /** A document time-stamp (ETSI.RFC3161) from the test's TSA over the whole file as it is. */
    private static byte[] documentTimestamped(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature stamp = new PDSignature();
            stamp.setType(COSName.DOC_TIME_STAMP);
            stamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            stamp.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            options.setPreferredSignatureSize(16_384);
            document.addSignature(stamp, options);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(timestamps.timestampSha256(sha("SHA-256", external.getContent().readAllBytes())));
            return out.toByteArray();
        }
    }

    private static COSStream stream(PDDocument document, byte[] bytes) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(bytes);
        }
        return stream;
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
