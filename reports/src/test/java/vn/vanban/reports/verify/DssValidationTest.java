package vn.vanban.reports.verify;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SignatureBox;
import vn.vanban.reports.sign.SignatureRequest;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;
import vn.vanban.reports.sign.revocation.RevocationLists;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** EU DSS, the reference AdES validator, on what the signer makes: format, integrity and, with the root trusted, the verdict. */
class DssValidationTest {

    private static DevelopmentCertificates ca;
    private static LocalTimestampAuthority tsa;
    private static byte[] baselineB;
    private static byte[] baselineT;
    private static byte[] revocationList;
    private static Reports untrustedBaselineB;

    @BeforeAll
    static void signMinutes() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        tsa = new LocalTimestampAuthority(ca);
        SigningKey chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        SigningKey secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        byte[] minutes = Minutes.rendered();
        SignatureBox box = SignatureBlock.find(minutes, Minutes.CHAIR).orElseThrow();
        SignatureAppearance chairs = new SignatureAppearance(box, DevelopmentImages.signature(Minutes.CHAIR),
                DevelopmentImages.seal(Minutes.ORGANISATION), Minutes.ORGANISATION);
        SignatureAppearance secretarys = new SignatureAppearance(Minutes.secretaryBox(),
                DevelopmentImages.signature(Minutes.SECRETARY), null, Minutes.ORGANISATION);

        // DSS checks the claimed time against the certificates' validity, which starts today.
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        SignatureRequest chairNow = new SignatureRequest(Minutes.CHAIR, "Chủ trì hội nghị", "Long Biên", now, true);
        SignatureRequest secretaryNow = new SignatureRequest(Minutes.SECRETARY, "Thư ký", "Long Biên", now, false);

        PadesSigner plain = new PadesSigner();
        baselineB = plain.sign(plain.sign(minutes, chair, chairNow, chairs), secretary, secretaryNow, secretarys);
        PadesSigner stamped = new PadesSigner(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)));
        baselineT = stamped.sign(stamped.sign(minutes, chair, chairNow, chairs), secretary, secretaryNow, secretarys);
        revocationList = emptyRevocationList();
        untrustedBaselineB = validate(baselineB, false);
    }

    /** The development root's CRL, issued after the signatures: nothing revoked, fresh for every certificate. */
    private static byte[] emptyRevocationList() throws Exception {
        return RevocationLists.issue(ca.rootKey(), Instant.now(), Duration.ofDays(7), List.of());
    }

    @AfterAll
    static void stopTheTsa() {
        tsa.close();
    }

    @Test
    void bothSignaturesArePadesBaselineBAndIntact() {
        assertFormatAndIntegrity(untrustedBaselineB, SignatureLevel.PAdES_BASELINE_B);
    }

    @Test
    void withATimestampBothSignaturesArePadesBaselineTWithAnIntactTimestamp() {
        Reports reports = validate(baselineT, false);

        assertFormatAndIntegrity(reports, SignatureLevel.PAdES_BASELINE_T);
        for (String id : reports.getSimpleReport().getSignatureIdList()) {
            SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
            assertThat(signature.getTimestampList()).isNotEmpty().allSatisfy(timestamp -> {
                assertThat(timestamp.isMessageImprintDataFound()).isTrue();
                assertThat(timestamp.isMessageImprintDataIntact()).isTrue();
                assertThat(timestamp.isSignatureIntact()).isTrue();
            });
        }
    }

    @Test
    void theSecretarysNewSignatureFieldIsAChangeTheChairsCertificationPermits() {
        DiagnosticData diagnostic = untrustedBaselineB.getDiagnosticData();
        SignatureWrapper chair = diagnostic.getSignatures().stream()
                .filter(s -> Minutes.CHAIR.equals(s.getPDFRevision().getSignerName())).findFirst().orElseThrow();
        PDFRevisionWrapper revision = chair.getPDFRevision();

        assertThat(revision.getDocMDPPermissions()).isEqualTo(CertificationPermission.MINIMAL_CHANGES_PERMITTED);
        assertThat(revision.getPdfSignatureOrFormFillChanges()).isNotEmpty()
                .allSatisfy(change -> assertThat(change.getFieldName()).isNotEqualTo(revision.getFirstFieldName()));
        assertThat(revision.getPdfAnnotationChanges()).isEmpty();
        assertThat(revision.getPdfUndefinedChanges()).isEmpty();
        assertThat(revision.getPdfExtensionChanges()).isEmpty();
        assertThat(revision.getPdfAnnotationsOverlapConcernedPages()).isEmpty();
        assertThat(revision.getPdfVisualDifferenceConcernedPages()).isEmpty();
        assertThat(untrustedBaselineB.getSimpleReport().getAdESValidationWarnings(chair.getId())).isEmpty();
    }

    @Test
    void anUntrustedDevelopmentRootIsNeverAPass() {
        SimpleReport report = untrustedBaselineB.getSimpleReport();

        assertThat(report.getSignatureIdList()).allSatisfy(id ->
                assertThat(report.getIndication(id)).isNotEqualTo(Indication.TOTAL_PASSED));
    }

    @Test
    void withTheDevelopmentRootTrustedAndItsRevocationListBothSignaturesPass() {
        SimpleReport report = validate(baselineT, true).getSimpleReport();

        assertThat(report.getSignatureIdList()).hasSize(2).allSatisfy(id -> assertThat(report.getIndication(id))
                .as(() -> report.getAdESValidationErrors(id).stream().map(m -> m.getKey() + ": " + m.getValue()).toList()
                        .toString())
                .isEqualTo(Indication.TOTAL_PASSED));
    }

    private static void assertFormatAndIntegrity(Reports reports, SignatureLevel level) {
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();
        assertThat(simple.getSignatureIdList()).hasSize(2);
        for (String id : simple.getSignatureIdList()) {
            assertThat(simple.getSignatureFormat(id)).isEqualTo(level);
            SignatureWrapper signature = diagnostic.getSignatureById(id);
            assertThat(signature.isSignatureIntact()).isTrue();
            assertThat(signature.isSignatureValid()).isTrue();
            assertThat(signature.getDigestMatchers()).isNotEmpty()
                    .allSatisfy(digest -> assertThat(digest.isDataIntact()).isTrue());
            assertThat(simple.getIndication(id)).isNotEqualTo(Indication.TOTAL_FAILED);
        }
    }

    private static Reports validate(byte[] pdf, boolean trustDevelopmentRoot) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "bien-ban.pdf"));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        if (trustDevelopmentRoot) {
            CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
            trusted.addCertificate(new CertificateToken(ca.root()));
            verifier.setTrustedCertSources(trusted);
            verifier.setCrlSource(new ExternalResourcesCRLSource(new InMemoryDocument(revocationList)));
        }
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }
}
