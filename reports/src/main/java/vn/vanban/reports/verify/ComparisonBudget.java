package vn.vanban.reports.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * How many bytes the comparison of one signed revision with the final file may read, raw stream bytes and decoded
 * content together. A real file needs about its own size (each stream pair is read once); a file built to pair many
 * streams, or to inflate content far beyond its size, ends the comparison with
 * {@link CosComparison.TooComplexException} instead of keeping a request thread for minutes.
 */
final class ComparisonBudget {

    private static final int CHUNK = 64 * 1024;
    /** Above the file's own size, for content written again in other objects and decoded to be compared. */
    private static final long MARGIN = 64L * 1024 * 1024;

    private long remaining;

    private ComparisonBudget(long bytes) {
        this.remaining = bytes;
    }

    static ComparisonBudget forFileOf(long length) {
        return new ComparisonBudget(2 * length + MARGIN);
    }

    /** Whether both streams hold the same bytes, read a chunk at a time and counted against the budget. */
    boolean sameBytes(InputStream older, InputStream newer) throws IOException {
        byte[] olderChunk = new byte[CHUNK];
        byte[] newerChunk = new byte[CHUNK];
        while (true) {
            int olderRead = older.readNBytes(olderChunk, 0, CHUNK);
            int newerRead = newer.readNBytes(newerChunk, 0, CHUNK);
            remaining -= olderRead + newerRead;
            if (remaining < 0) {
                throw new CosComparison.TooComplexException();
            }
            if (olderRead != newerRead || !Arrays.equals(olderChunk, 0, olderRead, newerChunk, 0, newerRead)) {
                return false;
            }
            if (olderRead < CHUNK) {
                return true;
            }
        }
    }
}
