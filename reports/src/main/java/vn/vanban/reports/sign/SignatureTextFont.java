package vn.vanban.reports.sign;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Liberation Serif for the small text of a visible signature, parsed once and lent to one signature at a time:
 * parsing it for every signature was an eighth of signing, and a parsed font reads its glyphs through a single read
 * position, so two signatures at once never share one. The font goes back when closed, which must be after the
 * signed revision that embeds its subset is saved.
 */
final class SignatureTextFont implements AutoCloseable {

    private static final byte[] BYTES = read("liberation/LiberationSerif-Regular.ttf");
    private static final Queue<SignatureTextFont> IDLE = new ConcurrentLinkedQueue<>();

    private final TrueTypeFont font;

    private SignatureTextFont(TrueTypeFont font) {
        this.font = font;
    }

    static SignatureTextFont lend() throws IOException {
        SignatureTextFont idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
        parsed.setEnableGsub(false);
        return new SignatureTextFont(parsed);
    }

    TrueTypeFont font() {
        return font;
    }

    @Override
    public void close() {
        IDLE.offer(this);
    }

    private static byte[] read(String path) {
        try (InputStream in = SignatureTextFont.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
