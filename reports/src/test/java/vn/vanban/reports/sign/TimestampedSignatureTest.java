package vn.vanban.reports.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampUnavailableException;
import vn.vanban.reports.verify.PdfSignatureVerifier;
import vn.vanban.reports.verify.SignatureReport;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PAdES B-T: each signature gets a time-stamp from a TSA running inside the test. */
class TimestampedSignatureTest {

    private static DevelopmentCertificates ca;
    private static LocalTimestampAuthority tsa;
    private static SigningKey chair;
    private static byte[] minutes;
    private static byte[] signed;
    private static Instant before;
    private static Instant after;

    @BeforeAll
    static void signWithATimestamp() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        tsa = new LocalTimestampAuthority(ca);
        minutes = Minutes.rendered();
        before = Instant.now().minusSeconds(1);
        signed = new PadesSigner(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)))
                .sign(minutes, chair, Minutes.chairRequest());
        after = Instant.now().plusSeconds(1);
    }

    @AfterAll
    static void stopTheTsa() {
        tsa.close();
    }

    @Test
    void theSignatureCarriesATimestampOverItsOwnSignatureValue() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    signature.getContents(signed));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertThat(attribute).isNotNull();
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));

            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isBetween(before, after);
            assertThat(tsa.answered()).isPositive();
        }
    }

    @Test
    void theVerifierReportsTheTimestampInVietnamTimeNextToTheClaimedTime() throws Exception {
        SignatureReport report = new PdfSignatureVerifier(List.of(ca.root())).verify(signed).get(0);

        assertThat(report.intact()).isTrue();
        assertThat(report.signingTime()).isEqualTo("2026-03-19T16:30:00+07:00");
        assertThat(report.timestampTime()).endsWith("+07:00");
        assertThat(OffsetDateTime.parse(report.timestampTime()).toInstant()).isBetween(before, after);
        assertThat(report.timestampAuthority()).contains("test TSA");
    }

    @Test
    void aSignatureWithoutTimestampReportsNone() throws Exception {
        byte[] plain = new PadesSigner().sign(minutes, chair, Minutes.chairRequest());

        SignatureReport report = new PdfSignatureVerifier(List.of(ca.root())).verify(plain).get(0);

        assertThat(report.timestampTime()).isNull();
        assertThat(report.timestampAuthority()).isNull();
    }

    @Test
    void pdfsigFindsTheTimestampedSignatureValid() throws Exception {
        Assumptions.assumeTrue(Pdfsig.installed(), "pdfsig (poppler-utils) not installed");

        assertThat(Pdfsig.validSignatures(Pdfsig.report(signed))).isEqualTo(1);
    }

    @Test
    void aTsaThatIsDownStopsTheSigningWithAClearMessage() throws Exception {
        LocalTimestampAuthority gone = new LocalTimestampAuthority(ca);
        gone.close();
        PadesSigner signer = new PadesSigner(new HttpTimestampAuthority(gone.uri(), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> signer.sign(minutes, chair, Minutes.chairRequest()))
                .isInstanceOf(TimestampUnavailableException.class)
                .hasMessageContaining(gone.uri().toString()).hasMessageContaining("cannot be reached");
    }

    @Test
    void aTsaAnsweringAnHttpErrorStopsTheSigning() {
        PadesSigner signer = new PadesSigner(new HttpTimestampAuthority(tsa.brokenUri(), Duration.ofSeconds(5)));

        assertThatThrownBy(() -> signer.sign(minutes, chair, Minutes.chairRequest()))
                .isInstanceOf(TimestampUnavailableException.class).hasMessageContaining("answered HTTP 500");
    }

    @Test
    void aTimestampForAnotherDigestIsRefused() {
        PadesSigner signer = new PadesSigner(new HttpTimestampAuthority(tsa.otherDigestUri(), Duration.ofSeconds(5)));

        assertThatThrownBy(() -> signer.sign(minutes, chair, Minutes.chairRequest()))
                .isInstanceOf(TimestampUnavailableException.class).hasMessageContaining("does not match the request");
    }

    @Test
    void visibleAndTimestampedSignaturesOnMinutesBothVerify() throws Exception {
        SignatureBox box = SignatureBlock.find(minutes, Minutes.CHAIR).orElseThrow();
        PadesSigner signer = new PadesSigner(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)));
        byte[] once = signer.sign(minutes, chair, Minutes.chairRequest(), new SignatureAppearance(box,
                DevelopmentImages.signature(Minutes.CHAIR), DevelopmentImages.seal(Minutes.ORGANISATION),
                Minutes.ORGANISATION));
        SigningKey secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        byte[] twice = signer.sign(once, secretary, Minutes.secretaryRequest(), new SignatureAppearance(
                Minutes.secretaryBox(), DevelopmentImages.signature(Minutes.SECRETARY), null, null));

        assertThat(new PdfSignatureVerifier(List.of(ca.root())).verify(twice)).hasSize(2)
                .allSatisfy(r -> assertThat(r.intact() && r.timestampTime() != null).isTrue());
        if (Pdfsig.installed()) {
            assertThat(Pdfsig.validSignatures(Pdfsig.report(twice))).isEqualTo(2);
        }
    }
}
