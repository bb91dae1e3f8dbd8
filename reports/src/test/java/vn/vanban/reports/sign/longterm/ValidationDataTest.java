package vn.vanban.reports.sign.longterm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
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
import vn.vanban.reports.verify.PdfSignatureVerifier;
import vn.vanban.reports.verify.SignatureReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document security store that {@link ValidationData} adds to minutes signed B-T by the chair and the secretary. */
class ValidationDataTest {

    private static final COSName CERT = COSName.getPDFName("Cert");
    private static final COSName CRL = COSName.getPDFName("CRL");

    private static DevelopmentCertificates ca;
    private static LocalTimestampAuthority tsa;
    private static SigningKey chair;
    private static SigningKey secretary;
    private static byte[] signed;
    private static byte[] rootsList;
    private static byte[] longTerm;

    @BeforeAll
    static void signAndAddValidationData() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        tsa = new LocalTimestampAuthority(ca);
        chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        PadesSigner signer = new PadesSigner(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)));
        signed = signer.sign(signer.sign(Minutes.rendered(), chair, Minutes.chairRequest()), secretary,
                Minutes.secretaryRequest());
        rootsList = RevocationLists.issue(ca.rootKey(), Instant.now(), Duration.ofDays(7), List.of());
        longTerm = ValidationData.addTo(signed, ValidationMaterial.ofRevocationLists(rootsList));
    }

    @AfterAll
    static void stopTheTsa() {
        tsa.close();
    }

    @Test
    void theStoreHoldsEachCertificateOnceWithTheRevocationList() throws Exception {
        Store store = Store.of(longTerm);

        assertThat(store.certificates()).containsExactlyInAnyOrder(chair.certificate().getEncoded(),
                secretary.certificate().getEncoded(), tsa.certificate().getEncoded(), ca.root().getEncoded());
        assertThat(store.revocationLists()).containsExactly(rootsList);
    }

    @Test
    void eachSignatureHasAVriEntryKeyedByTheUpperCaseSha1OfItsContents() throws Exception {
        Store store = Store.of(longTerm);

        assertThat(store.vri().keySet()).containsExactlyInAnyOrderElementsOf(contentsDigests(longTerm));
        assertThat(store.vri().keySet()).allMatch(key -> key.matches("[0-9A-F]{40}"));
    }

    @Test
    void aVriEntryNamesTheSignersChainTheTimestampAuthoritysAndTheRevocationList() throws Exception {
        Map<String, Entry> vri = Store.of(longTerm).vri();
        List<String> keys = contentsDigests(longTerm);

        assertThat(vri.get(keys.get(0)).certificates()).containsExactlyInAnyOrder(chair.certificate().getEncoded(),
                ca.root().getEncoded(), tsa.certificate().getEncoded());
        assertThat(vri.get(keys.get(1)).certificates()).containsExactlyInAnyOrder(
                secretary.certificate().getEncoded(), ca.root().getEncoded(), tsa.certificate().getEncoded());
        assertThat(vri.values()).allSatisfy(entry -> assertThat(entry.revocationLists()).containsExactly(rootsList));
    }

    @Test
    void theValidationDataIsAnIncrementalUpdateThatLeavesBothSignaturesIntact() throws Exception {
        List<SignatureReport> reports = new PdfSignatureVerifier(List.of(ca.root())).verify(longTerm);

        assertThat(Arrays.copyOf(longTerm, signed.length)).isEqualTo(signed);
        assertThat(reports).hasSize(2).allSatisfy(report -> assertThat(report.intact()).isTrue());
    }

    @Test
    void addingWhatTheStoreHoldsAlreadyLeavesTheFileAsItIs() {
        byte[] again = ValidationData.addTo(longTerm, ValidationMaterial.ofRevocationLists(rootsList));

        assertThat(again).isSameAs(longTerm);
    }

    @Test
    void aLaterListJoinsTheStoreAndEveryEntry() throws Exception {
        byte[] laterList = RevocationLists.issue(ca.rootKey(), Instant.now().plusSeconds(60), Duration.ofDays(7),
                List.of());

        byte[] updated = ValidationData.addTo(longTerm, ValidationMaterial.ofRevocationLists(laterList));

        Store store = Store.of(updated);
        assertThat(store.revocationLists()).containsExactly(rootsList, laterList);
        assertThat(store.vri().values()).allSatisfy(entry ->
                assertThat(entry.revocationLists()).containsExactly(rootsList, laterList));
        assertThat(store.certificates()).hasSize(4);
    }

    @Test
    void aLaterSignatureGetsItsEntryWithoutTheStoredCertificatesWrittenAgain() throws Exception {
        byte[] signedAgain = new PadesSigner(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)))
                .sign(longTerm, secretary, Minutes.secretaryRequest());

        byte[] updated = ValidationData.addTo(signedAgain, ValidationMaterial.ofRevocationLists(rootsList));

        assertThat(Store.of(updated).vri()).hasSize(3);
        String appended = new String(updated, signedAgain.length, updated.length - signedAgain.length,
                StandardCharsets.ISO_8859_1);
        for (X509Certificate stored : List.of(secretary.certificate(), tsa.certificate(), ca.root())) {
            assertThat(appended).doesNotContain(new String(stored.getEncoded(), StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void anExtraCertificateAndAForeignListAreStoredButNamedInNoEntry() throws Exception {
        DevelopmentCertificates other = DevelopmentCertificates.newRoot("Đơn vị khác");
        byte[] foreignList = RevocationLists.issue(other.rootKey(), Instant.now(), Duration.ofDays(7), List.of());

        byte[] updated = ValidationData.addTo(signed,
                new ValidationMaterial(List.of(rootsList, foreignList), List.of(other.root())));

        Store store = Store.of(updated);
        assertThat(store.certificates()).contains(other.root().getEncoded());
        assertThat(store.revocationLists()).contains(foreignList);
        assertThat(store.vri().values()).allSatisfy(entry -> {
            assertThat(entry.certificates()).doesNotContain(other.root().getEncoded());
            assertThat(entry.revocationLists()).containsExactly(rootsList);
        });
    }

    @Test
    void theCertificatesInTheSignedPdfAreTheSignersTheTimestampAuthoritysAndTheRootEachOnce() throws Exception {
        assertThat(ValidationData.certificatesIn(signed)).containsExactlyInAnyOrder(chair.certificate(),
                secretary.certificate(), tsa.certificate(), ca.root());
    }

    @Test
    void theCertificatesInAnArchivedPdfIncludeTheDocumentTimestampsAuthority() throws Exception {
        try (LocalTimestampAuthority archiving = new LocalTimestampAuthority(ca)) {
            TimestampAuthority archivingAuthority = new HttpTimestampAuthority(archiving.uri(), Duration.ofSeconds(10));
            byte[] archived = new DocumentTimestamper(archivingAuthority).timestamp(longTerm);

            assertThat(ValidationData.certificatesIn(archived)).containsExactlyInAnyOrder(chair.certificate(),
                    secretary.certificate(), tsa.certificate(), archiving.certificate(), ca.root());
        }
    }

    @Test
    void aPdfWithoutSignaturesCarriesNoCertificates() {
        assertThat(ValidationData.certificatesIn(Minutes.rendered())).isEmpty();
    }

    @Test
    void aPdfWithoutSignaturesIsRefused() {
        assertThatThrownBy(() -> ValidationData.addTo(Minutes.rendered(),
                ValidationMaterial.ofRevocationLists(rootsList)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no signature");
    }

    @Test
    void somethingThatIsNoRevocationListIsRefused() throws Exception {
        byte[] certificate = ca.root().getEncoded();

        assertThatThrownBy(() -> ValidationData.addTo(signed, ValidationMaterial.ofRevocationLists(certificate)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revocation list");
    }

    private static List<String> contentsDigests(byte[] pdf) throws Exception {
        List<String> digests = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                digests.add(HexFormat.of().withUpperCase()
                        .formatHex(MessageDigest.getInstance("SHA-1").digest(signature.getContents())));
            }
        }
        return digests;
    }

    /** The /DSS dictionary of a PDF, read back with PDFBox. */
    private record Store(List<byte[]> certificates, List<byte[]> revocationLists, Map<String, Entry> vri) {

        static Store of(byte[] pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.DSS);
                Map<String, Entry> vri = new TreeMap<>();
                COSDictionary entries = dss.getCOSDictionary(COSName.VRI);
                for (COSName key : entries.keySet()) {
                    COSDictionary entry = entries.getCOSDictionary(key);
                    vri.put(key.getName(), new Entry(contents(entry.getCOSArray(CERT)), contents(entry.getCOSArray(CRL))));
                }
                return new Store(contents(dss.getCOSArray(COSName.CERTS)), contents(dss.getCOSArray(COSName.CRLS)),
                        vri);
            }
        }

        private static List<byte[]> contents(COSArray streams) throws IOException {
            List<byte[]> contents = new ArrayList<>();
            for (int i = 0; streams != null && i < streams.size(); i++) {
                try (InputStream in = ((COSStream) streams.getObject(i)).createInputStream()) {
                    contents.add(in.readAllBytes());
                }
            }
            return contents;
        }
    }

    private record Entry(List<byte[]> certificates, List<byte[]> revocationLists) {
    }
}
