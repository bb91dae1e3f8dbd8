package vn.vanban.reports.sign.longterm;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.sign.LocalTimestampAuthority;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.timestamp.HttpTimestampAuthority;
import vn.vanban.reports.sign.timestamp.TimestampUnavailableException;
import vn.vanban.reports.verify.PdfSignatureVerifier;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A document time-stamp from a TSA running inside the test, on minutes the chair signed. */
class DocumentTimestamperTest {

    private static DevelopmentCertificates ca;
    private static LocalTimestampAuthority tsa;
    private static byte[] signed;
    private static byte[] stamped;

    @BeforeAll
    static void signAndTimestamp() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        tsa = new LocalTimestampAuthority(ca);
        SigningKey chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        signed = new PadesSigner().sign(Minutes.rendered(), chair, Minutes.chairRequest());
        stamped = new DocumentTimestamper(new HttpTimestampAuthority(tsa.uri(), Duration.ofSeconds(10)))
                .timestamp(signed);
    }

    @AfterAll
    static void stopTheTsa() {
        tsa.close();
    }

    @Test
    void theTimestampIsADocTimeStampDictionaryForAnRfc3161Token() throws Exception {
        try (PDDocument document = Loader.loadPDF(stamped)) {
            PDSignature timestamp = document.getLastSignatureDictionary();

            assertThat(timestamp.getCOSObject().getCOSName(COSName.TYPE)).isEqualTo(COSName.DOC_TIME_STAMP);
            assertThat(timestamp.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(timestamp.getSubFilter()).isEqualTo("ETSI.RFC3161");
        }
    }

    @Test
    void theTokenIsOverTheWholeFileButItsOwnContentsAndVerifiesWithTheAuthoritysCertificate() throws Exception {
        try (PDDocument document = Loader.loadPDF(stamped)) {
            PDSignature timestamp = document.getLastSignatureDictionary();
            int[] range = timestamp.getByteRange();
            TimeStampToken token = new TimeStampToken(new CMSSignedData(timestamp.getContents(stamped)));

            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).isEqualTo(stamped.length);
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(timestamp.getSignedContent(stamped)));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .build(new X509CertificateHolder(tsa.certificate().getEncoded())));
        }
    }

    @Test
    void itsFieldIsInvisibleAndPrintedAsPdfAWants() throws Exception {
        try (PDDocument document = Loader.loadPDF(stamped)) {
            PDSignatureField field = document.getSignatureFields().get(1);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDRectangle rectangle = widget.getRectangle();

            assertThat(field.getSignature().getCOSObject().getCOSName(COSName.TYPE)).isEqualTo(COSName.DOC_TIME_STAMP);
            assertThat(rectangle.getWidth()).isZero();
            assertThat(rectangle.getHeight()).isZero();
            assertThat(widget.isPrinted()).isTrue();
        }
    }

    @Test
    void theTimestampIsAnIncrementalUpdateThatLeavesTheSignatureIntactAndIsIntactItself() throws Exception {
        assertThat(Arrays.copyOf(stamped, signed.length)).isEqualTo(signed);
        assertThat(new PdfSignatureVerifier(List.of(ca.root())).verify(stamped)).hasSize(2)
                .allSatisfy(report -> assertThat(report.intact()).isTrue());
    }

    @Test
    void aTsaThatIsDownStopsTheTimestampWithAClearMessage() throws Exception {
        LocalTimestampAuthority gone = new LocalTimestampAuthority(ca);
        gone.close();
        DocumentTimestamper timestamper = new DocumentTimestamper(
                new HttpTimestampAuthority(gone.uri(), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> timestamper.timestamp(signed))
                .isInstanceOf(TimestampUnavailableException.class).hasMessageContaining("cannot be reached");
    }
}
