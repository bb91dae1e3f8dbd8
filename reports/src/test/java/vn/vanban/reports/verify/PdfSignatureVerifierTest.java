package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureRequest;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.longterm.DocumentTimestamper;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

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
    void aDocumentTimestampReadsAsTheAuthoritysIntactSignatureWithItsTime() throws Exception {
        byte[] archived = documentTimestamped(signedTwice);

        List<SignatureReport> reports = new PdfSignatureVerifier(List.of(portalRoot.root())).verify(archived);

        assertThat(reports).hasSize(3);
        assertThat(reports.subList(0, 2)).allSatisfy(r -> assertThat(r.intact()).isTrue());
        SignatureReport timestamp = reports.get(2);
        assertThat(timestamp.subFilter()).isEqualTo("ETSI.RFC3161");
        assertThat(timestamp.intact()).isTrue();
        assertThat(timestamp.trusted()).isTrue();
        assertThat(timestamp.coversWholeDocument()).isTrue();
        assertThat(timestamp.certificateSubject()).contains("test TSA");
        assertThat(timestamp.timestampAuthority()).contains("test TSA");
        assertThat(timestamp.timestampTime()).endsWith("+07:00");
        assertThat(timestamp.signingTime()).isNull();
    }

    @Test
    void aDocumentTimestampOverChangedBytesIsNotIntact() throws Exception {
        byte[] tampered = documentTimestamped(signedTwice);
        tampered[600] ^= 0x01;

        List<SignatureReport> reports = new PdfSignatureVerifier(List.of(portalRoot.root())).verify(tampered);

        assertThat(reports).hasSize(3).allSatisfy(r -> assertThat(r.intact()).isFalse());
    }

    private static byte[] documentTimestamped(byte[] pdf) throws Exception {
        try (LocalTimestampAuthority tsa = new LocalTimestampAuthority(portalRoot)) {
            return new DocumentTimestamper(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10))).timestamp(pdf);
        }
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

    @Test
    void formFieldsNestedFiftyThousandDeepAreDamagedNotAStackOverflow() {
        String[] objects = new String[50_002];
        objects[0] = "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>";
        objects[1] = "<< /Type /Pages /Kids [] /Count 0 >>";
        for (int i = 2; i < objects.length; i++) {
            objects[i] = i + 1 < objects.length ? "<< /T (f" + i + ") /Kids [" + (i + 2) + " 0 R] >>" : "<< /FT /Sig /T (z) >>";
        }

        assertThatThrownBy(() -> new PdfSignatureVerifier(List.of()).verify(pdf(objects)))
                .isInstanceOfSatisfying(UnreadablePdfException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePdfException.Reason.DAMAGED));
    }

    @Test
    void aCrossReferenceStreamThatInflatesToAGigabyteIsDamagedBeforeItIsInflated() throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros);
            }
        }
        String head = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.writeBytes((head + "3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
                + deflated.size() + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        bomb.writeBytes(deflated.toByteArray());
        bomb.writeBytes(("\nendstream\nendobj\nstartxref\n" + head.length() + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));

        byte[] file = bomb.toByteArray();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        assertThatThrownBy(() -> new PdfSignatureVerifier(List.of()).verify(file))
                .isInstanceOfSatisfying(UnreadablePdfException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadablePdfException.Reason.DAMAGED));
        // What is looked at is counted, never kept: a 1 MB file must not cost the heap more than a few times its size
        // (in CI the server's heap once ran out on it, while other requests had it busy).
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).isLessThan(8L * 1024 * 1024);
    }

    @Test
    void aSmallDeflatedCrossReferenceStreamIsNoBomb() throws Exception {
        byte[] compressed;
        try (PDDocument document = Loader.loadPDF(unsigned); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            compressed = out.toByteArray();
        }

        assertThat(new String(compressed, StandardCharsets.ISO_8859_1)).contains("/ObjStm");
        assertThat(new PdfSignatureVerifier(List.of()).verify(compressed)).isEmpty();
    }

    /** A PDF of the given objects, numbered from 1, the first being the catalog, with a classic cross-reference. */
    private static byte[] pdf(String... objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
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
