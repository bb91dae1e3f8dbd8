package vn.vanban.application.incoming;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Files as incoming documents arrive: PDFs with a text layer, typed in the serif face the portal prints with
 * (Liberation Serif, from the reports' fonts), and scans: Vietnamese lines drawn black on white at the size of body
 * text scanned at 300 dpi, as an image or as the only content of a PDF page.
 */
public final class Scans {

    static final String FONT = "liberation/LiberationSerif-Regular.ttf";

    private Scans() {
    }

    /** A PDF with one page per entry, each line of it typed in the page's text layer. */
    public static byte[] textPdf(List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (InputStream font = Scans.class.getClassLoader().getResourceAsStream(FONT);
                     PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(PDType0Font.load(document, font), 12);
                    content.newLineAtOffset(72, 770);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            return save(document);
        }
    }

    /** A scanner's PDF: the picture of each page and no text at all. */
    public static byte[] imagePdf(List<BufferedImage> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage picture : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, picture);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(document);
        }
    }

    /** A page of {@code lines}, black on white, letters about 4 mm high: body text of a scan at 300 dpi. */
    public static BufferedImage page(List<String> lines) {
        BufferedImage image = new BufferedImage(2480, 400 + 110 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font().deriveFont(64f));
            int y = 250;
            for (String line : lines) {
                g.drawString(line, 200, y);
                y += 110;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Font font() {
        try (InputStream in = Scans.class.getClassLoader().getResourceAsStream(FONT)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
