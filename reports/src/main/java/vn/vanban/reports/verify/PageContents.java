package vn.vanban.reports.verify;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.InflaterInputStream;

/**
 * Whether two values of a page's {@code /Contents} draw the same once decoded, as a viewer reads them: the streams
 * in order, a line break between two (a stream's end ends a token). Asked only when they differ object-wise, so that
 * a content written again in other objects is not taken for a change. Only unfiltered and deflated streams are
 * decoded, a chunk at a time against the comparison's budget, so a decompression bomb costs no memory and ends the
 * comparison when the budget is spent; whatever cannot be decoded that way counts as different.
 */
final class PageContents {

    private PageContents() {
    }

    static boolean drawSame(COSBase older, COSBase newer, ComparisonBudget budget) {
        List<COSStream> olderStreams = streams(older);
        List<COSStream> newerStreams = streams(newer);
        if (olderStreams == null || newerStreams == null) {
            return false;
        }
        try (InputStream olderDecoded = new Concatenated(olderStreams);
             InputStream newerDecoded = new Concatenated(newerStreams)) {
            return budget.sameBytes(olderDecoded, newerDecoded);
        } catch (IOException undecodable) {
            return false;
        }
    }

    /** The streams of a {@code /Contents} value; null when one of them is filtered otherwise than by Flate alone. */
    private static List<COSStream> streams(COSBase contents) {
        COSBase resolved = CosComparison.resolve(contents);
        List<COSBase> parts = resolved instanceof COSArray array ? new ArrayList<>(array.toList()) : new ArrayList<>();
        if (resolved instanceof COSStream) {
            parts.add(resolved);
        }
        List<COSStream> streams = new ArrayList<>();
        for (COSBase part : parts) {
            COSBase stream = CosComparison.resolve(part);
            if (!(stream instanceof COSStream content) || !decodable(content)) {
                return null;
            }
            streams.add(content);
        }
        return streams;
    }

    private static boolean decodable(COSStream stream) {
        COSBase filters = stream.getDictionaryObject(COSName.FILTER);
        if (filters instanceof COSArray array && array.size() == 1) {
            filters = array.getObject(0);
        }
        return (filters == null || COSName.FLATE_DECODE.equals(filters))
                && stream.getDictionaryObject(COSName.DECODE_PARMS) == null;
    }

    /** The decoded streams one after another, a line break between two; each opened when reached. */
    private static final class Concatenated extends InputStream {

        private final Iterator<COSStream> streams;
        private InputStream current;
        private boolean lineBreakDue;

        Concatenated(List<COSStream> streams) {
            this.streams = streams.iterator();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            while (true) {
                if (current == null) {
                    if (!streams.hasNext()) {
                        return -1;
                    }
                    if (lineBreakDue) {
                        lineBreakDue = false;
                        buffer[offset] = '\n';
                        return 1;
                    }
                    current = open(streams.next());
                }
                int read = current.read(buffer, offset, length);
                if (read >= 0) {
                    return read;
                }
                current.close();
                current = null;
                lineBreakDue = true;
            }
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                current.close();
            }
        }
    }

    private static InputStream open(COSStream stream) throws IOException {
        InputStream raw = stream.createRawInputStream();
        return stream.getDictionaryObject(COSName.FILTER) == null ? raw : new InflaterInputStream(raw);
    }
}
