package vn.vanban.reports.verify;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.LocalDistributionPoints;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.longterm.LongTermSigner;
import vn.vanban.reports.sign.longterm.ValidationData;
import vn.vanban.reports.sign.longterm.ValidationMaterial;
import vn.vanban.reports.sign.revocation.FetchedRevocationLists;
import vn.vanban.reports.sign.revocation.PublishedRevocationLists;
import vn.vanban.reports.sign.revocation.RevocationLists;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampAuthority;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EU DSS on minutes signed B-T by two signers of the portal's CA with a time-stamping authority certified by another
 * CA, as an outside TSA is. The TSA's certificate names a CRL distribution point, served locally; the signers' list
 * is given directly, as the application has it, and the TSA's is fetched from the distribution points of the
 * certificates the file carries. The validator trusts both roots and gets no revocation source of its own: whatever
 * it needs must come from the file.
 */
class OutsideTimestampAuthorityValidationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String TSA_LIST_PATH = "/tsa-ca.crl";

    private static DevelopmentCertificates portalCa;
    private static DevelopmentCertificates tsaCa;
    private static LocalDistributionPoints distributionPoints;
    private static LocalTimestampAuthority tsa;
    private static SigningKey chair;
    private static SigningKey secretary;
    private static FetchedRevocationLists fetched;
    private static Reports withFetchedList;
    private static Reports withSignersListOnly;
    private static Reports archived;

    @BeforeAll
    static void signWithAnOutsideTsaAndAddValidationData() throws Exception {
        portalCa = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        tsaCa = DevelopmentCertificates.newRoot("Nhà cung cấp dịch vụ dấu thời gian");
        distributionPoints = new LocalDistributionPoints();
        // Issued at each request, as a CA's server answers with its current list: fetched after the time-stamps.
        URI tsaCaList = distributionPoints.serve(TSA_LIST_PATH, () -> listOf(tsaCa));
        tsa = new LocalTimestampAuthority(tsaCa, tsaCaList);
        TimestampAuthority timestamps = new HttpTimestampAuthority(tsa.uri(), TIMEOUT);
        chair = portalCa.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        secretary = portalCa.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        byte[] baselineT = Minutes.signedNowByChairAndSecretary(new PadesSigner(timestamps), chair, secretary);

        byte[] signersList = listOf(portalCa);
        fetched = new PublishedRevocationLists(TIMEOUT, TIMEOUT).fetchFor(ValidationData.certificatesIn(baselineT));
        List<byte[]> lists = new ArrayList<>(List.of(signersList));
        lists.addAll(fetched.encoded());
        ValidationMaterial material = new ValidationMaterial(lists, List.of());

        LongTermSigner longTermSigner = new LongTermSigner(timestamps);
        withFetchedList = validate(longTermSigner.withValidationData(baselineT, material));
        withSignersListOnly = validate(longTermSigner.withValidationData(baselineT,
                ValidationMaterial.ofRevocationLists(signersList)));
        // The application's steps after the last signature, with one material for both.
        archived = validate(longTermSigner.withValidationData(
                longTermSigner.archive(longTermSigner.withValidationData(baselineT, material)), material));
    }

    @AfterAll
    static void stopTheServers() {
        tsa.close();
        distributionPoints.close();
    }

    @Test
    void theTsasListIsFetchedOnceFromTheDistributionPointItsCertificateNames() {
        assertThat(fetched.obtained()).containsOnlyKeys(distributionPoints.uri(TSA_LIST_PATH));
        assertThat(fetched.failures()).isEmpty();
        assertThat(distributionPoints.requests(TSA_LIST_PATH)).isEqualTo(1);
    }

    /** The portal's list is given directly, so that these name none. */
    @Test
    void theSignersCertificatesAreReportedAsNamingNoDistributionPoint() {
        assertThat(fetched.withoutDistributionPoint())
                .containsExactlyInAnyOrder(chair.certificate(), secretary.certificate());
    }

    @Test
    void withTheFetchedListBothSignaturesArePadesBaselineLtAndPass() {
        DssVerdicts.assertLevelAndPassed(withFetchedList, SignatureLevel.PAdES_BASELINE_LT);
    }

    @Test
    void withTheFetchedListTheTsasCertificateHasRevocationDataFromTheFile() {
        List<TimestampWrapper> signatureTimestamps = withFetchedList.getDiagnosticData().getTimestampList().stream()
                .filter(timestamp -> timestamp.getType() == TimestampType.SIGNATURE_TIMESTAMP).toList();

        assertThat(signatureTimestamps).hasSize(2).allSatisfy(timestamp -> {
            CertificateWrapper tsaCertificate = timestamp.getSigningCertificate();
            assertThat(tsaCertificate.getId()).isEqualTo(new CertificateToken(tsa.certificate()).getDSSIdAsString());
            assertThat(tsaCertificate.getCertificateRevocationData()).isNotEmpty();
        });
    }

    @Test
    void withOnlyTheSignersListBothSignaturesStayPadesBaselineT() {
        SimpleReport report = withSignersListOnly.getSimpleReport();

        assertThat(report.getSignatureIdList()).hasSize(2).allSatisfy(id ->
                assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_T));
    }

    @Test
    void theApplicationsStepsWithTheFetchedListMakeBothSignaturesPadesBaselineLtaAndPass() {
        DssVerdicts.assertLevelAndPassed(archived, SignatureLevel.PAdES_BASELINE_LTA);
    }

    private static byte[] listOf(DevelopmentCertificates authority) throws Exception {
        return RevocationLists.issue(authority.rootKey(), Instant.now(), Duration.ofDays(7), List.of());
    }

    private static Reports validate(byte[] pdf) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "bien-ban.pdf"));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(portalCa.root()));
        trusted.addCertificate(new CertificateToken(tsaCa.root()));
        verifier.setTrustedCertSources(trusted);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }
}
