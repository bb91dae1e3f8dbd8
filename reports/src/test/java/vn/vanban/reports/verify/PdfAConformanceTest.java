package vn.vanban.reports.verify;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.render.RegisterBook;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SignatureBox;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;
import vn.vanban.reports.sign.longterm.DocumentTimestamper;
import vn.vanban.reports.sign.longterm.ValidationData;
import vn.vanban.reports.sign.longterm.ValidationMaterial;
import vn.vanban.reports.sign.revocation.RevocationLists;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * veraPDF, the reference PDF/A validator, on the rendered minutes and on the same file after one and after two
 * visible signatures, then with their validation data and then a document time-stamp (each an incremental update;
 * veraPDF checks the file as its last revision shows it).
 */
class PdfAConformanceTest {

    private static byte[] rendered;
    private static byte[] signedOnce;
    private static byte[] signedTwice;
    private static byte[] withValidationData;
    private static byte[] archived;

    @BeforeAll
    static void renderAndSignVisibly() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        DevelopmentCertificates ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        SigningKey chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        SigningKey secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        rendered = Minutes.rendered();
        SignatureBox box = SignatureBlock.find(rendered, Minutes.CHAIR).orElseThrow();
        PadesSigner signer = new PadesSigner();
        signedOnce = signer.sign(rendered, chair, Minutes.chairRequest(), new SignatureAppearance(box,
                DevelopmentImages.signature(Minutes.CHAIR), DevelopmentImages.seal(Minutes.ORGANISATION),
                Minutes.ORGANISATION));
        signedTwice = signer.sign(signedOnce, secretary, Minutes.secretaryRequest(), new SignatureAppearance(
                Minutes.secretaryBox(), DevelopmentImages.signature(Minutes.SECRETARY), null, Minutes.ORGANISATION));
        keepForTheEye(signedTwice);
        withValidationData = ValidationData.addTo(signedTwice, ValidationMaterial.ofRevocationLists(
                RevocationLists.issue(ca.rootKey(), Instant.now(), Duration.ofDays(7), List.of())));
        try (LocalTimestampAuthority tsa = new LocalTimestampAuthority(ca)) {
            archived = new DocumentTimestamper(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)))
                    .timestamp(withValidationData);
        }
    }

    /** The signed minutes and a PNG of their first page in target/samples, for a look by eye (and the README). */
    private static void keepForTheEye(byte[] pdf) throws IOException, InterruptedException {
        Path samples = Files.createDirectories(Path.of("target", "samples"));
        Path file = Files.write(samples.resolve("minutes-signed.pdf"), pdf);
        if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            new ProcessBuilder("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", file.toString(),
                    samples.resolve("minutes-signed").toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void theRenderedMinutesArePdfA2b() throws Exception {
        assertCompliant(rendered);
    }

    @Test
    void theMinutesStayPdfA2bWithTheChairsVisibleSignatureAndSeal() throws Exception {
        assertCompliant(signedOnce);
    }

    @Test
    void theMinutesStayPdfA2bWithBothVisibleSignatures() throws Exception {
        assertCompliant(signedTwice);
    }

    @Test
    void theMinutesStayPdfA2bWithTheirValidationData() throws Exception {
        assertCompliant(withValidationData);
    }

    @Test
    void theMinutesStayPdfA2bWithADocumentTimestamp() throws Exception {
        assertCompliant(archived);
    }

    @Test
    void aRegisterBookIsPdfA2bToo() throws Exception {
        assertCompliant(new PdfRenderer().render(new RegisterBook("BAN CHỈ ĐẠO THỬ", "SỔ ĐĂNG KÝ VĂN BẢN ĐI", null,
                LocalDate.of(2026, 3, 19), List.of("Số, ký hiệu văn bản", "Trích yếu"), List.of(20, 76),
                List.of(List.of("09-TB/BCĐ", "Thông báo kết luận giao ban quý I")))));
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "/" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertThat(failures).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
