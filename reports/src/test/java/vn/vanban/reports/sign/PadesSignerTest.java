package vn.vanban.reports.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.DocumentPage;
import vn.vanban.reports.render.PdfRenderer;
import vn.vanban.reports.sign.development.DevelopmentCertificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Minutes signed by the chair (certifying) and then by the secretary, checked by BouncyCastle and by pdfsig. */
class PadesSignerTest {

    private static final ZonedDateTime SIGNING_TIME = ZonedDateTime.of(2026, 3, 19, 16, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));

    private static SigningKey chair;
    private static SigningKey secretary;
    private static byte[] signedByChair;
    private static byte[] signedByBoth;

    @BeforeAll
    static void signMinutes() throws Exception {
        DevelopmentCertificates ca = DevelopmentCertificates.newRoot("Quận ủy Long Biên");
        chair = ca.issueSigner("Trần Văn Hưng", "Quận ủy Long Biên");
        secretary = ca.issueSigner("Vũ Thị Mai", "Quận ủy Long Biên");
        byte[] minutes = new PdfRenderer().render(new DocumentPage(true, "QUẬN ỦY LONG BIÊN", "BAN CHỈ ĐẠO",
                "Số 03-BB/BCĐ", "Long Biên", LocalDate.of(2026, 3, 19), "BIÊN BẢN", "Hội nghị giao ban quý I năm 2026",
                "<p>Hội nghị bắt đầu lúc 14 giờ 00.</p>", null, "CHỦ TRÌ", "Trần Văn Hưng", List.of("- Lưu VP."), null));
        PadesSigner signer = new PadesSigner();
        signedByChair = signer.sign(minutes, chair,
                new SignatureRequest("Trần Văn Hưng", "Chủ trì hội nghị", "Long Biên", SIGNING_TIME, true));
        signedByBoth = signer.sign(signedByChair, secretary,
                new SignatureRequest("Vũ Thị Mai", "Thư ký hội nghị", "Long Biên", SIGNING_TIME.plusMinutes(5), false));
    }

    @Test
    void theSecondSignatureIsAnIncrementalUpdateThatKeepsTheFirst() {
        assertThat(signedByBoth.length).isGreaterThan(signedByChair.length);
        assertThat(new String(signedByBoth, 0, signedByChair.length, StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(signedByChair, StandardCharsets.ISO_8859_1));
    }

    @Test
    void eachSignatureGetsRoomForItsChainAndLittleMore() throws Exception {
        try (PDDocument document = Loader.loadPDF(signedByBoth)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            for (int i = 0; i < signatures.size(); i++) {
                int[] byteRange = signatures.get(i).getByteRange();
                int reserved = (byteRange[2] - byteRange[1] - 2) / 2;
                byte[] cms = new CMSSignedData(signatures.get(i).getContents(signedByBoth)).getEncoded("DER");
                int chain = 0;
                for (var certificate : List.of(chair, secretary).get(i).chain()) {
                    chain += certificate.getEncoded().length;
                }

                assertThat(reserved).isEqualTo(chain + PadesSigner.SIGNER_INFO_ALLOWANCE).isGreaterThan(cms.length);
                assertThat(reserved - cms.length).as("unused").isLessThan(PadesSigner.SIGNER_INFO_ALLOWANCE);
            }
        }
    }

    @Test
    void eachSignatureIsCadesDetachedWithSigningCertificateV2AndNoSigningTimeAndVerifies() throws Exception {
        try (PDDocument document = Loader.loadPDF(signedByBoth)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(2);
            assertThat(signatures).extracting(PDSignature::getName).containsExactly("Trần Văn Hưng", "Vũ Thị Mai");
            for (int i = 0; i < signatures.size(); i++) {
                PDSignature signature = signatures.get(i);
                assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signedByBoth)),
                        signature.getContents(signedByBoth));
                SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
                assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
                assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
                X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
                        .getMatches(info.getSID()).iterator().next();
                assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
                assertThat(certificate.getSubject().toString()).contains(DevelopmentCertificates.MARK);
            }
            assertThat(signatures.get(0).getCOSObject().getString(COSName.M)).startsWith("D:20260319163000+07'00");
            assertThat(signatures.get(1).getByteRange()[2] + signatures.get(1).getByteRange()[3]).isEqualTo(signedByBoth.length);
        }
    }

    @Test
    void theChairsSignatureCertifiesAndAllowsOnlyFurtherSignatures() throws IOException {
        try (PDDocument document = Loader.loadPDF(signedByBoth)) {
            var perms = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
            assertThat(perms).isNotNull();
            var reference = perms.getCOSDictionary(COSName.DOCMDP).getCOSArray(COSName.getPDFName("Reference"));
            var parameters = ((COSDictionary) reference.getObject(0)).getCOSDictionary(COSName.TRANSFORM_PARAMS);
            assertThat(parameters.getInt(COSName.P)).isEqualTo(2);
        }
    }

    @Test
    void pdfsigFindsBothSignaturesValidAndATamperedCopyBroken() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig (poppler-utils) not installed");
        String report = pdfsig(signedByBoth);
        assertThat(report.split("Signature is Valid\\.", -1)).hasSize(3);
        assertThat(report).contains("Trần Văn Hưng").contains("Vũ Thị Mai");

        byte[] tampered = signedByBoth.clone();
        int inFirstRange = 600;
        tampered[inFirstRange] = (byte) (tampered[inFirstRange] ^ 0x01);
        assertThat(pdfsig(tampered)).contains("Digest Mismatch.");
    }

    /** pdfsig exits 0 whatever it finds: what counts is what it prints. */
    private static String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
