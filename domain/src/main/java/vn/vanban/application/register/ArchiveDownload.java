package vn.vanban.application.register;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The finished ZIP of an archive export, read from the shared database a chunk at a time as it is written out, so
 * that a download holds one chunk in memory whatever the size of the ZIP, on whichever instance it is asked for.
 */
public final class ArchiveDownload {

    private final String id;
    private final long size;
    private final ArchiveExportRecords records;

    ArchiveDownload(String id, long size, ArchiveExportRecords records) {
        this.id = id;
        this.size = size;
        this.records = records;
    }

    /** The ZIP's length in bytes. */
    public long size() {
        return size;
    }

    /** Writes the ZIP to {@code out}; fails if its chunks went away meanwhile (the export's hour was over). */
    public void writeTo(OutputStream out) throws IOException {
        long written = 0;
        for (int seq = 0; written < size; seq++) {
            byte[] chunk = records.chunk(id, seq).orElse(null);
            if (chunk == null) {
                throw new IOException("archive export " + id + ": chunk " + seq + " is gone, " + written + " of "
                        + size + " bytes written");
            }
            out.write(chunk);
            written += chunk.length;
        }
    }
}
