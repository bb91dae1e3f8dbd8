package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.sign.DevelopmentCertificates;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureRequest;
import vn.vanban.reports.sign.SigningKey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfSignatureVerifierTest {

    private static byte[] unsigned;
    private static byte[] signedTwice;
    private static DevelopmentCertificates portalRoot;

    @BeforeAll
    static void signMinutes() throws Exception {
        portalRoot = DevelopmentCertificates.newRoot("Quận ủy Long Biên");
        SigningKey chair = portalRoot.issueSigner("Trần Văn Hưng", "Quận ủy Long Biên");
        SigningKey secretary = portalRoot.issueSigner("Vũ Thị Mai", "Quận ủy Long Biên");
        unsigned = new PdfRenderer().render(new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO", "Số 03-BB/BCĐ",
                "Long Biên", LocalDate.of(2026, 3, 19), "BIÊN BẢN", "Hội nghị giao ban", "<p>Nội dung</p>", null,
                "CHỦ TRÌ", "Trần Văn Hưng", List.of("- Lưu VP."), null));
        ZonedDateTime time = ZonedDateTime.of(2026, 3, 19, 16, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
        PadesSigner signer = new PadesSigner();
        byte[] once = signer.sign(unsigned, chair, new SignatureRequest("Trần Văn Hưng", null, "Long Biên", time, true));
        signedTwice = signer.sign(once, secretary, new SignatureRequest("Vũ Thị Mai", null, "Long Biên", time, false));
    }

    @Test
    void reportsBothSignaturesIntactAndTrustedAndWhichOneCoversTheWholeFile() throws Exception {
        List<SignatureReport> reports = new PdfSignatureVerifier(List.of(portalRoot.root())).verify(signedTwice);

        assertThat(reports).extracting(SignatureReport::signerName).containsExactly("Trần Văn Hưng", "Vũ Thị Mai");
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.intact()).isTrue();
            assertThat(r.trusted()).isTrue();
            assertThat(r.subFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(r.certificateSubject()).contains("DEVELOPMENT");
            assertThat(r.signingTime()).isEqualTo("2026-03-19T16:30:00+07:00");
        });
        assertThat(reports.get(0).coversWholeDocument()).isFalse();
        assertThat(reports.get(1).coversWholeDocument()).isTrue();
    }

    @Test
    void anotherRootIsNotTrusted() throws Exception {
        var stranger = DevelopmentCertificates.newRoot("Nơi khác");

        assertThat(new PdfSignatureVerifier(List.of(stranger.root())).verify(signedTwice))
                .allSatisfy(r -> {
                    assertThat(r.intact()).isTrue();
                    assertThat(r.trusted()).isFalse();
                });
    }

    @Test
    void aChangedByteInsideTheSignedRangeBreaksIntegrity() throws Exception {
        byte[] tampered = signedTwice.clone();
        tampered[600] ^= 0x01;

        assertThat(new PdfSignatureVerifier(List.of(portalRoot.root())).verify(tampered))
                .anySatisfy(r -> assertThat(r.intact()).isFalse());
    }

    @Test
    void anUnsignedPdfHasNoSignatures() throws Exception {
        assertThat(new PdfSignatureVerifier(List.of()).verify(unsigned)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAReadablePdfWithTheReason() throws Exception {
        var verifier = new PdfSignatureVerifier(List.of());
        assertThatThrownBy(() -> verifier.verify("xin chào".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadablePdfException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePdfException.Reason.NOT_A_PDF));
        assertThatThrownBy(() -> verifier.verify(Arrays.copyOf(signedTwice, 900)))
                .isInstanceOfSatisfying(UnreadablePdfException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePdfException.Reason.DAMAGED));
        assertThatThrownBy(() -> verifier.verify(encrypted(unsigned)))
                .isInstanceOfSatisfying(UnreadablePdfException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePdfException.Reason.ENCRYPTED));
    }

    private static byte[] encrypted(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "mat-khau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
