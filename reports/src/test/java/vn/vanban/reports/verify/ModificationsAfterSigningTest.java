package vn.vanban.reports.verify;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.reports.render.SignatureBlock;
import vn.vanban.reports.sign.Minutes;
import vn.vanban.reports.sign.PadesSigner;
import vn.vanban.reports.sign.SignatureAppearance;
import vn.vanban.reports.sign.SigningKey;
import vn.vanban.reports.sign.development.DevelopmentCertificates;
import vn.vanban.reports.sign.development.DevelopmentImages;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes signed by the chair (certifying, visibly), then changed by real incremental updates: the verifier tells
 * a second signature (allowed) from a changed page, annotation, page count or document action, also when the
 * update writes no new content object but points the page at one prepared before signing (the shadow attack).
 */
class ModificationsAfterSigningTest {

    private static final byte[] BLUE_BOX = "\n0 0 1 rg 100 600 300 40 re f\n".getBytes(StandardCharsets.US_ASCII);
    private static final COSName SHADOW = COSName.getPDFName("VanbanShadow");

    private static DevelopmentCertificates ca;
    private static SigningKey chair;
    private static SigningKey secretary;
    private static SignatureAppearance chairs;
    private static SignatureAppearance secretarys;
    private static byte[] signedByChair;
    private static PdfSignatureVerifier verifier;

    @BeforeAll
    static void signMinutes() throws Exception {
        ca = DevelopmentCertificates.newRoot(Minutes.ORGANISATION);
        chair = ca.issueSigner(Minutes.CHAIR, Minutes.ORGANISATION);
        secretary = ca.issueSigner(Minutes.SECRETARY, Minutes.ORGANISATION);
        byte[] minutes = Minutes.rendered();
        chairs = new SignatureAppearance(SignatureBlock.find(minutes, Minutes.CHAIR).orElseThrow(),
                DevelopmentImages.signature(Minutes.CHAIR), DevelopmentImages.seal(Minutes.ORGANISATION),
                Minutes.ORGANISATION);
        secretarys = new SignatureAppearance(Minutes.secretaryBox(), DevelopmentImages.signature(Minutes.SECRETARY),
                null, Minutes.ORGANISATION);
        signedByChair = new PadesSigner().sign(minutes, chair, Minutes.chairRequest(), chairs);
        verifier = new PdfSignatureVerifier(List.of(ca.root()));
    }

    @Test
    void nothingAfterTheLastSignatureIsNoModification() throws Exception {
        SignatureReport report = verifier.verify(signedByChair).get(0);

        assertThat(report.modification()).isEqualTo(ModificationVerdict.NONE);
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void theSecretarysSignatureAfterTheChairsIsOnlySignatures() throws Exception {
        byte[] signedByBoth = new PadesSigner().sign(signedByChair, secretary, Minutes.secretaryRequest(), secretarys);

        List<SignatureReport> reports = verifier.verify(signedByBoth);

        assertThat(reports).extracting(SignatureReport::signerName).containsExactly(Minutes.CHAIR, Minutes.SECRETARY);
        assertThat(reports).extracting(SignatureReport::modification)
                .containsExactly(ModificationVerdict.SIGNATURES_ONLY, ModificationVerdict.NONE);
        assertThat(reports).allSatisfy(report -> assertThat(report.changes()).isEmpty());
    }

    @Test
    void aPageWrittenAgainUnchangedIsNoModification() throws Exception {
        byte[] rewritten = updated(signedByChair, document -> markPathTo(document, document.getPage(0)));

        assertThat(rewritten.length).isGreaterThan(signedByChair.length);
        assertThat(verifier.verify(rewritten).get(0).modification()).isEqualTo(ModificationVerdict.NONE);
    }

    @Test
    void replacingPageOnesContentStreamIsAChangeOfPageOnesContent() throws Exception {
        byte[] changed = updated(signedByChair, document -> {
            PDPage page = document.getPage(0);
            byte[] content;
            try (InputStream original = page.getContents()) {
                content = original.readAllBytes();
            }
            page.setContents(new PDStream(document, new ByteArrayInputStream(concat(content, BLUE_BOX)),
                    COSName.FLATE_DECODE));
            markPathTo(document, page);
        });

        assertContentChanged(changed, new Change(ChangeCode.PAGE_CONTENT, 1, null));
    }

    @Test
    void aSquareDrawnOverTheTextIsAnAddedAnnotationOnPageOne() throws Exception {
        byte[] changed = updated(signedByChair, document -> {
            PDPage page = document.getPage(0);
            PDAnnotationSquare square = new PDAnnotationSquare();
            square.setRectangle(new PDRectangle(100, 600, 300, 40));
            square.setInteriorColor(new PDColor(new float[]{1, 1, 1}, PDDeviceRGB.INSTANCE));
            square.setPrinted(true);
            square.constructAppearances(document);
            page.getAnnotations().add(square);
            page.setAnnotations(page.getAnnotations());
            markPathTo(document, page);
        });

        assertContentChanged(changed, new Change(ChangeCode.ANNOTATION_ADDED, 1, "Square"));
    }

    @Test
    void anAddedPageIsReportedWithItsNumber() throws Exception {
        int pages;
        try (PDDocument document = Loader.loadPDF(signedByChair)) {
            pages = document.getNumberOfPages();
        }
        byte[] changed = updated(signedByChair, document -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            markPathTo(document, page);
        });

        assertContentChanged(changed, new Change(ChangeCode.PAGE_ADDED, pages + 1, null));
    }

