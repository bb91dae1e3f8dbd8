package vn.vanban.application.register;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Hands what is written to it on in chunks of a fixed size, numbered from 0, the last one shorter; so a large output
 * (an archive's ZIP) goes where it is kept while it is produced, with never more than one chunk in memory.
 */
final class ChunkedOutputStream extends OutputStream {

    /** Where the chunks go, in order. */
    interface Sink {
        void accept(int seq, byte[] chunk) throws IOException;
    }

    private final byte[] buffer;
    private final Sink sink;
    private int filled;
    private int chunks;
    private long size;
    private boolean closed;

    ChunkedOutputStream(int chunkBytes, Sink sink) {
        if (chunkBytes <= 0) {
            throw new IllegalArgumentException("chunks of " + chunkBytes + " bytes");
        }
        this.buffer = new byte[chunkBytes];
        this.sink = Objects.requireNonNull(sink);
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        buffer[filled++] = (byte) b;
        size++;
        if (filled == buffer.length) {
            handOn();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ensureOpen();
        while (length > 0) {
            int taken = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, taken);
            filled += taken;
            size += taken;
            offset += taken;
            length -= taken;
            if (filled == buffer.length) {
                handOn();
            }
        }
    }

    /** Hands on what is left as the last chunk. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (filled > 0) {
                handOn();
            }
        }
    }

    /** Bytes written so far. */
    long size() {
        return size;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
    }

    private void handOn() throws IOException {
        byte[] chunk = Arrays.copyOf(buffer, filled);
        filled = 0;
        sink.accept(chunks++, chunk);
    }
}
