package vn.vanban.reports.verify;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.Pdfsig;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.longterm.LongTermSigner;
import vn.vanban.reports.sign.longterm.ValidationMaterial;
import vn.vanban.reports.sign.revocation.RevocationLists;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EU DSS on minutes signed B-T by the chair and the secretary, then given their validation data (B-LT), then a
 * document time-stamp and its own validation data (B-LTA). The validator trusts the development root and gets no
 * revocation source of its own: whatever it needs must come from the file.
 */
class LongTermValidationTest {

    private static DevelopmentCertificates ca;
    private static LocalTimestampAuthority tsa;
    private static byte[] baselineT;
    private static byte[] longTerm;
    private static byte[] archived;
    private static byte[] archivedWithTimestampData;
    private static Reports longTermReports;
    private static Reports archivedReports;
    private static Reports completedReports;

    @BeforeAll
    static void signMinutesAndAddValidationData() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        tsa = new LocalTimestampAuthority(ca);
        TimestampAuthority timestamps = new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10));
        baselineT = Minutes.signedNowByChairAndSecretary(new PadesSigner(timestamps),
                ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION), ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION));
        LongTermSigner longTermSigner = new LongTermSigner(timestamps);

        // Issued after the signatures' time-stamps, so that it speaks of the certificates' status after signing.
        longTerm = longTermSigner.withValidationData(baselineT, ValidationMaterial.ofRevocationLists(rootsList()));
        archived = longTermSigner.archive(longTerm);
        archivedWithTimestampData = longTermSigner.withValidationData(archived,
                ValidationMaterial.ofRevocationLists(rootsList()));

        longTermReports = validate(longTerm);
        archivedReports = validate(archivedWithTimestampData);
        completedReports = validate(longTermSigner.completed(baselineT, ValidationMaterial.ofRevocationLists(rootsList())));
    }

    /** The development root's list, nothing revoked, as of now. */
    private static byte[] rootsList() throws Exception {
        return RevocationLists.issue(ca.rootKey(), Instant.now(), Duration.ofDays(7), List.of());
    }

    @AfterAll
    static void stopTheTsa() {
        tsa.close();
    }

    @Test
    void withValidationDataBothSignaturesArePadesBaselineLtAndPass() {
        DssVerdicts.assertLevelAndPassed(longTermReports, SignatureLevel.PAdES_BASELINE_LT);
    }

    @Test
    void withoutValidationDataTheSameValidatorCannotConclude() {
        SimpleReport report = validate(baselineT).getSimpleReport();

        assertThat(report.getSignatureIdList()).hasSize(2).allSatisfy(id -> {
            assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
            assertThat(report.getIndication(id)).isEqualTo(Indication.INDETERMINATE);
        });
    }

    @Test
    void theRevocationListReachesEachSignatureThroughItsVriEntry() {
        for (SignatureWrapper signature : longTermReports.getDiagnosticData().getSignatures()) {
            assertThat(signature.foundRevocations().getRelatedRevocationsByOrigin(RevocationOrigin.VRI_DICTIONARY))
                    .as(signature.getSignerName()).isNotEmpty();
        }
    }

    @Test
    void addingValidationDataChangesNoSignedRevision() {
        assertSignaturesIntactAndUnchanged(longTermReports);
    }

    @Test
    void withADocumentTimestampAndItsValidationDataBothSignaturesArePadesBaselineLtaAndPass() {
        DssVerdicts.assertLevelAndPassed(archivedReports, SignatureLevel.PAdES_BASELINE_LTA);
    }

    @Test
    void completingAFullySignedFileInOneCallMakesItPadesBaselineLta() {
        DssVerdicts.assertLevelAndPassed(completedReports, SignatureLevel.PAdES_BASELINE_LTA);
    }

    @Test
    void theDocumentTimestampIsAnIntactArchiveTimestampOverBothSignatures() {
        DiagnosticData diagnostic = archivedReports.getDiagnosticData();
        List<TimestampWrapper> documentTimestamps = diagnostic.getTimestampList().stream()
                .filter(timestamp -> timestamp.getType() == TimestampType.DOCUMENT_TIMESTAMP).toList();

        assertThat(documentTimestamps).singleElement().satisfies(timestamp -> {
            assertThat(timestamp.isMessageImprintDataFound()).isTrue();
            assertThat(timestamp.isMessageImprintDataIntact()).isTrue();
            assertThat(timestamp.isSignatureIntact()).isTrue();
            assertThat(timestamp.getTimestampedSignatures()).hasSize(2);
        });
        assertThat(archivedReports.getSimpleReport().getTimestampIdList()).allSatisfy(id ->
                assertThat(archivedReports.getSimpleReport().getIndication(id)).isEqualTo(Indication.PASSED));
    }

    @Test
    void archivingChangesNoSignedRevision() {
        assertSignaturesIntactAndUnchanged(archivedReports);
    }

    @Test
    void eachStepAppendsToTheFileBeforeIt() {
        assertThat(Arrays.copyOf(longTerm, baselineT.length)).isEqualTo(baselineT);
        assertThat(Arrays.copyOf(archived, longTerm.length)).isEqualTo(longTerm);
        assertThat(Arrays.copyOf(archivedWithTimestampData, archived.length)).isEqualTo(archived);
    }

    @Test
    void pdfsigFindsBothSignaturesValidOnTheLongTermFile() throws Exception {
        Assumptions.assumeTrue(Pdfsig.installed(), "pdfsig (poppler-utils) not installed");

        assertThat(Pdfsig.validSignatures(Pdfsig.report(longTerm))).isEqualTo(2);
    }

    /** poppler (22.12) lists the document time-stamp but does not check that kind of signature; it breaks nothing. */
    @Test
    void pdfsigFindsBothSignaturesValidOnTheArchivedFileAndListsTheDocumentTimestamp() throws Exception {
        Assumptions.assumeTrue(Pdfsig.installed(), "pdfsig (poppler-utils) not installed");
        String report = Pdfsig.report(archivedWithTimestampData);

        assertThat(Pdfsig.validSignatures(report)).isEqualTo(2);
        assertThat(report).contains("Signature #3:", "Văn bản test TSA").doesNotContain("Signature #4:")
                .doesNotContain("Digest Mismatch").doesNotContain("Signature is Invalid");
    }

    /** Both signatures verify over their own bytes, and the revisions after them only add what DSS permits. */
    private static void assertSignaturesIntactAndUnchanged(Reports reports) {
        for (SignatureWrapper signature : reports.getDiagnosticData().getSignatures()) {
            assertThat(signature.isSignatureIntact()).isTrue();
            assertThat(signature.isSignatureValid()).isTrue();
            assertThat(signature.getDigestMatchers()).isNotEmpty()
                    .allSatisfy(digest -> assertThat(digest.isDataIntact()).isTrue());
            PDFRevisionWrapper revision = signature.getPDFRevision();
            assertThat(revision.getPdfUndefinedChanges()).isEmpty();
            assertThat(revision.getPdfAnnotationChanges()).isEmpty();
            assertThat(revision.getPdfVisualDifferenceConcernedPages()).isEmpty();
        }
    }

    private static Reports validate(byte[] pdf) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "bien-ban.pdf"));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(ca.root()));
        verifier.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }
}
