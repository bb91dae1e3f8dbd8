package vn.vanban.reports.sign;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import vn.vanban.reports.RecentlyUsed;

import javax.imageio.ImageIO;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;

/**
 * The widget of a visible signature, drawn straight into the document being signed: its rectangle in the signer's
 * block, printed, and its appearance (signature image, seal, text). The text's font is embedded as a subset when the
 * signed revision is saved. Everything in it is allowed in PDF/A-2b: an embedded font, RGB images whose transparency
 * is a soft mask, no optional content.
 */
final class SignatureWidget {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final float LARGEST_TEXT = 7f;
    private static final float SMALLEST_TEXT = 4f;
    private static final float LEADING = 1.2f;
    private static final float MARGIN = 1f;
    private static final int MAX_DPI = 300;
    private static final int INK_TOLERANCE = 8;
    private static final EncodedImages ENCODED = new EncodedImages();
    private static final RecentlyUsed<String, BufferedImage> DECODED = new RecentlyUsed<>(EncodedImages.CAPACITY);

    private SignatureWidget() {
    }

    /**
     * Shows {@code widget}, which PDFBox has listed on {@code page}, as {@code appearance} describes. {@code font}
     * must stay unused by anything else until the document is saved: saving reads the glyphs of its subset.
     */
    static void draw(PDDocument document, PDPage page, PDAnnotationWidget widget, TrueTypeFont font,
                     SignatureAppearance appearance, SignatureRequest request) throws IOException {
        SignatureBox box = appearance.box();
        widget.setRectangle(new PDRectangle(box.x(), box.y(), box.width(), box.height()));
        widget.setPage(page);
        widget.setPrinted(true);
        PDFormXObject canvas = new PDFormXObject(new PDStream(document));
        canvas.setResources(new PDResources());
        canvas.setFormType(1);
        canvas.setBBox(new PDRectangle(box.width(), box.height()));
        PDAppearanceStream normal = new PDAppearanceStream(canvas.getCOSObject());
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.getCOSObject().setDirect(true);
        appearances.setNormalAppearance(normal);
        widget.setAppearance(appearances);
        try (PDPageContentStream content = new PDPageContentStream(document, normal)) {
            draw(PDType0Font.load(document, font, true), content, document, appearance, request);
        }
    }

    private static void draw(PDType0Font font, PDPageContentStream content, PDDocument document,
                             SignatureAppearance appearance, SignatureRequest request) throws IOException {
        float width = appearance.box().width();
        float height = appearance.box().height();

        List<String> lines = lines(appearance, request);
        float size = fittingSize(font, lines, width - 2 * MARGIN);
        float textHeight = lines.size() * size * LEADING + MARGIN;

        String signatureKey = sha256(appearance.signatureImage());
        String sealKey = appearance.sealImage() == null ? null : sha256(appearance.sealImage());
        BufferedImage signature = read(signatureKey, appearance.signatureImage(), "signature");
        BufferedImage seal = sealKey == null ? null : read(sealKey, appearance.sealImage(), "seal");
        float areaBottom = textHeight;
        float areaHeight = Math.max(height - areaBottom - MARGIN, height / 3);
        float sealSize = seal == null ? 0 : Math.min(height - 2 * MARGIN, width * 0.45f);
        float widest = seal == null ? width - 2 * MARGIN : Math.min(width - 2 * MARGIN, 1.5f * (width - sealSize));
        float scale = Math.min(widest / signature.getWidth(), areaHeight / signature.getHeight());
        float signatureWidth = signature.getWidth() * scale;
        float signatureHeight = signature.getHeight() * scale;
        float signatureX = (width - signatureWidth) / 2;
        if (seal != null) {
            // The seal covers the left third of the signature and must stay inside the box.
            signatureX = Math.min(Math.max(signatureX, sealSize - signatureWidth / 3), width - signatureWidth);
        }
        float signatureY = areaBottom + (areaHeight - signatureHeight) / 2;
        content.drawImage(embedded(document, signatureKey, signature, signatureWidth), signatureX, signatureY, signatureWidth,
                signatureHeight);
        if (seal != null) {
            float sealX = signatureX + signatureWidth / 3 - sealSize;
            float sealY = Math.min(Math.max(signatureY + signatureHeight / 2 - sealSize / 2, 0), height - sealSize);
            content.drawImage(embedded(document, sealKey, seal, sealSize), sealX, sealY, sealSize, sealSize);
        }

        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(0f);
        content.setLeading(size * LEADING);
        content.newLineAtOffset(MARGIN, textHeight - size);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    /** Signer, organisation and time, the Vietnamese wording of the Decree's example. */
    static List<String> lines(SignatureAppearance appearance, SignatureRequest request) {
        List<String> lines = new ArrayList<>(3);
        lines.add("Ký bởi: " + request.signerName());
        if (appearance.organisation() != null && !appearance.organisation().isBlank()) {
            lines.add("Cơ quan: " + appearance.organisation());
        }
        lines.add("Thời gian ký: " + request.signingTime().withZoneSameInstant(VIETNAM).truncatedTo(ChronoUnit.SECONDS)
                .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        lines.replaceAll(line -> Normalizer.normalize(line, Normalizer.Form.NFC));
        return lines;
    }

    private static float fittingSize(PDType0Font font, List<String> lines, float width) throws IOException {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getStringWidth(line) / 1000);
        }
        return Math.max(SMALLEST_TEXT, Math.min(LARGEST_TEXT, width / widest));
    }

