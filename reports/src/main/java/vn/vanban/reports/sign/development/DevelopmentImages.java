package vn.vanban.reports.sign.development;

import javax.imageio.ImageIO;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-ins for a signer's handwritten signature and an organisation's seal, drawn with Java2D (headless), for a
 * portal started without the real scans: the seal says {@value #SEAL_MARK} and {@value DevelopmentCertificates#MARK}
 * so that nobody takes a printout for a sealed original. PNG with a transparent background, as a visible signature
 * wants them.
 */
public final class DevelopmentImages {

    public static final String SEAL_MARK = "BẢN PHÁT TRIỂN";
    public static final int SIGNATURE_WIDTH = 600;
    public static final int SIGNATURE_HEIGHT = 200;
    public static final int SEAL_SIZE = 600;

    private static final Color INK = new Color(0x1B, 0x2A, 0x7A);
    private static final Color SEAL_RED = new Color(0xD0, 0x1F, 0x26);
    private static final Font ITALIC = font("liberation/LiberationSerif-Italic.ttf");
    private static final Font BOLD = font("liberation/LiberationSerif-Bold.ttf");

    /** Drawn once per name (there are as many as accounts and organisations): the same name always gives the same image. */
    private static final Map<String, byte[]> DRAWN = new ConcurrentHashMap<>();

    private DevelopmentImages() {
    }

    /** The person's name as a slanted, flowing stroke with a flourish under it. */
    public static byte[] signature(String personName) {
        return DRAWN.computeIfAbsent("signature:" + personName, key -> drawSignature(personName)).clone();
    }

    private static byte[] drawSignature(String personName) {
        String name = Normalizer.normalize(personName.strip(), Normalizer.Form.NFC);
        BufferedImage image = new BufferedImage(SIGNATURE_WIDTH, SIGNATURE_HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image, INK);
        AffineTransform slant = AffineTransform.getShearInstance(-0.35, 0);
        slant.rotate(Math.toRadians(-5));
        Font font = fitted(g, ITALIC.deriveFont(slant), name, SIGNATURE_WIDTH - 90f, 96f);
        g.setFont(font);
        int textWidth = g.getFontMetrics().stringWidth(name);
        float x = (SIGNATURE_WIDTH - textWidth) / 2f + 20;
        float baseline = SIGNATURE_HEIGHT * 0.62f;
        g.drawString(name, x, baseline);

        g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        float end = x + textWidth;
        g.draw(new CubicCurve2D.Float(x - 10, baseline + 30, x + textWidth * 0.35f, baseline + 5,
                end - textWidth * 0.2f, baseline + 55, end + 25, baseline + 12));
        g.draw(new CubicCurve2D.Float(end + 25, baseline + 12, end + 5, baseline - 25, end - 30, baseline + 20,
                end - 5, baseline + 38));
        g.dispose();
        return png(image);
    }

    /**
     * A round red seal: the organisation's name around the rim between two rings, a star, and the development
     * marking across the middle.
     */
    public static byte[] seal(String organisation) {
        return DRAWN.computeIfAbsent("seal:" + organisation, key -> drawSeal(organisation)).clone();
    }

    private static byte[] drawSeal(String organisation) {
        String rim = Normalizer.normalize(organisation.strip(), Normalizer.Form.NFC).toUpperCase(new Locale("vi"));
        BufferedImage image = new BufferedImage(SEAL_SIZE, SEAL_SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image, SEAL_RED);
        float centre = SEAL_SIZE / 2f;
        g.setStroke(new BasicStroke(14f));
        g.draw(circle(centre, 283));
        g.setStroke(new BasicStroke(5f));
        g.draw(circle(centre, 205));
        textAroundRim(g, rim, centre, 222);
        g.fill(star(centre, centre - 115, 42));

        g.setFont(fitted(g, BOLD, SEAL_MARK, 340f, 50f));
        centred(g, SEAL_MARK, centre, centre + 10);
        g.setFont(fitted(g, BOLD, DevelopmentCertificates.MARK, 260f, 34f));
        centred(g, DevelopmentCertificates.MARK, centre, centre + 70);
        g.dispose();
        return png(image);
    }

    /** Upright glyphs around the top, centred on it; the text shrinks until it fits in nine tenths of the ring. */
    private static void textAroundRim(Graphics2D g, String text, float centre, float radius) {
        double room = 2 * Math.PI * radius * 0.9;
        Font font = BOLD.deriveFont(44f);
        g.setFont(font);
        double spacing = 4;
        while (width(g, text, spacing) > room && font.getSize2D() > 16) {
            font = font.deriveFont(font.getSize2D() - 1);
            g.setFont(font);
        }
        FontMetrics metrics = g.getFontMetrics();
        double angle = -Math.PI / 2 - width(g, text, spacing) / radius / 2;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String glyph = new String(Character.toChars(codePoint));
            double glyphWidth = metrics.stringWidth(glyph);
            double middle = angle + glyphWidth / 2 / radius;
            AffineTransform saved = g.getTransform();
            g.translate(centre + radius * Math.cos(middle), centre + radius * Math.sin(middle));
            g.rotate(middle + Math.PI / 2);
            g.drawString(glyph, (float) (-glyphWidth / 2), 0f);
            g.setTransform(saved);
            angle += (glyphWidth + spacing) / radius;
            i += Character.charCount(codePoint);
        }
    }

    private static double width(Graphics2D g, String text, double spacing) {
        return g.getFontMetrics().stringWidth(text) + spacing * text.codePointCount(0, text.length());
    }

    private static Font fitted(Graphics2D g, Font base, String text, float maxWidth, float largest) {
        Font font = base.deriveFont(largest);
        while (g.getFontMetrics(font).stringWidth(text) > maxWidth && font.getSize2D() > 12) {
            font = font.deriveFont(font.getSize2D() - 2);
        }
        return font;
    }

    private static void centred(Graphics2D g, String text, float x, float baseline) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2f, baseline);
    }

    private static Ellipse2D circle(float centre, float radius) {
        return new Ellipse2D.Float(centre - radius, centre - radius, 2 * radius, 2 * radius);
    }

    private static Path2D star(float x, float y, float radius) {
        Path2D star = new Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.38;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            if (i == 0) {
                star.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                star.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        star.closePath();
        return star;
    }

    /**
     * Graphics that draw in one colour on a background of that same colour made fully transparent: the colour
     * channels are then uniform and compress to almost nothing in a PDF, where only the alpha channel (the soft mask)
     * carries the drawing.
     */
    private static Graphics2D smooth(BufferedImage image, Color colour) {
        Graphics2D g = image.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(colour);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(String path) {
        try (InputStream in = DevelopmentImages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Unreadable font " + path, e);
        }
    }
}
