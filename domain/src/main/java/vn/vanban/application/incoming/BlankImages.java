package vn.vanban.application.incoming;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether a page has anything on it to read: a page of one shade (an empty page, a cover left blank, a test's
 * placeholder) is passed without starting the recognition program, which would take a second or more to find
 * nothing. A scan is decoded only when its header declares at most {@link #MAX_PIXELS} pixels, so that a small file
 * that unpacks into gigabytes is refused before it fills memory, and then only every other pixel of every other row:
 * a stroke of ink at scanning resolution is wider than that.
 */
final class BlankImages {

    /** An A3 page at 400 dpi; a larger picture is no scan of a document. */
    static final long MAX_PIXELS = 64_000_000L;
    /** Shades closer than this are paper noise, not ink. */
    private static final int INK_CONTRAST = 48;

    private BlankImages() {
    }

    static boolean isBlank(BufferedImage image) {
        int darkest = 255;
        int lightest = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) * 30 + (rgb >> 8 & 0xFF) * 59 + (rgb & 0xFF) * 11) / 100;
                darkest = Math.min(darkest, grey);
                lightest = Math.max(lightest, grey);
                if (lightest - darkest >= INK_CONTRAST) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a scanned image (PNG, JPEG) is blank; IOException for one that cannot or must not be decoded. */
    static boolean isBlankScan(byte[] content) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no reader for the image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new IOException("image of " + pixels + " pixels, more than " + MAX_PIXELS);
                }
                ImageReadParam everyOther = reader.getDefaultReadParam();
                everyOther.setSourceSubsampling(2, 2, 0, 0);
                return isBlank(reader.read(0, everyOther));
            } finally {
                reader.dispose();
            }
        }
    }
}
