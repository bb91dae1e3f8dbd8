package vn.vanban.reports.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.vanban.reports.sign.SignatureBox;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;

/**
 * Renders documents to PDF/A-2b: A4, Liberation Serif embedded, sRGB output intent, the document's title, summary,
 * issuer and number in the metadata, lines broken by {@link VietnameseLineBreaker}. Thread-safe; each call renders
 * into a document of its own.
 */
public class PdfRenderer {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // The engine reports every font load and layout pass at INFO on standard error; only warnings are worth a log line.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    public byte[] render(DocumentPage page) {
        return renderXhtml(DocumentXhtml.of(page));
    }

    /**
     * The document to be issued, with where its layout left each signer the space for the visible signature, so that
     * signing need not look for the block in the page's text.
     */
    public RenderedDocument renderToSign(DocumentPage page) {
        return JdkXmlProcessors.during(() -> renderWithJdkXml(DocumentXhtml.of(page), true));
    }

    /**
     * A preview of a draft exactly as it would be issued, but marked {@code DỰ THẢO} on every page: the caller gives
     * the page with the number left open and today's date.
     */
    public byte[] renderDraft(DocumentPage page) {
        return renderXhtml(DocumentXhtml.of(page, true));
    }

    /** A register book, landscape, through the same engine and with the same fonts and conformance as documents. */
    public byte[] render(RegisterBook book) {
        return renderXhtml(RegisterXhtml.of(book));
    }

    byte[] renderXhtml(String xhtml) {
        return JdkXmlProcessors.during(() -> renderWithJdkXml(xhtml, false)).pdf();
    }

    private RenderedDocument renderWithJdkXml(String xhtml, boolean findSignatureSpaces) {
        // The fonts go back (closed last in, first out) only once the document is saved: saving embeds their subsets.
        try (SerifFonts fonts = SerifFonts.lend(); PDDocument document = new PDDocument();
             ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                    .useColorProfile(SRGB)
                    // A breaker of its own per render: it keeps the state of the text it is breaking.
                    .useUnicodeLineBreaker(new VietnameseLineBreaker())
                    .usePDDocument(document)
                    .useObjectDrawerFactory(QrCodeDrawer.factory())
                    .withHtmlContent(xhtml, null);
            fonts.register(builder, document);
            Map<SignerSlot, SignatureBox> spaces = Map.of();
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                if (findSignatureSpaces) {
                    spaces = SignatureSpaces.of(renderer, document);
                }
            }
            document.save(pdf);
            return new RenderedDocument(pdf.toByteArray(), spaces);
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering failed", e);
        }
    }
}
