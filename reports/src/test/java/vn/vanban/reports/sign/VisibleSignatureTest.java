package vn.vanban.reports.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;
import vn.vanban.reports.verify.PdfSignatureVerifier;
import vn.vanban.reports.verify.SignatureReport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/** Minutes signed visibly by the chair (certifying, with the seal) and then by the secretary. */
class VisibleSignatureTest {

    private static final float SCALE = 2f;

    private static DevelopmentCertificates ca;
    private static SignatureBox chairBox;
    private static SignatureBox secretaryBox;
    private static byte[] minutes;
    private static byte[] signedByChair;
    private static byte[] signedByBoth;

    @BeforeAll
    static void signMinutesVisibly() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        SigningKey chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        SigningKey secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        minutes = Minutes.rendered();
        chairBox = SignatureBlock.find(minutes, Minutes.CHAIR).orElseThrow();
        secretaryBox = Minutes.secretaryBox();
        PadesSigner signer = new PadesSigner();
        signedByChair = signer.sign(minutes, chair, Minutes.chairRequest(), new SignatureAppearance(chairBox,
                DevelopmentImages.signature(Minutes.CHAIR), DevelopmentImages.seal(Minutes.ORGANISATION),
                Minutes.ORGANISATION));
        signedByBoth = signer.sign(signedByChair, secretary, Minutes.secretaryRequest(), new SignatureAppearance(
                secretaryBox, DevelopmentImages.signature(Minutes.SECRETARY), null, Minutes.ORGANISATION));
    }

    @Test
    void pdfsigFindsBothVisibleSignaturesValid() throws Exception {
        Assumptions.assumeTrue(Pdfsig.installed(), "pdfsig (poppler-utils) not installed");

        String report = Pdfsig.report(signedByBoth);

        assertThat(Pdfsig.validSignatures(report)).as(report).isEqualTo(2);
        assertThat(report).contains(Minutes.CHAIR, Minutes.SECRETARY).doesNotContain("Digest Mismatch");
    }

    @Test
    void bothSignaturesStayIntactAndOnlyTheSecretarysCoversTheWholeFile() throws Exception {
        List<SignatureReport> reports = new PdfSignatureVerifier(List.of(ca.root())).verify(signedByBoth);

        assertThat(reports).extracting(SignatureReport::signerName).containsExactly(Minutes.CHAIR, Minutes.SECRETARY);
        assertThat(reports).allSatisfy(r -> assertThat(r.intact() && r.trusted()).isTrue());
        assertThat(reports).extracting(SignatureReport::coversWholeDocument).containsExactly(false, true);
    }

    @Test
    void eachSignatureHasAPrintedWidgetWhereTheCallerPutIt() throws IOException {
        try (PDDocument document = Loader.loadPDF(signedByBoth)) {
            List<PDSignatureField> fields = document.getSignatureFields();
            assertThat(fields).hasSize(2);
            assertWidget(document, fields.get(0), chairBox);
            assertWidget(document, fields.get(1), secretaryBox);
        }
    }

    private static void assertWidget(PDDocument document, PDSignatureField field, SignatureBox box) throws IOException {
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDRectangle rectangle = widget.getRectangle();
        assertThat(rectangle.getLowerLeftX()).isCloseTo(box.x(), offset(0.01f));
        assertThat(rectangle.getLowerLeftY()).isCloseTo(box.y(), offset(0.01f));
        assertThat(rectangle.getWidth()).isCloseTo(box.width(), offset(0.01f));
        assertThat(rectangle.getHeight()).isCloseTo(box.height(), offset(0.01f));
        assertThat(widget.isPrinted()).isTrue();
        assertThat(widget.isHidden() || widget.isInvisible() || widget.isNoView()).isFalse();
        assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream()).isNotNull();
        assertThat(document.getPage(box.pageIndex()).getAnnotations())
                .filteredOn(a -> a.getCOSObject() == widget.getCOSObject()).hasSize(1);
    }

    @Test
    void theAppearanceSaysWhoSignedForWhichOrganisationAndWhenInVietnamTime() throws IOException {
        try (PDDocument document = Loader.loadPDF(signedByBoth)) {
            PDAppearanceStream chair = document.getSignatureFields().get(0).getWidgets().get(0).getAppearance()
                    .getNormalAppearance().getAppearanceStream();

            assertThat(shownText(chair)).containsExactly("Ký bởi: Trần Văn Hưng", "Cơ quan: Quận ủy Long Biên",
                    "Thời gian ký: 2026-03-19T16:30:00+07:00");
            for (var name : chair.getResources().getFontNames()) {
                assertThat(chair.getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void theSealShowsRedOverTheLeftOfTheSignatureAndTheSignatureInInk() throws IOException {
        try (PDDocument document = Loader.loadPDF(signedByBoth)) {
            BufferedImage page = new PDFRenderer(document).renderImage(chairBox.pageIndex(), SCALE);
            float height = document.getPage(chairBox.pageIndex()).getMediaBox().getHeight();
            int left = (int) (chairBox.x() * SCALE);
            int right = (int) ((chairBox.x() + chairBox.width()) * SCALE);
            int top = (int) ((height - chairBox.y() - chairBox.height()) * SCALE);
            int bottom = (int) ((height - chairBox.y()) * SCALE);
            int middle = (left + right) / 2;

            assertThat(count(page, left, middle, top, bottom, VisibleSignatureTest::red)).isGreaterThan(500);
            assertThat(count(page, middle, right, top, bottom, VisibleSignatureTest::red)).isLessThan(50);
            assertThat(count(page, left, right, top, bottom, VisibleSignatureTest::ink)).isGreaterThan(300);
            assertThat(count(page, left, right, bottom + 60, bottom + 200, VisibleSignatureTest::red)).isZero();
        }
    }

    @Test
    void refusesABoxOnAPageTheDocumentDoesNotHave() {
        SignatureAppearance beyond = new SignatureAppearance(new SignatureBox(7, 100, 100, 150, 60),
                DevelopmentImages.signature(Minutes.CHAIR), null, null);

        assertThatThrownBy(() -> new PadesSigner().sign(minutes, ca.rootKey(), Minutes.chairRequest(), beyond))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page index 7");
    }

    private interface PixelTest {
        boolean test(int rgb);
    }

    private static int count(BufferedImage image, int x0, int x1, int y0, int y1, PixelTest test) {
        int found = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (test.test(image.getRGB(x, y))) {
                    found++;
                }
            }
        }
        return found;
    }

    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r > 150 && g < 110 && b < 110;
    }

    private static boolean ink(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return b > 80 && b > r + 40 && b > g + 30;
    }

    /** The strings the appearance stream shows, decoded through its font. */
    private static List<String> shownText(PDAppearanceStream stream) throws IOException {
        PDFont font = stream.getResources().getFont(stream.getResources().getFontNames().iterator().next());
        List<Object> tokens = new PDFStreamParser(stream).parse();
        List<String> shown = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator operator && operator.getName().equals("Tj")
                    && tokens.get(i - 1) instanceof COSString string) {
                StringBuilder text = new StringBuilder();
                try (InputStream in = new ByteArrayInputStream(string.getBytes())) {
                    while (in.available() > 0) {
                        text.append(font.toUnicode(font.readCode(in)));
                    }
                }
                shown.add(text.toString());
            }
        }
        return shown;
    }
}