    @Test
    void anOpeningScriptIsAnOtherChangeNamingTheEntry() throws Exception {
        byte[] changed = updated(signedByChair, document -> {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Đã sửa');"));
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });

        assertContentChanged(changed, new Change(ChangeCode.OTHER, null, "OpenAction"));
    }

    @Test
    void anotherValueInAFormFieldIsAFormFieldChangeNamingTheField() throws Exception {
        byte[] withField = updated(Minutes.rendered(), document -> {
            COSDictionary field = new COSDictionary();
            field.setItem(COSName.FT, COSName.getPDFName("Tx"));
            field.setString(COSName.T, "KetLuan");
            field.setString(COSName.V, "Thông qua");
            COSDictionary form = new COSDictionary();
            form.setItem(COSName.FIELDS, new COSArray(List.of(field)));
            document.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, form);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
        byte[] signed = new PadesSigner().sign(withField, chair, Minutes.chairRequest(), chairs);
        byte[] changed = updated(signed, document -> {
            COSDictionary field = document.getDocumentCatalog().getAcroForm(null).getField("KetLuan").getCOSObject();
            field.setString(COSName.V, "Không thông qua");
            field.setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });

        assertContentChanged(changed, new Change(ChangeCode.FORM_FIELD, null, "KetLuan"));
    }

    /**
     * The shadow attack: the content to show later is in the file when the chair signs, unused; afterwards an update
     * only points page 1's {@code /Contents} at it. No content object is written after signing, so only the page's
     * content as resolved tells the change.
     */
    @Test
    void pointingPageOneAtContentHiddenBeforeSigningIsAChangeOfPageOnesContent() throws Exception {
        byte[] withShadow = updated(Minutes.rendered(), document -> {
            COSStream shadow = document.getDocument().createCOSStream();
            byte[] content;
            try (InputStream original = document.getPage(0).getContents()) {
                content = original.readAllBytes();
            }
            try (OutputStream out = shadow.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(concat(content, BLUE_BOX));
            }
            document.getDocumentCatalog().getCOSObject().setItem(SHADOW, shadow);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
        byte[] signed = new PadesSigner().sign(withShadow, chair, Minutes.chairRequest(), chairs);
        assertThat(verifier.verify(signed).get(0).modification()).isEqualTo(ModificationVerdict.NONE);

        byte[] attacked = updated(signed, document -> {
            PDPage page = document.getPage(0);
            page.getCOSObject().setItem(COSName.CONTENTS,
                    document.getDocumentCatalog().getCOSObject().getItem(SHADOW));
            markPathTo(document, page);
        });

        String appended = new String(attacked, signed.length, attacked.length - signed.length,
                StandardCharsets.ISO_8859_1);
        assertThat(appended.split("endstream", -1)).as("the only stream appended is the cross-reference stream")
                .hasSize(2);
        assertThat(appended).contains("/Type /XRef");
        assertContentChanged(attacked, new Change(ChangeCode.PAGE_CONTENT, 1, null));
    }

    /** An update the comparison cannot walk to its end gives a verdict, not an exception: nothing is shown unchanged. */
    @Test
    void aStructureTooDeepToCompareIsAnUnreadableRevisionNotAnError() throws Exception {
        byte[] deep = updated(Minutes.rendered(), document -> {
            COSArray chain = new COSArray();
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("VanbanDeep"), chain);
            for (int i = 0; i < CosComparison.MAX_DEPTH + 10; i++) {
                COSArray inner = new COSArray();
                inner.setDirect(false);
                chain.add(inner);
                chain = inner;
            }
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
        byte[] signed = new PadesSigner().sign(deep, chair, Minutes.chairRequest());
        byte[] touched = updated(signed, document -> markPathTo(document, document.getPage(0)));

        SignatureReport report = verifier.verify(touched).get(0);

        assertThat(report.intact()).isTrue();
        assertThat(report.modification()).isEqualTo(ModificationVerdict.CONTENT_CHANGED);
        assertThat(report.changes()).containsExactly(new Change(ChangeCode.UNREADABLE_REVISION, null, null));
    }

    /**
     * Content the chair signed, deflated again otherwise after signing: equal once decoded, so only decoding tells.
     * Here it is 128 MB of spaces, far beyond what the comparison may read; it stops at its budget, holding a chunk
     * at a time, and cannot call the content unchanged.
     */
    @Test
    void contentInflatingFarBeyondTheFileEndsTheComparisonWithoutHoldingIt() throws Exception {
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = updated(Minutes.rendered(), document -> appendContent(document, deflated(spaces, 128, 9)));
        byte[] signed = new PadesSigner().sign(bomb, chair, Minutes.chairRequest());
        byte[] redeflated = updated(signed, document -> {
            COSArray contents = (COSArray) document.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            contents.remove(contents.size() - 1);
            appendContent(document, deflated(spaces, 128, 1));
        });
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        SignatureReport report = verifier.verify(redeflated).get(0);

        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).isLessThan(64L * 1024 * 1024);
        assertThat(report.modification()).isEqualTo(ModificationVerdict.CONTENT_CHANGED);
        assertThat(report.changes()).containsExactly(new Change(ChangeCode.UNREADABLE_REVISION, null, null));
    }

    /** Each revision costs a load and a comparison, so a file with more signatures than a document gathers is cut short. */
    @Test
    void signaturesBeyondTheRevisionsComparedGetAnUnreadableRevision() throws Exception {
        byte[] pdf = signedByChair;
        for (int i = 0; i <= SignedRevisions.MAX_COMPARED; i++) {
            pdf = new PadesSigner().sign(pdf, secretary, Minutes.secretaryRequest());
        }

        List<SignatureReport> reports = verifier.verify(pdf);

        assertThat(reports).hasSize(SignedRevisions.MAX_COMPARED + 2);
        assertThat(reports.subList(0, SignedRevisions.MAX_COMPARED)).extracting(SignatureReport::modification)
                .containsOnly(ModificationVerdict.SIGNATURES_ONLY);
        assertThat(reports.get(SignedRevisions.MAX_COMPARED).changes())
                .containsExactly(new Change(ChangeCode.UNREADABLE_REVISION, null, null));
        assertThat(reports.get(SignedRevisions.MAX_COMPARED + 1).modification()).isEqualTo(ModificationVerdict.NONE);
    }

    private void assertContentChanged(byte[] changed, Change... expected) throws Exception {
        SignatureReport report = verifier.verify(changed).get(0);

        assertThat(report.intact()).as("the signed bytes are untouched").isTrue();
        assertThat(report.modification()).isEqualTo(ModificationVerdict.CONTENT_CHANGED);
        assertThat(report.changes()).containsExactly(expected);
    }

    /** An incremental update, as PDFBox writes one: the objects marked as changed, after the original bytes. */
    static byte[] updated(byte[] pdf, Edit edit) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(document);
            document.saveIncremental(out);
            byte[] result = out.toByteArray();
            assertThat(Arrays.copyOf(result, pdf.length)).as("an incremental update keeps the bytes before it")
                    .isEqualTo(pdf);
            return result;
        }
    }

    /** PDFBox writes in an update only objects marked as changed and reached from the catalog through marked ones. */
    static void markPathTo(PDDocument document, PDPage page) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setNeedToBeUpdated(true);
        document.getPages().getCOSObject().setNeedToBeUpdated(true);
        page.getCOSObject().setNeedToBeUpdated(true);
    }

    /** Adds a content stream, already deflated, after page 1's others. */
    private static void appendContent(PDDocument document, byte[] deflated) throws IOException {
        PDPage page = document.getPage(0);
        COSBase existing = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        COSArray contents = existing instanceof COSArray array ? array : new COSArray(List.of(existing));
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(deflated);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        contents.add(stream);
        page.getCOSObject().setItem(COSName.CONTENTS, contents);
        markPathTo(document, page);
    }

    private static byte[] deflated(byte[] chunk, int times, int level) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(level))) {
            for (int i = 0; i < times; i++) {
                out.write(chunk);
            }
        }
        return deflated.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @FunctionalInterface
    interface Edit {
        void apply(PDDocument document) throws IOException;
    }
}