    /** The image decoded, once per distinct image: the pixels are only read afterwards, never changed. */
    private static BufferedImage read(String sha256, byte[] bytes, String what) throws IOException {
        BufferedImage known = DECODED.get(sha256);
        if (known != null) {
            return known;
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IllegalArgumentException("The " + what + " image is not in a format this signer reads");
        }
        DECODED.put(sha256, image);
        return image;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The image at no more than {@value #MAX_DPI} dpi of the size it is drawn at: a scan or a development image is
     * far finer than a 3 cm seal needs, and every pixel adds to each signed copy.
     */
    private static PDImageXObject embedded(PDDocument document, String key, BufferedImage image, float drawnWidth)
            throws IOException {
        int widest = Math.round(drawnWidth / 72f * MAX_DPI);
        return ENCODED.in(document, key + "@" + widest,
                scratch -> EncodedImages.unchecked(() -> encoded(scratch, image, widest)));
    }

    private static PDImageXObject encoded(PDDocument scratch, BufferedImage image, int widest) throws IOException {
        BufferedImage fitting = image;
        if (image.getWidth() > widest) {
            int height = Math.max(1, Math.round(image.getHeight() * (float) widest / image.getWidth()));
            fitting = new BufferedImage(widest, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = fitting.createGraphics();
            // Src keeps the colour of transparent pixels, which a drawing on a uniform background has uniform.
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, widest, height, null);
            g.dispose();
        }
        return LosslessFactory.createFromImage(scratch, withUniformBackground(fitting));
    }

    /**
     * Pixels that are transparent or nearly the ink's colour take exactly the ink's colour (the commonest among the
     * opaque pixels), so that the colour channels of a drawing in one ink are uniform and compress to almost nothing;
     * the soft mask then carries the drawing. Scaling, which works on premultiplied colours, would otherwise leave
     * transparent pixels black and edges a shade off.
     */
    private static BufferedImage withUniformBackground(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        Map<Integer, Integer> opaque = new HashMap<>();
        for (int pixel : pixels) {
            if (pixel >>> 24 == 0xFF) {
                opaque.merge(pixel & 0xFFFFFF, 1, Integer::sum);
            }
        }
        if (opaque.isEmpty()) {
            return image;
        }
        int ink = Collections.max(opaque.entrySet(), Map.Entry.comparingByValue()).getKey();
        for (int i = 0; i < pixels.length; i++) {
            int alpha = pixels[i] >>> 24;
            if (alpha == 0 || near(pixels[i], ink)) {
                pixels[i] = alpha << 24 | ink;
            }
        }
        BufferedImage uniform = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        uniform.setRGB(0, 0, image.getWidth(), image.getHeight(), pixels, 0, image.getWidth());
        return uniform;
    }

    private static boolean near(int pixel, int ink) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((pixel >> shift & 0xFF) - (ink >> shift & 0xFF)) > INK_TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
